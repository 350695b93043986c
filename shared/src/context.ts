/**
 * Context with its provenance: where each piece the panel sends came from, so the SDR sees it as a
 * chip, can drop or edit it, and the audit records it with the request.
 */
import { z } from 'zod';
import { LEAD_CONTEXT_LIMITS } from './limits.ts';
import { httpUrl, text } from './text.ts';

export const CONTEXT_KINDS = [
  'linkedin_about',
  'linkedin_profile',
  'linkedin_company',
  'website',
  'gmail_thread',
  'manual',
] as const;
export const ContextKind = z.enum(CONTEXT_KINDS);
export type ContextKind = z.infer<typeof ContextKind>;

export const ContextSource = z.strictObject({
  kind: ContextKind,
  /** What the chip says: "LinkedIn About", "acme.com", "Gmail thread". */
  label: text(100, 1).refine((s) => !/[\r\n\t]/.test(s), 'must be one line'),
  url: httpUrl().optional(),
});
export type ContextSource = z.output<typeof ContextSource>;

/** The lead's own words and facts about them (About, current role, location, their last email). */
export const LeadContextItem = z.strictObject({
  source: ContextSource,
  text: text(LEAD_CONTEXT_LIMITS.item_chars, 1),
});
export type LeadContextItem = z.output<typeof LeadContextItem>;

/** At most this many sources on one request. */
export const ContextSources = z
  .array(ContextSource)
  .max(LEAD_CONTEXT_LIMITS.sources, `must have at most ${LEAD_CONTEXT_LIMITS.sources} entries`);

/** The chip label for a web page: its host without "www.", plus the path when it is not the root. */
export function websiteLabel(url: string): string {
  const { hostname, pathname } = new URL(url);
  const host = hostname.replace(/^www\./, '');
  const path = pathname.replace(/\/+$/, '');
  return `${host}${path}`.slice(0, 100);
}

/** Pages of a company's website (e.g. the `sources` of POST /enrich) as context sources. */
export function websiteSources(urls: readonly string[]): ContextSource[] {
  return urls.map((url) => ({ kind: 'website', label: websiteLabel(url), url }));
}
