import {
  type Evidence,
  type Language,
  type MessageSlot,
  type PersonalizeRequest,
  type RiskFlag,
  withoutOptOut,
} from '@personalizer/shared';
import type { Draft } from '../generation/types.ts';
import { findEvidence } from './evidence.ts';
import { type InputFacts, normalizePhrase } from './facts.ts';
import { claimFlag, variantFlag } from './flag.ts';
import { GREETINGS_ELSEWHERE, LEXICONS } from './languages/index.ts';
import { withDigits } from './numbers.ts';
import { escapeRegExp, FUNCTION_WORDS, fold, GENERIC, stem } from './text.ts';

/** Template slots a model may leave behind: [Your Name], {{company}}, <first name>. */
export const PLACEHOLDER = /\[[^\]\n]{1,40}\]|\{\{?[^}\n]{1,40}\}\}?|<[a-z _]{2,30}>/i;

const GREETINGS = [
  'hi',
  'hello',
  'hey',
  'dear',
  'good morning',
  'good afternoon',
  'good evening',
  // "Good day Ngozi,": a Nigerian and South African opening.
  'good day',
  'greetings',
  'hi there',
  // "G'day", as Australians open.
  'gday',
  'hiya',
  'howzit',
  'hola',
  'howdy',
];

// An English message may open in the lead's or the writer's own language: "Bonjour Mathis", "Habari Wanjiru".
const WORLD_GREETINGS = [...Object.values(LEXICONS).flatMap((lexicon) => lexicon.greetings), ...GREETINGS_ELSEWHERE];

/** The greetings of a language, listed once: English ones ("Hi", "Hey") are used everywhere. */
const GREETINGS_OF = new Map<Language, string[]>([
  ['en', [...GREETINGS, ...WORLD_GREETINGS]],
  ...Object.values(LEXICONS).map((l): [Language, string[]] => [l.language, [...l.greetings, ...GREETINGS]]),
]);
const greetingsOf = (language: Language) => GREETINGS_OF.get(language) ?? GREETINGS;
// A formal opening's greeting words, as one pattern per language: "Dear", "Sehr geehrte", "Gentile".
const FORMAL_OPENING = new Map<Language, string>(
  [...GREETINGS_OF].map(([language, greetings]) => [
    language,
    [...greetings, 'sehr geehrte', 'sehr geehrter', 'geachte', 'madame', 'monsieur', 'egregio', 'gentile']
      .map(escapeRegExp)
      .join('|'),
  ]),
);

/** "Hi", "Hello", "Dear", "Hola", … at the start, whoever it greets. */
export function opensWithGreeting(message: string, language: Language = 'en'): boolean {
  const opening = normalizePhrase(message.slice(0, 40));
  return greetingsOf(language).some((g) => opening === g || opening.startsWith(`${g} `));
}

const HONORIFIC = '(?:dr|mr|mrs|ms|mx|prof|professor|sr|sra|srta|herr|frau|mme|mlle|m|dott|dottssa|dhr|mevr)';
// Titles used with a first name: clergy, kitchens, teams, ships.
const TITLE = '(?:pastor|father|fr|rev|reverend|rabbi|imam|sister|brother|chef|coach|captain|capt|doctor|dr|prof)';

/**
 * "Hi Dana", "Hola Dana", "Dear Dana" or "Dana," near the start (emoji before it allowed), or any one
 * to three words before the name and a pause ("Now then Shane,"); or, as formal letters open, the title
 * and surname: "Dear Dr. Whitfield", "Dr. Zhou,", "Sehr geehrte Frau Weber", "Dear Tanaka-san".
 */
