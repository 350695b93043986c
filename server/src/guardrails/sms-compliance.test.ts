import { PersonalizeRequest, type PersonalizeRequestInput, type RiskFlag } from '@personalizer/shared';
import { describe, expect, it } from 'vitest';
import { emailRequest, sender } from '../../test-support/fixtures.ts';
import { checkVariant, isBlocking } from './index.ts';
import { checkSmsCompliance, namesSender } from './sms-compliance.ts';

const sms = (patch: Partial<PersonalizeRequestInput> = {}) =>
  PersonalizeRequest.parse({
    ...emailRequest,
    channel: 'SMS',
    sender,
    constraints: { sms_consent: true },
    ...patch,
  });
const compliant =
  'Hi Dana, this is Sam from RouteLoop. Freight visibility for mid-size shippers caught my eye. Open to a short intro call? Reply STOP to opt out.';
const flagsOf = (message: string, request = sms()) => checkSmsCompliance(request, { subject: null, message });
const summary = (flags: RiskFlag[]) => flags.map((f) => `${f.code}:${f.severity}`);

describe('SMS compliance', () => {
  it('passes a text that names the sender and says how to opt out, with consent confirmed', () => {
    expect(flagsOf(compliant)).toEqual([]);
    expect(checkVariant(sms(), { subject: null, message: compliant })).toEqual([]);
  });

  it('errs on a text that names no sender, saying whom to name', () => {
    const flags = flagsOf('Hi Dana, freight visibility caught my eye. Open to a call? Reply STOP to opt out.');
    expect(summary(flags)).toEqual(['SMS_MISSING_SENDER:error']);
    expect(flags[0]).toMatchObject({ category: 'compliance', field: 'message', span: null });
    expect(flags[0]?.detail).toBe('does not say who is writing: a text must name the sender (“RouteLoop”)');
  });

  it('names the person when there is no company, and accepts a company without its legal suffix', () => {
    const person = sms({ sender: { name: 'Priya Shah' } });
    expect(flagsOf('Hi Dana, Priya Shah here. Open to a call? Reply STOP to opt out.', person)).toEqual([]);
    expect(flagsOf('Hi Dana, this is Priya. Open to a call? Reply STOP to opt out.', person)[0]?.detail).toContain(
      '“Priya Shah”',
    );
    expect(namesSender('This is Sam at Acme. Reply STOP to opt out.', 'Acme Inc.')).toBe(true);
    expect(namesSender('This is Sam at Acmeco.', 'Acme')).toBe(false);
  });

  it('errs on a text without opt-out wording', () => {
    const flags = flagsOf('Hi Dana, this is Sam from RouteLoop. Open to a call? Reply if so.');
    expect(summary(flags)).toEqual(['SMS_MISSING_OPT_OUT:error']);
    expect(flags[0]?.detail).toContain('“Reply STOP to opt out.”');
  });

  it('warns on every text when consent is not confirmed, and when no sender is known', () => {
    const noConsent = sms({ constraints: {} });
    expect(summary(flagsOf(compliant, noConsent))).toEqual(['SMS_CONSENT_UNCONFIRMED:warning']);
    expect(flagsOf(compliant, noConsent)[0]?.detail).toContain('constraints.sms_consent');
    const noSender = sms({ sender: { role: 'AE', proof_points: [] } });
    const flags = flagsOf('Hi Dana, open to a call? Reply STOP to opt out.', noSender);
    expect(summary(flags)).toEqual(['SMS_NO_SENDER_PROFILE:warning']);
    expect(flags[0]?.detail).toContain('set your name and company in Settings');
    expect(isBlocking(flags)).toBe(false);
  });

  it('leaves email and LinkedIn alone', () => {
    for (const channel of ['EMAIL', 'LINKEDIN'] as const) {
      expect(flagsOf('Hi Dana, open to a call?', sms({ channel, constraints: {} }))).toEqual([]);
    }
  });

  it('reads the opt-out as required wording: no claim, no call to action, no words counted', () => {
    // "STOP" is no invented name, and "Reply" is no next step.
    const noQuestion = 'Hi Dana, this is Sam from RouteLoop. Freight visibility caught my eye. Reply STOP to opt out.';
    expect(summary(checkVariant(sms(), { subject: null, message: noQuestion }))).toEqual(['MISSING_CTA:error']);
    // 21 words of prose and 5 of opt-out.
    const budget = (max_words: number) =>
      checkVariant(sms({ constraints: { sms_consent: true, max_words } }), { subject: null, message: compliant });
    expect(budget(21)).toEqual([]);
    expect(budget(20).map((f) => f.detail)).toEqual(['21 words, over the 20-word limit']);
  });

  it('keeps the segment cost a warning that names it', () => {
    const long = compliant.replace('caught my eye.', 'caught my eye, and so did the mid-size shippers angle.');
    const flags = checkVariant(sms({ constraints: { sms_consent: true, max_words: 60 } }), {
      subject: null,
      message: long,
    });
    expect(flags).toEqual([
      expect.objectContaining({
        code: 'OVER_CHANNEL_LIMIT',
        severity: 'warning',
        detail: expect.stringContaining('2 SMS segments'),
      }),
    ]);
    expect(flags[0]?.detail).toContain('= 2 messages billed');
  });
});
