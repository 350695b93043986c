/**
 * The panel's context: items read from pages (each with its source, shown as a chip, editable and
 * removable) plus what the SDR types, turned into the request's company context, the lead's own
 * words and the list of sources the audit keeps.
 */
import {
  type ContextSource,
  type EnrichResponse,
  LEAD_CONTEXT_LIMITS,
  type LeadContextItem,
  type PersonalizeRequestInput,
  websiteLabel,
} from '@personalizer/shared';
import type { ContextTarget, ScrapedContext } from './scrape/types.ts';

export interface ContextItem extends ScrapedContext {
  id: string;
}

/** What the SDR typed into the context fields. */
export interface ManualContext {
  summary: string;
  keywords: string;
  tech_stack: string;
}

const MANUAL: ContextSource = { kind: 'manual', label: 'Typed by you' };
const LIMITS = { summary: 2000, keywords: 20, tech_stack: 30, entry: 60 } as const;

export const TARGET_NAMES: Record<ContextTarget, string> = {
  summary: 'Company summary',
  keywords: 'Keywords',
  tech_stack: 'Tech stack',
  lead_context: 'About the lead',
};

let counter = 0;
/** Items for the panel, each with an id of its own. */
export function toItems(scraped: ScrapedContext[]): ContextItem[] {
  return scraped.map((item) => ({ ...item, id: `ctx-${++counter}` }));
}

/** What the server read on the company's own website (POST /enrich), as context items with its source. */
/** The website's industry as a context item the SDR can edit or drop; read back into company_context. */
const INDUSTRY_PREFIX = 'Industry: ';

export function websiteItems(profile: EnrichResponse): ContextItem[] {
  const url = profile.sources[0] ?? `https://${profile.domain}/`;
  const source: ContextSource = { kind: 'website', label: websiteLabel(url), url };
  const items: ScrapedContext[] = [
    ...(profile.summary ? [{ source, target: 'summary' as const, text: profile.summary }] : []),
    ...(profile.keywords.length ? [{ source, target: 'keywords' as const, text: profile.keywords.join(', ') }] : []),
    ...(profile.tech_stack.length
      ? [{ source, target: 'tech_stack' as const, text: profile.tech_stack.join(', ') }]
      : []),
    ...(profile.industry
      ? [{ source, target: 'lead_context' as const, text: `${INDUSTRY_PREFIX}${profile.industry}` }]
      : []),
  ];
  return toItems(items);
}

const sameOrigin = (a: ScrapedContext, b: ScrapedContext) =>
  a.target === b.target && a.source.kind === b.source.kind && a.source.label === b.source.label;

/** Adds a page's items; one re-read from the same source replaces the earlier one. */
export function mergeItems(current: ContextItem[], incoming: ContextItem[]): ContextItem[] {
  const kept = current.filter((item) => !incoming.some((next) => sameOrigin(item, next)));
  return [...kept, ...incoming];
}

export const splitList = (text: string) =>
  text
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

const unique = <T>(values: T[], key: (value: T) => string) => {
  const seen = new Set<string>();
  return values.filter((value) => {
    const k = key(value);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
};

/** The request's context fields from the items and the typed fields; sources only for what is sent. */
export function requestContext(
  items: ContextItem[],
  manual: ManualContext,
): Pick<PersonalizeRequestInput, 'company_context' | 'lead_context' | 'context_sources'> {
  const used = items.filter((item) => item.text.trim());
  const texts = (target: ContextTarget) => used.filter((i) => i.target === target).map((i) => i.text.trim());
  const list = (target: 'keywords' | 'tech_stack', max: number) =>
    unique(
      [...splitList(manual[target]), ...texts(target).flatMap(splitList)].filter((k) => k.length <= LIMITS.entry),
      (k) => k.toLowerCase(),
    ).slice(0, max);
  const summary = [manual.summary.trim(), ...texts('summary')].filter(Boolean).join('\n\n').slice(0, LIMITS.summary);
  // The website's industry item, as the SDR left it, picks the server's template.
  const industry = texts('lead_context')
    .find((t) => t.startsWith(INDUSTRY_PREFIX))
    ?.slice(INDUSTRY_PREFIX.length)
    .trim();
  const company_context: PersonalizeRequestInput['company_context'] = {
    ...(summary ? { summary } : {}),
    ...(industry ? { industry: industry.slice(0, 100) } : {}),
    keywords: list('keywords', LIMITS.keywords),
    tech_stack: list('tech_stack', LIMITS.tech_stack),
  };
  const lead_context: LeadContextItem[] = used
    .filter((item) => item.target === 'lead_context')
    .slice(0, LEAD_CONTEXT_LIMITS.items)
    .map((item) => ({ source: item.source, text: item.text.trim().slice(0, LEAD_CONTEXT_LIMITS.item_chars) }));
  const typed = Object.values(manual).some((value) => value.trim());
  const context_sources = unique(
    [...used.map((item) => item.source), ...(typed ? [MANUAL] : [])],
    (s) => `${s.kind}|${s.label}|${s.url ?? ''}`,
  ).slice(0, LEAD_CONTEXT_LIMITS.sources);
  return {
    company_context,
    ...(lead_context.length ? { lead_context } : {}),
    ...(context_sources.length ? { context_sources } : {}),
  };
}
