import type { RiskFlag, TextField } from '@personalizer/shared';
import { containsPhrase, type InputFacts, normalizePhrase } from './facts.ts';
import { claimFlag } from './flag.ts';
import { fold, phraseBody, stem } from './text.ts';

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
    'you have been selected',
    'you won',
    'amazing offer',
    'special promotion',
  ],
  pressure: ['no obligation', 'once in a lifetime', '100%', 'no strings attached', "don't delete", 'final notice'],
};

const ENTRIES = Object.entries(SPAM_PHRASES).flatMap(([category, phrases]) =>
  phrases.map((phrase) => ({ category, phrase: normalizePhrase(phrase) })),
);

// Every phrase in one pass: one group per phrase, word edges checked once around them all (the
// leading \\b lets the engine skip positions inside words before the slower Unicode look-behind);
// "you won't" is no "you won".
const PHRASES = new RegExp(
  `\\b(?<![\\p{L}\\p{N}])(?:${ENTRIES.map((e) => `(${phraseBody(e.phrase)})`).join('|')})(?![\\p{L}\\p{N}]|['’]t\\b)`,
  'gu',
);

const AVAILABLE =
  /\bfree (?:dates?|slots?|days?|weekends?|evenings?|afternoons?|mornings?|spots?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b|\b(?:be|you'?re|i'?m|are|is|am|you|feel) free\b|\b(?:next|first|any) free\b|\bfree (?:for a|for \d+|to (?:chat|talk|meet|connect|reach)|this|next|on|at|tomorrow|today|up)\b/;

// "at a discount" for the proof point "Discounted for registered charities": one word, by its stem.
const sourced = (phrase: string, facts: InputFacts) =>
  containsPhrase(facts.all.text, phrase) || (!phrase.includes(' ') && facts.all.stems.has(stem(phrase)));

const WITHOUT = /(?<!\b(?:risk|cost|charge|fee|commission|interest|tax|duty|hassle|worry|stress))-$/i;
const PRAISED = /\b(?:sounds?|looks?|seems?) like (?:a|a real|an absolute) $/i;
/**
 * A spam word in another sense, read from the words around it (`at`: where it stands in `text`) and
 * from the input.
 */
const OTHER_SENSE: Record<string, (text: string, at: number, facts: InputFacts) => boolean> = {
  // "Would you be free for a call?": free as in available; "gluten-free", "hands-free": without something;
  // "Commission-free bookings" for the proof point "No commission on bookings": the input's own "no X".
  free: (text, at, facts) =>
    AVAILABLE.test(fold(text.slice(Math.max(0, at - 12), at + 16))) ||
    WITHOUT.test(text.slice(Math.max(0, at - 12), at)) ||
    deniedByInput(text, at, facts),
  // "Nut butter at the markets sounds like a winner": the writer's praise, no prize.
  winner: (text, at) => PRAISED.test(text.slice(Math.max(0, at - 24), at)),
  // "…alerts you sixty days before anything expires": when something lapses, no deadline pressed.
  expires: (text, at) =>
    /\b(?:before|when|until|once|if|whenever)\b[^.!?\n]{0,30}$/i.test(text.slice(Math.max(0, at - 40), at)),
};
function deniedByInput(text: string, at: number, facts: InputFacts): boolean {
  const what = /(\p{L}+)-$/u.exec(text.slice(Math.max(0, at - 24), at))?.[1];
  return (
    what !== undefined &&
    ['no', 'zero', 'without'].some((none) => containsPhrase(facts.all.text, `${none} ${fold(what)}`))
  );
}
/** Spam words, unless the input itself uses the phrase (a goal about a "free trial" may say so). */
export function checkSpam(text: string, field: TextField, facts: InputFacts): RiskFlag[] {
  const flags: RiskFlag[] = [];
  const seen = new Set<string>();
  for (const m of fold(text).matchAll(PHRASES)) {
    const entry = ENTRIES[m.slice(1).findIndex((g) => g !== undefined)];
    if (!entry || seen.has(entry.phrase) || sourced(entry.phrase, facts)) continue;
    if (OTHER_SENSE[entry.phrase]?.(text, m.index, facts)) continue;
    seen.add(entry.phrase);
    const words = text.slice(m.index, m.index + m[0].length);
    flags.push(
      claimFlag('SPAM_PHRASE', 'spam', field, m.index, words, `a ${entry.category} phrase that reads as spam`),
    );
  }
  const dollars = /\${2,}/.exec(text);
  if (dollars)
    flags.push(claimFlag('SPAM_PHRASE', 'spam', field, dollars.index, dollars[0], 'a price phrase that reads as spam'));
  return flags;
}
