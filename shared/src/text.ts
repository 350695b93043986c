import { z } from 'zod';

// Control characters (NUL included) never belong in outreach text; \t \n \r do.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** A bounded, trimmed string with no control characters or lone surrogates. */
export function text(max: number, min = 0) {
  return z
    .string()
    .trim()
    .min(min, min === 1 ? 'must not be empty' : `must have at least ${min} characters`)
    .max(max, `must have at most ${max} characters`)
    .refine((s) => !CONTROL_CHARS.test(s), 'must not contain control characters')
    .refine((s) => s.isWellFormed(), 'must be well-formed Unicode');
}

/** An http(s) address of reasonable length (page and profile URLs). */
export function httpUrl() {
  return z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).max(2048);
}
