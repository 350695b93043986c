import { AuditRecord, ExperimentList, PersonalizeResponse, Template, TemplateList } from '@personalizer/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanEmailVariants, emailRequest } from '../../test-support/fixtures.ts';
import { useApiSuite } from '../../test-support/suites.ts';

const { fake, stores, api } = useApiSuite();
let member: string;
beforeAll(async () => {
  member = (await stores().users.add('Mia Member', 'member')).token;
});

const strategy = {
  name: 'Freight ops, operator voice',
  industries: ['Logistics', 'freight'],
  angle: 'Dispatch and exceptions from the operator seat.',
  structure: 'Greeting; one operational detail; the offer; a question.',
  instructions: 'Plain words; no savings claims.',
};

async function generate(body: object = emailRequest, as?: string) {
  fake().script([{ kind: 'json', variants: cleanEmailVariants }]);
  const res = await api().call('POST', '/personalize', body, {}, as);
  expect(res.status).toBe(200);
  const { request_id } = PersonalizeResponse.parse(res.json);
  return AuditRecord.parse((await api().call('GET', `/personalize/${request_id}`)).json);
}

describe('/templates', () => {
  it('lists at least six built-ins to members, with industry tags and no example messages', async () => {
    const res = await api().call('GET', '/templates', undefined, {}, member);
    expect(res.status).toBe(200);
    const { templates } = TemplateList.parse(res.json);
    const builtins = templates.filter((t) => t.builtin);
    expect(builtins.length).toBeGreaterThanOrEqual(6);
    expect(builtins.map((t) => t.name).join(' ')).toMatch(
      /SaaS.*Healthcare.*Logistics.*Fintech.*Manufacturing.*Agencies/s,
    );
    for (const t of builtins) expect(`${t.structure} ${t.instructions}`).not.toMatch(/\bHi \w+,/);
  });

  it('lets admins add, edit (new versions) and retire; old versions stay readable', async () => {
    expect((await api().call('POST', '/templates', strategy, {}, member)).status).toBe(403);
    const created = await api().call('POST', '/templates', strategy);
    expect(created.status).toBe(201);
    const v1 = Template.parse(created.json);
    expect(v1).toMatchObject({ version: 1, status: 'active', builtin: false });

    const edited = Template.parse(
      (await api().call('PUT', `/templates/${v1.template_id}`, { ...strategy, angle: 'Carrier handoffs.' })).json,
    );
    expect(edited).toMatchObject({ version: 2, angle: 'Carrier handoffs.' });
    expect((await api().call('PUT', `/templates/builtin-saas`, strategy)).status).toBe(409);

    const retired = await api().call('DELETE', `/templates/${v1.template_id}`);
    expect(Template.parse(retired.json)).toMatchObject({ version: 2, status: 'retired' });
    const old = await api().call('GET', `/templates/${v1.template_id}?version=1`, undefined, {}, member);
    expect(Template.parse(old.json)).toMatchObject({ version: 1, angle: strategy.angle, status: 'retired' });
    expect((await api().call('GET', `/templates/${v1.template_id}?version=3`)).status).toBe(404);
    expect((await api().call('PUT', `/templates/${v1.template_id}`, strategy)).status).toBe(409);

    // Retired: no longer nameable by a request, nor picked.
    const named = await api().call('POST', '/personalize', { ...emailRequest, template_id: v1.template_id });
    expect(named.status).toBe(422);
    expect(named.json.error.issues[0].path).toBe('template_id');
  });

  it('validates bodies and ids', async () => {
    expect((await api().call('POST', '/templates', { ...strategy, industries: [] })).status).toBe(400);
    expect((await api().call('GET', '/templates/not-an-id')).status).toBe(400);
    expect((await api().call('GET', '/templates/tpl_zzzzzzzzzzzzzzzzzzzz')).status).toBe(404);
  });
});

