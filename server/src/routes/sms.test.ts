/** SMS compliance through the API: consent flags or the 422 policy, sender and opt-out on every text. */
import {
  ApiError,
  AuditRecord,
  HistoryResponse,
  type PersonalizeRequestInput,
  PersonalizeResponse,
  SMS_OPT_OUT_TEXTS,
} from '@personalizer/shared';
import { describe, expect, it } from 'vitest';
import { emailRequest, sender } from '../../test-support/fixtures.ts';
import { useApiSuite } from '../../test-support/suites.ts';
import { fakeOpenAi, testApp } from '../../test-support/test-app.ts';

const { fake, stores, api } = useApiSuite();

/** The seed's SMS request shape, written as the sender from the fixtures. */
const smsRequest = (patch: Partial<PersonalizeRequestInput> = {}): PersonalizeRequestInput => ({
  ...emailRequest,
  channel: 'SMS',
  sender,
  ...patch,
});

const codesOf = (body: PersonalizeResponse) => body.variants.map((v) => v.risk_flags.map((f) => f.code));

describe('SMS compliance through POST /personalize', () => {
  it('writes every variant without consent, each flagged that consent is unconfirmed, naming the sender and the opt-out', async () => {
    const res = await api().call('POST', '/personalize', smsRequest());
    expect(res.status).toBe(200);
    const body = PersonalizeResponse.parse(res.json);
    expect(body.variants).toHaveLength(3);
    for (const variant of body.variants) {
      expect(variant.message).toContain('RouteLoop');
      expect(variant.message.endsWith(SMS_OPT_OUT_TEXTS.en)).toBe(true);
      expect(variant.risk_flags).toContainEqual(
        expect.objectContaining({ code: 'SMS_CONSENT_UNCONFIRMED', category: 'compliance', severity: 'warning' }),
      );
      expect(variant.risk_flags.filter((f) => f.severity === 'error')).toEqual([]);
    }
    // The unscripted fake model is the offline writer: one call, nothing to retry.
    expect(fake().requests).toHaveLength(1);
    expect(fake().requests[0]?.system).toContain(`End every SMS with the opt-out "${SMS_OPT_OUT_TEXTS.en}"`);
  });

  it('drops the consent warning once the lead opted in, and keeps it in the audited input', async () => {
    const res = await api().call('POST', '/personalize', smsRequest({ constraints: { sms_consent: true } }));
    const body = PersonalizeResponse.parse(res.json);
    expect(codesOf(body).flat()).not.toContain('SMS_CONSENT_UNCONFIRMED');
    const record = AuditRecord.parse((await api().call('GET', `/personalize/${body.request_id}`)).json);
    expect(record.request.input).toMatchObject({ constraints: { sms_consent: true } });
  });

  it('tells the SDR to set a sender profile when no sender is known, and still writes the opt-out', async () => {
    const { sender: _, ...anonymous } = smsRequest({ constraints: { sms_consent: true } });
    const body = PersonalizeResponse.parse((await api().call('POST', '/personalize', anonymous)).json);
    for (const variant of body.variants) {
      expect(variant.message.endsWith(SMS_OPT_OUT_TEXTS.en)).toBe(true);
      expect(variant.risk_flags).toEqual([
        expect.objectContaining({
          code: 'SMS_NO_SENDER_PROFILE',
          severity: 'warning',
          detail: expect.stringContaining('set your name and company in Settings'),
        }),
      ]);
    }
  });

  it('retries a text without the sender or the opt-out, quoting both problems', async () => {
    const bare = { message: 'Hi Dana, freight visibility for mid-size shippers caught my eye. Open to a short call?' };
    const compliant = (angle: string) => ({
      message: `Hi Dana, this is Sam from RouteLoop. ${angle} caught my eye. Open to a short call? ${SMS_OPT_OUT_TEXTS.en}`,
    });
    fake().script([
      { kind: 'json', variants: [bare, compliant('Freight visibility'), compliant('Your VP of Operations role')] },
      { kind: 'json', variants: [compliant('Northwind Logistics')] },
    ]);
    const res = await api().call('POST', '/personalize', smsRequest({ constraints: { sms_consent: true } }));
    const body = PersonalizeResponse.parse(res.json);
    expect(body.variants[0]?.message).toBe(compliant('Northwind Logistics').message);
    expect(codesOf(body)).toEqual([[], [], []]);
    const retry = fake().requests[1]?.user ?? '';
    expect(retry).toContain('SMS_MISSING_SENDER (compliance, in the message): does not say who is writing');
    expect(retry).toContain('SMS_MISSING_OPT_OUT (compliance, in the message): no opt-out');
  });

  it('keeps a text of two segments with a warning that names the cost', async () => {
    const long = `Hi Dana, this is Sam from RouteLoop. Northwind Logistics builds freight visibility software for mid-size shippers, which is why I am writing. Open to a short intro call? ${SMS_OPT_OUT_TEXTS.en}`;
    fake().script([{ kind: 'json', variants: [{ message: long }] }]);
    const res = await api().call(
      'POST',
      '/personalize',
      smsRequest({ constraints: { sms_consent: true, variant_count: 1, max_words: 60 } }),
    );
    const [variant] = PersonalizeResponse.parse(res.json).variants;
    expect(variant?.risk_flags).toEqual([
      expect.objectContaining({
        code: 'OVER_CHANNEL_LIMIT',
        severity: 'warning',
        detail: expect.stringMatching(/^2 SMS segments \(GSM-7, \d+ characters\) = 2 messages billed$/),
      }),
    ]);
  });
});

describe('SMS_REQUIRE_CONSENT=true', () => {
  const strict = () => testApp(stores(), fakeOpenAi(fake().openaiBaseURL), { smsRequireConsent: true });

  it('refuses an SMS without consent with 422 naming constraints.sms_consent, before any model call or audit', async () => {
    const before = HistoryResponse.parse((await api().call('GET', '/personalize?limit=100')).json).items.length;
    for (const constraints of [{}, { sms_consent: false }]) {
      const res = await strict().call('POST', '/personalize', smsRequest({ constraints }));
      expect(res.status).toBe(422);
      const { error } = ApiError.parse(res.json);
      expect(error.code).toBe('SMS_CONSENT_REQUIRED');
      expect(error.message).toContain('constraints.sms_consent');
      expect(error.issues).toEqual([
        { path: 'constraints.sms_consent', message: expect.stringContaining('must be true') },
      ]);
    }
    expect(fake().requests).toHaveLength(0);
    const after = HistoryResponse.parse((await api().call('GET', '/personalize?limit=100')).json).items.length;
    expect(after).toBe(before);
  });

  it('writes an SMS with consent, and other channels without it', async () => {
    const sms = await strict().call('POST', '/personalize', smsRequest({ constraints: { sms_consent: true } }));
    expect(sms.status).toBe(200);
    expect(codesOf(PersonalizeResponse.parse(sms.json)).flat()).not.toContain('SMS_CONSENT_UNCONFIRMED');
    expect((await strict().call('POST', '/personalize', emailRequest)).status).toBe(200);
  });
});
