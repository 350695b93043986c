/**
 * Whether a message is written in the language asked for: models answer in English (or in the
 * lead's language) often enough. Each language is scored by the share of the message's words that
 * are its function words; another language scoring clearly higher is a flag.
 */
import { LANGUAGE_NAMES, type Language, type RiskFlag } from '@personalizer/shared';
import { variantFlag } from './flag.ts';
import { LEXICONS } from './languages/index.ts';
import { fold } from './text.ts';

const ENGLISH =
  'the and to of a in for with that this is are you your we our i it be have would could will can on at from about as an not but or if just was been they their them what how';

const LANGUAGE_LIST: [Language, string][] = [
  ['en', ENGLISH],
  ...Object.values(LEXICONS).map((l): [Language, string] => [l.language, l.functionWords]),
];
/** Each function word with the languages it belongs to: one lookup per word of a message. */
const FUNCTION_WORDS = new Map<string, Language[]>();
for (const [language, words] of LANGUAGE_LIST) {
  for (const word of words.split(' ')) FUNCTION_WORDS.set(word, [...(FUNCTION_WORDS.get(word) ?? []), language]);
}

/** Too few words say nothing about their language. */
const MIN_WORDS = 8;

/** Each language's share of the text's words that are its function words; null when too short. */
export function languageShares(text: string): Map<Language, number> | null {
  // The opening says it: a message is written in one language, and the check runs on every variant.
  const words =
    fold(text)
      .slice(0, 400)
      .match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return null;
  const shares = new Map<Language, number>(LANGUAGE_LIST.map(([language]) => [language, 0]));
  for (const word of words) {
    for (const language of FUNCTION_WORDS.get(word) ?? []) shares.set(language, (shares.get(language) ?? 0) + 1);
  }
  for (const [language, n] of shares) shares.set(language, n / words.length);
  return shares;
}

// Spanish opens its questions with ¿ and ¡, letters or not.
const NON_ASCII_LETTER = /(?![a-z])\p{L}|[¿¡]/iu;

export function checkLanguage(language: Language, text: string): RiskFlag[] {
  // Asked for English, text without a letter beyond ASCII is English enough (curly quotes, dashes and
  // emoji aside): the others write accents in nearly every message, and the check runs on every variant.
  if (language === 'en' && !NON_ASCII_LETTER.test(text)) return [];
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
