import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { timeout } from 'hono/timeout';
import { ApiError } from './http/api-error.ts';
import { authenticate } from './http/auth.ts';
import type { AppDeps, AppEnv } from './http/env.ts';
import { limitRequests } from './http/rate-limit.ts';
import { ProviderNotConfiguredError } from './providers/errors.ts';
import { analyticsRoutes } from './routes/analytics.ts';
import { enrichRoutes } from './routes/enrich.ts';
import { labRoutes } from './routes/lab.ts';
import { leadRoutes } from './routes/leads.ts';
import { personalizeRoutes } from './routes/personalize.ts';
import { senderProfileRoutes } from './routes/sender-profile.ts';
import { systemRoutes } from './routes/system.ts';
import { experimentRoutes, templateRoutes } from './routes/templates.ts';
import { DatabaseUnavailableError } from './store/errors.ts';

const LOCAL_TOOL = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;

export function createApp(deps: AppDeps) {
  const log = deps.log ?? ((line) => process.stdout.write(`${JSON.stringify(line)}\n`));
  const { stores } = deps;
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
  const auth = authenticate(stores.users);
  const authenticated = [
    '/ready',
    '/personalize/*',
    '/leads/*',
    '/sender-profile',
    '/enrich',
    '/templates/*',
    '/experiments/*',
    '/analytics',
  ];
  for (const path of authenticated) app.use(path, auth);
  const requestTimeout = timeout(
    deps.requestTimeoutMs,
    new HTTPException(504, { message: 'The request took too long' }),
  );
  for (const path of ['/personalize/*', '/enrich']) app.use(path, requestTimeout);
  app.route('/', systemRoutes(deps));
  const personalization = {
    store: stores.audit,
    senders: stores.senders,
    providerFor: deps.providerFor,
    templates: stores.templates,
    now: deps.now,
    smsRequireConsent: deps.smsRequireConsent,
  };
  app.route('/personalize', personalizeRoutes(personalization, limitRequests(stores.limits, 'generation')));
  app.route('/leads', leadRoutes(stores.audit));
  app.route('/sender-profile', senderProfileRoutes(stores.senders));
  app.route('/enrich', enrichRoutes(deps.enricher, limitRequests(stores.limits, 'enrichment')));
  app.route('/templates', templateRoutes(stores.templates));
  app.route('/experiments', experimentRoutes(stores.templates));
  app.route('/analytics', analyticsRoutes(stores.audit));
  app.route('/lab', labRoutes(deps.labDir));

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
