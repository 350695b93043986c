import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { openStores, type Stores } from '../src/store/stores.ts';

/** Stores on the suite's database server, in a database of their own so test files never collide. */
export async function openTestStores(
  options: { rateLimitPerMin?: number } = {},
): Promise<{ stores: Stores; uri: string; db: string }> {
  const uri = inject('mongodbUri');
  const db = `t_${randomBytes(6).toString('hex')}`;
  return { stores: await openStores({ uri, db, rateLimitPerMin: options.rateLimitPerMin ?? 1000 }), uri, db };
}
