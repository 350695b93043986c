import {
  AnalyticsResponse,
  type AnalyticsRow,
  AuditRecord,
  PersonalizeResponse,
  Template,
  type Tone,
} from '@personalizer/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanEmailVariants, emailRequest, inventedClaimVariant } from '../../test-support/fixtures.ts';
import { useApiSuite } from '../../test-support/suites.ts';
import { TEST_TOKEN } from '../../test-support/test-app.ts';
import { wilson95 } from '../service/wilson.ts';

const { fake, stores, api } = useApiSuite();

/** What a hand count needs of each seeded request, read from the API's own answers. */
interface Seeded {
  owner: string;
  key: string;
  variants: number;
  flagged: number;
  selected: boolean;
  edited: boolean;
}

const seeded: Seeded[] = [];
const tokens: Record<string, string> = { admin: TEST_TOKEN };
let started: Date;

const CLEAN = [{ kind: 'json', variants: cleanEmailVariants }] as const;
// One variant invents a claim twice: it ends flagged after the retry.
const FLAGGED = [
  { kind: 'json', variants: [cleanEmailVariants[0], cleanEmailVariants[1], inventedClaimVariant] },
  { kind: 'json', variants: [inventedClaimVariant] },
] as const;

async function seed(
  owner: string,
  opts: {
    tone?: Tone;
    channel?: 'EMAIL' | 'LINKEDIN';
    flagged?: boolean;
    unmatched?: boolean;
    picks?: (string | null)[];
  },
) {
  const body = {
    ...emailRequest,
    tone: opts.tone ?? 'PROFESSIONAL',
    channel: opts.channel ?? 'EMAIL',
    ...(opts.unmatched ? { company_context: { summary: 'Tomatoes from Spain.', keywords: [] } } : {}),
  };
  fake().script([...(opts.flagged ? FLAGGED : CLEAN), ...CLEAN]);
  const res = await api().call('POST', '/personalize', body, {}, tokens[owner]);
  expect(res.status).toBe(200);
  const { request_id, variants } = PersonalizeResponse.parse(res.json);
  for (const pick of opts.picks ?? []) {
    const edit = pick === null ? {} : { edited_message: pick };
    const sel = await api().call(
      'POST',
      `/personalize/${request_id}/select`,
      { variant_index: 0, ...edit },
      {},
      tokens[owner],
    );
    expect(sel.status).toBe(200);
  }
  const record = AuditRecord.parse((await api().call('GET', `/personalize/${request_id}`)).json);
  const picks = opts.picks ?? [];
  seeded.push({
    owner,
    key: [record.request.template_id ?? null, record.request.arm ?? null, body.tone, body.channel].join('|'),
    variants: variants.length,
    flagged: variants.filter((v) => v.risk_flags.some((f) => f.severity === 'error')).length,
    selected: picks.length > 0,
    edited: picks.length > 0 && picks.at(-1) !== null,
  });
}

function handCount(owners: string[]) {
  const rows = new Map<
    string,
    { requests: number; selections: number; edited: number; variants: number; flagged: number }
  >();
  for (const s of seeded.filter((r) => owners.includes(r.owner))) {
    const row = rows.get(s.key) ?? { requests: 0, selections: 0, edited: 0, variants: 0, flagged: 0 };
    row.requests++;
    row.selections += Number(s.selected);
    row.edited += Number(s.edited);
    row.variants += s.variants;
    row.flagged += s.flagged;
    rows.set(s.key, row);
  }
  return rows;
}

const keyOf = (r: AnalyticsRow) => [r.template_id, r.arm, r.tone, r.channel].join('|');

async function analytics(as: string, from = started, to = new Date(Date.now() + 60_000)) {
  const res = await api().call(
    'GET',
    `/analytics?from=${from.toISOString()}&to=${to.toISOString()}`,
    undefined,
    {},
    as,
  );
  expect(res.status).toBe(200);
  return AnalyticsResponse.parse(res.json);
}

function expectMatches(answer: AnalyticsResponse, owners: string[]) {
  const expected = handCount(owners);
  expect(new Set(answer.rows.map(keyOf))).toEqual(new Set(expected.keys()));
  for (const row of answer.rows) {
    const e = expected.get(keyOf(row));
    if (!e) throw new Error(`unexpected row ${keyOf(row)}`);
    expect(row).toMatchObject({ requests: e.requests, selections: e.selections, variants: e.variants });
    expect(row.selection_rate).toEqual(wilson95(e.selections, e.requests));
    expect(row.edited_share).toBe(e.selections ? e.edited / e.selections : null);
    expect(row.flagged_share).toBe(e.variants ? e.flagged / e.variants : null);
  }
}

