import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ApiError, AuditRecord, EraseLeadResponse, HistoryResponse, PersonalizeResponse } from '@personalizer/shared';
import { describe, expect, it } from 'vitest';
import { cleanEmailVariants, emailRequest, inventedClaimVariant } from '../test-support/fixtures.ts';
import { useApiSuite } from '../test-support/suites.ts';
import { fakeOpenAi, TEST_TOKEN, testApp, withTestAdmin } from '../test-support/test-app.ts';
import { startLocalDb } from './store/local-db.ts';
import { RateLimitStore } from './store/rate-limit-store.ts';
import { openStores } from './store/stores.ts';

const { fake, stores, api } = useApiSuite();

async function generate(variants = cleanEmailVariants) {
  fake().script([{ kind: 'json', variants }]);
  const res = await api().call('POST', '/personalize', emailRequest);
  expect(res.status).toBe(200);
  return PersonalizeResponse.parse(res.json);
}

function expectApiError(res: { status: number; json: unknown }, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(ApiError.parse(res.json).error.code).toBe(code);
}

describe('POST /personalize', () => {
  it('returns three checked variants and audits request, prompt and output', async () => {
    const body = await generate();
    expect(body.request_id).toMatch(/^req_[0-9a-z]{20}$/);
    expect(body.variants.map((v) => v.subject)).toEqual(cleanEmailVariants.map((v) => v.subject));
    expect(body.variants.every((v) => v.risk_flags.every((f) => f.severity !== 'error'))).toBe(true);
    expect(body.variants[0]?.personalization_points).toContain(
      'Used company keywords: freight visibility and mid-size shippers',
    );
    expect(body.variants[0]?.evidence).toContainEqual(
      expect.objectContaining({ source: 'keyword', value: 'freight visibility' }),
    );

    const record = AuditRecord.parse((await api().call('GET', `/personalize/${body.request_id}`)).json);
    expect(record.request).toMatchObject({ request_id: body.request_id, status: 'SUCCESS' });
    expect(record.request.latency_ms).toBeGreaterThanOrEqual(0);
    expect(record.prompts).toHaveLength(1);
    expect(record.prompts[0]).toMatchObject({ attempt: 1, provider: 'openai', model: 'gpt-test', temperature: 0.4 });
    expect(record.prompts[0]?.user_prompt).toContain('Northwind Logistics');
    expect(record.outputs).toHaveLength(1);
    expect(record.outputs[0]).toMatchObject({ attempt: 1, final: true, selected_variant_index: null });
    expect(record.outputs[0]?.raw_output).toContain('Freight visibility at Northwind');
    expect(record.outputs[0]?.parsed_variants).toEqual(body.variants);
    expect(fake().requests).toHaveLength(1);
  });

  it('retries once for an invented claim and keeps both attempts in the audit', async () => {
    const [first, second, third] = cleanEmailVariants;
    fake().script([
      { kind: 'json', variants: [first, inventedClaimVariant, third] },
      { kind: 'json', variants: [second] },
    ]);
    const res = await api().call('POST', '/personalize', emailRequest);
    expect(res.status).toBe(200);
    const body = PersonalizeResponse.parse(res.json);
    expect(body.variants.map((v) => v.message)).not.toContain(inventedClaimVariant.message);
    expect(body.variants.map((v) => v.message)).toContain(second?.message);
    const record = AuditRecord.parse((await api().call('GET', `/personalize/${body.request_id}`)).json);
    expect(record.prompts.map((p) => p.attempt)).toEqual([1, 2]);
    expect(record.prompts[1]?.user_prompt).toMatch(/40%/);
    expect(record.outputs.map((o) => [o.attempt, o.final])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect(fake().requests).toHaveLength(2);
  });

  it('answers 502 with a FAILED audit record when the provider fails', async () => {
    fake().script([{ kind: 'status', status: 500 }]);
    const res = await api().call('POST', '/personalize', emailRequest);
    expectApiError(res, 502, 'PROVIDER_ERROR');
    expect(res.text).not.toContain('sk-test-not-a-real-key');
    const id = res.json.error.request_id as string;
    const record = AuditRecord.parse((await api().call('GET', `/personalize/${id}`)).json);
    expect(record.request).toMatchObject({ status: 'FAILED', error: { code: 'PROVIDER_ERROR' } });
    expect(record.prompts).toHaveLength(1);
    expect(record.outputs).toEqual([]);
  });

  it('answers 504 with a FAILED record when the provider times out', async () => {
    const slow = testApp(stores(), fakeOpenAi(fake().openaiBaseURL, { timeoutMs: 300 }));
    fake().script([{ kind: 'hang' }]);
    const res = await slow.call('POST', '/personalize', emailRequest);
    expectApiError(res, 504, 'PROVIDER_TIMEOUT');
    const record = AuditRecord.parse((await api().call('GET', `/personalize/${res.json.error.request_id}`)).json);
    expect(record.request).toMatchObject({ status: 'FAILED', error: { code: 'PROVIDER_TIMEOUT' } });
  });

  it('keeps the raw output of malformed answers and fails after one retry', async () => {
    fake().script([
      { kind: 'text', text: 'Sure! Here are your emails: {"variants": [' },
      { kind: 'text', text: 'not json at all' },
    ]);
    const res = await api().call('POST', '/personalize', emailRequest);
    expectApiError(res, 502, 'PROVIDER_ERROR');
    const record = AuditRecord.parse((await api().call('GET', `/personalize/${res.json.error.request_id}`)).json);
    expect(record.request.status).toBe('FAILED');
    expect(record.outputs.map((o) => [o.raw_output, o.final])).toEqual([
      ['Sure! Here are your emails: {"variants": [', false],
      ['not json at all', false],
    ]);
  });

  it('survives a 429 through the SDK retry', async () => {
    const patient = testApp(stores(), fakeOpenAi(fake().openaiBaseURL, { maxRetries: 2 }));
    fake().script([
      { kind: 'status', status: 429, headers: { 'retry-after-ms': '10' } },
      { kind: 'json', variants: cleanEmailVariants },
    ]);
    expect((await patient.call('POST', '/personalize', emailRequest)).status).toBe(200);
    expect(fake().requests).toHaveLength(2);
  });

  it('rejects an invalid body with 400 naming each field, before any model call', async () => {
    const res = await api().call('POST', '/personalize', { ...emailRequest, tone: 'SHOUTY', lead: { last_name: 'X' } });
    expectApiError(res, 400, 'INVALID_REQUEST');
    const paths = ApiError.parse(res.json).error.issues?.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['tone', 'lead.first_name']));
    expect(fake().requests).toHaveLength(0);
  });

  it('rejects malformed JSON with 400', async () => {
    expectApiError(await api().call('POST', '/personalize', '{"channel": "EMAIL",'), 400, 'INVALID_REQUEST');
  });

  it('rejects a body over the limit with 413', async () => {
    const small = testApp(stores(), fakeOpenAi(fake().openaiBaseURL), { bodyLimitBytes: 2048 });
    const huge = { ...emailRequest, goal: 'x'.repeat(4000) };
    expectApiError(await small.call('POST', '/personalize', huge), 413, 'PAYLOAD_TOO_LARGE');
  });

  it('rate-limits generation per user with 429 and Retry-After', async () => {
    // Mid-minute on a fixed clock, so the test never straddles two minutes.
    const limits = new RateLimitStore(stores().db, 2, () => Date.UTC(2030, 0, 1, 0, 0, 45));
    const limited = testApp({ ...stores(), limits }, fakeOpenAi(fake().openaiBaseURL));
    const member = await stores().users.add('Rate Limited Member', 'member');
    fake().script(Array.from({ length: 3 }, () => ({ kind: 'json', variants: cleanEmailVariants }) as const));
    expect((await limited.call('POST', '/personalize', emailRequest)).status).toBe(200);
    expect((await limited.call('POST', '/personalize', emailRequest)).status).toBe(200);
    const res = await limited.call('POST', '/personalize', emailRequest);
    expectApiError(res, 429, 'RATE_LIMITED');
    expect(res.headers.get('retry-after')).toBe('15');
    expect((await limited.call('GET', '/personalize?limit=1')).status).toBe(200);
    // Another user has places of their own.
    expect((await limited.call('POST', '/personalize', emailRequest, {}, member.token)).status).toBe(200);
  });
});

