/** The lead as read from a page, with where each field came from (never guessed). */
export interface ScrapedLead {
  first_name?: string;
  last_name?: string;
  title?: string;
  company_name?: string;
  domain?: string;
  email?: string;
  profile_url?: string;
}

export type LeadField = keyof ScrapedLead;

export interface ScrapeResult {
  site: 'linkedin' | 'gmail';
  lead: ScrapedLead;
  sources: Partial<Record<LeadField, string>>;
}

/** "Dana María Reyes" → first "Dana", last "María Reyes". */
export function splitName(full: string): { first_name?: string; last_name?: string } {
  const parts = full.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  if (parts.length === 0) return {};
  const [first, ...rest] = parts;
  return rest.length ? { first_name: first, last_name: rest.join(' ') } : { first_name: first };
}
