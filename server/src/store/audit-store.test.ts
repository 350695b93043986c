import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PersonalizeRequest, type Variant } from '@personalizer/shared';
import { MongoClient } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStores } from '../../test-support/test-db.ts';
import type { Attempt } from '../generation/types.ts';
import { newRequestId, newUserId } from '../ids.ts';
import type { AuditStore, Viewer } from './audit-store.ts';
import { type Database, redactUri } from './database.ts';
import { DatabaseUnavailableError } from './errors.ts';
import { hashLeadKey, leadKeys } from './lead-key.ts';
import { startLocalDb } from './local-db.ts';
import { openStores } from './stores.ts';

const input = PersonalizeRequest.parse({
  channel: 'EMAIL',
  tone: 'PROFESSIONAL',
  goal: 'Intro call',
  lead: { first_name: 'Dana', last_name: 'Reyes', company_name: 'Northwind' },
});

const variant = (message: string): Variant => ({
  subject: 'Hello',
  message,
  personalization_points: ['Named the company: Northwind'],
  evidence: [{ source: 'company', value: 'Northwind', field: 'message', span: { start: 3, end: 12 } }],
  risk_flags: [],
});

const attempt = (n: number, variants: Variant[], raw: string | null = '{"variants":[]}'): Attempt => ({
  attempt: n,
  provider: 'openai',
  model: 'gpt-test',
  temperature: 0.4,
  prompts: { system: `system ${n}`, user: `user ${n}`, template_version: 'outreach-v1' },
  raw_output: raw,
  variants,
});

let store: AuditStore;
let database: Database;
let client: MongoClient;
let dbName: string;
let uri: string;

const admin: Viewer = { user_id: newUserId(), role: 'admin' };
const dana: Viewer = { user_id: newUserId(), role: 'member' };
const sam: Viewer = { user_id: newUserId(), role: 'member' };

beforeAll(async () => {
  const opened = await openTestStores();
  store = opened.stores.audit;
  database = opened.stores.db;
  dbName = opened.db;
  uri = opened.uri;
  client = new MongoClient(opened.uri);
});

afterAll(async () => {
  await database.close();
  await client.close();
});

async function storeSuccess(
  attempts: Attempt[],
  options: { created_at?: Date; owner?: Viewer; on?: AuditStore; lead?: Partial<typeof input.lead> } = {},
) {
  const { created_at = new Date(), owner = dana, on = store } = options;
  const request_id = newRequestId(created_at.getTime());
  const audited = { request_id, owner_id: owner.user_id };
  await on.beginRequest({ ...audited, input: { ...input, lead: { ...input.lead, ...options.lead } }, created_at });
  for (const [i, a] of attempts.entries()) await on.recordAttempt(audited, a, i === attempts.length - 1, created_at);
  await on.finishRequest(request_id, { status: 'SUCCESS', latency_ms: 42, attempts: attempts.length });
  return request_id;
}

/** A store in a database of its own, for tests that count everything in it. */
async function freshStores() {
  const opened = await openTestStores();
  return { ...opened, audit: opened.stores.audit, close: () => opened.stores.db.close() };
}

