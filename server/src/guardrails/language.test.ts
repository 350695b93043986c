import { describe, expect, it } from 'vitest';
import { checkLanguage, languageShares } from './language.ts';

describe('the language a message is written in', () => {
  it('passes a message in the language asked for', () => {
    expect(
      checkLanguage(
        'de',
        'Hallo Jonas, bei Ihren Praxen in Bayern ist das sicher ein Thema. Hätten Sie Zeit für einen Termin?',
      ),
    ).toEqual([]);
    expect(
      checkLanguage('en', 'Hi Dana, with your freight visibility work this could help. Would you be open to a call?'),
    ).toEqual([]);
  });

  it('flags a message in another language, naming both', () => {
    expect(
      checkLanguage(
        'es',
        'Hi Marta, with your clinics in Madrid this could be useful for the team. Would you be open to a call?',
      ),
    ).toEqual([expect.objectContaining({ code: 'WRONG_LANGUAGE', detail: 'written in English, not Spanish' })]);
    expect(
      checkLanguage('nl', 'Hola Sanne, con vuestras tiendas en Utrecht esto puede ser útil para el equipo. ¿Hablamos?'),
    ).toEqual([expect.objectContaining({ detail: 'written in Spanish, not Dutch' })]);
  });

  it('flags an English request answered in Spanish', () => {
    expect(
      checkLanguage('en', 'Hola Dana, con vuestras tiendas en Utrecht esto puede ser útil para el equipo. ¿Hablamos?'),
    ).toEqual([expect.objectContaining({ detail: 'written in Spanish, not English' })]);
  });

  it('says nothing of a text too short to tell, or of borrowed words', () => {
    expect(languageShares('Hola Marta, ¿hablamos?')).toBeNull();
    expect(
      checkLanguage(
        'fr',
        'Bonjour Claire, notre CRM pour les équipes sales : un call de 15 minutes la semaine prochaine ?',
      ),
    ).toEqual([]);
  });
});
