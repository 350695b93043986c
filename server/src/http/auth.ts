import type { MiddlewareHandler } from 'hono';
import type { UserStore } from '../store/user-store.ts';
import { ApiError } from './api-error.ts';
import type { AppEnv } from './env.ts';

/**
 * The bearer token's user, looked up by the token's hash, on the context as `c.var.user`.
 * Unknown and revoked tokens answer 401.
 */
export function authenticate(users: UserStore): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '')?.[1];
    const user = token ? await users.authenticate(token) : null;
    if (!user) {
      throw new ApiError(401, 'UNAUTHORIZED', 'A valid access token is required (Authorization: Bearer <token>)', {
        headers: { 'WWW-Authenticate': 'Bearer' },
      });
    }
    c.set('user', user);
    c.var.log.user_id = user.user_id;
    await next();
  };
}

/** Admin-only routes: members get 403. */
export const requireAdmin: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.var.user.role !== 'admin') throw new ApiError(403, 'FORBIDDEN', 'Only an admin may do this');
  await next();
};
