/** GET /personalize with search and filters, on the real database: members and admins, paging by cursor. */
import { HistoryResponse, PersonalizeRequest, type PersonalizeRequestInput } from '@personalizer/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanEmailVariants, emailRequest } from '../../test-support/fixtures.ts';
import { useApiSuite } from '../../test-support/suites.ts';
import { TEST_TOKEN } from '../../test-support/test-app.ts';
import type { Attempt } from '../generation/types.ts';
import { newRequestId } from '../ids.ts';

const { fake, stores, api } = useApiSuite();

const acmeLinkedIn: PersonalizeRequestInput = {
  channel: 'LINKEDIN',
  tone: 'FRIENDLY',
  goal: 'Set up a demo of the scheduling tool',
  lead: { first_name: 'Priya', last_name: 'Shah', title: 'Head of Clinics', company_name: 'Acme Health' },
  company_context: { summary: 'Acme Health runs outpatient clinics.', keywords: ['clinics'], tech_stack: [] },
};
const danaAtAcme = { ...emailRequest, lead: { ...emailRequest.lead, company_name: 'Acme Freight' } };

async function list(query: string, token: string) {
  const res = await api().call('GET', `/personalize?${query}`, undefined, {}, token);
  expect(res.status).toBe(200);
  return HistoryResponse.parse(res.json);
}

/** Every page of a query, following next_before until it is null. */
async function allPages(query: string, token: string) {
  const pages: string[][] = [];
  let before: string | null = null;
  do {
    const page: HistoryResponse = await list(`${query}${before ? `&before=${before}` : ''}`, token);
    pages.push(page.items.map((i) => i.request_id));
    before = page.next_before;
  } while (before && pages.length < 20);
  return pages;
}

describe('GET /personalize search and filters', () => {
  let member: { token: string; user: { user_id: string } };
  let other: { token: string };
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    member = await stores().users.add('Searching Member', 'member');
    other = await stores().users.add('Other Member', 'member');
    const create = async (name: string, body: PersonalizeRequestInput, token: string, ok = true) => {
      const res = await api().call('POST', '/personalize', body, {}, token);
      expect(res.status).toBe(ok ? 200 : 502);
      ids[name] = ok ? res.json.request_id : res.json.error.request_id;
    };
    fake().script([{ kind: 'json', variants: cleanEmailVariants }]);
    await create('northwind', emailRequest, member.token);
    fake().script([]);
    await create('acme', acmeLinkedIn, member.token);
    fake().script([{ kind: 'status', status: 500 }]);
    await create('failed', danaAtAcme, member.token, false);
    fake().script([{ kind: 'json', variants: cleanEmailVariants }]);
    await create('others', emailRequest, other.token);
    const picked = await api().call(
      'POST',
      `/personalize/${ids.northwind}/select`,
      { variant_index: 0 },
      {},
      member.token,
    );
    expect(picked.status).toBe(200);
  });

  const found = async (query: string, token = member.token) =>
    (await list(query, token)).items.map((i) => i.request_id);

  it('finds requests whose lead name, company or goal hold every word, in any case', async () => {
    expect(await found('q=dana%20NORTHWIND')).toEqual([ids.northwind]);
    expect(await found('q=dana')).toEqual([ids.failed, ids.northwind]);
    expect(await found('q=acme')).toEqual([ids.failed, ids.acme]);
    expect(await found('q=scheduling%20shah')).toEqual([ids.acme]);
    expect(await found('q=dana%20scheduling')).toEqual([]);
  });

  it('filters by channel, status and selection, and by all of them together', async () => {
    expect(await found('channel=LINKEDIN')).toEqual([ids.acme]);
    expect(await found('channel=EMAIL')).toEqual([ids.failed, ids.northwind]);
    expect(await found('status=FAILED')).toEqual([ids.failed]);
    expect(await found('selected=true')).toEqual([ids.northwind]);
    expect(await found('selected=false')).toEqual([ids.failed, ids.acme]);
    expect(await found('q=dana&status=SUCCESS')).toEqual([ids.northwind]);
    expect(await found('q=acme&channel=EMAIL&selected=false')).toEqual([ids.failed]);
    expect(await found('q=dana&channel=LINKEDIN')).toEqual([]);
    const [item] = (await list('selected=true', member.token)).items;
    expect(item).toMatchObject({ lead_name: 'Dana Reyes', company_name: 'Northwind Logistics', selected: true });
  });

  it('pages through filtered results with the cursor', async () => {
    expect(await allPages('q=dana&limit=1', member.token)).toEqual([[ids.failed], [ids.northwind]]);
    expect(await allPages('channel=EMAIL&status=SUCCESS&limit=1', member.token)).toEqual([[ids.northwind]]);
  });

  it('searches only the member’s own requests, and everyone’s for an admin', async () => {
    expect(await found('q=northwind', other.token)).toEqual([ids.others]);
    const admin = await found('q=northwind&limit=100', TEST_TOKEN);
    expect(admin).toEqual(expect.arrayContaining([ids.others, ids.northwind]));
    expect(admin).not.toContain(ids.acme);
  });

  it('rejects unknown filter values with 400', async () => {
    for (const query of ['channel=FAX', 'status=DONE', 'selected=yes', 'q=', `q=${'x'.repeat(201)}`]) {
      const res = await api().call('GET', `/personalize?${query}`);
      expect(res.status).toBe(400);
    }
  });
});

describe('GET /personalize with a filter over a long history', () => {
  const attempt: Attempt = {
    attempt: 1,
    provider: 'offline',
    model: 'seeded',
    temperature: 0,
    prompts: { system: 'system', user: 'user', template_version: 'test' },
    raw_output: '{"variants": []}',
    variants: [],
  };

  it('examines a bounded number of requests per call and continues from next_before', async () => {
    const member = await stores().users.add('Long History Member', 'member');
    const start = Date.now() - 10_000;
    const seeded = (i: number, company: string) => ({
      request_id: newRequestId(start + i),
      owner_id: member.user.user_id,
      input: PersonalizeRequest.parse({ ...emailRequest, lead: { ...emailRequest.lead, company_name: company } }),
      created_at: new Date(start + i),
      attempts: [attempt],
      latency_ms: 1,
    });
    // The oldest is the one match, under 250 newer requests that do not match.
    const records = [seeded(0, 'Zebra Freight'), ...Array.from({ length: 250 }, (_, i) => seeded(i + 1, 'Other Co'))];
    await stores().audit.importFinished(records);

    const first = await list('q=zebra', member.token);
    expect(first.items).toEqual([]);
    expect(first.next_before).toBe(records[51]?.request_id);
    const second = await list(`q=zebra&before=${first.next_before}`, member.token);
    expect(second).toEqual({
      items: [expect.objectContaining({ request_id: records[0]?.request_id })],
      next_before: null,
    });
    // Unfiltered pages stay full.
    const page = await list('limit=100', member.token);
    expect(page.items).toHaveLength(100);
    expect(page.next_before).toBe(records[151]?.request_id);
  });
});
