import { describe, expect, it } from 'vitest';
import { LEXICONS } from './index.ts';
import { localNumbers } from './numbers.ts';

const values = (language: keyof typeof LEXICONS, text: string) =>
  localNumbers(text, LEXICONS[language]).map((n) => [n.text, n.value]);

describe('numbers in each language', () => {
  it('reads digits with the language separators, scales and percent words', () => {
    expect(values('es', 'Unas 1.200 citas, 2,5 millones de euros y un 27 por ciento.')).toEqual([
      ['1.200', 1200],
      ['2,5 millones', 2_500_000],
      ['27 por ciento', 27],
    ]);
    expect(values('fr', '1 200 patients et 30 %')).toEqual([
      ['1 200', 1200],
      ['30 %', 30],
    ]);
  });

  it('reads number words written as natives write them, one word or several', () => {
    expect(values('es', 'treinta y ocho clínicas, doscientos cincuenta pacientes, veintiocho sedes')).toEqual([
      ['treinta y ocho', 38],
      ['doscientos cincuenta', 250],
      ['veintiocho', 28],
    ]);
    expect(values('de', 'achtunddreißig Praxen, zweihundertfünfzig Kunden, zweieinhalb Millionen Buchungen')).toEqual([
      ['achtunddreißig', 38],
      ['zweihundertfünfzig', 250],
      ['zweieinhalb Millionen', 2_500_000],
    ]);
    expect(values('fr', 'quatre-vingt-dix clients, vingt-et-un sites, deux cents lits')).toEqual([
      ['quatre-vingt-dix', 90],
      ['vingt-et-un', 21],
      ['deux cents', 200],
    ]);
    expect(values('it', 'trentotto cliniche, ventitré sedi, duemila clienti')).toEqual([
      ['trentotto', 38],
      ['ventitré', 23],
      ['duemila', 2000],
    ]);
    expect(values('nl', 'achtendertig filialen, tweeëntwintig teams, achttienhonderd leden')).toEqual([
      ['achtendertig', 38],
      ['tweeëntwintig', 22],
      ['achttienhonderd', 1800],
    ]);
    expect(values('pt', 'trinta e oito clínicas, cento e vinte consultas')).toEqual([
      ['trinta e oito', 38],
      ['cento e vinte', 120],
    ]);
  });

  it('finds multipliers and fractions as words without a value', () => {
    expect(values('de', 'die Hälfte der Zeit')).toEqual([['die Hälfte', Number.NaN]]);
    expect(values('it', 'il doppio delle prenotazioni')).toEqual([['il doppio', Number.NaN]]);
  });

  it('leaves articles and look-alikes alone', () => {
    expect(values('es', 'una llamada con un cliente')).toEqual([]);
    expect(values('de', 'ein Termin, Achtung, eine Frage')).toEqual([]);
    expect(values('it', 'se sei interessato')).toEqual([]);
    expect(values('nl', 'een gesprek')).toEqual([]);
  });
});
