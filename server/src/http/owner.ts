import type { Context } from 'hono';
import type { AppEnv } from './env.ts';

/** Whose records and profile a request acts on: one team-wide owner while the API has one token. */
export function ownerOf(_c: Context<AppEnv>): string {
  return 'default';
}
