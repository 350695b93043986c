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

export type { CueKind, Lexicon } from './lexicon.ts';
