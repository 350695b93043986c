/** Regenerating one variant through the API: the real SDK against the scripted fake provider. */
import {
  AnalyticsResponse,
  ApiError,
  AuditRecord,
  PersonalizeResponse,
  RegenerateResponse,
} from '@personalizer/shared';
import { describe, expect, it } from 'vitest';
import { cleanEmailVariants, emailRequest, inventedClaimVariant, sender } from '../../test-support/fixtures.ts';
import { useApiSuite } from '../../test-support/suites.ts';
import { TEST_TOKEN } from '../../test-support/test-app.ts';

const { fake, stores, api } = useApiSuite();

async function generate(token = TEST_TOKEN, body: object = emailRequest) {
  fake().script([{ kind: 'json', variants: cleanEmailVariants }]);
  const res = await api().call('POST', '/personalize', body, {}, token);
  expect(res.status).toBe(200);
  return PersonalizeResponse.parse(res.json);
}

const regenerate = (request_id: string, index: number | string, token = TEST_TOKEN) =>
  api().call('POST', `/personalize/${request_id}/variants/${index}/regenerate`, undefined, {}, token);

const record = async (request_id: string, token = TEST_TOKEN) =>
  AuditRecord.parse((await api().call('GET', `/personalize/${request_id}`, undefined, {}, token)).json);

function expectApiError(res: { status: number; json: unknown }, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(ApiError.parse(res.json).error.code).toBe(code);
}

const hasError = (v: { risk_flags: { severity: string }[] }) => v.risk_flags.some((f) => f.severity === 'error');