describe('GET /personalize/:request_id', () => {
  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    expectApiError(await api().call('GET', '/personalize/req_00000000000000000000'), 404, 'NOT_FOUND');
    expectApiError(await api().call('GET', '/personalize/not-an-id'), 400, 'INVALID_REQUEST');
  });
});

describe('POST /personalize/:request_id/select', () => {
  it('records a selection and a second one without losing the first', async () => {
    const { request_id } = await generate();
    const first = await api().call('POST', `/personalize/${request_id}/select`, { variant_index: 1 });
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ request_id, selection: { variant_index: 1 }, selection_count: 1 });
    const second = await api().call('POST', `/personalize/${request_id}/select`, {
      variant_index: 2,
      edited_message: 'Hello Dana, edited by hand.',
      edited_subject: 'Edited subject',
    });
    expect(second.json).toMatchObject({ selection_count: 2 });
    const output = AuditRecord.parse((await api().call('GET', `/personalize/${request_id}`)).json).outputs[0];
    expect(output?.selected_variant_index).toBe(2);
    expect(output?.selections.map((s) => [s.variant_index, s.edited_message])).toEqual([
      [1, undefined],
      [2, 'Hello Dana, edited by hand.'],
    ]);
  });

  it('answers 422 out of range, 409 on a FAILED request, 404 unknown, 400 invalid', async () => {
    fake().script([
      { kind: 'json', variants: cleanEmailVariants.slice(0, 1) },
      { kind: 'json', variants: cleanEmailVariants.slice(0, 1) },
    ]);
    const one = await api().call('POST', '/personalize', { ...emailRequest, constraints: { variant_count: 1 } });
    expect(one.status).toBe(200);
    expectApiError(
      await api().call('POST', `/personalize/${one.json.request_id}/select`, { variant_index: 1 }),
      422,
      'VARIANT_OUT_OF_RANGE',
    );

    fake().script([{ kind: 'status', status: 500 }]);
    const failed = await api().call('POST', '/personalize', emailRequest);
    const failedId = failed.json.error.request_id;
    expectApiError(
      await api().call('POST', `/personalize/${failedId}/select`, { variant_index: 0 }),
      409,
      'REQUEST_NOT_SELECTABLE',
    );

    expectApiError(
      await api().call('POST', '/personalize/req_00000000000000000000/select', { variant_index: 0 }),
      404,
      'NOT_FOUND',
    );
    const invalid = await api().call('POST', `/personalize/${one.json.request_id}/select`, { variant_index: 'first' });
    expectApiError(invalid, 400, 'INVALID_REQUEST');
    expect(invalid.json.error.issues[0].path).toBe('variant_index');
  });
});

