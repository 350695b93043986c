// The part of wappalyzer-core@6 (CommonJS, untyped) that tech.ts uses.
declare module 'wappalyzer-core' {
  export interface Pattern {
    value: string;
    regex: RegExp;
    confidence: number;
    version: string;
  }
  export interface Technology {
    name: string;
    categories: number[];
    /** Global variable chains ("_hsq", "Shopify.theme") → patterns for their value. */
    js: Record<string, Pattern[]>;
  }
  export interface Detection {
    technology: Technology;
    pattern: Pattern & { type: string; match?: string };
    version: string;
  }
  export interface Resolved {
    name: string;
    confidence: number;
    version: string;
    categories: { id: number; name: string; priority: number }[];
  }
  /** Signals keyed as the fingerprints are: lower-case header/meta names, cookie names. */
  export interface Signals {
    url?: string;
    html?: string;
    text?: string;
    css?: string;
    scripts?: string;
    scriptSrc?: string[];
    headers?: Record<string, string[]>;
    cookies?: Record<string, string[]>;
    meta?: Record<string, string[]>;
  }
  const Wappalyzer: {
    technologies: Technology[];
    requires: { name: string; technologies: Technology[] }[];
    categoryRequires: { categoryId: number; technologies: Technology[] }[];
    setTechnologies(data: unknown): void;
    setCategories(data: unknown): void;
    analyze(signals: Signals, technologies?: Technology[]): Detection[];
    resolve(detections: Detection[]): Resolved[];
  };
  export default Wappalyzer;
}
