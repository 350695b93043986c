import { EraseLeadRequest, type EraseLeadResponse } from '@personalizer/shared';
import { Hono } from 'hono';
import { requireAdmin } from '../http/auth.ts';
import type { AppEnv } from '../http/env.ts';
import { validate } from '../http/validate.ts';
import { eraseLead } from '../service/erasure.ts';
import type { AuditStore } from '../store/audit-store.ts';

/** Erasure of a lead's personal data (admins). The log line gets the counts, never the lead. */
export function leadRoutes(store: AuditStore) {
  return new Hono<AppEnv>().delete('/', requireAdmin, validate('json', EraseLeadRequest), async (c) => {
    const erased = await eraseLead(c.req.valid('json'), store);
    c.var.log.erased = erased;
    return c.json({ erased } satisfies EraseLeadResponse);
  });
}
