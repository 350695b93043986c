import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { type AuditStore, openAuditStore } from '../src/store/audit-store.ts';

/** A store on the suite's database server, in a database of its own so test files never collide. */
export async function openTestStore(): Promise<{ store: AuditStore; uri: string; db: string }> {
  const uri = inject('mongodbUri');
  const db = `t_${randomBytes(6).toString('hex')}`;
  return { store: await openAuditStore({ uri, db }), uri, db };
}
