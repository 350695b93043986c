import { parseName } from '@personalizer/shared/names';
import type { ScrapeResult } from './types.ts';

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() || undefined;

/** "(3) Dana Reyes | LinkedIn" → "Dana Reyes". */
function nameFromTitle(title: string): string | undefined {
  const match = /^(?:\(\d+\)\s*)?(.+?)\s*\|\s*LinkedIn\s*$/.exec(title.trim());
  return match?.[1]?.trim() || undefined;
}

/**
 * The lead on a LinkedIn profile. Class names are hashed since 2026, so it relies on stable
 * signals: document title, og:title, aria-labels, company links and "Title at Company" headlines.
 */
export function scrapeLinkedIn(doc: Document, url: string): ScrapeResult {
  const sources: ScrapeResult['sources'] = {};
  const lead: ScrapeResult['lead'] = {};
  const set = <K extends keyof typeof lead>(field: K, value: string | undefined, source: string) => {
    if (value && !lead[field]) {
      lead[field] = value;
      sources[field] = source;
    }
  };

  const ogTitle = doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '';
  const ogParts = ogTitle
    .replace(/\s*\|\s*LinkedIn\s*$/, '')
    .split(' - ')
    .map((p) => p.trim());
  const name =
    [
      [text(doc.querySelector('main h1')), 'h1'],
      [nameFromTitle(doc.title), 'document.title'],
      [ogParts[0] || undefined, 'og:title'],
    ].find(([value]) => value) ?? [];
  if (name[0]) {
    const { first_name, last_name } = parseName(name[0]);
    set('first_name', first_name, name[1] as string);
    set('last_name', last_name, name[1] as string);
  }

  const currentCompany = doc.querySelector('[aria-label^="Current company:"]')?.getAttribute('aria-label');
  set('company_name', /^Current company:\s*(.+?)\.\s*Click/.exec(currentCompany ?? '')?.[1], 'current-company');

  // A headline reads "Title at Company"; find it among the short top-of-page texts.
  const headline = [...doc.querySelectorAll('main div, main span')]
    .map((el) => (el.children.length === 0 ? text(el) : undefined))
    .find((t) => t && / at /.test(t) && t.length < 200);
  if (headline) {
    const [title, rest] = headline.split(/ at (.+)/);
    set('title', title?.trim(), 'headline');
    set('company_name', rest?.split(/\s[|·•]\s/)[0]?.trim(), 'headline');
  }
  if (ogParts.length >= 3) {
    set('title', ogParts[1], 'og:title');
    set('company_name', ogParts[2], 'og:title');
  } else if (ogParts.length === 2) set('company_name', ogParts[1], 'og:title');
  set('company_name', text(doc.querySelector('#experience a[href*="/company/"]')), 'experience');

  const profile = /^https:\/\/www\.linkedin\.com\/in\/[^/?#]+/.exec(url)?.[0];
  set('profile_url', profile ? `${profile}/` : undefined, 'url');
  return { site: 'linkedin', lead, sources };
}