export function hasGreeting(message: string, firstName: string, language: Language = 'en', lastName?: string): boolean {
  const opening = normalizePhrase(message.slice(0, 80));
  const names = [firstName, ...(lastName ? [lastName] : [])].map(normalizePhrase);
  const name = names[0] ?? '';
  if (
    opening.startsWith(`${name} `) ||
    opening === name ||
    greetingsOf(language).some((g) => opening.startsWith(`${g} ${name}`))
  )
    return true;
  // "Hi Pastor Eli", "Dear Fr. Michael": a title before the first name.
  if (new RegExp(`^(?:(?:${FORMAL_OPENING.get(language)}) )?${TITLE} ${escapeRegExp(name)}\\b`).test(opening))
    return true;
  // "Now then Shane,", "Morning Dana!": greeting words of any region before the name and a pause.
  if (name && greetedByName(message, name)) return true;
  const surname = lastName ? normalizePhrase(lastName) : null;
  if (!surname) return false;
  const formal = new RegExp(
    `^(?:(?:${FORMAL_OPENING.get(language)}) )?(?:${HONORIFIC}|${TITLE}) ${escapeRegExp(surname)}\\b`,
  );
  // "Dear Tanaka-san": the surname with a Japanese honorific after it.
  const suffixed = new RegExp(
    `^(?:(?:${FORMAL_OPENING.get(language)}) )?${escapeRegExp(surname)} (?:san|sama|sensei)\\b`,
  );
  return formal.test(opening) || suffixed.test(opening);
}

// The message's opening: up to three words (a hyphen parts them too: "Assalam-o-Alaikum"), as few as
// let a pause follow, the name greeted ("Hyun-woo"), maybe an honorific after it ("Farhan sahib"),
// and a pause: a stop, a line break, an emoji or the end. "Mālō e lelei Ana!", "Morning Tamsin 🍏",
// "Sæll Björn.", "Alright Jenna?".
const OPENING_GREETING =
  /^[^\p{L}]*(?:[\p{L}'’]+(?:[^\S\n]+|-)){1,3}?(\p{L}[\p{L}'’-]*)(?: (?:sahib|saheb|ji|san|sama|bey|hanim|khanum))?[^\S\n]*(?:[,!.?—–:]|\p{Extended_Pictographic}|\n|$)/iu;

/** The word an opening greets (`name`, ending at `nameEnd`) and where the greeting ends; null if it opens otherwise. */
export function openingGreeting(message: string): { name: string; nameEnd: number; end: number } | null {
  const m = OPENING_GREETING.exec(message.slice(0, 60));
  if (!m) return null;
  const name = m[1] ?? '';
  return { name, nameEnd: m[0].lastIndexOf(name) + name.length, end: m[0].length };
}

/** The opening greets the lead by `name` (normalized; "Mary Ann" may end the greeted words). */
function greetedByName(message: string, name: string): boolean {
  const greeting = openingGreeting(message);
  return greeting !== null && ` ${normalizePhrase(message.slice(0, greeting.nameEnd))}`.endsWith(` ${name}`);
}

