/**
 * Lead keys: what identifies the person a request is about, so an erasure finds every request
 * about them. A key is the SHA-256 of the normalized email or profile URL; the lists it names
 * hold request ids only, never the address itself.
 */
import { createHash } from 'node:crypto';

/** Email addresses compare case-insensitively here (mailbox parts are in practice). */
export function normalizeEmail(email: string): string {
  return `email:${email.trim().toLowerCase()}`;
}

/**
 * A profile URL without scheme, `www.`, query, fragment or trailing slash, lower-cased; LinkedIn's
 * country hosts (de.linkedin.com) and sub-pages (/in/dana/details/…) collapse to /in/<slug>.
 */
export function normalizeProfileUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  let host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  let path = safeDecode(parsed.pathname).toLowerCase().replace(/\/+$/, '');
  if (/(^|\.)linkedin\.com$/.test(host)) {
    host = 'linkedin.com';
    path = /^\/(in|pub)\/[^/]+/.exec(path)?.[0] ?? path;
  }
  return `profile:${host}${path}`;
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

export const hashLeadKey = (normalized: string) => createHash('sha256').update(normalized).digest('hex');

/** The hashed keys of a lead as sent: its email and its profile URL, each when present. */
export function leadKeys(lead: { email?: string; profile_url?: string }): string[] {
  const keys = [
    lead.email ? normalizeEmail(lead.email) : null,
    lead.profile_url ? normalizeProfileUrl(lead.profile_url) : null,
  ];
  return keys.filter((k): k is string => k !== null).map(hashLeadKey);
}
