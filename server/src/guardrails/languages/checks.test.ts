/** The guardrails on messages written in Spanish and German, as natives write them. */
import { PersonalizeRequest, type PersonalizeRequestInput, type RiskFlag } from '@personalizer/shared';
import { describe, expect, it } from 'vitest';
import { germanRequest, spanishRequest } from '../../../test-support/fixtures.ts';
import { checkVariant } from '../index.ts';

function errors(input: PersonalizeRequestInput, message: string): [RiskFlag['category'], string][] {
  return checkVariant(PersonalizeRequest.parse(input), { subject: 'Lista de espera', message })
    .filter((f) => f.severity === 'error')
    .map((f) => [f.category, f.span ? message.slice(f.span.start, f.span.end) : f.code]);
}

describe('a Spanish message', () => {
  it('passes when every fact is from the input, numbers in words and hedges included', () => {
    const message =
      'Hola Marta,\n\nCon treinta y ocho clínicas veterinarias entre Madrid y Valencia, imagino que las citas perdidas se miran con lupa en VetSalud.\n\nEn Citalia enviamos recordatorios por SMS bidireccionales y, como referencia, redujimos las citas perdidas un 27 % en Grupo Levante.\n\n¿Te encaja una llamada de 20 minutos para enseñarte la lista de espera?\n\nUn saludo,\nIrene';
    expect(errors(spanishRequest, message)).toEqual([]);
  });

  it('flags the words of each invented claim', () => {
    const message =
      'Hola Marta,\n\nVi tu publicación sobre la nueva sede de Valencia y enhorabuena por la ronda de financiación. Vuestro equipo de recepción pierde horas cada mañana llamando a clientes. Clínicas como Anicura ya ahorran un 40 % con Citalia, la mejor plataforma del sector. Solo esta semana, precio especial.\n\n¿Hablamos el jueves?\n\nIrene';
    const flagged = errors(spanishRequest, message);
    expect(flagged.map(([category]) => category)).toEqual(
      expect.arrayContaining(['observation', 'event', 'pain', 'entity', 'number', 'superlative', 'spam']),
    );
    expect(flagged).toContainEqual(['number', '40 %']);
    expect(flagged).toContainEqual(['entity', 'Anicura']);
    expect(flagged).toContainEqual(['superlative', 'la mejor']);
    expect(flagged).toContainEqual([
      'pain',
      'Vuestro equipo de recepción pierde horas cada mañana llamando a clientes',
    ]);
  });

  it('asks for the greeting with the first name and a closing question', () => {
    const message =
      'Buenos días. En Citalia enviamos recordatorios para las citas perdidas de VetSalud. Quedo a tu disposición.';
    expect(errors(spanishRequest, message)).toEqual([
      ['structure', 'MISSING_GREETING'],
      ['structure', 'MISSING_CTA'],
    ]);
  });

  it('flags an answer written in English instead', () => {
    const message =
      'Hi Marta,\n\nWith 38 veterinary clinics in Madrid and Valencia, missed appointments matter a lot to you. Would you be open to a call about the waiting list?';
    expect(errors(spanishRequest, message)).toContainEqual(['structure', 'WRONG_LANGUAGE']);
  });
});

describe('a German message', () => {
  it('passes with capitalised nouns, compounds and numbers in words from the input', () => {
    const message =
      'Hallo Jonas,\n\nbei vierundzwanzig Tierarztpraxen in Bayern sind Terminausfälle vermutlich ein Thema für Sie.\n\nTerminfix verschickt Zwei-Wege-Erinnerungen per SMS; bei der Tierklinik Isar wurden die Terminausfälle um 31 % gesenkt.\n\nHätten Sie Zeit für einen 20-minütigen Termin, damit ich Ihnen die Warteliste zeige?\n\nViele Grüße\nLena';
    expect(errors(germanRequest, message)).toEqual([]);
  });

  it('flags the words of each invented claim', () => {
    const message =
      'Hallo Jonas,\n\nich habe Ihren Vortrag auf dem Tierärztekongress gesehen. Glückwunsch zur neuen Filiale in Augsburg! Ihr Team verliert jeden Tag Stunden am Telefon. Praxen wie die Tierklinik Sonnenhof sparen mit uns die Hälfte der Zeit, wir sind der Marktführer. Nur diese Woche kostenlos.\n\nPasst Ihnen Donnerstag?\n\nLena';
    const flagged = errors(germanRequest, message);
    expect(flagged.map(([category]) => category)).toEqual(
      expect.arrayContaining(['observation', 'event', 'pain', 'entity', 'number', 'superlative', 'spam']),
    );
    expect(flagged).toContainEqual(['number', 'die Hälfte']);
    expect(flagged).toContainEqual(['superlative', 'Marktführer']);
    expect(flagged).toContainEqual(['spam', 'kostenlos']);
  });
});
