import { z } from 'zod';

/** Where a piece of context came from, so the panel can show it and the audit can keep it. */
export const CONTEXT_SOURCE_KINDS = [
  'linkedin_about',
  'linkedin_profile',
  'linkedin_company',
  'website',
  'gmail_thread',
  'manual',
] as const;
export const ContextSourceKind = z.enum(CONTEXT_SOURCE_KINDS);
export type ContextSourceKind = z.infer<typeof ContextSourceKind>;

// A label is one short line: no control characters at all (not even line breaks).
const LABEL_FORBIDDEN = /\p{Cc}/u;

export const ContextSource = z.strictObject({
  kind: ContextSourceKind,
  /** What the chip says, e.g. "LinkedIn About", "acme.com/about", "Gmail thread". */
  label: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(120, 'must have at most 120 characters')
    .refine((s) => !LABEL_FORBIDDEN.test(s) && s.isWellFormed(), 'must be one line of well-formed text'),
  url: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
    .max(2048)
    .optional(),
});
export type ContextSource = z.output<typeof ContextSource>;

export const MAX_CONTEXT_SOURCES = 20;
export const ContextSources = z
  .array(ContextSource)
  .max(MAX_CONTEXT_SOURCES, `must have at most ${MAX_CONTEXT_SOURCES} entries`);

/** The chip label for a web page: its host without "www.", plus the path when it is not the root. */
export function websiteLabel(url: string): string {
  const { hostname, pathname } = new URL(url);
  const host = hostname.replace(/^www\./, '');
  const path = pathname.replace(/\/+$/, '');
  return `${host}${path}`.slice(0, 120);
}

/** Pages of a company's website (e.g. the `sources` of POST /enrich) as context sources. */
export function websiteSources(urls: readonly string[]): ContextSource[] {
  return urls.map((url) => ({ kind: 'website', label: websiteLabel(url), url }));
}
