import type { MiddlewareHandler } from 'hono';
import type { RateLimitStore } from '../store/rate-limit-store.ts';
import { ApiError } from './api-error.ts';
import type { AppEnv } from './env.ts';

/**
 * One place per request in the user's minute, shared by every server. Generation and enrichment
 * have a budget each (enrichment makes the server fetch up to three pages a request).
 */
export function limitRequests(limits: RateLimitStore, budget: 'generation' | 'enrichment'): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const user = c.var.user.user_id;
    const wait = await limits.take(budget === 'generation' ? user : `${user}#${budget}`);
    if (wait > 0) {
      throw new ApiError(429, 'RATE_LIMITED', `Too many ${budget} requests; retry in ${wait} s`, {
        headers: { 'Retry-After': String(wait) },
      });
    }
    await next();
  };
}
