/**
 * What one HTML page says about its company, read with node-html-parser: title, meta and Open Graph
 * descriptions, the JSON-LD Organization, the main headings and paragraphs, and its links. Pure:
 * tested on saved pages (fixtures/).
 */
import { type HTMLElement, parse } from 'node-html-parser';

export interface Organization {
  name?: string;
  description?: string;
  industry?: string;
  sameAs: string[];
  keywords: string[];
}

export interface PageFacts {
  url: string;
  title?: string;
  description?: string;
  ogDescription?: string;
  siteName?: string;
  metaKeywords: string[];
  organization?: Organization;
  /** The first h1 and h2 outside navigation, header and footer, in document order. */
  headings: string[];
  /** The first paragraphs of the main content (main, article, else body), in document order. */
  paragraphs: string[];
  links: { url: string; text: string }[];
}

export type Document = HTMLElement;

export function parseHtml(html: string): Document {
  return parse(html, { comment: true });
}

/**
 * Whitespace collapsed to single spaces, trimmed: how the text reads on the page. Control
 * characters and lone surrogates, which the contract refuses in text, read as spaces too.
 */
export const collapse = (s: string) =>
  s
    .toWellFormed()
    .replace(/[\s\p{Cc}]+/gu, ' ')
    .trim();

const CHROME_TAGS = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo']);

/** Inside navigation, a header, a footer or an aside: site chrome, not what the page says. */
function inChrome(el: HTMLElement): boolean {
  for (let node: HTMLElement | null = el; node; node = node.parentNode) {
    if (CHROME_TAGS.has(node.tagName) || CHROME_ROLES.has(node.getAttribute?.('role') ?? '')) return true;
  }
  return false;
}

// More than the profile ever uses (20 keywords, 5 sentences), so long pages cost no more.
const MAX_HEADINGS = 60;
const MAX_PARAGRAPHS = 30;

function meta(doc: Document, key: string): string | undefined {
  const el = doc.querySelector(`meta[name="${key}"]`) ?? doc.querySelector(`meta[property="${key}"]`);
  const content = collapse(el?.getAttribute('content') ?? '');
  return content || undefined;
}

export function pageFacts(doc: Document, url: string): PageFacts {
  const main = doc.querySelector('main') ?? doc.querySelector('article') ?? doc.querySelector('body') ?? doc;
  const texts = (els: HTMLElement[], max: number) => {
    const out: string[] = [];
    for (const el of els) {
      if (out.length === max) break;
      const text = inChrome(el) ? '' : collapse(el.text);
      if (text) out.push(text);
    }
    return out;
  };
  return {
    url,
    title: collapse(doc.querySelector('title')?.text ?? '') || undefined,
    description: meta(doc, 'description'),
    ogDescription: meta(doc, 'og:description'),
    siteName: meta(doc, 'og:site_name'),
    metaKeywords: (meta(doc, 'keywords') ?? '').split(',').map(collapse).filter(Boolean),
    organization: organizationOf(doc),
    headings: texts(doc.querySelectorAll('h1, h2'), MAX_HEADINGS),
    paragraphs: texts(main.querySelectorAll('p'), MAX_PARAGRAPHS),
    links: doc.querySelectorAll('a[href]').flatMap((a) => {
      const href = URL.parse(a.getAttribute('href') ?? '', url);
      return href && /^https?:$/.test(href.protocol) ? [{ url: href.href, text: collapse(a.text) }] : [];
    }),
  };
}

const ORGANIZATION_TYPE = /Organization$|^(Corporation|LocalBusiness|OnlineBusiness|OnlineStore|Store|NGO)$/;

type JsonLdNode = Record<string, unknown>;

/** Every node of every JSON-LD block (top-level arrays and @graph flattened). */
function jsonLdNodes(doc: Document): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      nodes.push(value as JsonLdNode);
      if ('@graph' in value) visit((value as JsonLdNode)['@graph']);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.rawText));
    } catch {
      // A broken block is the page's problem; the others still count.
    }
  }
  return nodes;
}

const strings = (value: unknown): string[] =>
  [value]
    .flat()
    .flatMap((v) => (typeof v === 'string' ? [v] : v && typeof v === 'object' && 'name' in v ? strings(v.name) : []))
    .map(collapse)
    .filter(Boolean);

/**
 * The page's JSON-LD Organization. Sites often describe it in several nodes (an SEO plugin's graph
 * plus a hand-written block), so they are merged: the first name, description and industry, every
 * sameAs and keyword.
 */
export function organizationOf(doc: Document): Organization | undefined {
  const orgs = jsonLdNodes(doc).filter((n) => strings(n['@type']).some((t) => ORGANIZATION_TYPE.test(t)));
  if (orgs.length === 0) return undefined;
  const firstOf = (field: string) => orgs.flatMap((o) => strings(o[field]))[0];
  const all = (field: string) => [...new Set(orgs.flatMap((o) => strings(o[field])))];
  return {
    name: firstOf('name'),
    description: firstOf('description'),
    industry: firstOf('industry'),
    sameAs: all('sameAs').filter((u) => /^https?:\/\//.test(u) && URL.canParse(u)),
    keywords: [...all('keywords').flatMap((k) => k.split(',').map(collapse)), ...all('knowsAbout')].filter(Boolean),
  };
}

// The about page's usual paths and link texts, best first.
const ABOUT_PATHS = ['about', 'about-us', 'aboutus', 'company', 'who-we-are', 'our-story', 'our-company'];
const ABOUT_TEXT = /^(about|about us|company|our company|who we are|our story)$/i;

const sameSite = (a: URL, b: URL) => a.hostname.replace(/^www\./, '') === b.hostname.replace(/^www\./, '');

/**
 * Links to the site's about page, best first, at most `limit`: same site, a path such as /about,
 * /company, /about-us (one or two segments, e.g. /pages/about-us), or a link text such as "About us".
 */
export function aboutPageLinks(page: PageFacts, limit = 2): string[] {
  const home = new URL(page.url);
  const ranked = new Map<string, number>();
  for (const link of page.links) {
    const url = new URL(link.url);
    url.hash = '';
    url.search = '';
    if (!sameSite(url, home) || url.href === home.href) continue;
    const segments = url.pathname.toLowerCase().split('/').filter(Boolean);
    const byPath = segments.length <= 2 ? ABOUT_PATHS.indexOf(segments.at(-1) ?? '') : -1;
    const rank = byPath >= 0 ? byPath * 10 + segments.length : ABOUT_TEXT.test(link.text) ? 100 + segments.length : -1;
    if (rank >= 0 && rank < (ranked.get(url.href) ?? Number.POSITIVE_INFINITY)) ranked.set(url.href, rank);
  }
  return [...ranked.entries()]
    .sort((a, b) => a[1] - b[1])
    .slice(0, limit)
    .map(([url]) => url);
}
