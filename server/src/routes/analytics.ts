import { AnalyticsQuery } from '@personalizer/shared';
import { Hono } from 'hono';
import type { AppEnv } from '../http/env.ts';
import { validate } from '../http/validate.ts';
import { selectionAnalytics } from '../service/analytics.ts';
import type { AuditStore } from '../store/audit-store.ts';

/** GET /analytics?from=&to=: members get their own numbers, admins the team's. */
export function analyticsRoutes(store: AuditStore) {
  return new Hono<AppEnv>().get('/', validate('query', AnalyticsQuery), async (c) =>
    c.json(await selectionAnalytics(c.req.valid('query'), c.var.user, store)),
  );
}
