/**
 * A company profile from the facts of its homepage and about page. Extractive only: the summary is
 * whole sentences quoted from the pages' descriptions and paragraphs, keywords are phrases the
 * pages use. Bounded by the request's company_context limits (and tighter where a prompt is better
 * served by less).
 */
import { collapse, type PageFacts } from './page.ts';

export const PROFILE_LIMITS = {
  summaryChars: 600,
  summarySentences: 5,
  keywords: 20,
  keywordChars: 60,
  keywordWords: 8,
  sameAs: 10,
  industryChars: 100,
  companyNameChars: 200,
} as const;

export interface CompanyProfile {
  company_name?: string;
  summary?: string;
  keywords: string[];
  industry?: string;
  same_as: string[];
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The sentences of a passage, as written (trimmed). */
export function sentencesOf(passage: string): string[] {
  return [...segmenter.segment(collapse(passage))].map((s) => s.segment.trim()).filter(Boolean);
}

const ENDS_SENTENCE = /[.!?…]["'”’)\]]?$/;
const WORDS = (s: string) => s.split(' ').filter((w) => /\p{L}/u.test(w)).length;
const key = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Where summary sentences come from, most trustworthy first: what the company says it is. */
function passages(pages: PageFacts[]): string[] {
  const [home, about] = pages;
  return [
    ...pages.map((p) => p.organization?.description),
    ...pages.map((p) => p.description),
    ...pages.map((p) => p.ogDescription),
    ...(about?.paragraphs ?? []),
    ...(home?.paragraphs ?? []),
  ].filter((p): p is string => Boolean(p));
}

/** Up to 5 distinct whole sentences, ≤ 600 characters, each quoted verbatim from the pages. */
export function summaryOf(pages: PageFacts[]): string | undefined {
  const chosen: string[] = [];
  const seen: string[] = [];
  let length = 0;
  let fragment: string | undefined;
  for (const passage of passages(pages)) {
    for (const sentence of sentencesOf(passage)) {
      if (chosen.length === PROFILE_LIMITS.summarySentences) break;
      const k = key(sentence);
      if (WORDS(sentence) < 4 || sentence.length > 300 || seen.some((s) => s.includes(k))) continue;
      // A tagline without a full stop ("Freight visibility for shippers") only when nothing better exists.
      if (!ENDS_SENTENCE.test(sentence)) {
        fragment ??= sentence;
        continue;
      }
      if (length + sentence.length + 1 > PROFILE_LIMITS.summaryChars) continue;
      chosen.push(sentence);
      seen.push(k);
      length += sentence.length + 1;
    }
  }
  return chosen.length ? chosen.join(' ') : fragment;
}

// Headings that name a part of any website, not what this company does.
const GENERIC_HEADINGS = new Set(
  [
    'about',
    'about us',
    'blog',
    'careers',
    'cart',
    'company',
    'contact',
    'contact us',
    'customers',
    'faq',
    'faqs',
    'features',
    'featured',
    'follow us',
    'get in touch',
    'get started',
    'home',
    'jobs',
    'latest news',
    'leadership',
    'learn more',
    'log in',
    'menu',
    'news',
    'newsletter',
    'our customers',
    'our mission',
    'our story',
    'our team',
    'our values',
    'partners',
    'press',
    'pricing',
    'privacy policy',
    'products',
    'related products',
    'resources',
    'search',
    'shop',
    'sign up',
    'solutions',
    'subscribe',
    'team',
    'testimonials',
    'welcome',
    'you may also like',
  ].map(key),
);

/** The title's taglines: "Northwind | Freight visibility" gives "Freight visibility" when the name is Northwind. */
function taglines(title: string | undefined, name: string | undefined): string[] {
  const parts = (title ?? '').split(/\s+[|–—·:-]\s+/).map(collapse);
  return parts.length > 1 ? parts.filter((p) => !name || !key(p).includes(key(name))) : [];
}

/** Distinct short phrases the company uses for itself, at most 20 of at most 60 characters. */
export function keywordsOf(pages: PageFacts[], companyName: string | undefined): string[] {
  const candidates = [
    ...pages.flatMap((p) => p.organization?.keywords ?? []),
    ...pages.flatMap((p) => p.metaKeywords),
    ...pages.flatMap((p) => taglines(p.title, companyName)),
    ...pages.flatMap((p) => p.headings.filter((h) => !/[?!]$/.test(h))),
  ];
  const out: string[] = [];
  const seen = new Set([...GENERIC_HEADINGS, key(companyName ?? '')]);
  for (const candidate of candidates) {
    const phrase = collapse(candidate).replace(/[.:;,]$/, '');
    const k = key(phrase);
    if (!k || seen.has(k) || phrase.length > PROFILE_LIMITS.keywordChars) continue;
    if (WORDS(phrase) === 0 || WORDS(phrase) > PROFILE_LIMITS.keywordWords) continue;
    seen.add(k);
    out.push(phrase);
    if (out.length === PROFILE_LIMITS.keywords) break;
  }
  return out;
}

const first = <T>(values: (T | undefined)[]) => values.find((v) => v !== undefined);

export function companyProfile(pages: PageFacts[]): CompanyProfile {
  const name = first([
    ...pages.map((p) => p.organization?.name),
    ...pages.map((p) => p.siteName),
    pages[0]?.title?.split(/\s+[|–—·:-]\s+/)[0],
  ]);
  const company_name = name && name.length <= PROFILE_LIMITS.companyNameChars ? name : undefined;
  const industry = first(pages.map((p) => p.organization?.industry));
  const same_as = [...new Set(pages.flatMap((p) => p.organization?.sameAs ?? []))].slice(0, PROFILE_LIMITS.sameAs);
  const summary = summaryOf(pages);
  return {
    ...(company_name ? { company_name } : {}),
    ...(summary ? { summary } : {}),
    keywords: keywordsOf(pages, company_name),
    ...(industry && industry.length <= PROFILE_LIMITS.industryChars ? { industry } : {}),
    same_as,
  };
}
