/**
 * Whether a message is written in the language asked for: models answer in English (or in the
 * lead's language) often enough. Each language is scored by the share of the message's words that
 * are its function words; another language scoring clearly higher is a flag.
 */
import { LANGUAGE_NAMES, type Language, type RiskFlag } from '@personalizer/shared';
import { normalizePhrase } from './facts.ts';
import { variantFlag } from './flag.ts';
import { LEXICONS } from './languages/index.ts';

const ENGLISH =
  'the and to of a in for with that this is are you your we our i it be have would could will can on at from about as an not but or if just was been they their them what how';

const FUNCTION_WORDS: [Language, Set<string>][] = [
  ['en', new Set(ENGLISH.split(' '))],
  ...Object.values(LEXICONS).map((l): [Language, Set<string>] => [l.language, new Set(l.functionWords.split(' '))]),
];

/** Too few words say nothing about their language. */
const MIN_WORDS = 8;

/** Each language's share of the text's words that are its function words; null when too short. */
export function languageShares(text: string): Map<Language, number> | null {
  const words = normalizePhrase(text).split(' ').filter(Boolean);
  if (words.length < MIN_WORDS) return null;
  return new Map(
    FUNCTION_WORDS.map(([language, set]) => [language, words.filter((w) => set.has(w)).length / words.length]),
  );
}

export function checkLanguage(language: Language, text: string): RiskFlag[] {
  const shares = languageShares(text);
  if (!shares) return [];
  const [likely, share] = [...shares].reduce((a, b) => (b[1] > a[1] ? b : a));
  // A clear lead only: borrowed words (names, "CRM", "OK") do not decide it.
  if (likely === language || share < 0.15 || share < 2 * (shares.get(language) ?? 0)) return [];
  return [
    variantFlag(
      'WRONG_LANGUAGE',
      'structure',
      'error',
      `written in ${LANGUAGE_NAMES[likely].english}, not ${LANGUAGE_NAMES[language].english}`,
      'message',
    ),
  ];
}
