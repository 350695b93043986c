import { PersonalizeRequest } from '@personalizer/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStores } from '../../test-support/test-db.ts';
import { newRequestId, newUserId } from '../ids.ts';
import type { Viewer } from '../store/audit-store.ts';
import type { Stores } from '../store/stores.ts';
import { housekeeping } from './housekeeping.ts';

const DAY = 24 * 3600_000;
const input = PersonalizeRequest.parse({
  channel: 'EMAIL',
  tone: 'PROFESSIONAL',
  goal: 'Intro call',
  lead: { first_name: 'Dana', email: 'dana@northwind.io' },
});
const owner: Viewer = { user_id: newUserId(), role: 'member' };

// Each test on an empty database: retention walks requests in the order they were stored.
let stores: Stores;
beforeEach(async () => {
  stores = (await openTestStores()).stores;
});
afterEach(() => stores.db.close());

async function begin(ageMs: number) {
  const created_at = new Date(Date.now() - ageMs);
  const request_id = newRequestId(created_at.getTime());
  await stores.audit.beginRequest({ request_id, owner_id: owner.user_id, input, created_at });
  return request_id;
}

describe('housekeeping', () => {
  it('fails stopped servers’ requests, and with RETENTION_DAYS deletes older requests', async () => {
    const expired = await begin(40 * DAY);
    await stores.audit.finishRequest(expired, { status: 'SUCCESS', latency_ms: 1, attempts: 0 });
    const stuck = await begin(10 * 60_000);
    const inFlight = await begin(1000);
    let clock = Date.now();
    const chores = housekeeping({ stores, retentionDays: 30, requestTimeoutMs: 90_000, now: () => clock });
    expect(await chores.runOnce()).toMatchObject({ interrupted: 1, removed: { requests: 1 } });
    expect(await stores.audit.getRecord(expired, owner)).toBeNull();
    expect((await stores.audit.getRecord(stuck, owner))?.request.status).toBe('FAILED');
    expect((await stores.audit.getRecord(inFlight, owner))?.request.status).toBe('PENDING');
    // A minute later the in-flight one is still younger than the timeout; two minutes on, it is not.
    clock += 60_000;
    expect((await chores.runOnce()).interrupted).toBe(0);
    clock += 60_000;
    expect((await chores.runOnce()).interrupted).toBe(1);
  });

  it('keeps everything without RETENTION_DAYS', async () => {
    const old = await begin(400 * DAY);
    await stores.audit.finishRequest(old, { status: 'SUCCESS', latency_ms: 1, attempts: 0 });
    const chores = housekeeping({ stores, retentionDays: null, requestTimeoutMs: 90_000 });
    expect((await chores.runOnce()).removed).toBeNull();
    expect(await stores.audit.getRecord(old, owner)).not.toBeNull();
  });

  it('runs on its schedule until stopped', async () => {
    const old = await begin(100 * DAY);
    await stores.audit.finishRequest(old, { status: 'SUCCESS', latency_ms: 1, attempts: 0 });
    const chores = housekeeping({ stores, retentionDays: 30, requestTimeoutMs: 90_000, everyMs: 50 });
    chores.start();
    await expect.poll(() => stores.audit.getRecord(old, owner)).toBeNull();
    await chores.stop();
  });
});
