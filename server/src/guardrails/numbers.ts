/**
 * Numbers in text, with their offsets and values, so "40 %", "forty percent", "$2M", "2 million",
 * "$2,000,000", "3x" and "three times" compare equal to their input counterparts. Besides digits:
 * number words, multipliers ("double", "tenfold", "twice"), fractions ("half", "a third"), ranks
 * ("top five", "second-largest") and vague quantities ("dozens", "hundreds of", "most of our
 * customers"), which have no exact value and are sourced only by the same words in the input.
 */
import type { RiskFlag, TextField } from '@personalizer/shared';
import { allWordsIn, type InputFacts } from './facts.ts';
import { claimFlag } from './flag.ts';

export interface FoundNumber {
  text: string;
  /** NaN for vague quantities and ranks: those are compared by their words. */
  value: number;
  /** A multiplier ("3x", "double") is sourced only by a multiplier: "SOC 2" is no "twice". */
  multiplier: boolean;
  index: number;
}

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mm: 1e6,
  mn: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
};
const ORDINALS = 'second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth';
const MULTIPLIERS: Record<string, number> = {
  'in half': 0.5,
  twice: 2,
  double: 2,
  doubled: 2,
  doubles: 2,
  doubling: 2,
  thrice: 3,
  triple: 3,
  tripled: 3,
  triples: 3,
  tripling: 3,
  quadruple: 4,
  quadrupled: 4,
  twofold: 2,
  threefold: 3,
  fourfold: 4,
  fivefold: 5,
  tenfold: 10,
  hundredfold: 100,
  half: 0.5,
  halved: 0.5,
  halving: 0.5,
  halves: 0.5,
};

const SCALE_WORDS = 'thousand|million|billion|k|mm|mn|m|bn|b';
const UNIT_WORDS = Object.keys(UNITS).join('|');
// Digits not glued to letters (Web3, S3, EC2 and Auth0 are names, not numbers).
const DIGITS = new RegExp(
  `(?<![\\p{L}\\p{N}.,])[$€£]?\\s?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?\\s?(${SCALE_WORDS})?(\\s?%|\\s?percent|x|×)?(?![\\p{L}\\p{N}])`,
  'giu',
);
// "forty", "twenty-five", "three hundred", "two million"; "one" alone counts only with a scale.
const WORD_NUMBER = new RegExp(
  `\\b(${UNIT_WORDS})(?:[ -](${UNIT_WORDS}))?(?:[ -](hundred))?(?:[ -](thousand|million|billion))?\\b(?: ?(?:percent|per cent|%))?`,
  'gi',
);
const MULTIPLIER = new RegExp(`\\b(${Object.keys(MULTIPLIERS).join('|')}|(\\w+)-fold)\\b`, 'gi');
const FRACTION =
  /\b(?:a|one|two)[ -](third|thirds|quarter|fifth|tenth)s?\b(?= of| off| less| more| fewer| the| faster| cheaper)|\b(a fraction of)\b/gi;
const RANK = new RegExp(
  `\\btop[ -](\\d+|${UNIT_WORDS}|handful)\\b|\\b(${ORDINALS})[ -](largest|biggest|fastest|fastest-growing|most|best|highest|leading)\\b|\\bnumber one\\b|#\\s?\\d+\\b`,
  'gi',
);
const VAGUE =
  /\b(?:a|one) dozen\b|\bdozens\b|\b(?:a couple|a few|several) (?:hundred|thousand|dozen)\b|\bhundreds\b|\bthousands\b|\bmillions\b|\bbillions\b|\ba handful of\b|\bscores of\b|\bcountless\b|\b(?:the )?(?:vast )?majority of\b|\b(?:nearly|almost|virtually) (?:all|every)\b|\bmost (?:of (?:our|the|them)\b|(?:[a-z-]+ ){0,2}(?:customers|clients|users|teams|companies|leaders|brands|people|folks|orgs|organizations|shops|firms|retailers|hospitals|banks|buyers|founders|engineers|managers|operators|carriers|shippers|practices|clinics|schools|agencies|groups|operations|departments|partners|sellers|merchants|fleets|labs|plants|sites|cfos|ctos|cios|ceos|vps)\b)/gi;