describe('AuditStore', () => {
  it('round-trips a request with its prompt and output across the three collections', async () => {
    const id = await storeSuccess([attempt(1, [variant('Hi Dana'), variant('Hello Dana')])]);
    const record = await store.getRecord(id, dana);
    expect(record?.request).toMatchObject({
      request_id: id,
      owner_id: dana.user_id,
      status: 'SUCCESS',
      latency_ms: 42,
      attempts: 1,
      input,
    });
    expect(record?.prompts).toEqual([
      expect.objectContaining({ request_id: id, attempt: 1, provider: 'openai', model: 'gpt-test', temperature: 0.4 }),
    ]);
    expect(record?.prompts[0]).toMatchObject({
      system_prompt: 'system 1',
      user_prompt: 'user 1',
      template_version: 'outreach-v1',
    });
    expect(record?.outputs).toEqual([
      expect.objectContaining({ attempt: 1, final: true, raw_output: '{"variants":[]}', selected_variant_index: null }),
    ]);
    expect(record?.outputs[0]?.parsed_variants.map((v) => v.message)).toEqual(['Hi Dana', 'Hello Dana']);

    // The documents really live in the three named collections, each with its owner.
    const db = client.db(dbName);
    for (const name of ['personalization_requests', 'prompts', 'outputs']) {
      expect(await db.collection(name).countDocuments({ request_id: id, owner_id: dana.user_id })).toBe(1);
    }
  });

  it('keeps both attempts of a retried request, the second one final', async () => {
    const id = await storeSuccess([attempt(1, [variant('bad 40%')]), attempt(2, [variant('Hi Dana, fixed')])]);
    const record = await store.getRecord(id, dana);
    expect(record?.prompts.map((p) => p.attempt)).toEqual([1, 2]);
    expect(record?.outputs.map((o) => [o.attempt, o.final])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect(record?.outputs.find((o) => o.final)?.parsed_variants).toEqual([variant('Hi Dana, fixed')]);
    expect(record?.request.attempts).toBe(2);
  });

  it('stores a FAILED request with its reason, its prompt, and no output when the provider never answered', async () => {
    const id = newRequestId();
    const audited = { request_id: id, owner_id: dana.user_id };
    await store.beginRequest({ ...audited, input, created_at: new Date() });
    expect((await store.getRecord(id, dana))?.request.status).toBe('PENDING');
    await store.recordAttempt(audited, attempt(1, [], null), false, new Date());
    expect((await store.getRecord(id, dana))?.prompts).toHaveLength(1); // unfinished: found by attempt
    const error = { code: 'PROVIDER_ERROR', message: 'The model provider failed (500)' };
    await store.finishRequest(id, { status: 'FAILED', latency_ms: 7, attempts: 1, error });
    const record = await store.getRecord(id, dana);
    expect(record?.request).toMatchObject({ status: 'FAILED', error });
    expect(record?.prompts).toHaveLength(1);
    expect(record?.outputs).toEqual([]);
    expect(await store.selectVariant(id, dana, { variant_index: 0 }, new Date())).toEqual({
      ok: false,
      reason: 'NOT_SELECTABLE',
    });
  });

  it('records every selection, the latest as selected_variant_index', async () => {
    const id = await storeSuccess([attempt(1, [variant('a'), variant('b'), variant('c')])]);
    const first = await store.selectVariant(id, dana, { variant_index: 2 }, new Date('2026-01-01T00:00:00Z'));
    expect(first).toEqual({
      ok: true,
      selection: { variant_index: 2, selected_at: '2026-01-01T00:00:00.000Z' },
      selection_count: 1,
    });
    const second = await store.selectVariant(
      id,
      dana,
      { variant_index: 0, edited_message: 'Hi Dana, edited', edited_subject: 'New subject' },
      new Date('2026-01-01T00:01:00Z'),
    );
    expect(second).toMatchObject({ ok: true, selection_count: 2 });
    const output = (await store.getRecord(id, dana))?.outputs[0];
    expect(output?.selected_variant_index).toBe(0);
    expect(output?.selections).toEqual([
      { variant_index: 2, selected_at: '2026-01-01T00:00:00.000Z' },
      {
        variant_index: 0,
        edited_message: 'Hi Dana, edited',
        edited_subject: 'New subject',
        selected_at: '2026-01-01T00:01:00.000Z',
      },
    ]);
  });

  it('refuses a variant index beyond what the request returned', async () => {
    const id = await storeSuccess([attempt(1, [variant('only one')])]);
    expect(await store.selectVariant(id, dana, { variant_index: 1 }, new Date())).toEqual({
      ok: false,
      reason: 'OUT_OF_RANGE',
      variant_count: 1,
    });
  });

  it('answers null / NOT_FOUND for an unknown request_id', async () => {
    const unknown = newRequestId();
    expect(await store.getRecord(unknown, admin)).toBeNull();
    expect(await store.selectVariant(unknown, admin, { variant_index: 0 }, new Date())).toEqual({
      ok: false,
      reason: 'NOT_FOUND',
    });
  });

  it('refuses a second request with the same request_id (unique index)', async () => {
    const doc = { request_id: newRequestId(), owner_id: dana.user_id, input, created_at: new Date() };
    await store.beginRequest(doc);
    await expect(store.beginRequest(doc)).rejects.toThrow(/duplicate key/i);
  });

  it('refuses a regeneration built on variants no longer current, keeping the first one’s', async () => {
    const id = await storeSuccess([attempt(1, [variant('Hi Dana'), variant('Hello Dana')])]);
    const base = await store.regenerationBase(id, dana);
    expect(base).toMatchObject({ attempts: 1, final_attempt: 1 });
    if (!base) return;
    const audited = { request_id: id, owner_id: dana.user_id };
    const regenerated = (message: string) => {
      const variants = [variant('Hi Dana'), variant(message)];
      return { calls: [attempt(1, [variant(message)])], result: { variants, tally: { variants: 2, flagged: 0 } } };
    };
    const first = regenerated('Good morning Dana');
    const second = regenerated('Greetings Dana');
    expect(await store.recordRegeneration(audited, base, 1, first.calls, first.result, new Date())).toBe('STORED');
    expect(await store.recordRegeneration(audited, base, 1, second.calls, second.result, new Date())).toBe('CONFLICT');
    const record = await store.getRecord(id, dana);
    expect(record?.outputs.map((o) => [o.attempt, o.final, o.parsed_variants.at(-1)?.message])).toEqual([
      [1, false, 'Hello Dana'],
      [2, true, 'Good morning Dana'],
    ]);
    expect((await store.regenerationBase(id, dana))?.variants?.map((v) => v.message)).toEqual([
      'Hi Dana',
      'Good morning Dana',
    ]);
    expect(await store.regenerationBase(id, sam)).toBeNull();
  });

  it('lists newest first and pages with next_before', async () => {
    const fresh = await freshStores();
    const base = Date.parse('2026-03-01T00:00:00Z');
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const id = newRequestId(base + i * 1000);
      ids.push(id);
      await fresh.audit.beginRequest({
        request_id: id,
        owner_id: dana.user_id,
        input,
        created_at: new Date(base + i * 1000),
      });
    }
    const page1 = await fresh.audit.listRecent(dana, { limit: 3 });
    expect(page1.items.map((i) => i.request_id)).toEqual([ids[4], ids[3], ids[2]]);
    expect(page1.items[0]).toMatchObject({
      lead_name: 'Dana Reyes',
      company_name: 'Northwind',
      channel: 'EMAIL',
      status: 'PENDING',
      owner_id: dana.user_id,
    });
    expect(page1.next_before).toBe(ids[2]);
    const page2 = await fresh.audit.listRecent(dana, { limit: 3, before: page1.next_before ?? undefined });
    expect(page2.items.map((i) => i.request_id)).toEqual([ids[1], ids[0]]);
    expect(page2.next_before).toBeNull();
    await fresh.close();
  });

  it('pages through a history longer than one read batch, skipping erased entries', async () => {
    const fresh = await freshStores();
    const ids: string[] = [];
    for (let i = 0; i < 40; i++) {
      const lead = i % 3 === 0 ? { email: `lead${i}@example.com` } : {};
      ids.push(await storeSuccess([attempt(1, [variant('Hi')])], { on: fresh.audit, lead }));
    }
    await fresh.audit.eraseLead(leadKeys({ email: 'lead3@example.com' }));
    const expected = ids.filter((_, i) => i !== 3).reverse();
    const seen: string[] = [];
    let before: string | undefined;
    do {
      const page = await fresh.audit.listRecent(dana, { limit: 7, before });
      seen.push(...page.items.map((i) => i.request_id));
      before = page.next_before ?? undefined;
    } while (before);
    expect(seen).toEqual(expected);
    await fresh.close();
  });

  it('shows a member only their own requests, an admin everyone’s', async () => {
    const fresh = await freshStores();
    const mine = await storeSuccess([attempt(1, [variant('a')])], { on: fresh.audit, owner: dana });
    const theirs = await storeSuccess([attempt(1, [variant('b')])], { on: fresh.audit, owner: sam });
    expect((await fresh.audit.listRecent(dana, { limit: 10 })).items.map((i) => i.request_id)).toEqual([mine]);
    expect((await fresh.audit.listRecent(sam, { limit: 10 })).items.map((i) => i.request_id)).toEqual([theirs]);
    expect((await fresh.audit.listRecent(admin, { limit: 10 })).items.map((i) => i.request_id)).toEqual([theirs, mine]);
    // Another member's request does not exist for Dana: not readable, not selectable, no cursor.
    expect(await fresh.audit.getRecord(theirs, dana)).toBeNull();
    expect(await fresh.audit.selectVariant(theirs, dana, { variant_index: 0 }, new Date())).toEqual({
      ok: false,
      reason: 'NOT_FOUND',
    });
    expect((await fresh.audit.listRecent(dana, { limit: 10, before: theirs })).items).toEqual([]);
    expect((await fresh.audit.getRecord(theirs, admin))?.request.owner_id).toBe(sam.user_id);
    expect(await fresh.audit.selectVariant(theirs, admin, { variant_index: 0 }, new Date())).toMatchObject({
      ok: true,
    });
    await fresh.close();
  });

  it('marks requests left PENDING by a crash as FAILED', async () => {
    const old = newRequestId();
    const recent = newRequestId();
    await store.beginRequest({
      request_id: old,
      owner_id: dana.user_id,
      input,
      created_at: new Date(Date.now() - 60_000),
    });
    await store.beginRequest({ request_id: recent, owner_id: dana.user_id, input, created_at: new Date() });
    // Only requests older than the cutoff: a younger one may be in flight on another server.
    expect(await store.failInterrupted(new Date(Date.now() - 30_000))).toBeGreaterThanOrEqual(1);
    expect((await store.getRecord(old, dana))?.request).toMatchObject({
      status: 'FAILED',
      error: { code: 'INTERRUPTED' },
    });
    expect((await store.getRecord(recent, dana))?.request.status).toBe('PENDING');
  });
});

