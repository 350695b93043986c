/**
 * A LinkedIn company page (/company/<slug>/ and its About tab): overview → summary, website →
 * domain, industry and specialties → keywords, size → a fact with its source. The details list is
 * found by its structure (the <dl> of the page), its rows by label in the languages LinkedIn is
 * most used in, and the size and website also by their shape.
 */
import { LEAD_CONTEXT_LIMITS } from '@personalizer/shared/limits';
import { clip, readParagraphs, readText } from './text.ts';
import type { ScrapedContext, ScrapedLead, ScrapeResult } from './types.ts';

const LABELS = {
  website: /^(?:website|webseite|site web|sitio web|site|sito web)$/i,
  industry: /^(?:industry|branche|secteur|sector|setor|settore)$/i,
  size: /^(?:company size|unternehmensgröße|taille de l’entreprise|taille de l'entreprise|tamaño de la empresa|tamanho da empresa|dimensioni dell’azienda)$/i,
  specialties: /^(?:specialties|spezialgebiete|spécialisations|especialidades|specializzazioni)$/i,
};
const SIZE = /^\d[\d,.]*\s*(?:[-–]\s*\d[\d,.]*|\+)\s+\p{L}/u;
const SUMMARY_CHARS = 2000;
const KEYWORDS = 20;

/** https://www.linkedin.com/company/<slug>/ for a company page URL, else undefined. */
export function companyPageUrl(url: string): string | undefined {
  const slug = /^https:\/\/www\.linkedin\.com\/company\/([^/?#]+)/.exec(url)?.[1];
  return slug ? `https://www.linkedin.com/company/${slug}/` : undefined;
}

/** dt/dd rows of the details list: label → the values under it. */
function detailRows(list: Element | null): [string, Element[]][] {
  const rows: [string, Element[]][] = [];
  for (const el of list?.children ?? []) {
    if (el.tagName === 'DT') rows.push([readText(el, { headings: true }) ?? '', []]);
    else if (el.tagName === 'DD') rows.at(-1)?.[1].push(el);
  }
  return rows;
}

/** The site a link points to, through LinkedIn's redirect when it uses one; not LinkedIn itself. */
function externalHost(href: string | null): string | undefined {
  try {
    let url = new URL(href ?? '', 'https://www.linkedin.com/');
    const target = url.hostname.endsWith('linkedin.com') ? url.searchParams.get('url') : null;
    if (target) url = new URL(target);
    if (!/^https?:$/.test(url.protocol) || url.hostname.endsWith('linkedin.com')) return undefined;
    return url.hostname.replace(/^www\./, '').toLowerCase();
  } catch {
    return undefined;
  }
}

/** "a, b, and c" → ["a", "b", "c"]. */
const splitList = (text: string) =>
  text
    .split(/,|;|\s+(?:and|und|et|y|e)\s+/)
    .map((s) => s.replace(/^(?:and|und|et|y|e)\s+/, '').trim())
    .filter((s) => s && s.length <= 60);

export function scrapeLinkedInCompany(doc: Document, url: string): ScrapeResult {
  const lead: ScrapedLead = {};
  const sources: ScrapeResult['sources'] = {};
  const page = companyPageUrl(url);
  const list = doc.querySelector('main dl');
  const rows = detailRows(list);
  const row = (label: RegExp) => rows.find(([name]) => label.test(name))?.[1] ?? [];

  const ogName = doc
    .querySelector('meta[property="og:title"]')
    ?.getAttribute('content')
    ?.replace(/\s*\|\s*LinkedIn$/, '');
  const name = readText(doc.querySelector('main h1'), { headings: true }) ?? ogName ?? undefined;
  if (name) {
    lead.company_name = name;
    sources.company_name = 'company-page';
  }
  const links = [...row(LABELS.website), list].flatMap((el) => [...(el?.querySelectorAll('a[href]') ?? [])]);
  const domain = links.map((a) => externalHost(a.getAttribute('href'))).find(Boolean);
  if (domain) {
    lead.domain = domain;
    sources.domain = 'company-website';
  }

  // The overview: the paragraph beside the details list, else the page's first long paragraph.
  const section = list?.closest('section') ?? doc.querySelector('main');
  const overview = [...(section?.querySelectorAll('p') ?? [])]
    .map((p) => readParagraphs(p))
    .find((text) => text && text.length >= 40);
  const industry = readText(row(LABELS.industry)[0]);
  const specialties = readText(row(LABELS.specialties)[0]);
  const sizes = [...row(LABELS.size), ...(list?.querySelectorAll('dd') ?? [])].map((dd) => readText(dd) ?? '');
  const size = sizes.find((text) => SIZE.test(text));
  const keywords = [...new Set([...(industry ? [industry] : []), ...splitList(specialties ?? '')])].slice(0, KEYWORDS);

  const source = { kind: 'linkedin_company' as const, label: 'LinkedIn company', ...(page ? { url: page } : {}) };
  const context: ScrapedContext[] = [];
  if (overview) context.push({ source, target: 'summary', text: clip(overview, SUMMARY_CHARS) });
  if (keywords.length) context.push({ source, target: 'keywords', text: keywords.join(', ') });
  if (size) {
    const text = name ? `${name}: ${size}` : size;
    context.push({ source, target: 'lead_context', text: clip(text, LEAD_CONTEXT_LIMITS.item_chars) });
  }
  return { site: 'linkedin', page: 'company', lead, sources, context };
}
