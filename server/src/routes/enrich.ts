import { EnrichRequest, type EnrichResponse } from '@personalizer/shared';
import { Hono, type MiddlewareHandler } from 'hono';
import { ApiError } from '../http/api-error.ts';
import type { AppEnv } from '../http/env.ts';
import { validate } from '../http/validate.ts';
import type { CompanyEnricher } from '../service/enrichment.ts';

/** POST /enrich {domain}: the company's profile from its own website. */
export function enrichRoutes(enricher: CompanyEnricher, limitEnrichment: MiddlewareHandler<AppEnv>) {
  return new Hono<AppEnv>().post('/', limitEnrichment, validate('json', EnrichRequest), async (c) => {
    const outcome = await enricher.enrich(c.req.valid('json').domain);
    if (!outcome.ok) {
      throw outcome.reason === 'BLOCKED'
        ? new ApiError(422, 'SITE_BLOCKED', `Not fetched: ${outcome.message}`, {
            issues: [{ path: 'domain', message: outcome.message }],
          })
        : new ApiError(502, 'SITE_UNAVAILABLE', `The website could not be read: ${outcome.message}`);
    }
    c.var.log.enrich_cache = outcome.cached ? 'hit' : 'miss';
    return c.json(outcome.profile satisfies EnrichResponse);
  });
}
