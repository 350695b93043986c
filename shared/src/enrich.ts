import { z } from 'zod';
import { CompanyContext, Lead } from './schemas.ts';

/** POST /enrich: the company's domain, as the lead carries it (acme.com). */
export const EnrichRequest = z.strictObject({
  // The lead's own domain rule, required here (it treats "" as absent).
  domain: Lead.shape.domain.nonoptional({ error: 'must be a domain name such as acme.com' }),
});
export type EnrichRequest = z.output<typeof EnrichRequest>;

/**
 * What the company's own website says about it. summary, keywords and tech_stack have the bounds of
 * the request's company_context, so they can be used as it is; every summary sentence is quoted
 * from one of the `sources` pages.
 */
export const EnrichResponse = z.strictObject({
  /** The normalized domain the profile is cached under (lower case, no "www."). */
  domain: z.string(),
  company_name: z.string().optional(),
  summary: CompanyContext.shape.summary.optional(),
  keywords: CompanyContext.shape.keywords,
  tech_stack: CompanyContext.shape.tech_stack,
  industry: z.string().max(100).optional(),
  /** The company's profiles elsewhere (JSON-LD sameAs), e.g. its LinkedIn page. */
  same_as: z.array(z.url()).max(10),
  /** The pages read (after redirects): the homepage, then the about page when one was found. */
  sources: z.array(z.url()).min(1).max(2),
  fetched_at: z.iso.datetime(),
});
export type EnrichResponse = z.output<typeof EnrichResponse>;
