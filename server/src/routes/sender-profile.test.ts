import { AuditRecord, PersonalizeResponse, SenderProfile } from '@personalizer/shared';
import { describe, expect, it } from 'vitest';
import { emailRequest, sender } from '../../test-support/fixtures.ts';
import { useApiSuite } from '../../test-support/suites.ts';

const { api, stores } = useApiSuite();

describe('/sender-profile', () => {
  it('is null until saved, saves what the form sends (blank fields dropped), and erases', async () => {
    expect(SenderProfile.parse((await api().call('GET', '/sender-profile')).json)).toEqual({
      sender: null,
      updated_at: null,
    });
    const saved = await api().call('PUT', '/sender-profile', { ...sender, role: '' });
    expect(saved.status).toBe(200);
    const { role: _, ...withoutRole } = sender;
    expect(SenderProfile.parse(saved.json).sender).toEqual(withoutRole);
    expect(SenderProfile.parse((await api().call('GET', '/sender-profile')).json).sender).toEqual(withoutRole);
    expect((await api().call('PUT', '/sender-profile', { proof_points: ['x'.repeat(301)] })).status).toBe(400);
    expect((await api().call('DELETE', '/sender-profile')).json).toEqual({ sender: null, updated_at: null });
    expect((await api().call('GET', '/sender-profile')).json.sender).toBeNull();
  });

  it('keeps one profile per user', async () => {
    await api().call('PUT', '/sender-profile', sender);
    const member = await stores().users.add('Dana Reyes', 'member');
    const theirs = await api().call('GET', '/sender-profile', undefined, {}, member.token);
    expect(theirs.json).toEqual({ sender: null, updated_at: null });
    await api().call('PUT', '/sender-profile', { name: 'Dana', proof_points: [] }, {}, member.token);
    expect((await api().call('GET', '/sender-profile')).json.sender.name).toBe(sender.name);
    await api().call('DELETE', '/sender-profile');
  });

  it('writes as the stored sender, keeps it in the audited input, and lets a request override it', async () => {
    await api().call('PUT', '/sender-profile', { ...sender, role: '' });
    const res = await api().call('POST', '/personalize', emailRequest);
    expect(res.status).toBe(200);
    const { request_id, variants } = PersonalizeResponse.parse(res.json);
    // Unscripted, the fake model is the offline writer: it cites one approved proof point.
    expect(variants.some((v) => v.message.includes(sender.proof_points[0] as string))).toBe(true);
    const record = AuditRecord.parse((await api().call('GET', `/personalize/${request_id}`)).json);
    expect(record.request.input).toMatchObject({ sender: { name: sender.name, proof_points: sender.proof_points } });
    expect(record.prompts[0]?.user_prompt).toContain('"proof_points"');

    const own = { name: 'Alex', company: 'Other Co', proof_points: [] };
    const overridden = await api().call('POST', '/personalize', { ...emailRequest, sender: own });
    const id = PersonalizeResponse.parse(overridden.json).request_id;
    const audited = AuditRecord.parse((await api().call('GET', `/personalize/${id}`)).json);
    expect(audited.request.input).toMatchObject({ sender: own });
    await api().call('DELETE', '/sender-profile');
  });
});