describe('AuditStore erasure and retention', () => {
  const count = async (db: string, name: string, request_ids: string[]) =>
    client
      .db(db)
      .collection(name)
      .countDocuments({ request_id: { $in: request_ids } });

  it('erases every request about a lead by email or profile URL, across the three collections', async () => {
    const fresh = await freshStores();
    const email = 'Dana.Reyes@Northwind.io';
    const profile_url = 'https://www.linkedin.com/in/dana-reyes/';
    const both = await storeSuccess([attempt(1, [variant('a')])], { on: fresh.audit, lead: { email, profile_url } });
    const retried = await storeSuccess([attempt(1, [variant('b 40%')]), attempt(2, [variant('b')])], {
      on: fresh.audit,
      owner: sam,
      lead: { email: 'dana.reyes@northwind.io' },
    });
    const byProfile = await storeSuccess([attempt(1, [variant('c')])], {
      on: fresh.audit,
      lead: { profile_url: 'https://de.linkedin.com/in/Dana-Reyes' },
    });
    const other = await storeSuccess([attempt(1, [variant('d')])], { on: fresh.audit, lead: { email: 'sam@acme.io' } });

    expect(await fresh.audit.eraseLead(leadKeys({ email: ' DANA.REYES@northwind.io ' }))).toEqual({
      requests: 2,
      prompts: 3,
      outputs: 3,
    });
    for (const name of ['personalization_requests', 'prompts', 'outputs']) {
      expect(await count(fresh.db, name, [both, retried])).toBe(0);
      expect(await count(fresh.db, name, [byProfile, other])).toBe(2);
    }
    // The lead's list is gone, and the erased requests' entries under its other key too.
    const lists = client.db(fresh.db).collection('request_lists');
    const emailKey = hashLeadKey('email:dana.reyes@northwind.io');
    expect(await lists.countDocuments({ list: `lead:${emailKey}` })).toBe(0);
    expect(await lists.countDocuments({ request_id: both, list: /^lead:/ })).toBe(0);

    expect(await fresh.audit.eraseLead(leadKeys({ profile_url }))).toEqual({ requests: 1, prompts: 1, outputs: 1 });
    expect(await count(fresh.db, 'personalization_requests', [byProfile])).toBe(0);
    expect(await fresh.audit.eraseLead(leadKeys({ email, profile_url }))).toEqual({
      requests: 0,
      prompts: 0,
      outputs: 0,
    });
    expect((await fresh.audit.listRecent(admin, { limit: 10 })).items.map((i) => i.request_id)).toEqual([other]);

    // A lead erased and contacted again is found again.
    const again = await storeSuccess([attempt(1, [variant('e')])], { on: fresh.audit, lead: { email } });
    expect(await fresh.audit.eraseLead(leadKeys({ email }))).toEqual({ requests: 1, prompts: 1, outputs: 1 });
    expect(await count(fresh.db, 'personalization_requests', [again])).toBe(0);
    await fresh.close();
  });

  it('removes requests older than the cutoff with their prompts, outputs and list entries', async () => {
    const fresh = await freshStores();
    const day = 24 * 3600_000;
    const at = (daysAgo: number) => ({ on: fresh.audit, created_at: new Date(Date.now() - daysAgo * day) });
    const old = [
      await storeSuccess([attempt(1, [variant('a')])], { ...at(10), lead: { email: 'old@acme.io' } }),
      await storeSuccess([attempt(1, [variant('b')]), attempt(2, [variant('b')])], { ...at(9), owner: sam }),
    ];
    const kept = await storeSuccess([attempt(1, [variant('c')])], { ...at(1), lead: { email: 'old@acme.io' } });

    expect(await fresh.audit.removeOlderThan(new Date(Date.now() - 5 * day))).toEqual({
      requests: 2,
      prompts: 3,
      outputs: 3,
    });
    for (const name of ['personalization_requests', 'prompts', 'outputs']) {
      expect(await count(fresh.db, name, old)).toBe(0);
      expect(await count(fresh.db, name, [kept])).toBe(1);
    }
    expect(
      await client
        .db(fresh.db)
        .collection('request_lists')
        .countDocuments({ request_id: { $in: old } }),
    ).toBe(0);
    expect((await fresh.audit.listRecent(admin, { limit: 10 })).items.map((i) => i.request_id)).toEqual([kept]);
    expect((await fresh.audit.listRecent(sam, { limit: 10 })).items).toEqual([]);
    expect(await fresh.audit.removeOlderThan(new Date(Date.now() - 5 * day))).toEqual({
      requests: 0,
      prompts: 0,
      outputs: 0,
    });
    // The lead's remaining request is still found for an erasure.
    expect(await fresh.audit.eraseLead(leadKeys({ email: 'old@acme.io' }))).toMatchObject({ requests: 1 });
    await fresh.close();
  });

  it('loses no request when two servers append to the same lists at once', async () => {
    const fresh = await freshStores();
    // A second server: its own connection and write queue on the same database.
    const other = await openStores({ uri, db: fresh.db, rateLimitPerMin: 1 });
    const lead = { email: 'shared@acme.io' };
    const ids = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        storeSuccess([attempt(1, [variant('x')])], { on: i % 2 ? other.audit : fresh.audit, lead }),
      ),
    );
    const listed = (await fresh.audit.listRecent(dana, { limit: 100 })).items.map((i) => i.request_id);
    expect(new Set(listed)).toEqual(new Set(ids));
    expect(listed).toHaveLength(30);
    expect((await other.audit.eraseLead(leadKeys(lead))).requests).toBe(30);
    await other.db.close();
    await fresh.close();
  });
});

