/**
 * Numbers in text, normalised to a value so "40 %", "forty percent", "$2M", "2 million",
 * "$2,000,000", "3x" and "three times" compare equal to their input counterparts.
 */
export interface FoundNumber {
  text: string;
  value: number;
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
  hundred: 100,
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
const SCALE_WORDS = 'thousand|million|billion|k|mm|mn|m|bn|b';
const QUANTITY_NOUNS =
  'percent|per cent|%|x|times|fold|customers?|clients?|users?|companies|teams?|brands?|businesses|people|employees|hours?|days?|weeks?|months?|years?|minutes?|dollars?|deals?|leads?|meetings?|countries|offices|hundred|thousand|million|billion';

// Digits not glued to letters (Web3, S3, EC2 and Auth0 are names, not numbers).
const DIGITS = new RegExp(
  `(?<![\\p{L}\\p{N}.,])[$€£]?\\s?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?\\s?(${SCALE_WORDS})?(\\s?%|\\s?percent|x|×)?(?![\\p{L}\\p{N}])`,
  'giu',
);
const WORD_NUMBER = new RegExp(
  `\\b(${Object.keys(UNITS).join('|')})(?:[ -](${Object.keys(UNITS).join('|')}))?\\s+(?:(${SCALE_WORDS})\\s+)?(?=(${QUANTITY_NOUNS})\\b)`,
  'gi',
);

export function extractNumbers(text: string): FoundNumber[] {
  const found: FoundNumber[] = [];
  for (const m of text.matchAll(DIGITS)) {
    const base = Number(`${(m[1] ?? '').replaceAll(',', '')}${m[2] ?? ''}`);
    const scale = m[3] ? (SCALES[m[3].toLowerCase()] ?? 1) : 1;
    found.push({ text: m[0].trim(), value: base * scale });
  }
  for (const m of text.matchAll(WORD_NUMBER)) {
    const first = UNITS[(m[1] ?? '').toLowerCase()] ?? 0;
    const second = m[2] ? (UNITS[m[2].toLowerCase()] ?? 0) : 0;
    const scale = m[3] ? (SCALES[m[3].toLowerCase()] ?? 1) : 1;
    found.push({ text: m[0].trim(), value: (first + second) * scale });
  }
  return found;
}
