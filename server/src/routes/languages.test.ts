/**
 * A Spanish and a German request through POST /personalize, through the real OpenAI SDK against
 * the scripted model: they come back in their language, checked by the same guardrails, and an
 * answer in the wrong language or with an invented claim is retried with its flags quoted.
 */
import { AuditRecord, type PersonalizeRequestInput, PersonalizeResponse } from '@personalizer/shared';
import { describe, expect, it } from 'vitest';
import { germanRequest, spanishRequest } from '../../test-support/fixtures.ts';
import { useApiSuite } from '../../test-support/suites.ts';
import { languageShares } from '../guardrails/language.ts';

const { fake, api } = useApiSuite();

const languageOf = (message: string) =>
  [...(languageShares(message) ?? new Map())].reduce((a, b) => (b[1] > a[1] ? b : a), ['none', 0])[0];

describe.each([
  ['Spanish', 'es', spanishRequest, 'Hola Marta'],
  ['German', 'de', germanRequest, 'Hallo Jonas'],
] as const)('a %s request', (name, language, request, greeting) => {
  it(`comes back in ${name}, greeting the lead as a native would, with nothing flagged`, async () => {
    const res = await api().call('POST', '/personalize', request);
    expect(res.status).toBe(200);
    const body = PersonalizeResponse.parse(res.json);
    expect(body.variants).toHaveLength(3);
    for (const variant of body.variants) {
      expect(variant.message.startsWith(greeting)).toBe(true);
      expect(languageOf(variant.message)).toBe(language);
      expect(variant.risk_flags).toEqual([]);
    }
    // The model was asked for the language, and the audit keeps it with the request.
    expect(fake().requests[0]?.system).toContain(`Write the subject and message in ${name} (${language})`);
    const record = AuditRecord.parse((await api().call('GET', `/personalize/${body.request_id}`)).json);
    expect(record.request.input).toMatchObject({ language });
  });

  it(`texts in ${name} with the sender named and the language's opt-out`, async () => {
    const sms: PersonalizeRequestInput = { ...request, channel: 'SMS', constraints: { sms_consent: true } };
    const body = PersonalizeResponse.parse((await api().call('POST', '/personalize', sms)).json);
    for (const variant of body.variants) {
      expect(variant.message).toContain(request.sender?.company as string);
      expect(variant.message).toMatch(language === 'es' ? /Responde BAJA/ : /Antworten Sie mit STOP/);
      expect(variant.risk_flags.filter((f) => f.severity === 'error')).toEqual([]);
    }
  });
});

describe('answers the guardrails send back', () => {
  it('retries an answer written in English for a German request, quoting why', async () => {
    const english = {
      subject: 'Missed appointments',
      message:
        'Hi Jonas,\n\nWith 24 veterinary practices in Bavaria, missed appointments are probably on your mind. Would you have time for a 20-minute call about the waiting list?\n\nBest,\nLena',
    };
    const german = {
      subject: 'Terminausfälle',
      message:
        'Hallo Jonas,\n\nbei vierundzwanzig Tierarztpraxen in Bayern sind Terminausfälle vermutlich ein Thema für Sie. Hätten Sie Zeit für einen 20-minütigen Termin, damit ich Ihnen die Warteliste zeige?\n\nViele Grüße\nLena',
    };
    fake().script([
      { kind: 'json', variants: [english] },
      { kind: 'json', variants: [german] },
    ]);
    const res = await api().call('POST', '/personalize', { ...germanRequest, constraints: { variant_count: 1 } });
    const body = PersonalizeResponse.parse(res.json);
    expect(body.variants.map((v) => v.message)).toEqual([german.message]);
    expect(body.variants[0]?.risk_flags).toEqual([]);
    expect(fake().requests).toHaveLength(2);
    expect(fake().requests[1]?.user).toContain('written in English, not German');
  });

  it('flags the invented words of a Spanish answer that stays wrong after the retry', async () => {
    const invented = {
      subject: 'Citas perdidas',
      message:
        'Hola Marta,\n\nClínicas como Anicura ya recuperan un 40 % de las citas perdidas con Citalia.\n\n¿Hablamos el jueves?\n\nIrene',
    };
    fake().script([
      { kind: 'json', variants: [invented] },
      { kind: 'json', variants: [invented] },
    ]);
    const res = await api().call('POST', '/personalize', { ...spanishRequest, constraints: { variant_count: 1 } });
    const [variant] = PersonalizeResponse.parse(res.json).variants;
    const flagged = (variant?.risk_flags ?? [])
      .filter((f) => f.severity === 'error' && f.span)
      .map((f) => [f.category, invented.message.slice(f.span?.start, f.span?.end)]);
    expect(flagged).toContainEqual(['entity', 'Anicura']);
    expect(flagged).toContainEqual(['number', '40 %']);
    expect(fake().requests).toHaveLength(2);
  });
});
