import type { RiskFlag } from '@personalizer/shared';
import { containsPhrase, type InputFacts, normalizePhrase } from './facts.ts';
import { extractNumbers } from './numbers.ts';
import { PLACEHOLDER } from './required.ts';

/** Every number must come from the input (compared by value, so formats may differ). */
export function checkNumbers(text: string, facts: InputFacts): RiskFlag[] {
  const seen = new Set<number>();
  const flags: RiskFlag[] = [];
  for (const n of extractNumbers(text)) {
    if (facts.numbers.has(n.value) || seen.has(n.value)) continue;
    seen.add(n.value);
    flags.push({ code: 'UNSOURCED_NUMBER', severity: 'error', detail: `the number ${n.text} is not in the input` });
  }
  return flags;
}

/** Claim phrases by kind: customers, funding, awards and rankings. */
const CLAIM_PHRASES: Record<string, string[]> = {
  customers: [
    'trusted by',
    'used by',
    'our customers include',
    'our clients include',
    'customers like',
    'clients like',
    'companies like',
    'brands like',
    'helped companies',
    'partnered with',
    'our partners',
  ],
  funding: [
    'we raised',
    'just raised',
    'recently raised',
    'raised funding',
    'raised a round',
    'series a',
    'series b',
    'series c',
    'series d',
    'seed round',
    'funding round',
    'backed by',
    'valuation',
    'unicorn',
    'ipo',
  ],
  awards: [
    'award winning',
    'award',
    'awards',
    '#1',
    'number one',
    'industry leading',
    'market leading',
    'a leading',
    'the leading',
    'market leader',
    'industry leader',
    'best in class',
    'top rated',
    'world class',
    'ranked',
    'gartner',
    'forrester',
    'fastest growing',
    'recognized by',
  ],
};
const CLAIMS = Object.entries(CLAIM_PHRASES).flatMap(([kind, phrases]) =>
  phrases.map((phrase) => ({ kind, phrase: normalizePhrase(phrase) })),
);

// Capitalised words that name nobody: greetings, sign-offs, calendar words, common acronyms.
const ORDINARY = new Set(
  (
    'i hi hello hey dear thanks thank best regards cheers kind warm greetings ps ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december ' +
    'ai api apis b2b b2c crm erp roi kpi kpis saas sql ml ux ui vp ceo cto cfo coo cmo cro svp evp gtm sdr sdrs qa faq it hr ops devops'
  ).split(' '),
);
const CAPITALISED = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}&'’-]*)/gu;

/** Proper nouns that are not in the input: a capitalised word not starting a sentence or line. */
function unsourcedNames(text: string, facts: InputFacts): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(CAPITALISED)) {
    const word = m[1] ?? '';
    const before = text.slice(0, m.index).trimEnd();
    if (before === '' || /[.!?:\n—–-]$/.test(before) || /\n\s*$/.test(text.slice(0, m.index))) continue;
    // Contractions count by their first part: "I'm" is "I".
    const key = normalizePhrase(word.split(/['’]/)[0] ?? word);
    if (!key || ORDINARY.has(key) || key.split(' ').every((w) => facts.words.has(w))) continue;
    names.push(word);
  }
  return names;
}

/** Claims about customers, funding, awards and names that the input does not state. */
export function checkClaims(text: string, facts: InputFacts): RiskFlag[] {
  const normalized = normalizePhrase(text);
  const flags: RiskFlag[] = [];
  for (const { kind, phrase } of CLAIMS) {
    if (containsPhrase(normalized, phrase) && !containsPhrase(facts.text, phrase)) {
      flags.push({ code: 'UNSOURCED_CLAIM', severity: 'error', detail: `"${phrase}" (${kind}) is not in the input` });
    }
  }
  // Placeholders are flagged on their own; their words are not names.
  const withoutSlots = text.replace(new RegExp(PLACEHOLDER, 'gi'), ' ');
  for (const name of new Set(unsourcedNames(withoutSlots, facts))) {
    flags.push({ code: 'UNSOURCED_CLAIM', severity: 'error', detail: `the name "${name}" is not in the input` });
  }
  return flags;
}
