import { createHash, timingSafeEqual } from 'node:crypto';
import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { timeout } from 'hono/timeout';
import { ApiError } from './http/api-error.ts';
import type { AppDeps, AppEnv } from './http/env.ts';
import { RateLimiter } from './http/rate-limit.ts';
import { ProviderNotConfiguredError } from './providers/errors.ts';
import { enrichRoutes } from './routes/enrich.ts';
import { personalizeRoutes } from './routes/personalize.ts';
import { senderProfileRoutes } from './routes/sender-profile.ts';
import { systemRoutes } from './routes/system.ts';
import { DatabaseUnavailableError } from './store/errors.ts';

const LOCAL_TOOL = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;

export function createApp(deps: AppDeps) {
  const log = deps.log ?? ((line) => process.stdout.write(`${JSON.stringify(line)}\n`));
  const limitGeneration = rateLimit(deps.rateLimitPerMin, 'generation');
  // Enrichment has its own budget: each request can make the server fetch up to three pages.
  const limitEnrichment = rateLimit(deps.rateLimitPerMin, 'enrichment');

  const app = new Hono<AppEnv>();

  // One log line per request: route, status, latency and what the handler added; no text, no secrets.
  app.use(async (c, next) => {
    const started = performance.now();
    c.set('log', {});
    await next();
    log({
      time: new Date().toISOString(),
      method: c.req.method,
      route: c.req.routePath,
      status: c.res.status,
      latency_ms: Math.round(performance.now() - started),
      ...c.var.log,
    });
  });
  app.use(
    cors({
      origin: (origin) =>
        (
          deps.corsOrigins
            ? deps.corsOrigins.includes(origin)
            : origin.startsWith('chrome-extension://') || LOCAL_TOOL.test(origin)
        )
          ? origin
          : null,
      allowHeaders: ['Authorization', 'Content-Type'],
      allowMethods: ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
      maxAge: 600,
    }),
  );
  app.use(
    bodyLimit({
      maxSize: deps.bodyLimitBytes,
      onError: () => {
        throw new ApiError(413, 'PAYLOAD_TOO_LARGE', `The body is over ${deps.bodyLimitBytes} bytes`);
      },
    }),
  );
  const auth = requireToken(deps.apiToken);
  app.use('/ready', auth);
  const requestTimeout = timeout(
    deps.requestTimeoutMs,
    new HTTPException(504, { message: 'The request took too long' }),
  );
  for (const path of ['/personalize/*', '/enrich', '/sender-profile']) {
    app.use(path, auth);
    app.use(path, requestTimeout);
  }
  app.route('/', systemRoutes(deps));
  app.route('/personalize', personalizeRoutes(deps, limitGeneration));
  app.route('/sender-profile', senderProfileRoutes(deps));
  app.route('/enrich', enrichRoutes(deps, limitEnrichment));

  app.notFound(() => {
    throw new ApiError(404, 'NOT_FOUND', 'No such route');
  });
  app.onError((err, c) => {
    const apiError = toApiError(err);
    if (apiError.status >= 500 && apiError.code === 'INTERNAL') {
      console.error(`internal error on ${c.req.method} ${c.req.routePath}:`, err);
    }
    return c.json(apiError.toBody(), apiError.status, apiError.headers);
  });
  return app;
}

/** A token bucket per access token: 429 with Retry-After once `perMinute` is spent. */
function rateLimit(perMinute: number, what: string): MiddlewareHandler<AppEnv> {
  const limiter = new RateLimiter(perMinute);
  return async (c, next) => {
    const wait = limiter.take(c.req.header('authorization') ?? '');
    if (wait > 0) {
      throw new ApiError(429, 'RATE_LIMITED', `Too many ${what} requests; retry in ${wait} s`, {
        headers: { 'Retry-After': String(wait) },
      });
    }
    await next();
  };
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Bearer token check in constant time (hashing first makes the lengths equal). */
function requireToken(token: string): MiddlewareHandler<AppEnv> {
  const expected = digest(token);
  return async (c, next) => {
    const given = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '')?.[1];
    if (!given || !timingSafeEqual(digest(given), expected)) {
      throw new ApiError(401, 'UNAUTHORIZED', 'A valid access token is required (Authorization: Bearer <token>)', {
        headers: { 'WWW-Authenticate': 'Bearer' },
      });
    }
    await next();
  };
}

function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (err instanceof DatabaseUnavailableError) return new ApiError(503, 'DATABASE_UNAVAILABLE', err.message);
  if (err instanceof ProviderNotConfiguredError) return new ApiError(503, 'PROVIDER_NOT_CONFIGURED', err.message);
  if (err instanceof HTTPException) {
    if (err.status === 400) return new ApiError(400, 'INVALID_REQUEST', 'Malformed JSON in the request body');
    if (err.status === 504) return new ApiError(504, 'TIMEOUT', err.message);
    return new ApiError(err.status, 'INVALID_REQUEST', err.message || 'Bad request');
  }
  return new ApiError(500, 'INTERNAL', 'Internal error');
}
