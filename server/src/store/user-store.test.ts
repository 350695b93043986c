import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStores } from '../../test-support/test-db.ts';
import { hashToken } from '../access-token.ts';
import type { Stores } from './stores.ts';

let stores: Stores;
let dbName: string;
beforeAll(async () => {
  const opened = await openTestStores();
  stores = opened.stores;
  dbName = opened.db;
});
afterAll(() => stores.db.close());

describe('UserStore', () => {
  it('adds users with a token shown once and stored only as its hash', async () => {
    const { token, user } = await stores.users.add('Dana Reyes', 'member');
    expect(token).toMatch(/^pz_[\w-]{32}$/);
    expect(user).toEqual({ user_id: expect.stringMatching(/^usr_/), name: 'Dana Reyes', role: 'member' });
    expect(await stores.users.authenticate(token)).toEqual(user);
    expect(await stores.users.authenticate(`${token}x`)).toBeNull();
    const docs = await stores.db.client.db(dbName).collection('users').find({}).toArray();
    expect(JSON.stringify(docs)).not.toContain(token);
    expect(docs.map((d) => d._id)).toContain(hashToken(token));
  });

  it('makes the startup token the first admin once, and never brings a revoked one back', async () => {
    const startup = 'a-startup-token-0123456789';
    const first = await stores.users.ensureAdmin(startup, 'Admin');
    expect(first).toMatchObject({ created: true, revoked: false, user: { role: 'admin', name: 'Admin' } });
    const again = await stores.users.ensureAdmin(startup, 'Admin');
    expect(again).toEqual({ ...first, created: false });
    expect(await stores.users.revoke(first.user.user_id)).toMatchObject({ ok: true, tokens: 1 });
    expect(await stores.users.authenticate(startup)).toBeNull();
    expect(await stores.users.ensureAdmin(startup, 'Admin')).toMatchObject({ created: false, revoked: true });
    expect(await stores.users.authenticate(startup)).toBeNull();
  });

  it('lists users and revokes by id or by a name only one user has', async () => {
    const sam = await stores.users.add('Sam Lee', 'admin');
    await stores.users.add('Twin', 'member');
    await stores.users.add('Twin', 'member');
    expect(await stores.users.revoke('Twin')).toEqual({ ok: false, reason: 'AMBIGUOUS' });
    expect(await stores.users.revoke('Nobody')).toEqual({ ok: false, reason: 'NOT_FOUND' });
    expect(await stores.users.revoke('Sam Lee')).toMatchObject({ ok: true, user: sam.user, tokens: 1 });
    const listed = await stores.users.list();
    expect(listed.find((u) => u.user_id === sam.user.user_id)).toMatchObject({
      role: 'admin',
      revoked_at: expect.any(Date),
    });
    expect(listed.filter((u) => u.name === 'Twin').map((u) => u.revoked_at)).toEqual([null, null]);
  });
});