beforeAll(async () => {
  started = new Date(Date.now() - 1000);
  for (const name of ['m1', 'm2']) tokens[name] = (await stores().users.add(name, 'member')).token;
  const team = Template.parse(
    (
      await api().call('POST', '/templates', {
        name: 'Freight, operator voice',
        industries: ['logistics'],
        angle: 'Dispatch and exceptions.',
        structure: 'Greeting; one detail; a question.',
        instructions: 'Plain words.',
      })
    ).json,
  );
  // The arm comes from a hash of the random request id; pinning the ratio makes the rows the same
  // on every run, so the assertions below cannot pass or fail by chance.
  const useArm = async (arm: 'A' | 'B') => {
    const arms = { template_a: 'builtin-logistics', template_b: team.template_id, ratio_a: arm === 'A' ? 1 : 0 };
    expect((await api().call('PUT', '/experiments/logistics', arms)).status).toBe(200);
  };

  for (const arm of ['A', 'B'] as const) {
    await useArm(arm);
    for (let i = 0; i < 3; i++) {
      await seed('m1', { picks: i === 0 ? ['Edited text'] : i === 1 ? [null] : [], flagged: i % 2 === 0 });
    }
  }
  await useArm('A');
  await seed('m1', { tone: 'FRIENDLY', picks: ['Edited first', null] }); // the latest pick was not edited
  await seed('m1', { tone: 'FRIENDLY', flagged: true, picks: [null, 'Edited later'] });
  await seed('m1', { channel: 'LINKEDIN', picks: [null] });
  await useArm('B');
  await seed('m1', { channel: 'LINKEDIN', tone: 'DIRECT' });
  await seed('m1', { unmatched: true, picks: ['Edited'] });
  await seed('m2', { picks: [null] });
  await seed('m2', { tone: 'FRIENDLY', flagged: true, picks: ['Edited'] });
  await seed('admin', { tone: 'DIRECT', picks: [null] });
  // A failed request counts nowhere.
  fake().script([{ kind: 'status', status: 500 }]);
  expect((await api().call('POST', '/personalize', emailRequest, {}, tokens.m1)).status).toBe(502);
});

describe('GET /analytics', () => {
  it('gives a member their own numbers, matching a hand count', async () => {
    const answer = await analytics(tokens.m1 as string);
    expect(answer.scope).toBe('own');
    expectMatches(answer, ['m1']);
    // The seed covers both arms, several tones and channels, no-template requests, edits and flags.
    const rows = answer.rows;
    expect(new Set(rows.map((r) => r.arm))).toEqual(new Set(['A', 'B', null]));
    expect(new Set(rows.map((r) => r.tone)).size).toBe(3);
    expect(new Set(rows.map((r) => r.channel)).size).toBe(2);
    expect(rows.some((r) => r.template_id === null)).toBe(true);
    expect(rows.some((r) => (r.flagged_share ?? 0) > 0)).toBe(true);
    expect(rows.filter((r) => r.edited_share === 0.5).map((r) => [r.arm, r.tone, r.channel])).toEqual(
      expect.arrayContaining([
        ['A', 'PROFESSIONAL', 'EMAIL'],
        ['B', 'PROFESSIONAL', 'EMAIL'],
        ['A', 'FRIENDLY', 'EMAIL'],
      ]),
    );
  });

  it("gives an admin the team's numbers", async () => {
    const answer = await analytics(TEST_TOKEN);
    expect(answer.scope).toBe('team');
    expectMatches(answer, ['m1', 'm2', 'admin']);
    const other = await analytics(tokens.m2 as string);
    expectMatches(other, ['m2']);
  });

  it('counts only requests created in [from, to)', async () => {
    const before = await analytics(TEST_TOKEN, new Date(started.getTime() - 3_600_000), started);
    expect(before.rows).toEqual([]);
  });

  it('validates the range', async () => {
    expect((await api().call('GET', '/analytics?from=2026-01-01T00:00:00Z')).status).toBe(400);
    expect((await api().call('GET', '/analytics?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z')).status).toBe(400);
    expect((await api().call('GET', '/analytics?from=a&to=b', undefined, { authorization: '' })).status).toBe(401);
  });
});
