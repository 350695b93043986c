import type { RiskFlag } from '@personalizer/shared';
import { containsPhrase, type InputFacts, normalizePhrase } from './facts.ts';

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
    'cheap',
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
    'dont miss out',
    'expires',
    'today only',
    'hurry',
    'before its too late',
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
  pressure: ['no obligation', 'once in a lifetime', '100%', 'no strings attached', 'dont delete', 'final notice'],
};

const ENTRIES = Object.entries(SPAM_PHRASES).flatMap(([category, phrases]) =>
  phrases.map((phrase) => ({ category, phrase: normalizePhrase(phrase) })),
);

/** Spam words, unless the input itself uses the phrase (a goal about a "free trial" may say so). */
export function checkSpam(text: string, facts: InputFacts): RiskFlag[] {
  const normalized = normalizePhrase(text);
  const flags: RiskFlag[] = [];
  for (const { category, phrase } of ENTRIES) {
    if (containsPhrase(normalized, phrase) && !containsPhrase(facts.text, phrase)) {
      flags.push({ code: 'SPAM_PHRASE', severity: 'error', detail: `"${phrase}" (${category})` });
    }
  }
  if (/\${2,}/.test(text)) flags.push({ code: 'SPAM_PHRASE', severity: 'error', detail: '"$$$" (price)' });
  return flags;
}
