import { Hono } from 'hono';
import { ApiError } from '../http/api-error.ts';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { openApiDocument } from '../openapi.ts';

/** Liveness, readiness and the API description. */
export function systemRoutes(deps: AppDeps) {
  const document = openApiDocument();
  return new Hono<AppEnv>()
    .get('/health', (c) => c.json({ status: 'ok' }))
    .get('/openapi.json', (c) => c.json(document))
    .get('/ready', async (c) => {
      if (!(await deps.stores.db.ping()))
        throw new ApiError(503, 'DATABASE_UNAVAILABLE', 'The database is unavailable');
      return c.json({ status: 'ready', database: 'ok', provider: deps.providerFor().name });
    });
}
