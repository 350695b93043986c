/**
 * The lead on a LinkedIn profile. Class names are hashed since 2026, so every field has a chain of
 * stable signals, ending in one that does not depend on the page's language: the document title,
 * og:title, anchors (#about, #experience, the contact-info link), aria-labels, the order of the top
 * card (the headline follows the name), company links and the page's JSON-LD.
 */
import { LEAD_CONTEXT_LIMITS } from '@personalizer/shared/limits';
import { parseName } from '@personalizer/shared/names';
import { clip, readLines, readParagraphs, readText } from './text.ts';
import type { ScrapedContext, ScrapedLead, ScrapeResult } from './types.ts';

/** "(3) Dana Reyes | LinkedIn" → "Dana Reyes". */
function nameFromTitle(title: string): string | undefined {
  const match = /^(?:\(\d+\)\s*)?(.+?)\s*\|\s*LinkedIn\s*$/.exec(title.trim());
  return match?.[1]?.trim() || undefined;
}

// "Title at Company" in the languages LinkedIn is most used in, the least ambiguous words first.
const AT = [' at ', ' @ ', '@', ' chez ', ' bei ', ' presso ', ' bij ', ' en ', ' na '];
const HEADINGS = {
  about: /^(?:about|info|infos|à propos|acerca de|sobre|informazioni|over)$/i,
  experience: /^(?:experience|berufserfahrung|expérience|experiencia|experiência|esperienza|ervaring)$/i,
};
// Lines under the name that are not the headline: pronouns, connection degree, badges ("She/Her · 2nd").
const TOP_CARD_NOISE = /^(?:\(?\p{L}+\/\p{L}+\)?|(?:1st|2nd|3rd\+?)(?:\s.*)?|verified.*|)$/iu;
const isNoise = (line: string) => line.split(/\s*[·•|]\s*/).every((part) => TOP_CARD_NOISE.test(part.trim()));
const DATES = /\b(?:19|20)\d{2}\b|present|heute|aujourd|actualidad|atual|oggi|heden/i;

interface JsonLdPerson {
  description?: string;
  jobTitle?: string | string[];
  worksFor?: { name?: string; url?: string } | { name?: string; url?: string }[];
  address?: { addressLocality?: string; addressCountry?: string };
}

/** The Person in the page's JSON-LD (public profile pages carry one), if any. */
function jsonLdPerson(doc: Document): JsonLdPerson | undefined {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const data = JSON.parse(script.textContent ?? '') as { '@graph'?: unknown[] } | unknown[];
      const items = Array.isArray(data) ? data : [data, ...(data['@graph'] ?? [])];
      const person = items.find((item) => (item as { '@type'?: string })?.['@type'] === 'Person');
      if (person) return person as JsonLdPerson;
    } catch {
      // Not JSON: another script's business.
    }
  }
  return undefined;
}
const first = <T>(value: T | T[] | undefined): T | undefined => (Array.isArray(value) ? value[0] : value);

/** A profile card: by its anchor id, else by its heading's text. */
function card(doc: Document, id: string, heading: RegExp): Element | null {
  const anchor = doc.getElementById(id);
  if (anchor) return anchor.closest('section') ?? anchor.parentElement;
  for (const h of doc.querySelectorAll('main h2, main h3')) {
    if (heading.test(readLines(h, { headings: true })[0] ?? '')) return h.closest('section') ?? h.parentElement;
  }
  return null;
}

/** "Title at Company | more" → its title and company. */
function splitHeadline(headline: string): { title?: string; company?: string } {
  const word = AT.find((w) => headline.includes(w));
  if (word) {
    const at = headline.indexOf(word);
    const title = headline.slice(0, at).trim();
    const company = headline
      .slice(at + word.length)
      .split(/\s[|·•,]\s|\s[-–—]\s/)[0]
      ?.trim();
    return { title: title || undefined, company: company || undefined };
  }
  // A short headline with no separators is the title itself ("Software Engineer").
  return !/[|·•,]/.test(headline) && headline.length <= 60 ? { title: headline } : {};
}

/** The line after the name in the top card: the headline, whatever element holds it (div, span or p). */
function headlineAfter(doc: Document, name: string): string | undefined {
  const nameEl = [...doc.querySelectorAll('main h1, main h2, main p, main span, main div')].find(
    (el) => readText(el, { headings: true }) === name,
  );
  const scope = nameEl?.closest('section') ?? doc.querySelector('main');
  const lines = readLines(scope, { headings: true }).filter(Boolean);
  const at = lines.indexOf(name);
  if (at < 0) return undefined;
  return lines.slice(at + 1, at + 6).find((line) => !isNoise(line) && line.length <= 220);
}

/** The text just before the contact-info link: the location ("Lisbon, Portugal"). */
function locationBeforeContactInfo(doc: Document): string | undefined {
  const link = doc.querySelector('main a[href*="/overlay/contact-info"]');
  const scope = link?.parentElement?.parentElement;
  if (!link || !scope) return undefined;
  const linkText = readText(link);
  const lines = readLines(scope)
    .flatMap((line) => line.split(/\s[·•]\s/))
    .map((part) => part.replace(/^[·•\s]+|[·•\s]+$/g, ''))
    .filter(Boolean);
  const at = lines.lastIndexOf(linkText ?? '');
  const before = at > 0 ? lines[at - 1] : undefined;
  return before && before.length <= 100 && !DATES.test(before) ? before : undefined;
}