const CTA =
  /\?|\b(happy to (?:connect|chat|talk|compare notes|swap notes|share notes)|would value connecting|glad to (?:connect|chat|talk)|love to chat|worth connecting|happy to connect|glad to connect|would (?:welcome|value|appreciate) the connection|let'?s connect|love to connect|let me know|would you be open|are you open|open to|worth a|happy to (send|share|walk)|can i send|shall we|reply|book a|schedule a|grab (a|some) time|grab \d+ minutes|give me \d+ minutes|find a time|interested in a|would be (?:most |very )?grateful for|kindly (?:advise|let me know|suggest)|(?:a|at a|any) (?:time|day) convenient|convenient time|please let me know|would welcome (?:a|the)|may i (?:ask|request|suggest|propose))\b/i;
// "I'd welcome a 30-minute call", "Happy to run you through it over the phone", "I can do 20 minutes on
// Tuesday", "15 minutes Thursday at 2 works on my end": a call offered in a statement is a next step too.
const OFFERED_CALL =
  /\b(?:i['’]d|i would|i can|i could|happy to|glad to|keen to)\b[^.?!\n]{0,50}\b(?:call|chat|demo|meeting|conversation|walkthrough|walk-through|phone|\d+ minutes|minutes|visit)\b|\bwhenever (?:suits|works)\b|\b(?:works|suits) (?:for me|on my end|on my side)\b/i;
const NEXT_STEPS = new Map<Language, RegExp>(
  Object.values(LEXICONS).map((l) => [l.language, new RegExp(`(?<![\\p{L}])(?:${l.nextStep})(?![\\p{L}])`, 'u')]),
);

/** A question, or a next step in the message's language ("avísame", "lass uns telefonieren"). */
export function hasCallToAction(message: string, language: Language = 'en'): boolean {
  return CTA.test(message) || OFFERED_CALL.test(message) || (NEXT_STEPS.get(language)?.test(fold(message)) ?? false);
}

/** Lead facts that show why this lead: the goal and the sender's own facts do not count. */
const RELEVANT = new Set<Evidence['source']>(['keyword', 'summary', 'title', 'tech_stack', 'company']);

/** What each part must hold: a whole message all three, an opener no question, a CTA only the question. */
const REQUIRES: Record<MessageSlot, { greeting: boolean; cta: boolean; relevance: boolean }> = {
  FULL: { greeting: true, cta: true, relevance: true },
  OPENER: { greeting: true, cta: false, relevance: true },
  BODY: { greeting: false, cta: false, relevance: false },
  CTA: { greeting: false, cta: true, relevance: false },
  PS: { greeting: false, cta: false, relevance: true },
};

/** Stems of the sender's offer and proof points and of the goal: words that show nothing of the lead. */
function sendersWords(request: PersonalizeRequest, facts: InputFacts): Set<string> {
  const others = new Set([...facts.sender.stems, ...facts.proofPoints.flatMap((p) => [...p.stems])]);
  for (const word of normalizePhrase(request.goal).split(' ')) others.add(stem(word));
  return others;
}

/**
 * The company by the first words people call it ("Maple Ridge" for "Maple Ridge Unified School
 * District"), by a word of its name that tells its trade ("your gutter jobs" for "Marsh Gutter Care"),
 * or a figure from its summary ("all 24 of yours" for "24-lane"): the message is about this lead.
 */
function namesTheLead(request: PersonalizeRequest, message: string, others: Set<string>): boolean {
  const text = ` ${normalizePhrase(message)} `;
  const company = normalizePhrase(request.lead.company_name ?? '')
    .split(' ')
    .filter(Boolean);
  const short = company.slice(0, 2).join(' ');
  if (company.length > 2 && short.length >= 6 && text.includes(` ${short} `)) return true;
  // "…for Fenwick?" for "Fenwick Logistics": the first word of the name, written as a name.
  const head = request.lead.company_name?.split(/\s+/)[0] ?? '';
  const word = company[0] ?? '';
  if (
    company.length > 1 &&
    word.length >= 5 &&
    !GENERIC.has(word) &&
    text.includes(` ${word} `) &&
    message.includes(head)
  )
    return true;
  // A later word of the name ("sweeps", "bonsai"), or any the summary also holds ("your šakotis"): a
  // family name first ("Marsh") is an ordinary word too, so it counts only as a name, above.
  const summary = normalizePhrase(request.company_context.summary ?? '');
  const said = new Set(text.split(' ').map(stem));
  const trade = (w: string, i: number) =>
    w.length >= 3 &&
    !GENERIC.has(w) &&
    !FUNCTION_WORDS.has(w) &&
    !others.has(stem(w)) &&
    said.has(stem(w)) &&
    (i > 0 || ` ${summary} `.includes(` ${w} `));
  if (company.length > 1 && company.some(trade)) return true;
  // "your three balloons" for "3 balloons": a count of two or more, not the length of the call asked for.
  const figures = (s: string) =>
    new Set(normalizePhrase(withDigits(s)).match(/\b(?!0|1\b)\d+\b(?! (?:min|mins|minute|minutes|hour|hours)\b)/g));
  const theirs = figures(request.company_context.summary ?? '');
  return [...figures(message)].some((n) => theirs.has(n) && !others.has(n));
}

/**
 * Words only the lead's summary or keywords hold, said in the message: two of them ("Stockfish headed
 * for Italy" for "exports stockfish to Italy"), or one name the summary capitalises ("sweeps across
 * Donegal"). The sender's offer, proof points and the goal share none of them.
 */
function usesLeadsOwnWords(request: PersonalizeRequest, message: string, others: Set<string>): boolean {
  const { summary, keywords } = request.company_context;
  const theirs = [summary ?? '', ...keywords].join(' . ');
  const distinctive = (word: string) =>
    word.length >= 3 && !GENERIC.has(word) && !FUNCTION_WORDS.has(word) && !others.has(stem(word));
  const said = new Set(normalizePhrase(message).split(' ').map(stem));
  const shared = new Set(
    normalizePhrase(theirs)
      .split(' ')
      .filter((w) => distinctive(w) && said.has(stem(w)))
      .map(stem),
  );
  if (shared.size >= 2) return true;
  // A name mid-sentence in the summary: "…in Hilo", "…across County Donegal", "…across the GTA".
  const names = theirs.match(/(?<=[\p{L},;] )\p{Lu}(?:\p{Ll}{2,}|\p{Lu}{2,})/gu) ?? [];
  return names.some((name) => shared.has(stem(normalizePhrase(name))));
}

export function checkRequired(request: PersonalizeRequest, variant: Draft, facts: InputFacts): RiskFlag[] {
  const flags: RiskFlag[] = [];
  const requires = REQUIRES[request.slot];
  // The name a person would greet: "Dr. Amara" is greeted as Amara, "Katherine (Kate)" as Kate.
  const first = facts.greeting;
  if (requires.greeting && !hasGreeting(variant.message, first, request.language, request.lead.last_name)) {
    flags.push(
      variantFlag('MISSING_GREETING', 'structure', 'error', `no greeting with ${first} at the start`, 'message'),
    );
  }
  // "Reply STOP to opt out" asks for no next step.
  const asks = request.channel === 'SMS' ? withoutOptOut(variant.message) : variant.message;
  if (requires.cta && request.slot === 'CTA' && !asks.includes('?')) {
    flags.push(
      variantFlag('MISSING_CTA', 'structure', 'error', 'a call to action is phrased as a question', 'message'),
    );
  } else if (requires.cta && !hasCallToAction(asks, request.language)) {
    flags.push(variantFlag('MISSING_CTA', 'structure', 'error', 'no question or clear next step', 'message'));
  }
  // A summary alone is too long to require; a message may still show relevance through it.
  const nameable = facts.facts.filter((f) => RELEVANT.has(f.source) && f.source !== 'summary');
  if (requires.relevance && nameable.length > 0 && findEvidence(variant, facts, RELEVANT, true).length === 0) {
    const others = sendersWords(request, facts);
    if (!namesTheLead(request, variant.message, others) && !usesLeadsOwnWords(request, variant.message, others)) {
      flags.push(
        variantFlag(
          'MISSING_RELEVANCE',
          'structure',
          'error',
          'uses no fact about the lead (company summary or keywords, title, tech stack or company)',
        ),
      );
    }
  }
  for (const [field, text] of [
    ['subject', variant.subject ?? ''],
    ['message', variant.message],
  ] as const) {
    const placeholder = PLACEHOLDER.exec(text);
    if (placeholder) {
      flags.push(
        claimFlag(
          'UNFILLED_PLACEHOLDER',
          'placeholder',
          field,
          placeholder.index,
          placeholder[0],
          'a placeholder left in the text',
        ),
      );
    }
  }
  return flags;
}
