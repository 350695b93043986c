import type { ContextSource, LinkedInFormat } from '@personalizer/shared';

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

/** Where a context item goes in the request: the company context's fields, or the lead's own words. */
export type ContextTarget = 'summary' | 'keywords' | 'tech_stack' | 'lead_context';

/** A piece of context read from a page, with its source (shown as a chip in the panel). */
export interface ScrapedContext {
  source: ContextSource;
  target: ContextTarget;
  /** Keywords and tech stack: comma-separated. */
  text: string;
}

export interface ScrapeResult {
  site: 'linkedin' | 'gmail';
  /** A person (profile, thread, compose) replaces the lead; a company page adds to it. */
  page: 'person' | 'company';
  lead: ScrapedLead;
  sources: Partial<Record<LeadField, string>>;
  context: ScrapedContext[];
  /** The LinkedIn composer open on the page, if any: the format to write by default. */
  composer?: LinkedInFormat | null;
  /** The lead's company page on LinkedIn, to read it on request. */
  company_url?: string;
}