describe('choosing the strategy of a request', () => {
  it('picks by industry, puts the strategy in the system prompt and audits it', async () => {
    const record = await generate();
    expect(record.request).toMatchObject({ template_id: 'builtin-logistics', strategy_version: 1 });
    expect(record.request.arm).toBeUndefined();
    expect(record.prompts[0]).toMatchObject({ template_id: 'builtin-logistics', strategy_version: 1 });
    expect(record.prompts[0]?.system_prompt).toMatch(/<strategy>\nName: Logistics and supply chain\n/);
    // Sent as audited.
    expect(
      (fake().requests.at(-1)?.body as { messages: { content: string }[] } | undefined)?.messages[0]?.content,
    ).toBe(record.prompts[0]?.system_prompt);
  });

  it('uses the named template, the stated industry, or none', async () => {
    const named = await generate({ ...emailRequest, template_id: 'builtin-fintech' });
    expect(named.prompts[0]?.template_id).toBe('builtin-fintech');
    const stated = await generate({
      ...emailRequest,
      company_context: { ...emailRequest.company_context, industry: 'Hospital care' },
    });
    expect(stated.prompts[0]?.template_id).toBe('builtin-healthcare');
    const really = await generate({
      ...emailRequest,
      company_context: { summary: 'Tomatoes from Spain.', keywords: [] },
    });
    expect(really.prompts[0]?.template_id).toBeUndefined();
    expect(really.prompts[0]?.system_prompt).not.toContain('<strategy>');
  });

  it('splits an industry between two arms under an experiment, and a replay keeps the arm', async () => {
    const team = Template.parse((await api().call('POST', '/templates', strategy)).json);
    const arms = { template_a: 'builtin-logistics', template_b: team.template_id, ratio_a: 0.5 };
    expect((await api().call('PUT', '/experiments/logistics', arms, {}, member)).status).toBe(403);
    const bad = await api().call('PUT', '/experiments/logistics', { ...arms, template_b: 'tpl_zzzzzzzzzzzzzzzzzzzz' });
    expect(bad.status).toBe(422);
    expect((await api().call('PUT', '/experiments/logistics', arms)).status).toBe(200);
    expect(
      ExperimentList.parse((await api().call('GET', '/experiments', undefined, {}, member)).json).experiments,
    ).toEqual([expect.objectContaining({ industry: 'logistics', ...arms })]);

    // Arms come from a hash of random ids: generate until both have come up (12 at 0.5 missed one
    // arm about once in 2,000 runs; 40 miss it once in 10^11).
    const records: AuditRecord[] = [];
    while (records.length < 40 && new Set(records.map((r) => r.request.arm)).size < 2) records.push(await generate());
    const seen = new Set(records.map((r) => `${r.request.arm}:${r.prompts[0]?.template_id}`));
    expect(seen).toEqual(new Set(['A:builtin-logistics', `B:${team.template_id}`]));
    for (const r of records) expect(r.prompts[0]?.arm).toBe(r.request.arm);

    const original = records.find((r) => r.request.arm === 'B') as AuditRecord;
    fake().script([{ kind: 'json', variants: cleanEmailVariants }]);
    const replay = await api().call('POST', `/personalize/${original.request.request_id}/replay`, {});
    const replayed = AuditRecord.parse((await api().call('GET', `/personalize/${replay.json.request_id}`)).json);
    expect(replayed.prompts[0]).toMatchObject({ template_id: team.template_id, strategy_version: 1, arm: 'B' });

    expect((await api().call('DELETE', '/experiments/logistics')).status).toBe(204);
    expect((await api().call('DELETE', '/experiments/logistics')).status).toBe(404);
    expect((await generate()).request.arm).toBeUndefined();
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await api().call('GET', '/openapi.json', undefined, { authorization: '' })).json;
    for (const path of ['/templates', '/templates/{template_id}', '/experiments/{industry}', '/analytics']) {
      expect(doc.paths).toHaveProperty([path]);
    }
    expect(doc.components.schemas.PersonalizeRequest.properties).toHaveProperty('template_id');
    expect(doc.components.schemas.AnalyticsResponse.properties).toHaveProperty('rows');
  });
});
