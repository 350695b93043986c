import { Sender, type SenderProfile } from '@personalizer/shared';
import { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { ownerOf } from '../http/owner.ts';
import { validate } from '../http/validate.ts';

/** The user's sender profile: who writes, what they offer, the proof points they may cite. */
export function senderProfileRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .get('/', async (c) => {
      const profile = await deps.senderProfiles.get(ownerOf(c));
      return c.json((profile ?? { sender: null, updated_at: null }) satisfies SenderProfile);
    })
    .put('/', validate('json', Sender), async (c) => {
      const profile = await deps.senderProfiles.put(ownerOf(c), c.req.valid('json'), new Date());
      return c.json(profile satisfies SenderProfile);
    })
    .delete('/', async (c) => {
      await deps.senderProfiles.remove(ownerOf(c));
      return c.json({ sender: null, updated_at: null } satisfies SenderProfile);
    });
}
