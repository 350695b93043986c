/**
 * POST /enrich as a use case: a company's profile from its own website, cached per domain. The
 * homepage (https, then http when https cannot connect) and one about page found from its links
 * are fetched through the safe fetch; page facts, the extractive profile and the technologies come
 * from enrich/; the result is kept in company_profiles for `cacheDays`.
 */
import type { EnrichResponse } from '@personalizer/shared';
import { aboutPageLinks, type Document, pageFacts, parseHtml } from '../enrich/page.ts';
import { companyProfile } from '../enrich/profile.ts';
import type { FetchedPage, FetchResult, PageFetcher } from '../enrich/safe-fetch.ts';
import { detectTechnologies, signalsOf } from '../enrich/tech.ts';
import type { CompanyProfileStore } from '../store/company-profile-store.ts';

export interface EnrichmentDeps {
  profiles: CompanyProfileStore;
  /** The safe fetch (createSafeFetch), bound to its policy. */
  fetchPage: PageFetcher;
  cacheDays: number;
  now?: () => Date;
  /** Where a domain's homepage is tried, in order; tests point it at their loopback site. */
  homepageUrls?: (domain: string) => string[];
}

export type EnrichOutcome =
  | { ok: true; profile: EnrichResponse; cached: boolean }
  | { ok: false; reason: 'BLOCKED' | 'UNAVAILABLE'; message: string };

export interface CompanyEnricher {
  enrich(domain: string): Promise<EnrichOutcome>;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** About pages tried at most (the best two candidates). */
const ABOUT_ATTEMPTS = 2;

/** The cache key: lower case, no trailing dot, no "www." (www.acme.com is acme.com). */
export function normalizeDomain(domain: string): string {
  return domain
    .trim()
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
}

const defaultHomepageUrls = (domain: string) => [`https://${domain}/`, `http://${domain}/`];

export function createCompanyEnricher(deps: EnrichmentDeps): CompanyEnricher {
  const now = deps.now ?? (() => new Date());
  const homepageUrls = deps.homepageUrls ?? defaultHomepageUrls;
  // One fetch per domain at a time: concurrent requests for it share the answer.
  const inFlight = new Map<string, Promise<EnrichOutcome>>();

  async function homepage(domain: string): Promise<FetchResult> {
    let result: FetchResult = { ok: false, code: 'UNREACHABLE', message: `no URL for ${domain}` };
    for (const url of homepageUrls(domain)) {
      result = await deps.fetchPage(url);
      // Only a failed connection is worth the plain-http try; a refusal or a timeout is final.
      if (result.ok || result.code !== 'UNREACHABLE') break;
    }
    return result;
  }

  async function read(domain: string): Promise<EnrichOutcome> {
    const home = await homepage(domain);
    if (!home.ok)
      return { ok: false, reason: home.code === 'BLOCKED' ? 'BLOCKED' : 'UNAVAILABLE', message: home.message };
    const homeDoc = parseHtml(home.page.html);
    const visited: { page: FetchedPage; doc: Document }[] = [{ page: home.page, doc: homeDoc }];
    for (const url of aboutPageLinks(pageFacts(homeDoc, home.page.url), ABOUT_ATTEMPTS)) {
      const about = await deps.fetchPage(url);
      if (about.ok) visited.push({ page: about.page, doc: parseHtml(about.page.html) });
      if (about.ok || about.code === 'TIMEOUT') break;
    }
    const fetched_at = now();
    const profile: EnrichResponse = {
      domain,
      ...companyProfile(visited.map(({ page, doc }) => pageFacts(doc, page.url))),
      tech_stack: detectTechnologies(visited.map(({ page, doc }) => signalsOf(doc, page))),
      sources: visited.map(({ page }) => page.url),
      fetched_at: fetched_at.toISOString(),
    };
    await deps.profiles.put(profile, new Date(fetched_at.getTime() + deps.cacheDays * DAY_MS));
    return { ok: true, profile, cached: false };
  }

  return {
    async enrich(input) {
      const domain = normalizeDomain(input);
      const cached = await deps.profiles.get(domain, now());
      if (cached) return { ok: true, profile: cached, cached: true };
      const running = inFlight.get(domain) ?? read(domain).finally(() => inFlight.delete(domain));
      inFlight.set(domain, running);
      return running;
    },
  };
}
