import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStores } from '../../test-support/test-db.ts';
import { newUserId } from '../ids.ts';
import { RateLimitStore, secondsToNextMinute } from './rate-limit-store.ts';
import { openStores, type Stores } from './stores.ts';

let one: Stores;
let two: Stores;
beforeAll(async () => {
  const opened = await openTestStores();
  one = opened.stores;
  // A second server: its own connection and write queue on the same database.
  two = await openStores({ uri: opened.uri, db: opened.db, rateLimitPerMin: 1 });
});
afterAll(async () => {
  await one.db.close();
  await two.db.close();
});

describe('RateLimitStore', () => {
  it('counts to the limit per user and minute, then answers the seconds left', async () => {
    let now = Date.UTC(2030, 0, 1, 0, 0, 20);
    const limits = new RateLimitStore(one.db, 3, () => now);
    const user = newUserId();
    expect([await limits.take(user), await limits.take(user), await limits.take(user)]).toEqual([0, 0, 0]);
    expect(await limits.take(user)).toBe(40);
    expect(await limits.take(newUserId())).toBe(0);
    now += 40_000; // the next minute
    expect(await limits.take(user)).toBe(0);
  });

  it('holds across two servers taking places at once', async () => {
    const now = () => Date.UTC(2030, 0, 1, 0, 1, 30);
    const servers = [new RateLimitStore(one.db, 5, now), new RateLimitStore(two.db, 5, now)];
    const user = newUserId();
    const waits = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (servers[i % 2] as RateLimitStore).take(user)),
    );
    expect(waits.filter((w) => w === 0)).toHaveLength(5);
  });

  it('sweeps past minutes', async () => {
    let now = Date.UTC(2030, 0, 1, 0, 2, 10);
    const limits = new RateLimitStore(one.db, 2, () => now);
    await limits.take(newUserId());
    now += 60_000;
    expect(await limits.sweep()).toBeGreaterThanOrEqual(1);
    expect(await limits.sweep()).toBe(0);
  });

  it('rounds the wait up to whole seconds, at least one', () => {
    expect(secondsToNextMinute(Date.UTC(2030, 0, 1, 0, 0, 0))).toBe(60);
    expect(secondsToNextMinute(Date.UTC(2030, 0, 1, 0, 0, 59, 500))).toBe(1);
  });
});