describe('AuditStore with requests stored before owners and lists', () => {
  it('adopts them once, for the first admin: listed, erasable and trimmed like new ones', async () => {
    const fresh = await freshStores();
    const db = client.db(fresh.db);
    const day = 24 * 3600_000;
    const legacy = [40, 20].map((daysAgo) => new Date(Date.now() - daysAgo * day));
    const ids = legacy.map((created_at) => newRequestId(created_at.getTime()));
    // As the store wrote them before: no owner_id, no list entries.
    for (const [i, created_at] of legacy.entries()) {
      const request_id = ids[i] as string;
      const lead = { ...input.lead, email: `legacy${i}@acme.io` };
      await db.collection('personalization_requests').insertOne({
        _id: request_id as never,
        request_id,
        input: { ...input, lead },
        status: 'SUCCESS',
        created_at,
        latency_ms: 5,
        attempts: 1,
      });
      for (const name of ['prompts', 'outputs']) {
        await db.collection(name).insertOne({ _id: `${request_id}#1` as never, request_id, attempt: 1, created_at });
      }
    }
    expect(await fresh.audit.adoptUnlisted(admin.user_id)).toBe(2);
    expect(await fresh.audit.adoptUnlisted(admin.user_id)).toBe(0);
    const listed = await fresh.audit.listRecent(admin, { limit: 10 });
    expect(listed.items.map((i) => [i.request_id, i.owner_id])).toEqual([
      [ids[1], admin.user_id],
      [ids[0], admin.user_id],
    ]);
    expect(await fresh.audit.eraseLead(leadKeys({ email: 'legacy1@acme.io' }))).toEqual({
      requests: 1,
      prompts: 1,
      outputs: 1,
    });
    expect(await fresh.audit.removeOlderThan(new Date(Date.now() - 30 * day))).toMatchObject({ requests: 1 });
    expect((await fresh.audit.listRecent(admin, { limit: 10 })).items).toEqual([]);
    await fresh.close();
  });
});