// Number words that are not quantities in outreach: "one of", "two quick questions".
const SMALL_TALK = /^(one|two|three)$/i;
const SMALL_TALK_NEXT =
  /^[ -](quick|short|small|simple|questions?|ideas?|thoughts?|things|ways|options|minutes?|mins?|sentences?|lines?|words?)\b/i;

export function extractNumbers(text: string): FoundNumber[] {
  const found: FoundNumber[] = [];
  const add = (m: RegExpMatchArray, value: number, multiplier = false) =>
    found.push({
      text: m[0].trim(),
      value,
      multiplier,
      index: (m.index ?? 0) + (m[0].length - m[0].trimStart().length),
    });
  const times = (m: RegExpMatchArray) => /^\s*(?:x\b|times\b|×)/i.test(text.slice((m.index ?? 0) + m[0].length));
  for (const m of text.matchAll(DIGITS)) {
    const base = Number(`${(m[1] ?? '').replaceAll(',', '')}${m[2] ?? ''}`);
    const multiplier = /x|×/i.test(m[4] ?? '') || times(m);
    add(m, base * (m[3] ? (SCALES[m[3].toLowerCase()] ?? 1) : 1), multiplier);
  }
  for (const m of text.matchAll(WORD_NUMBER)) {
    const [first, second, hundred, scale] = [m[1], m[2], m[3], m[4]].map((w) => w?.toLowerCase());
    if (first === 'one' && !second && !hundred && !scale) continue;
    if (!second && !hundred && !scale && SMALL_TALK.test(first ?? '')) {
      if (SMALL_TALK_NEXT.test(text.slice((m.index ?? 0) + m[0].length))) continue;
    }
    let value = (UNITS[first ?? ''] ?? 0) + (UNITS[second ?? ''] ?? 0);
    if (hundred) value *= 100;
    if (scale) value *= SCALES[scale] ?? 1;
    add(m, value, times(m));
  }
  for (const m of text.matchAll(MULTIPLIER)) {
    const word = m[1]?.toLowerCase() ?? '';
    const fold = m[2] ? (UNITS[m[2].toLowerCase()] ?? Number(m[2])) : undefined;
    const value = MULTIPLIERS[word] ?? fold ?? Number.NaN;
    add(m, value, value !== 0.5);
  }
  for (const m of text.matchAll(FRACTION)) {
    const unit = m[1]?.toLowerCase().replace(/s$/, '');
    const part = unit ? { third: 1 / 3, quarter: 0.25, fifth: 0.2, tenth: 0.1 }[unit] : undefined;
    add(m, part === undefined ? Number.NaN : m[0].toLowerCase().startsWith('two') ? 2 * part : part);
  }
  for (const m of text.matchAll(RANK)) add(m, Number.NaN);
  for (const m of text.matchAll(VAGUE)) add(m, Number.NaN);
  // One number, one flag: a later pattern inside an earlier one's words is the same number.
  found.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  return found.filter((n, i) => !found.slice(0, i).some((o) => n.index < o.index + o.text.length));
}

/** Every number must come from the input: by value, or (vague ones) by the same words. */
export function checkNumbers(text: string, field: TextField, facts: InputFacts): RiskFlag[] {
  const flags: RiskFlag[] = [];
  const seen = new Set<string>();
  for (const n of extractNumbers(text)) {
    const sourced = Number.isNaN(n.value)
      ? allWordsIn(n.text, facts.all)
      : n.multiplier
        ? facts.multipliers.has(n.value)
        : facts.numbers.has(n.value) || (n.value < 1 && facts.numbers.has(Math.round(n.value * 100)));
    if (sourced || seen.has(n.text.toLowerCase())) continue;
    seen.add(n.text.toLowerCase());
    const what = Number.isNaN(n.value) ? 'a quantity' : 'a number';
    flags.push(claimFlag('UNSOURCED_NUMBER', 'number', field, n.index, n.text, `${what} that is not in the input`));
  }
  return flags;
}
