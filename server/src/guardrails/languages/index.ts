/** The lexicons of the languages other than English that messages are written in. */
import type { Language } from '@personalizer/shared';
import { de } from './de.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { it } from './it.ts';
import type { Lexicon } from './lexicon.ts';
import { nl } from './nl.ts';
import { pt } from './pt.ts';

export const LEXICONS: Record<Exclude<Language, 'en'>, Lexicon> = { es, fr, de, pt, it, nl };

/** Greetings of languages no message is written in, that an English message may open with ("Habari Wanjiru"). */
export const GREETINGS_ELSEWHERE = [
  'hej',
  'hei',
  'habari',
  'jambo',
  'namaste',
  'salaam',
  'shalom',
  'aloha',
  'kia ora',
  'shwmae',
  'bore da',
  'sawubona',
  'dia dhuit',
  'dia duit',
  'yassou',
  'yassas',
];

export type { CueKind, Lexicon } from './lexicon.ts';
