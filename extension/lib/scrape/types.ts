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
