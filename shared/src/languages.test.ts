import { describe, expect, it } from 'vitest';
import { findOptOut, LanguageTag, languageOf, PersonalizeRequest, SMS_OPT_OUT_TEXTS } from './index.ts';

describe('language tags', () => {
  it.each([
    ['es', 'es'],
    ['es-MX', 'es'],
    ['pt_BR', 'pt'],
    ['DE-at', 'de'],
    ['nl-BE', 'nl'],
  ])('reads %s as %s', (tag, language) => {
    expect(LanguageTag.parse(tag)).toBe(language);
  });

  it('refuses languages it does not write and what is no tag, saying which it writes', () => {
    const unsupported = LanguageTag.safeParse('ja-JP');
    expect(unsupported.success).toBe(false);
    expect(unsupported.error?.issues[0]?.message).toContain('en, es, fr, de, pt, it, nl');
    expect(LanguageTag.safeParse('spanish please').success).toBe(false);
    expect(languageOf('sv-SE')).toBeNull();
  });

  it('defaults a request to English and keeps the language it names', () => {
    const base = { channel: 'EMAIL', tone: 'FRIENDLY', goal: 'Una llamada', lead: { first_name: 'Marta' } } as const;
    expect(PersonalizeRequest.parse(base).language).toBe('en');
    expect(PersonalizeRequest.parse({ ...base, language: 'es-ES' }).language).toBe('es');
  });

  it("finds each language's opt-out line whole, where a text ends", () => {
    for (const line of Object.values(SMS_OPT_OUT_TEXTS)) {
      const text = `Hola Marta, soy Irene de Citalia. ¿Hablamos? ${line}`;
      const span = findOptOut(text);
      expect(span && text.slice(span.start, span.end)).toBe(line);
    }
  });
});
