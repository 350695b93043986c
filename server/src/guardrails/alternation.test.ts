import { describe, expect, it } from 'vitest';
import { matchesByPlan, mayMatch, planFor } from './alternation.ts';
import { atWordStart, matchesOf } from './text.ts';

/** The alternation's own matches: exec in a loop, as V8 runs it whole (on folded, lower-case text). */
function whole(pattern: RegExp, text: string): { index: number; found: (string | undefined)[] }[] {
  const out: { index: number; found: (string | undefined)[] }[] = [];
  const copy = new RegExp(pattern.source, pattern.flags);
  for (let m = copy.exec(text); m; m = copy.exec(text)) {
    out.push({ index: m.index, found: [...m] });
    if (m[0] === '') copy.lastIndex++;
  }
  return out;
}
function planned(pattern: RegExp, text: string) {
  const plan = planFor(pattern);
  if (!plan) throw new Error('no plan');
  return matchesByPlan(plan, text).map((m) => ({ index: m.index, found: [...m] }));
}

const PHRASES = [
  'our customers',
  'customers like',
  // A tie: both start at "our"; the earlier branch wins.
  'our (?:\\p{L}+ )?clients say',
  'our clients',
  // Overlap: "clients say so" starts inside "our clients say"; once that matched, it is passed over.
  'clients say so',
  '(?<=\\btrusted )by (\\p{L}+)',
  '(?:half|a third) of (?:our|the) (shops|stores)',
  'case stud(?:y|ies)',
  'swear by (?:it|us)',
];

describe('a long alternation, run by its branches', () => {
  const pattern = atWordStart(PHRASES, 'gu');

  it('finds what the whole pattern finds: leftmost, the earlier branch at a tie, groups in place', () => {
    const text =
      'honestly our clients say so. trusted by acme and zeta, half of our shops swear by it; customers like bo read our case studies.';
    const expected = whole(pattern, text);
    expect(expected.map((m) => m.found[0])).toEqual([
      'our clients say',
      'by acme',
      'half of our shops',
      'swear by it',
      'customers like',
      'case studies',
    ]);
    expect(planned(pattern, text)).toEqual(expected);
  });

  it('runs no branch whose words the text lacks, and finds nothing where the whole finds nothing', () => {
    const plan = planFor(pattern);
    const text = 'A quiet note about the weather in Leeds.';
    expect(plan && matchesByPlan(plan, text)).toEqual([]);
    expect(whole(pattern, text)).toEqual([]);
  });

  it('keeps each branch group in its place when some branches have none', () => {
    const text = 'trusted by ravi; a third of the stores agreed.';
    const found = planned(pattern, text);
    expect(found).toEqual(whole(pattern, text));
    expect(found.map((m) => m.found)).toEqual([
      ['by ravi', 'ravi', undefined],
      ['a third of the stores', undefined, 'stores'],
    ]);
  });

  it('reads escapes and codes as no required words ("\\u00a0" is not the text "00a0")', () => {
    const codes = atWordStart(['(?:late|early)\\u00a0(?:spring|fall)', 'x\\x41yz', ...PHRASES], 'gu');
    const text = 'we met in late\u00a0spring; xAyz; our customers too.';
    expect(planned(codes, text)).toEqual(whole(codes, text));
    expect(planned(codes, text).map((m) => m.found[0])).toEqual(['late\u00a0spring', 'xAyz', 'our customers']);
  });

  it('splits a captured family of phrasings and keeps its capture in one place', () => {
    const families = atWordStart(
      [
        '(\\b(?:raised (?:a|an|its) (?:seed|series [a-d]) round|closed (?:a|its) round|new funding)\\b)',
        '(\\b(?:opened (?:a|an|its) (?:new )?(office|branch)|moved (?:hq|headquarters))\\b)',
        ...PHRASES,
      ],
      'gu',
    );
    const text = 'congrats, you raised a series b round and opened a new branch, our customers say.';
    const found = planned(families, text);
    expect(found).toEqual(whole(families, text));
    expect(found.slice(0, 2).map((m) => m.found.slice(0, 4))).toEqual([
      ['raised a series b round', 'raised a series b round', undefined, undefined],
      ['opened a new branch', undefined, 'opened a new branch', 'branch'],
    ]);
  });

  it('leaves short lists, case-blind and other shapes of pattern to V8', () => {
    expect(planFor(atWordStart(['use', 'run on'], 'g'))).toBeNull();
    expect(planFor(atWordStart(PHRASES, 'gui'))).toBeNull();
    expect(planFor(new RegExp(`(?:${PHRASES.join('|')})`, 'gu'))).toBeNull();
  });
});

describe('any pattern, passed over where its words are missing', () => {
  it('needs the words every match contains, inside lookarounds too', () => {
    const halves = /\b(?:a|one) (hundred|thousand) and a half\b/gu;
    expect(mayMatch(halves, 'about a hundred or so')).toBe(false);
    expect(mayMatch(halves, 'a thousand and a half')).toBe(true);
    const trusted = /(?<=\btrusted )by (?:fleets|carriers)\b/gu;
    expect(mayMatch(trusted, 'run by carriers')).toBe(false);
    expect(mayMatch(trusted, 'trusted by carriers')).toBe(true);
  });

  it('needs nothing it cannot be sure of: options, negative lookarounds, classes, other cases', () => {
    expect(mayMatch(/\b(?:half|most) of (?:the|our) (?!team)\p{L}+/gu, 'most of our shops')).toBe(true);
    expect(mayMatch(/(?:already )?uses? it/gu, 'use it')).toBe(true);
    expect(mayMatch(/and a half/giu, 'AND A HALF')).toBe(true);
    expect(mayMatch(/and a half/giu, 'about half')).toBe(false);
    // Case-blind, Unicode folds "ſ" into "s" (and the Kelvin sign into "k"): no word is sure there.
    expect(/\bbest\b/iu.test('the beſt')).toBe(true);
    expect(mayMatch(/\bbest\b/giu, 'the beſt')).toBe(true);
    expect(mayMatch(/\bbest\b/giu, 'the café’s bést')).toBe(false);
    // Half of a character outside the Basic Plane, made optional: the whole character is.
    expect(mayMatch(/to🚚?day/gu, 'today')).toBe(true);
    expect(matchesOf(/to🚚?day/gu, 'today').map((m) => m[0])).toEqual(['today']);
  });

  it('reads a sentence by the field it stands in: what the field lacks, no sentence of it has', () => {
    const field = 'hi dana. we cut returns in half. thanks.';
    const sentence = field.slice(9, 32);
    expect(matchesOf(/\bin half\b/gu, sentence, field).map((m) => m.index)).toEqual([15]);
    expect(matchesOf(/\bby a third\b/gu, sentence, field)).toEqual([]);
    const planned = atWordStart(PHRASES, 'gu');
    expect(matchesOf(planned, 'our clients agree', 'hi. our clients agree').map((m) => m[0])).toEqual(['our clients']);
  });
});
