import { Sender, type SenderProfile } from '@personalizer/shared';
import { Hono } from 'hono';
import type { AppEnv } from '../http/env.ts';
import { validate } from '../http/validate.ts';
import type { SenderProfileStore } from '../store/sender-profiles.ts';

/** The user's sender profile: who writes, what they offer, the proof points they may cite. */
export function senderProfileRoutes(senders: SenderProfileStore) {
  return new Hono<AppEnv>()
    .get('/', async (c) => {
      const profile = await senders.get(c.var.user.user_id);
      return c.json((profile ?? { sender: null, updated_at: null }) satisfies SenderProfile);
    })
    .put('/', validate('json', Sender), async (c) => {
      const profile = await senders.put(c.var.user.user_id, c.req.valid('json'), new Date());
      return c.json(profile satisfies SenderProfile);
    })
    .delete('/', async (c) => {
      await senders.remove(c.var.user.user_id);
      return c.json({ sender: null, updated_at: null } satisfies SenderProfile);
    });
}
