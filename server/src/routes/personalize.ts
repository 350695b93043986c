import {
  HistoryQuery,
  PersonalizeRequest,
  type PersonalizeResponse,
  type RegenerateResponse,
  ReplayRequest,
  type ReplayResponse,
  RequestId,
  SelectRequest,
  type SelectResponse,
} from '@personalizer/shared';
import { Hono, type MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { ApiError } from '../http/api-error.ts';
import type { AppEnv } from '../http/env.ts';
import { validate } from '../http/validate.ts';
import { createPersonalization, type PersonalizationDeps, replayPersonalization } from '../service/personalization.ts';
import { regenerateVariant } from '../service/regenerate.ts';

const IdParam = z.strictObject({ request_id: RequestId });
const VariantParam = z.strictObject({ request_id: RequestId, variant_index: z.coerce.number().int().min(0) });

/** Every route answers for the caller's own requests (an admin's: everyone's); others 404. */
export function personalizeRoutes(deps: PersonalizationDeps, limitGeneration: MiddlewareHandler<AppEnv>) {
  const notFound = (request_id: string) => new ApiError(404, 'NOT_FOUND', `No request ${request_id}`);
  return new Hono<AppEnv>()
    .post('/', limitGeneration, validate('json', PersonalizeRequest), async (c) => {
      const outcome = await createPersonalization(c.req.valid('json'), c.var.user, deps);
      Object.assign(c.var.log, {
        request_id: outcome.request_id,
        provider: outcome.provider,
        attempts: outcome.attempts.length,
      });
      return c.json({ request_id: outcome.request_id, variants: outcome.variants } satisfies PersonalizeResponse);
    })
    .get('/', validate('query', HistoryQuery), async (c) =>
      c.json(await deps.store.listRecent(c.var.user, c.req.valid('query'))),
    )
    .get('/:request_id', validate('param', IdParam), async (c) => {
      const { request_id } = c.req.valid('param');
      const record = await deps.store.getRecord(request_id, c.var.user);
      if (!record) throw notFound(request_id);
      return c.json(record);
    })
    .post('/:request_id/select', validate('param', IdParam), validate('json', SelectRequest), async (c) => {
      const { request_id } = c.req.valid('param');
      c.var.log.request_id = request_id;
      const result = await deps.store.selectVariant(request_id, c.var.user, c.req.valid('json'), new Date());
      if (result.ok) {
        const { selection, selection_count } = result;
        return c.json({ request_id, selection, selection_count } satisfies SelectResponse);
      }
      switch (result.reason) {
        case 'NOT_FOUND':
          throw notFound(request_id);
        case 'NOT_SELECTABLE':
          throw new ApiError(409, 'REQUEST_NOT_SELECTABLE', `Request ${request_id} did not succeed; nothing to select`);
        case 'OUT_OF_RANGE':
          throw new ApiError(422, 'VARIANT_OUT_OF_RANGE', `variant_index must be below ${result.variant_count}`, {
            issues: [{ path: 'variant_index', message: `must be below ${result.variant_count}` }],
          });
      }
    })
    .post(
      '/:request_id/variants/:variant_index/regenerate',
      limitGeneration,
      validate('param', VariantParam),
      async (c) => {
        const { request_id, variant_index } = c.req.valid('param');
        c.var.log.request_id = request_id;
        const { attempts, provider, ...answer } = await regenerateVariant(request_id, variant_index, c.var.user, deps);
        Object.assign(c.var.log, { provider, attempts });
        return c.json(answer satisfies RegenerateResponse);
      },
    )
    .post(
      '/:request_id/replay',
      limitGeneration,
      validate('param', IdParam),
      validate('json', ReplayRequest),
      async (c) => {
        const { request_id } = c.req.valid('param');
        const { replay, original } = await replayPersonalization(request_id, c.var.user, c.req.valid('json'), deps);
        Object.assign(c.var.log, {
          request_id: replay.request_id,
          provider: replay.provider,
          attempts: replay.attempts.length,
        });
        return c.json({
          request_id: replay.request_id,
          replay_of: request_id,
          variants: replay.variants,
          original,
        } satisfies ReplayResponse);
      },
    );
}
