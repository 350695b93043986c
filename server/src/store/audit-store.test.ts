import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PersonalizeRequest, type Variant } from '@personalizer/shared';
import { MongoClient } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore } from '../../test-support/test-db.ts';
import type { Attempt } from '../generation/types.ts';
import { newRequestId } from '../ids.ts';
import { type AuditStore, openAuditStore, redactUri } from './audit-store.ts';
import { DatabaseUnavailableError } from './errors.ts';
import { startLocalDb } from './local-db.ts';

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
let client: MongoClient;
let dbName: string;

beforeAll(async () => {
  const opened = await openTestStore();
  store = opened.store;
  dbName = opened.db;
  client = new MongoClient(opened.uri);
});

afterAll(async () => {
  await store.close();
  await client.close();
});

async function storeSuccess(attempts: Attempt[], created_at = new Date()) {
  const request_id = newRequestId(created_at.getTime());
  await store.beginRequest({ request_id, input, created_at });
  for (const [i, a] of attempts.entries())
    await store.recordAttempt(request_id, a, i === attempts.length - 1, created_at);
  await store.finishRequest(request_id, { status: 'SUCCESS', latency_ms: 42, attempts: attempts.length });
  return request_id;
}

describe('AuditStore', () => {
  it('round-trips a request with its prompt and output across the three collections', async () => {
    const id = await storeSuccess([attempt(1, [variant('Hi Dana'), variant('Hello Dana')])]);
    const record = await store.getRecord(id);
    expect(record?.request).toMatchObject({ request_id: id, status: 'SUCCESS', latency_ms: 42, attempts: 1, input });
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

    // The documents really live in the three named collections.
    const db = client.db(dbName);
    for (const name of ['personalization_requests', 'prompts', 'outputs']) {
      expect(await db.collection(name).countDocuments({ request_id: id })).toBe(1);
    }
  });

  it('keeps both attempts of a retried request, the second one final', async () => {
    const id = await storeSuccess([attempt(1, [variant('bad 40%')]), attempt(2, [variant('Hi Dana, fixed')])]);
    const record = await store.getRecord(id);
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
    await store.beginRequest({ request_id: id, input, created_at: new Date() });
    expect((await store.getRecord(id))?.request.status).toBe('PENDING');
    await store.recordAttempt(id, attempt(1, [], null), false, new Date());
    const error = { code: 'PROVIDER_ERROR', message: 'The model provider failed (500)' };
    await store.finishRequest(id, { status: 'FAILED', latency_ms: 7, attempts: 1, error });
    const record = await store.getRecord(id);
    expect(record?.request).toMatchObject({ status: 'FAILED', error });
    expect(record?.prompts).toHaveLength(1);
    expect(record?.outputs).toEqual([]);
    expect(await store.selectVariant(id, { variant_index: 0 }, new Date())).toEqual({
      ok: false,
      reason: 'NOT_SELECTABLE',
    });
  });

  it('records every selection, the latest as selected_variant_index', async () => {
    const id = await storeSuccess([attempt(1, [variant('a'), variant('b'), variant('c')])]);
    const first = await store.selectVariant(id, { variant_index: 2 }, new Date('2026-01-01T00:00:00Z'));
    expect(first).toEqual({
      ok: true,
      selection: { variant_index: 2, selected_at: '2026-01-01T00:00:00.000Z' },
      selection_count: 1,
    });
    const second = await store.selectVariant(
      id,
      { variant_index: 0, edited_message: 'Hi Dana, edited', edited_subject: 'New subject' },
      new Date('2026-01-01T00:01:00Z'),
    );
    expect(second).toMatchObject({ ok: true, selection_count: 2 });
    const output = (await store.getRecord(id))?.outputs[0];
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
    expect(await store.selectVariant(id, { variant_index: 1 }, new Date())).toEqual({
      ok: false,
      reason: 'OUT_OF_RANGE',
      variant_count: 1,
    });
  });

  it('answers null / NOT_FOUND for an unknown request_id', async () => {
    const unknown = newRequestId();
    expect(await store.getRecord(unknown)).toBeNull();
    expect(await store.selectVariant(unknown, { variant_index: 0 }, new Date())).toEqual({
      ok: false,
      reason: 'NOT_FOUND',
    });
  });

  it('refuses a second request with the same request_id (unique index)', async () => {
    const id = newRequestId();
    await store.beginRequest({ request_id: id, input, created_at: new Date() });
    await expect(store.beginRequest({ request_id: id, input, created_at: new Date() })).rejects.toThrow(
      /duplicate key/i,
    );
  });

  it('lists newest first and pages with next_before', async () => {
    const { store: fresh } = await openTestStore();
    const base = Date.parse('2026-03-01T00:00:00Z');
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const id = newRequestId(base + i * 1000);
      ids.push(id);
      await fresh.beginRequest({ request_id: id, input, created_at: new Date(base + i * 1000) });
    }
    const page1 = await fresh.listRecent({ limit: 3 });
    expect(page1.items.map((i) => i.request_id)).toEqual([ids[4], ids[3], ids[2]]);
    expect(page1.items[0]).toMatchObject({
      lead_name: 'Dana Reyes',
      company_name: 'Northwind',
      channel: 'EMAIL',
      status: 'PENDING',
    });
    expect(page1.next_before).toBe(ids[2]);
    const page2 = await fresh.listRecent({ limit: 3, before: page1.next_before ?? undefined });
    expect(page2.items.map((i) => i.request_id)).toEqual([ids[1], ids[0]]);
    expect(page2.next_before).toBeNull();
    await fresh.close();
  });

  it('marks requests left PENDING by a crash as FAILED', async () => {
    const id = newRequestId();
    await store.beginRequest({ request_id: id, input, created_at: new Date(Date.now() - 60_000) });
    expect(await store.failInterrupted(new Date())).toBeGreaterThanOrEqual(1);
    expect((await store.getRecord(id))?.request).toMatchObject({ status: 'FAILED', error: { code: 'INTERRUPTED' } });
  });
});

describe('AuditStore when the database goes away', () => {
  it.skipIf(Boolean(process.env.MONGODB_URI))(
    'fails with DatabaseUnavailableError and recovers when it returns',
    async () => {
      const dataDir = await mkdtemp(path.join(os.tmpdir(), 'personalizer-down-'));
      let db = await startLocalDb({ dataDir });
      const down = await openAuditStore({ uri: db.uri, db: 'down', timeoutMs: 500 });
      try {
        const id = newRequestId();
        await down.beginRequest({ request_id: id, input, created_at: new Date() });
        await db.stop();
        await expect(down.getRecord(id)).rejects.toBeInstanceOf(DatabaseUnavailableError);
        expect(await down.ping()).toBe(false);
        db = await startLocalDb({ dataDir, port: db.port });
        expect((await down.getRecord(id))?.request.request_id).toBe(id);
      } finally {
        await down.close();
        await db.stop();
        await rm(dataDir, { recursive: true, force: true });
      }
    },
  );

  it('fails to open with a clear message naming the redacted URI', async () => {
    await expect(
      openAuditStore({ uri: 'mongodb://user:secret@127.0.0.1:1/', db: 'x', timeoutMs: 300 }),
    ).rejects.toThrow(/Cannot use MongoDB at mongodb:\/\/user:\*\*\*@127\.0\.0\.1:1\//);
    expect(redactUri('mongodb+srv://a:b@c.example/db')).toBe('mongodb+srv://a:***@c.example/db');
  });
});