interface Position {
  title?: string;
  company?: string;
  description?: string;
}

/** The current position: the first entry of the experience card (a company's first role when grouped). */
function currentPosition(doc: Document): Position {
  const entry = card(doc, 'experience', HEADINGS.experience)?.querySelector('li');
  if (!entry) return {};
  const role = entry.querySelector('li');
  const lines = readLines(role ?? entry).filter(Boolean);
  const companyLine = role ? readLines(entry).find(Boolean) : lines[1];
  const dates = lines.findIndex((line) => DATES.test(line));
  let rest = dates >= 0 ? lines.slice(dates + 1) : [];
  // A location line ("Lisbon, Portugal · Hybrid") can sit between the dates and the description.
  if (rest.length > 1 && (rest[0]?.length ?? 0) <= 60 && !/[.!?]$/.test(rest[0] ?? '')) rest = rest.slice(1);
  const description = rest.filter((line) => !/^(?:skills|kenntnisse|compétences|aptitudes):/i.test(line)).join('\n');
  return {
    title: lines[0],
    company: companyLine?.split(/\s[·•]\s/)[0]?.trim(),
    description: description || undefined,
  };
}

/** https://www.linkedin.com/company/<slug>/ from a company link on the page. */
function companyPage(doc: Document): string | undefined {
  const link = doc.querySelector<HTMLAnchorElement>(
    '#experience a[href*="/company/"], main a[href*="/company/"], a[href*="/company/"]',
  );
  const slug = /\/company\/([^/?#]+)/.exec(link?.getAttribute('href') ?? '')?.[1];
  return slug ? `https://www.linkedin.com/company/${slug}/` : undefined;
}

export function scrapeLinkedIn(doc: Document, url: string): ScrapeResult {
  const sources: ScrapeResult['sources'] = {};
  const lead: ScrapedLead = {};
  const set = <K extends keyof ScrapedLead>(field: K, value: string | undefined, source: string) => {
    if (value && !lead[field]) {
      lead[field] = value;
      sources[field] = source;
    }
  };
  const profile = /^https:\/\/www\.linkedin\.com\/in\/[^/?#]+/.exec(url)?.[0];
  const profileUrl = profile ? `${profile}/` : undefined;
  const person = jsonLdPerson(doc);

  const ogTitle = doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '';
  const ogParts = ogTitle
    .replace(/\s*\|\s*LinkedIn\s*$/, '')
    .split(' - ')
    .map((p) => p.trim());
  const [displayName, nameSource] = (
    [
      [readText(doc.querySelector('main h1'), { headings: true }), 'h1'],
      [nameFromTitle(doc.title), 'document.title'],
      [ogParts[0] || undefined, 'og:title'],
    ] as const
  ).find(([value]) => value) ?? [undefined, ''];
  if (displayName) {
    const { first_name, last_name } = parseName(displayName);
    set('first_name', first_name, nameSource);
    set('last_name', last_name, nameSource);
  }

  const currentCompany = doc.querySelector('[aria-label^="Current company:"]')?.getAttribute('aria-label');
  set('company_name', /^Current company:\s*(.+?)\.\s*Click/.exec(currentCompany ?? '')?.[1], 'current-company');

  const headline = displayName ? headlineAfter(doc, displayName) : undefined;
  const fromHeadline = headline ? splitHeadline(headline) : {};
  const position = currentPosition(doc);
  if (fromHeadline.company) set('title', fromHeadline.title, 'headline');
  set('title', position.title, 'experience');
  set('title', fromHeadline.title, 'headline');
  if (ogParts.length >= 3) {
    set('title', ogParts[1], 'og:title');
    set('company_name', ogParts[2], 'og:title');
  } else if (ogParts.length === 2) set('company_name', ogParts[1], 'og:title');
  set('company_name', fromHeadline.company, 'headline');
  set('company_name', position.company, 'experience');
  set('title', first(person?.jobTitle), 'json-ld');
  set('company_name', first(person?.worksFor)?.name, 'json-ld');
  set('profile_url', profileUrl, 'url');

  const about = readParagraphs(card(doc, 'about', HEADINGS.about)) ?? (person?.description?.trim() || undefined);
  const locality = [person?.address?.addressLocality, person?.address?.addressCountry].filter(Boolean).join(', ');
  const location = locationBeforeContactInfo(doc) ?? (locality || undefined);
  const from = (kind: 'linkedin_about' | 'linkedin_profile', label: string) => ({
    kind,
    label,
    ...(profileUrl ? { url: profileUrl } : {}),
  });
  const context: ScrapedContext[] = [
    [headline, from('linkedin_profile', 'LinkedIn headline')],
    [about, from('linkedin_about', 'LinkedIn About')],
    [position.description, from('linkedin_profile', 'LinkedIn current role')],
    [location, from('linkedin_profile', 'LinkedIn location')],
  ].flatMap(([text, source]) =>
    typeof text === 'string' && typeof source === 'object'
      ? [{ source, target: 'lead_context' as const, text: clip(text, LEAD_CONTEXT_LIMITS.item_chars) }]
      : [],
  );
  const company_url = companyPage(doc);
  return { site: 'linkedin', page: 'person', lead, sources, context, ...(company_url ? { company_url } : {}) };
}