describe('POST /personalize/:request_id/variants/:variant_index/regenerate', () => {
  it('writes one new variant unlike the current ones and audits it as the next attempt, now final', async () => {
    const original = await generate();
    fake().script([]);
    const res = await regenerate(original.request_id, 1);
    expect(res.status).toBe(200);
    const body = RegenerateResponse.parse(res.json);
    const before = original.variants.map((v) => v.message);
    expect(body.variant_index).toBe(1);
    expect(before).not.toContain(body.variant.message);
    expect(body.variant.message).toMatch(/^Hi Dana,/);
    expect(body.variant.risk_flags.filter((f) => f.severity === 'error')).toEqual([]);
    expect(body.variants.map((v) => v.message)).toEqual([before[0], body.variant.message, before[2]]);

    // One call, asking for one variant and showing every current message not to repeat.
    expect(fake().requests).toHaveLength(1);
    const sent = fake().requests[0]?.user ?? '';
    expect(sent).toContain('"variants_to_write": 1');
    expect(sent).toContain('do not repeat their angle or wording');
    for (const message of before) expect(sent).toContain(JSON.stringify(message).slice(1, 40));

    const audit = await record(original.request_id);
    expect(audit.request).toMatchObject({ status: 'SUCCESS', attempts: 2 });
    expect(audit.prompts.map((p) => [p.attempt, p.regenerates])).toEqual([
      [1, undefined],
      [2, 1],
    ]);
    // The original's strategy (picked by the lead's industry): recorded, and in the system prompt.
    const { template_id, strategy_version } = audit.prompts[0] ?? {};
    expect(template_id).toBe('builtin-logistics');
    expect(audit.prompts[1]).toMatchObject({ template_id, strategy_version });
    expect(fake().requests[0]?.system).toContain(`template ${template_id} v${strategy_version}`);
    expect(audit.outputs.map((o) => [o.attempt, o.final, o.regenerates])).toEqual([
      [1, false, undefined],
      [2, true, 1],
    ]);
    expect(audit.outputs[0]?.parsed_variants).toEqual(original.variants);
    expect(audit.outputs[1]?.parsed_variants).toEqual(body.variants);
  });

  it('retries a failing new variant once with the stricter prompt, and flags it if it still fails', async () => {
    const member = await stores().users.add('Regenerating Member', 'member');
    const from = new Date(Date.now() - 1000).toISOString();
    const original = await generate(member.token);
    fake().script([
      { kind: 'json', variants: [inventedClaimVariant] },
      { kind: 'json', variants: [inventedClaimVariant] },
    ]);
    const res = await regenerate(original.request_id, 2, member.token);
    expect(res.status).toBe(200);
    const body = RegenerateResponse.parse(res.json);
    expect(fake().requests).toHaveLength(2);
    expect(fake().requests[1]?.system).toContain('SECOND ATTEMPT');
    // The retry still knows which messages the lead has.
    expect(fake().requests[1]?.user).toContain('kept_variants');
    expect(body.variant.message).toBe(inventedClaimVariant.message);
    expect(hasError(body.variant)).toBe(true);
    expect(body.variants.map(hasError)).toEqual([false, false, true]);

    const audit = await record(original.request_id, member.token);
    expect(audit.prompts.map((p) => [p.attempt, p.regenerates])).toEqual([
      [1, undefined],
      [2, 2],
      [3, 2],
    ]);
    expect(audit.outputs.map((o) => [o.attempt, o.final])).toEqual([
      [1, false],
      [2, false],
      [3, true],
    ]);

    // The analytics tally counts the variants as they are now.
    const analytics = async () => {
      const to = new Date(Date.now() + 1000).toISOString();
      const res = await api().call('GET', `/analytics?from=${from}&to=${to}`, undefined, {}, member.token);
      return AnalyticsResponse.parse(res.json).rows;
    };
    expect((await analytics()).map((r) => [r.requests, r.variants, r.flagged_share])).toEqual([[1, 3, 1 / 3]]);
    fake().script([]);
    expect((await regenerate(original.request_id, 2, member.token)).status).toBe(200);
    expect((await analytics()).map((r) => [r.requests, r.variants, r.flagged_share])).toEqual([[1, 3, 0]]);
  });

  it('asks again when the model repeats a message the lead already has', async () => {
    const original = await generate();
    fake().script([{ kind: 'json', variants: [cleanEmailVariants[0]] }]);
    const res = await regenerate(original.request_id, 1);
    expect(res.status).toBe(200);
    expect(fake().requests).toHaveLength(2);
    expect(fake().requests[1]?.user).toContain('DUPLICATE: repeats a message the lead already has');
    const body = RegenerateResponse.parse(res.json);
    expect(original.variants.map((v) => v.message)).not.toContain(body.variant.message);
  });

  it('selects among the current variants afterwards and keeps the earlier selections', async () => {
    const original = await generate();
    expect((await api().call('POST', `/personalize/${original.request_id}/select`, { variant_index: 0 })).status).toBe(
      200,
    );
    const body = RegenerateResponse.parse((await regenerate(original.request_id, 0)).json);
    const select = await api().call('POST', `/personalize/${original.request_id}/select`, {
      variant_index: 0,
      edited_message: `${body.variant.message} (edited)`,
    });
    expect(select.status).toBe(200);
    const audit = await record(original.request_id);
    const [first, regenerated] = audit.outputs;
    expect(first?.selections.map((s) => s.variant_index)).toEqual([0]);
    expect(first?.parsed_variants[0]?.message).toBe(original.variants[0]?.message);
    expect(regenerated).toMatchObject({ final: true, selected_variant_index: 0 });
    expect(regenerated?.parsed_variants[0]?.message).toBe(body.variant.message);
    expect(regenerated?.selections.map((s) => s.edited_message)).toEqual([`${body.variant.message} (edited)`]);
    // History still says a variant was picked.
    const history = await api().call('GET', '/personalize?limit=1');
    expect(history.json.items[0]).toMatchObject({ request_id: original.request_id, selected: true });
  });

  it('replays a regenerated request from its first prompt, showing the current variants as the original', async () => {
    const original = await generate();
    const body = RegenerateResponse.parse((await regenerate(original.request_id, 2)).json);
    const first = (await record(original.request_id)).prompts[0];
    fake().script([{ kind: 'json', variants: cleanEmailVariants }]);
    const replay = await api().call('POST', `/personalize/${original.request_id}/replay`, {});
    expect(replay.status).toBe(200);
    expect(fake().requests[0]?.user).toBe(first?.user_prompt);
    expect(replay.json.original.variants).toEqual(body.variants);
    expect(replay.json.variants).toHaveLength(3);
  });

  it('regenerates a MULTI_STEP variant through its steps', async () => {
    fake().script([]);
    const created = await api().call('POST', '/personalize', { ...emailRequest, sender, mode: 'MULTI_STEP' });
    expect(created.status).toBe(200);
    const original = PersonalizeResponse.parse(created.json);
    fake().script([]);
    const res = await regenerate(original.request_id, 0);
    expect(res.status).toBe(200);
    const body = RegenerateResponse.parse(res.json);
    expect(fake().requests).toHaveLength(3);
    const [opener, middle, cta] = body.variant.message.split('\n\n');
    expect(opener).toMatch(/^Hi Dana, [^?]+$/);
    expect(middle).toContain('RouteLoop');
    expect(cta).toMatch(/\?$/);
    // A new opener: the new message starts unlike every current one.
    for (const v of original.variants) expect(v.message.split('\n\n')[0]).not.toBe(opener);
    expect(body.variants.slice(1)).toEqual(original.variants.slice(1));
    const audit = await record(original.request_id);
    expect(audit.prompts.slice(3).map((p) => [p.attempt, p.step, p.regenerates])).toEqual([
      [4, 'OPENER', 0],
      [5, 'BODY', 0],
      [6, 'CTA', 0],
    ]);
    expect(audit.outputs.find((o) => o.final)?.parsed_variants).toEqual(body.variants);
  });

  it('keeps the current variants when the provider fails, and audits the failed call', async () => {
    const original = await generate();
    fake().script([{ kind: 'status', status: 500 }]);
    const res = await regenerate(original.request_id, 1);
    expectApiError(res, 502, 'PROVIDER_ERROR');
    expect(res.json.error.request_id).toBe(original.request_id);
    const audit = await record(original.request_id);
    expect(audit.request).toMatchObject({ status: 'SUCCESS', attempts: 2 });
    expect(audit.prompts.map((p) => [p.attempt, p.regenerates])).toEqual([
      [1, undefined],
      [2, 1],
    ]);
    expect(audit.outputs.map((o) => [o.attempt, o.final])).toEqual([[1, true]]);
    // Selection still refers to the original variants; a later regeneration numbers on.
    expect((await api().call('POST', `/personalize/${original.request_id}/select`, { variant_index: 1 })).status).toBe(
      200,
    );
    fake().script([]);
    expect((await regenerate(original.request_id, 1)).status).toBe(200);
    expect((await record(original.request_id)).outputs.map((o) => [o.attempt, o.final])).toEqual([
      [1, false],
      [3, true],
    ]);
  });

  it('answers 404 for another member’s request, 409 for a failed one, 422 out of range, 400 invalid', async () => {
    const dana = await stores().users.add('Dana Owner', 'member');
    const sam = await stores().users.add('Sam Other', 'member');
    const danas = await generate(dana.token);
    fake().script([]);
    const denied = await regenerate(danas.request_id, 0, sam.token);
    expectApiError(denied, 404, 'NOT_FOUND');
    expect(denied.json.error.message).toBe(`No request ${danas.request_id}`);
    expectApiError(await regenerate('req_00000000000000000000', 0), 404, 'NOT_FOUND');
    expect(fake().requests).toHaveLength(0);
    // The admin regenerates everyone's; the request stays Dana's.
    expect((await regenerate(danas.request_id, 0)).status).toBe(200);
    expect((await record(danas.request_id, dana.token)).request.owner_id).toBe(dana.user.user_id);

    fake().script([{ kind: 'status', status: 500 }]);
    const failed = await api().call('POST', '/personalize', emailRequest);
    expectApiError(await regenerate(failed.json.error.request_id, 0), 409, 'REQUEST_NOT_SELECTABLE');

    const out = await regenerate(danas.request_id, 3);
    expectApiError(out, 422, 'VARIANT_OUT_OF_RANGE');
    expect(out.json.error.issues).toEqual([{ path: 'variant_index', message: 'must be below 3' }]);
    const invalid = await regenerate(danas.request_id, 'first');
    expectApiError(invalid, 400, 'INVALID_REQUEST');
    expect(invalid.json.error.issues[0].path).toBe('variant_index');
  });
});
