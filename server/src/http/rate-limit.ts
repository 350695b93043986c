import type { MiddlewareHandler } from 'hono';
import type { RateLimitStore } from '../store/rate-limit-store.ts';
import { ApiError } from './api-error.ts';
import type { AppEnv } from './env.ts';

/** Generation routes: one place per request in the user's minute, shared by every server. */
export function limitGeneration(limits: RateLimitStore): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const wait = await limits.take(c.var.user.user_id);
    if (wait > 0) {
      throw new ApiError(429, 'RATE_LIMITED', `Too many generation requests; retry in ${wait} s`, {
        headers: { 'Retry-After': String(wait) },
      });
    }
    await next();
  };
}
