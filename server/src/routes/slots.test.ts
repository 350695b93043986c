/** Personalization slots through the API: one part of a message, checked for its shape. */
import { ApiError, AuditRecord, PersonalizeResponse } from '@personalizer/shared';
import { describe, expect, it } from 'vitest';
import { emailRequest } from '../../test-support/fixtures.ts';
import { useApiSuite } from '../../test-support/suites.ts';

const { fake, stores, api } = useApiSuite();

describe('slots through POST /personalize', () => {
  it.each([
    ['OPENER', /^Hi Dana, [^?\n]+$/],
    ['CTA', /^(?!Hi )[^\n]*\?$/],
    ['PS', /^P\.S\. [^?\n]+$/],
  ] as const)('writes only the %s, without a subject, and audits the slot', async (slot, shape) => {
    const res = await api().call('POST', '/personalize', { ...emailRequest, slot });
    expect(res.status).toBe(200);
    const body = PersonalizeResponse.parse(res.json);
    expect(body.variants).toHaveLength(3);
    for (const variant of body.variants) {
      expect(variant.subject).toBeNull();
      expect(variant.message).toMatch(shape);
      expect(variant.risk_flags).toEqual([]);
    }
    const record = AuditRecord.parse((await api().call('GET', `/personalize/${body.request_id}`)).json);
    expect(record.request.input).toMatchObject({ slot, constraints: { include_subjects: false } });
    expect(record.prompts[0]?.system_prompt).toContain('Write ONLY');
  });

  it('retries a part of the wrong shape, quoting why', async () => {
    const ctas = [
      'Hi Dana, would a short intro call about freight visibility analytics make sense?',
      'Could we book a short intro call about freight visibility analytics?',
      'Would a short intro call about freight visibility analytics be useful?',
    ];
    fake().script([
      { kind: 'json', variants: ctas.map((message) => ({ message })) },
      { kind: 'json', variants: [{ message: 'Is a short intro call about freight visibility analytics worth it?' }] },
    ]);
    const body = PersonalizeResponse.parse(
      (await api().call('POST', '/personalize', { ...emailRequest, slot: 'CTA' })).json,
    );
    expect(body.variants.map((v) => v.message)).toEqual([
      'Is a short intro call about freight visibility analytics worth it?',
      ctas[1],
      ctas[2],
    ]);
    expect(fake().requests[1]?.user).toContain(
      'SLOT_SHAPE (structure, in the message): a call to action goes inside a message: no greeting',
    );
  });

  it('refuses a part of an SMS and a subject for a part, naming the field', async () => {
    const sms = await api().call('POST', '/personalize', { ...emailRequest, channel: 'SMS', slot: 'PS' });
    expect(sms.status).toBe(400);
    expect(ApiError.parse(sms.json).error.issues).toEqual([
      { path: 'slot', message: expect.stringContaining('an SMS is written whole') },
    ]);
    const subject = await api().call('POST', '/personalize', {
      ...emailRequest,
      slot: 'CTA',
      constraints: { include_subjects: true },
    });
    expect(ApiError.parse(subject.json).error.issues?.map((i) => i.path)).toEqual(['constraints.include_subjects']);
    expect(fake().requests).toHaveLength(0);
  });
});

describe('replay of a request stored before slots', () => {
  it('replays it as a whole message', async () => {
    const { request_id } = PersonalizeResponse.parse((await api().call('POST', '/personalize', emailRequest)).json);
    await stores()
      .db.db.collection('personalization_requests')
      .updateOne({ _id: request_id as never }, { $unset: { 'input.slot': '' } });
    const res = await api().call('POST', `/personalize/${request_id}/replay`, {});
    expect(res.status).toBe(200);
    expect(res.json.variants).toHaveLength(3);
  });
});
