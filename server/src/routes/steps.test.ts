/** MULTI_STEP through the API: three audited calls, whole messages back, replayable by id. */
import { AuditRecord, PersonalizeResponse } from '@personalizer/shared';
import { describe, expect, it } from 'vitest';
import { emailRequest, sender } from '../../test-support/fixtures.ts';
import { useApiSuite } from '../../test-support/suites.ts';

const { fake, api } = useApiSuite();

describe('MULTI_STEP through POST /personalize', () => {
  it('writes opener, body and call to action in turn, audits each call with its step, and replays', async () => {
    const res = await api().call('POST', '/personalize', { ...emailRequest, sender, mode: 'MULTI_STEP' });
    expect(res.status).toBe(200);
    const body = PersonalizeResponse.parse(res.json);
    expect(fake().requests).toHaveLength(3);
    for (const variant of body.variants) {
      expect(variant.message.split('\n\n')).toEqual([
        expect.stringMatching(/^Hi Dana, [^?]+$/),
        expect.stringContaining('RouteLoop'),
        expect.stringMatching(/^[^\n]+\?$/),
      ]);
      expect(variant.subject).toBeTruthy();
      expect(variant.risk_flags).toEqual([]);
    }
    const record = AuditRecord.parse((await api().call('GET', `/personalize/${body.request_id}`)).json);
    expect(record.request.input).toMatchObject({ mode: 'MULTI_STEP', slot: 'FULL' });
    expect(record.prompts.map((p) => p.step)).toEqual(['OPENER', 'BODY', 'CTA']);
    expect(record.prompts[1]?.user_prompt).toContain('message_so_far');
    // The final output is what the user got, whole; the first holds the openers alone.
    const final = record.outputs.find((o) => o.final)?.parsed_variants ?? [];
    expect(final.map((v) => v.message)).toEqual(body.variants.map((v) => v.message));
    expect(record.outputs[0]?.parsed_variants.map((v) => v.message)).toEqual(
      body.variants.map((v) => v.message.split('\n\n')[0]),
    );

    const replay = await api().call('POST', `/personalize/${body.request_id}/replay`, {});
    expect(replay.status).toBe(200);
    const again = AuditRecord.parse((await api().call('GET', `/personalize/${replay.json.request_id}`)).json);
    expect(again.prompts.map((p) => p.step)).toEqual(['OPENER', 'BODY', 'CTA']);
  });
});