describe('POST /personalize/:request_id/replay', () => {
  it('re-runs the stored prompt, links the new record, and shows both', async () => {
    const original = await generate();
    const originalRecord = AuditRecord.parse((await api().call('GET', `/personalize/${original.request_id}`)).json);
    fake().script([{ kind: 'json', variants: cleanEmailVariants }]);
    const res = await api().call('POST', `/personalize/${original.request_id}/replay`, { temperature: 0.1 });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ replay_of: original.request_id, original: { request_id: original.request_id } });
    expect(res.json.original.variants).toEqual(original.variants);
    expect(res.json.request_id).not.toBe(original.request_id);
    // The model received exactly the stored prompts.
    const sent = fake().requests.at(-1)?.body as { messages: { role: string; content: string }[] };
    expect(sent.messages.map((m) => m.content)).toEqual([
      originalRecord.prompts[0]?.system_prompt,
      originalRecord.prompts[0]?.user_prompt,
    ]);
    const replay = AuditRecord.parse((await api().call('GET', `/personalize/${res.json.request_id}`)).json);
    expect(replay.request).toMatchObject({ replay_of: original.request_id, status: 'SUCCESS' });
    expect(replay.prompts[0]).toMatchObject({ temperature: 0.1, user_prompt: originalRecord.prompts[0]?.user_prompt });
  });

  it('replays on another provider', async () => {
    const original = await generate();
    const res = await api().call('POST', `/personalize/${original.request_id}/replay`, { provider: 'offline' });
    expect(res.status).toBe(200);
    const replay = AuditRecord.parse((await api().call('GET', `/personalize/${res.json.request_id}`)).json);
    expect(replay.prompts[0]?.provider).toBe('offline');
    expect(res.json.variants).toHaveLength(3);
  });

  it('answers 503 when the replay asks for a provider without a key', async () => {
    const original = await generate();
    const res = await api().call('POST', `/personalize/${original.request_id}/replay`, { provider: 'anthropic' });
    expectApiError(res, 503, 'PROVIDER_NOT_CONFIGURED');
  });

  it('answers 404 for an unknown request', async () => {
    expectApiError(await api().call('POST', '/personalize/req_00000000000000000000/replay', {}), 404, 'NOT_FOUND');
  });
});