describe('AuditStore when the database goes away', () => {
  it.skipIf(Boolean(process.env.MONGODB_URI))(
    'fails with DatabaseUnavailableError and recovers when it returns',
    async () => {
      const dataDir = await mkdtemp(path.join(os.tmpdir(), 'personalizer-down-'));
      let db = await startLocalDb({ dataDir });
      const down = await openStores({ uri: db.uri, db: 'down', timeoutMs: 500, rateLimitPerMin: 1 });
      try {
        const id = newRequestId();
        await down.audit.beginRequest({ request_id: id, owner_id: dana.user_id, input, created_at: new Date() });
        await db.stop();
        await expect(down.audit.getRecord(id, dana)).rejects.toBeInstanceOf(DatabaseUnavailableError);
        expect(await down.db.ping()).toBe(false);
        db = await startLocalDb({ dataDir, port: db.port });
        expect((await down.audit.getRecord(id, dana))?.request.request_id).toBe(id);
      } finally {
        await down.db.close();
        await db.stop();
        await rm(dataDir, { recursive: true, force: true });
      }
    },
  );

  it('fails to open with a clear message naming the redacted URI', async () => {
    await expect(
      openStores({ uri: 'mongodb://user:secret@127.0.0.1:1/', db: 'x', timeoutMs: 300, rateLimitPerMin: 1 }),
    ).rejects.toThrow(/Cannot use MongoDB at mongodb:\/\/user:\*\*\*@127\.0\.0\.1:1\//);
    expect(redactUri('mongodb+srv://a:b@c.example/db')).toBe('mongodb+srv://a:***@c.example/db');
  });
});
