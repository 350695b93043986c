import type { RiskFlag, TextField } from '@personalizer/shared';
import { containsPhrase, type InputFacts, normalizePhrase } from './facts.ts';
import { claimFlag } from './flag.ts';
import { fold, phrasePattern } from './text.ts';

/** Spam and pressure phrases by category, written as they read; matched as whole words. */
export const SPAM_PHRASES: Record<string, string[]> = {
  guarantee: ['guaranteed', 'guarantee', 'we guarantee', 'money back'],
  price: [
    'free',
    'for free',
    'risk free',
    'no cost',
    'zero cost',
    'at no charge',
    'lowest price',
    'discount',
    '100% free',
  ],
  urgency: [
    'act now',
    'limited time',
    'urgent',
    'urgently',
    'asap',
    'last chance',
    "don't miss out",
    'expires',
    'today only',
    'hurry',
    "before it's too late",
    'while supplies last',
  ],
  clickbait: [
    'click here',
    'click below',
    'winner',
    'congratulations',
    'you have been selected',
    'you won',
    'amazing offer',
    'special promotion',
  ],
  pressure: ['no obligation', 'once in a lifetime', '100%', 'no strings attached', "don't delete", 'final notice'],
};

const ENTRIES = Object.entries(SPAM_PHRASES).flatMap(([category, phrases]) =>
  phrases.map((phrase) => ({ category, phrase: normalizePhrase(phrase), pattern: phrasePattern(phrase, '') })),
);

/** Spam words, unless the input itself uses the phrase (a goal about a "free trial" may say so). */
// One pass says whether any phrase is there at all; most messages have none.
const ANY = new RegExp(ENTRIES.map((e) => e.pattern.source).join('|'), 'u');

export function checkSpam(text: string, field: TextField, facts: InputFacts): RiskFlag[] {
  const folded = fold(text);
  const flags: RiskFlag[] = [];
  if (!ANY.test(folded) && !text.includes('$$')) return flags;
  for (const { category, phrase, pattern } of ENTRIES) {
    const m = pattern.exec(folded);
    if (!m || containsPhrase(facts.all.text, phrase)) continue;
    const words = text.slice(m.index, m.index + m[0].length);
    flags.push(claimFlag('SPAM_PHRASE', 'spam', field, m.index, words, `a ${category} phrase that reads as spam`));
  }
  const dollars = /\${2,}/.exec(text);
  if (dollars)
    flags.push(claimFlag('SPAM_PHRASE', 'spam', field, dollars.index, dollars[0], 'a price phrase that reads as spam'));
  return flags;
}
