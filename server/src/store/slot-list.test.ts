import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStores } from '../../test-support/test-db.ts';
import { type Database, openDatabase } from './database.ts';
import { SlotList } from './slot-list.ts';

let one: Database;
let two: Database;
beforeAll(async () => {
  const opened = await openTestStores();
  one = opened.stores.db;
  two = await openDatabase({ uri: opened.uri, db: opened.db });
});
afterAll(async () => {
  await one.close();
  await two.close();
});

const ids = (entries: { request_id: string }[]) => entries.map((e) => e.request_id);

describe('Database', () => {
  it.skipIf(Boolean(process.env.MONGODB_URI))('queues writes on FerretDB, found from its buildInfo', () => {
    expect(one.serialized).toBe(true);
    expect(two.serialized).toBe(true);
  });
});

describe('SlotList', () => {
  it('continues after another server’s entries and keeps the owner reference right', async () => {
    const first = new SlotList(one, 'lists_a');
    const second = new SlotList(two, 'lists_a'); // knows nothing of what `first` appended
    for (let i = 0; i < 20; i++) {
      await first.appendMany([
        { list: 'user:u', request_id: `r${i}` },
        { list: 'team', request_id: `r${i}`, owner_of: 0 },
      ]);
    }
    const [own, team] = await second.appendMany([
      { list: 'user:u', request_id: 'late' },
      { list: 'team', request_id: 'late', owner_of: 0 },
    ]);
    expect([own, team]).toEqual(['user:u:21', 'team:21']);
    const entries = await second.all('team');
    expect(entries.at(-1)).toMatchObject({ _id: 'team:21', request_id: 'late', owner_slot: 'user:u:21' });
    expect(ids(entries)).toEqual([...Array.from({ length: 20 }, (_, i) => `r${i}`), 'late']);
    // And `first`, whose hint is now stale, moves past `second`'s entry.
    expect(await first.appendMany([{ list: 'team', request_id: 'later' }])).toEqual(['team:22']);
  });

  it('finds the end from its head when it has no hint, walks both ways, and trims from the bottom', async () => {
    const writer = new SlotList(one, 'lists_b');
    for (let i = 1; i <= 40; i++) await writer.appendMany([{ list: 'l', request_id: `r${i}` }]);
    const reader = new SlotList(two, 'lists_b');
    expect(await reader.bounds('l')).toEqual({ top: 40, low: 1 });
    const newest: string[] = [];
    for await (const batch of reader.down('l', 40, 1, 16)) newest.push(...ids(batch));
    expect(newest).toEqual(Array.from({ length: 40 }, (_, i) => `r${40 - i}`));
    await reader.remove(Array.from({ length: 10 }, (_, i) => `l:${i + 1}`));
    await reader.raiseLow('l', 11);
    expect(await reader.bounds('l')).toEqual({ top: 40, low: 11 });
    expect(ids(await reader.all('l'))[0]).toBe('r11');
  });

  it('keeps a deleted list’s end so entries appended above it stay found', async () => {
    const a = new SlotList(one, 'lists_c');
    const b = new SlotList(two, 'lists_c');
    for (let i = 1; i <= 30; i++) await a.appendMany([{ list: 'lead:x', request_id: `r${i}` }]);
    await b.remove(Array.from({ length: 30 }, (_, i) => `lead:x:${i + 1}`));
    await b.keepEnd('lead:x', 30);
    // `a` still remembers 30 and appends above it; a fresh server starts at 1: both are found.
    await a.appendMany([{ list: 'lead:x', request_id: 'above' }]);
    await new SlotList(two, 'lists_c').appendMany([{ list: 'lead:x', request_id: 'fresh' }]);
    expect(ids(await b.all('lead:x'))).toEqual(['fresh', 'above']);
  });
});