describe('GET /personalize (history)', () => {
  it('lists newest first with a cursor', async () => {
    const a = await generate();
    const b = await generate();
    const page = HistoryResponse.parse((await api().call('GET', '/personalize?limit=2')).json);
    expect(page.items.map((i) => i.request_id)).toEqual([b.request_id, a.request_id]);
    expect(page.items[0]).toMatchObject({
      lead_name: 'Dana Reyes',
      company_name: 'Northwind Logistics',
      status: 'SUCCESS',
    });
    const next = HistoryResponse.parse(
      (await api().call('GET', `/personalize?limit=2&before=${page.next_before}`)).json,
    );
    expect(next.items.every((i) => i.request_id < a.request_id)).toBe(true);
    expectApiError(await api().call('GET', '/personalize?limit=0'), 400, 'INVALID_REQUEST');
  });
});

describe('access, CORS, health, OpenAPI', () => {
  it('requires the bearer token everywhere but /health and /openapi.json', async () => {
    for (const [method, path] of [
      ['POST', '/personalize'],
      ['GET', '/personalize'],
      ['GET', '/personalize/req_00000000000000000000'],
      ['GET', '/ready'],
      ['DELETE', '/leads'],
    ] as const) {
      expectApiError(await api().call(method, path, undefined, { authorization: '' }), 401, 'UNAUTHORIZED');
      expectApiError(
        await api().call(method, path, undefined, { authorization: 'Bearer wrong-token' }),
        401,
        'UNAUTHORIZED',
      );
    }
    expect((await api().call('GET', '/health', undefined, { authorization: '' })).json).toEqual({ status: 'ok' });
    expect((await api().call('GET', '/ready')).json).toMatchObject({
      status: 'ready',
      database: 'ok',
      provider: 'openai',
    });
  });

  it('allows the extension origin and localhost tools, not other sites', async () => {
    const preflight = (origin: string) =>
      api().app.request('/personalize', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization' },
      });
    expect((await preflight('chrome-extension://abcdefghijklmnop')).headers.get('access-control-allow-origin')).toBe(
      'chrome-extension://abcdefghijklmnop',
    );
    expect((await preflight('http://localhost:5173')).headers.get('access-control-allow-origin')).toBe(
      'http://localhost:5173',
    );
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
    const pinned = testApp(stores(), fakeOpenAi(fake().openaiBaseURL), { corsOrigins: ['chrome-extension://mine'] });
    const other = await pinned.app.request('/health', { headers: { origin: 'chrome-extension://other' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('serves an OpenAPI document generated from the shared schemas', async () => {
    const doc = (await api().call('GET', '/openapi.json', undefined, { authorization: '' })).json;
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/personalize',
        '/personalize/{request_id}',
        '/personalize/{request_id}/select',
        '/personalize/{request_id}/replay',
        '/personalize/{request_id}/variants/{variant_index}/regenerate',
        '/leads',
      ]),
    );
    expect(doc.components.schemas.PersonalizeRequest.required).toEqual(
      expect.arrayContaining(['channel', 'tone', 'goal', 'lead']),
    );
    expect(doc.components.schemas.PersonalizeRequest.properties.tone.enum).toEqual([
      'PROFESSIONAL',
      'FRIENDLY',
      'DIRECT',
    ]);
  });

  it('answers unknown routes with a 404 ApiError', async () => {
    expectApiError(await api().call('GET', '/nope'), 404, 'NOT_FOUND');
  });

  it('logs one line per request without message text or secrets', async () => {
    const { request_id } = await generate();
    const line = api().logs.findLast((l) => l.request_id === request_id);
    expect(line).toMatchObject({ method: 'POST', route: '/personalize', status: 200, provider: 'openai', attempts: 1 });
    const all = JSON.stringify(api().logs);
    expect(all).not.toContain(TEST_TOKEN);
    expect(all).not.toContain('Northwind');
    expect(all).not.toContain('sk-test');
  });
});

describe('users and ownership', () => {
  it('gives each member their own requests; another member’s answer 404 as if they did not exist', async () => {
    const dana = await stores().users.add('Dana Reyes', 'member');
    const sam = await stores().users.add('Sam Lee', 'member');
    fake().script([{ kind: 'json', variants: cleanEmailVariants }]);
    const created = await api().call('POST', '/personalize', emailRequest, {}, dana.token);
    expect(created.status).toBe(200);
    const id = created.json.request_id as string;

    const record = AuditRecord.parse((await api().call('GET', `/personalize/${id}`, undefined, {}, dana.token)).json);
    expect(record.request.owner_id).toBe(dana.user.user_id);
    const line = api().logs.findLast((l) => l.request_id === id);
    expect(line).toMatchObject({ user_id: dana.user.user_id });

    for (const [method, path, body] of [
      ['GET', `/personalize/${id}`, undefined],
      ['POST', `/personalize/${id}/select`, { variant_index: 0 }],
      ['POST', `/personalize/${id}/replay`, {}],
    ] as const) {
      const res = await api().call(method, path, body, {}, sam.token);
      expectApiError(res, 404, 'NOT_FOUND');
      expect(res.json.error.message).toBe(`No request ${id}`);
    }
    const samHistory = HistoryResponse.parse((await api().call('GET', '/personalize', undefined, {}, sam.token)).json);
    expect(samHistory.items).toEqual([]);
    const danaHistory = HistoryResponse.parse(
      (await api().call('GET', '/personalize', undefined, {}, dana.token)).json,
    );
    expect(danaHistory.items.map((i) => [i.request_id, i.owner_id])).toEqual([[id, dana.user.user_id]]);

    // The admin sees, selects and replays everyone's; the replay is the admin's own request.
    const adminHistory = HistoryResponse.parse((await api().call('GET', '/personalize?limit=100')).json);
    expect(adminHistory.items.map((i) => i.request_id)).toContain(id);
    expect((await api().call('POST', `/personalize/${id}/select`, { variant_index: 1 })).status).toBe(200);
    const replay = await api().call('POST', `/personalize/${id}/replay`, { provider: 'offline' });
    expect(replay.status).toBe(200);
    const replayRecord = AuditRecord.parse((await api().call('GET', `/personalize/${replay.json.request_id}`)).json);
    expect(replayRecord.request.owner_id).not.toBe(dana.user.user_id);
    expectApiError(
      await api().call('GET', `/personalize/${replay.json.request_id}`, undefined, {}, dana.token),
      404,
      'NOT_FOUND',
    );
  });

  it('refuses a revoked token and keeps admin routes from members', async () => {
    const gone = await stores().users.add('Leaving Member', 'member');
    expect((await api().call('GET', '/personalize', undefined, {}, gone.token)).status).toBe(200);
    expectApiError(
      await api().call('DELETE', '/leads', { email: 'dana@northwind.io' }, {}, gone.token),
      403,
      'FORBIDDEN',
    );
    expect(await stores().users.revoke(gone.user.user_id)).toMatchObject({ ok: true, tokens: 1 });
    expectApiError(await api().call('GET', '/personalize', undefined, {}, gone.token), 401, 'UNAUTHORIZED');
  });
});

describe('DELETE /leads', () => {
  it('erases every request about a lead and logs only the counts', async () => {
    const lead = { ...emailRequest.lead, email: 'dana.reyes@northwind.io' };
    const member = await stores().users.add('Erasure Member', 'member');
    fake().script([
      { kind: 'json', variants: cleanEmailVariants },
      { kind: 'json', variants: cleanEmailVariants },
    ]);
    const ids: string[] = [];
    for (const token of [TEST_TOKEN, member.token]) {
      const res = await api().call('POST', '/personalize', { ...emailRequest, lead }, {}, token);
      ids.push(res.json.request_id);
    }
    const res = await api().call('DELETE', '/leads', { email: 'Dana.Reyes@northwind.io' });
    expect(res.status).toBe(200);
    expect(EraseLeadResponse.parse(res.json)).toEqual({ erased: { requests: 2, prompts: 2, outputs: 2 } });
    for (const id of ids) expectApiError(await api().call('GET', `/personalize/${id}`), 404, 'NOT_FOUND');
    const line = api().logs.findLast((l) => l.route === '/leads');
    expect(line).toMatchObject({ method: 'DELETE', status: 200, erased: { requests: 2, prompts: 2, outputs: 2 } });
    expect(JSON.stringify(line)).not.toMatch(/dana/i);
  });

  it('answers 400 without an email or profile URL', async () => {
    expectApiError(await api().call('DELETE', '/leads', {}), 400, 'INVALID_REQUEST');
    expectApiError(await api().call('DELETE', '/leads', { email: 'not-an-email' }), 400, 'INVALID_REQUEST');
  });
});

describe('when the database goes down', () => {
  it.skipIf(Boolean(process.env.MONGODB_URI))('answers 503 and recovers when it returns', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'personalizer-api-down-'));
    let db = await startLocalDb({ dataDir });
    const flaky = await openStores({ uri: db.uri, db: 'api_down', timeoutMs: 500, rateLimitPerMin: 100 });
    await withTestAdmin(flaky);
    const app = testApp(flaky, fakeOpenAi(fake().openaiBaseURL));
    try {
      fake().script([{ kind: 'json', variants: cleanEmailVariants }]);
      expect((await app.call('POST', '/personalize', emailRequest)).status).toBe(200);
      await db.stop();
      expectApiError(await app.call('POST', '/personalize', emailRequest), 503, 'DATABASE_UNAVAILABLE');
      expectApiError(await app.call('GET', '/personalize'), 503, 'DATABASE_UNAVAILABLE');
      expectApiError(await app.call('GET', '/ready'), 503, 'DATABASE_UNAVAILABLE');
      expect(fake().requests).toHaveLength(1); // no model call while nothing can be audited
      db = await startLocalDb({ dataDir, port: db.port });
      fake().script([{ kind: 'json', variants: cleanEmailVariants }]);
      expect((await app.call('POST', '/personalize', emailRequest)).status).toBe(200);
      expect((await app.call('GET', '/ready')).status).toBe(200);
    } finally {
      await flaky.db.close();
      await db.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
