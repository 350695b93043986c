/**
 * What the guardrails need to know of a language other than English: its function words (to tell
 * the language a message is in), greetings, next steps, hedges, spam words, number words, and the
 * cue phrases of each claim kind. Patterns are sources over folded text (lower case, no accents),
 * joined with word edges by the checks.
 */
import type { Language } from '@personalizer/shared';

export type CueKind = 'observation' | 'event' | 'pain' | 'social_proof' | 'superlative';

export interface NumberWords {
  /** Words (and compound parts) adding their value: "ocho", "dreissig", "doscientos", "vent". */
  values: Record<string, number>;
  /**
   * Parts that multiply a smaller number before them and add otherwise: "zweihundert" is 200,
   * "achttienhonderd" 1800, "cent vingt" 120, "quatre-vingt" 80.
   */
  factors: Record<string, number>;
  /** Parts that close a group of thousands, millions: "mil", "tausend", "millones". */
  scales: Record<string, number>;
  /** Parts that join others: "y", "und", "et", "e", "en". */
  joins: string[];
  /** Words whose value is 1: alone they are articles ("un", "ein", "een"), not numbers. */
  articles: string[];
  /** Other words that read as numbers but are not ("sei" is "you are" in Italian). */
  ambiguous: string[];
  /** "%" in words: "por ciento", "Prozent". */
  percent: string;
  /** Multipliers, fractions and vague quantities: sourced only by the same words in the input. */
  vague: string;
}

export interface Lexicon {
  language: Exclude<Language, 'en'>;
  /** The language's most frequent function words, space-separated, folded. */
  functionWords: string;
  /** Greetings that open a message, folded: "hola", "buenos dias". */
  greetings: string[];
  /** A next step asked without a question mark: "avisame", "quedamos". */
  nextStep: string;
  /** Words that hedge a clause: it wonders, supposes or asks instead of asserting. */
  hedge: string;
  /**
   * Second-person words ("vuestro", "jullie"): a clause with one speaks of the lead. Folded, except
   * in German, where only the capital tells the polite "Ihre" (yours) from "ihre" (theirs).
   */
  you: string;
  /** Words that generalise ("many teams", "companies like yours"): a pain said of them is no claim about the lead, but a result said of them is social proof. */
  general: string;
  /** Words of a problem (stems): a clause with one, not hedged and not in the input, states a pain. */
  problems: string;
  /** "Already" ("ya", "schon"): others already using the sender's product is social proof. */
  already: string;
  /** Using or trusting a product: with "already", others' use of the sender's product. */
  use: string;
  /** "All", "most", "on average": a result said of them is wider than one customer's proof point. */
  everyone: string;
  /** Spam and pressure phrases (patterns), folded. */
  spam: string[];
  /** "1.200,5" (true) or "1,200.5" (false) in this language's numbers. */
  decimalComma: boolean;
  numbers: NumberWords;
  cues: Record<CueKind, string>;
}
