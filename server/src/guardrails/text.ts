/**
 * How the grounding checks read text: sentences with their offsets, word forms compared loosely
 * (case, accents, plurals, possessives), and the signals that make a sentence a question or a
 * hedge rather than an assertion.
 */
import { matchesByPlan, mayMatch, planFor } from './alternation.ts';

export interface Sentence {
  text: string;
  /** fold(text), computed once: every check reads it. */
  folded: string;
  /** The whole field, folded, with each pattern's matches in it found once for all its sentences. */
  field: { folded: string; text: string; matches: Map<RegExp, RegExpMatchArray[]> };
  /** Offset of text[0] in the field. */
  start: number;
  question: boolean;
}

// A sentence ends at . ! ? … (with closing quotes) before a space or the end, or at a line break;
// "1.2 GW" and "acme.com" go on.
// Words in quotes are someone else's: a quoted question (“do you still have it?”) asks nothing.
const QUOTED = /[“"][^”"]*[”"]/g;
const unquoted = (text: string) => text.replace(QUOTED, '');
// An emoji before a capital ends one too: "…must fill up fast 🍁 TableBook is…".
const BOUNDARY = /[.!?…]+[”’"')\]]*(?=\s|$)|\n|\p{Extended_Pictographic}\uFE0F?(?=[ \t]+\p{Lu})/gu;
// Abbreviations whose full stop ends no sentence: "Acme Inc. ships", "Dr. Okafor".
const ABBREVIATION =
  /(?:^|[\s(])(?:inc|ltd|co|corp|llc|dr|mr|mrs|ms|mx|prof|st|vs|etc|e\.g|i\.e|no|approx|dept|est|jr|sr)$/i;

export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const field = { folded: fold(text), text, matches: new Map<RegExp, RegExpMatchArray[]>() };
  let from = 0;
  const push = (end: number) => {
    const raw = text.slice(from, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (/[\p{L}\p{N}]/u.test(trimmed)) {
      const start = from + lead;
      const folded = field.folded.slice(start, start + trimmed.length);
      const question = /\?[”’"')\]]*$/.test(unquoted(trimmed));
      out.push({ text: trimmed, folded, field, start, question });
    }
  };
  for (const m of text.matchAll(BOUNDARY)) {
    if (m[0] === '.' && ABBREVIATION.test(text.slice(Math.max(from, (m.index ?? 0) - 6), m.index))) continue;
    const end = (m.index ?? 0) + m[0].length;
    push(end);
    from = end;
  }
  push(text.length);
  return out;
}

/**
 * Lower case, accents and curly quotes folded, for comparing words. Keeps the length, so offsets
 * found in the folded text are offsets in the original.
 */
export function fold(text: string): string {
  // A message is folded by several checks in turn: the last few long texts are kept.
  return text.length < 40 ? foldText(text) : foldRecent(text);
}

/**
 * `read` with up to `size` recent results kept, by text: a variant is read by several checks in turn, a
 * word in every message. Kept in two halves, the older dropped whole when the newer fills: deleting a
 * Map's oldest key one by one costs ~17 µs a call once it is full (the holes are walked), this ~0.2.
 */
export function lastFew<T>(read: (text: string) => T, size = 8): (text: string) => T {
  const half = Math.ceil(size / 2);
  let recent = new Map<string, T>();
  let older = new Map<string, T>();
  return (text) => {
    let result = recent.get(text);
    if (result === undefined) {
      result = older.get(text) ?? read(text);
      if (recent.size >= half) {
        older = recent;
        recent = new Map();
      }
      recent.set(text, result);
    }
    return result;
  };
}
const foldRecent = lastFew(foldText);

function foldText(text: string): string {
  const lower = text.toLowerCase();
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range is the point
  if (!/[^\u0000-\u007f]/.test(text)) return fullEndings(text, lower);
  // Rare characters whose lower case is longer ("İ") are kept as they are, one by one.
  const base = lower.length === text.length ? lower : text;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range is the point
  return fullEndings(text, base.replace(/[^\u0000-\u007f]/gu, foldChar));
}

// "gettin'" reads as "getting": the apostrophe stands for the g, so offsets stay. A capitalised
// word keeps its spelling: "Rollin' Kitchen" is a name.
const DROPPED_G = /(?<![\p{L}'’])\p{Ll}\p{L}+in['’](?!\p{L})/gu;
function fullEndings(text: string, folded: string): string {
  if (!folded.includes("in'")) return folded;
  let out = folded;
  for (const m of text.matchAll(DROPPED_G)) {
    const at = m.index + m[0].length - 1;
    out = `${out.slice(0, at)}g${out.slice(at + 1)}`;
  }
  return out;
}

const folds = new Map<string, string>();
function foldChar(c: string): string {
  let folded = folds.get(c);
  if (folded === undefined) {
    const f = c.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘`]/g, "'");
    folded = f.length === c.length ? f : c;
    folds.set(c, folded);
  }
  return folded;
}

const IRREGULAR: Record<string, string> = {
  fell: 'fall',
  fallen: 'fall',
  grew: 'grow',
  grown: 'grow',
  rose: 'rise',
  risen: 'rise',
};

/** A word's comparable form: folded, possessive and plural endings removed ("teams'" ~ "team"). */
export function stem(word: string): string {
  let w = fold(word).replace(/'s?$/, '');
  // "membership has fallen" for "membership fell": a verb's irregular forms are one word.
  const base = IRREGULAR[w];
  if (base) return base;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(ches|shes|sses|xes|zes)$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  // "conversion" ~ "converted": a result named as a noun or a verb.
  if (w.endsWith('version')) return `${w.slice(0, -5)}rt`;
  // "certification" ~ "certified": "certifi" either way.
  if (w.length > 9 && w.endsWith('ification')) return w.slice(0, -6);
  // "added" ~ "adding": a doubled consonant before "ed" in a short word.
  if (/^[aeiou](\p{L})\1ed$/u.test(w)) return w.slice(0, -2);
  // "western" ~ "west": "in the West" for "in the western US".
  if (/^(?:north|south)?(?:east|west)ern$|^(?:north|south)ern$/.test(w)) return w.slice(0, -3);
  // "opening" ~ "opened" ~ "open": verb endings fold too (a doubled consonant stays: "running" ~ "runn").
  if (w.length > 5) {
    if (w.endsWith('ing')) w = w.slice(0, -3);
    else if (w.endsWith('ed')) w = w.slice(0, -2);
  }
  return w;
}

/** Words that hedge: the sentence wonders or generalises instead of asserting about the lead. */
// "customers ringing to ask if their bike's ready": a question someone else asks hedges nothing.
const HEDGE =
  /\b((?<!\b(?:asking|asks|checking|questioning|doubting|(?:ringing|calling|ring|call|phoning|phone|writing|texting) to ask)\s)(?:if|whether)|might|may|maybe|perhaps|possibly|likely|probably|can (?:be|feel|pile|stack|creep|add|slip|turn|(?:get|become)(?! (?:to|through|back|on|it|them|you|your|in|round|around|ahead)\b))|i'?d say|chances are|could|often|usually|typically|tend to|tends to|common(ly)?|in case|curious|(?<!\bno )wonder(ing)?|not sure|any chance|i'?d guess|guessing|hard to say|for many|for a lot of|many teams|some teams|lots of teams|teams like yours|teams in your|companies like yours|companies your size|folks in your|people in your|others in your|your peers|happy to(?! (?:see|hear|read|learn)\b)|would love to|seems like|seems to|appears to)\b/i;

export function isHedged(sentence: string): boolean {
  return HEDGE.test(fold(sentence));
}

/** The clause a claim stands in: "We're used by 210 cities, which simplifies review" → its first part. */
export function clauseAt(sentence: Sentence, index: number): string {
  const at = index - sentence.start;
  const after = sentence.text.slice(at).search(CLAUSE_END);
  return clauseBefore(sentence, index) + sentence.text.slice(at, after < 0 ? undefined : at + after);
}
const CLAUSE_END = /[;:—–]|,(?=\s)/;

/** What follows `index`'s clause in its sentence, folded, from the mark that ends it ('' when none does). */
export function clauseAfter(sentence: Sentence, index: number): string {
  const at = index - sentence.start;
  const end = sentence.folded.slice(at).search(CLAUSE_END);
  return end < 0 ? '' : sentence.folded.slice(at + end);
}

/** The words of `index`'s clause that stand before it. Commas inside numbers ("2,300") break no clause. */
export function clauseBefore(sentence: Sentence, index: number): string {
  const before = sentence.text.slice(0, index - sentence.start);
  return before.slice(before.search(/(?:[;:—–]|,(?=\s|$))(?!.*(?:[;:—–]|,\s))/) + 1);
}

export interface Hit {
  /** Offset in the field. */
  index: number;
  /** The original words. */
  text: string;
  /** The regex groups, folded. */
  groups: (string | undefined)[];
}

/** Matches of a (global, lower-case) pattern in a sentence, as words of the original field. */
// RegExp.source builds a new string on every read: ask each pattern once.
const anchored = new WeakMap<RegExp, boolean>();
const isAnchored = (pattern: RegExp) => {
  let a = anchored.get(pattern);
  if (a === undefined) {
    a = pattern.source.startsWith('^');
    anchored.set(pattern, a);
  }
  return a;
};

/**
 * Every match of a global pattern: exec in a loop, cheaper than spreading matchAll's iterator. None
 * when `within` (the text, or the field a sentence stands in: read once for all its sentences) lacks
 * words every match needs.
 */
export function matchesOf(pattern: RegExp, text: string, within = text): RegExpExecArray[] {
  const plan = planFor(pattern);
  if (plan) return matchesByPlan(plan, text, within);
  const out: RegExpExecArray[] = [];
  if (!mayMatch(pattern, within)) return out;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    out.push(m);
    if (m[0] === '') pattern.lastIndex++;
  }
  return out;
}

export function hits(sentence: Sentence, pattern: RegExp): Hit[] {
  // Patterns anchored at a sentence start run on the sentence; the rest run once per field.
  if (isAnchored(pattern)) {
    return matchesOf(pattern, sentence.folded, sentence.field.folded).map((m) => ({
      index: sentence.start + (m.index ?? 0),
      text: sentence.text.slice(m.index ?? 0, (m.index ?? 0) + m[0].length),
      groups: m.slice(1),
    }));
  }
  const { field } = sentence;
  let all = field.matches.get(pattern);
  if (!all) {
    all = matchesOf(pattern, field.folded);
    field.matches.set(pattern, all);
  }
  const end = sentence.start + sentence.text.length;
  // Matches come in order: find the sentence's first by halving, stop past its end.
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((all[mid]?.index ?? 0) < sentence.start) lo = mid + 1;
    else hi = mid;
  }
  const out: Hit[] = [];
  for (let i = lo; i < all.length; i++) {
    const m = all[i] as RegExpMatchArray;
    const index = m.index ?? 0;
    if (index >= end) break;
    if (index + m[0].length <= end)
      out.push({ index, text: field.text.slice(index, index + m[0].length), groups: m.slice(1) });
  }
  return out;
}

const FUNCTION_WORD_LIST =
  'a an the and or but so to of in on at for with from by about into onto over as than then that this these those it its ' +
  'is are was were be been being am have has had do does did done can will would should could may might must ' +
  'i me my we us our you your yours he she they them their his her who what which when where how why there here ' +
  'not no all any some more most very really quite just also still even only well too much many lot lots ' +
  'up out off down around across through after before while since because if whether ' +
  // Contractions as normalizePhrase leaves them, apostrophes dropped.
  'youre youve youll youd theyre theyve theyll weve im ive dont doesnt didnt isnt arent wasnt werent cant wont ' +
  'hasnt havent shouldnt couldnt wouldnt thats whats theres heres ';

/** Function words: they name nothing a number could count. */
export const FUNCTION_WORDS = new Set(FUNCTION_WORD_LIST.split(' '));

/** Function words and verbs so general that they carry no claim of their own. */
export const GENERIC = new Set(
  (
    FUNCTION_WORD_LIST +
    'like love loved liked enjoy enjoyed great good nice cool neat interesting impressive clear clearly ' +
    'work works worked working focus focuses focused focusing approach approaches approaching seeing reading hearing watching ' +
    'run runs running use uses using used lead leads leading build builds building help helps helping ' +
    'make makes making do doing get gets getting got think thinking know see saw seen noticed notice read ' +
    'team teams company companies business businesses side space role job day week time way thing things stuff ' +
    'profile linkedin page site website stack setup set toolkit tools percent per cent people folks everyone someone anyone something anything everything kind sort bit part piece area ' +
    'today currently'
  ).split(' '),
);

/**
 * Alternatives that each start at a word, as one pattern: a single word boundary before them lets
 * the engine pass over positions inside words at once (it halves the scan of the long lists).
 */
export function atWordStart(alternatives: string[], flags: string): RegExp {
  // One word boundary for all: an alternative's own leading "\b" would be tested again at each word.
  const source = String.raw`\b(?:${alternatives.map((a) => a.replace(/^\\b/, '')).join('|')})`;
  // V8 leaves a pattern over 20 KB unoptimized, about ten times slower: split the list before that.
  if (source.length > MAX_PATTERN) throw new Error(`a pattern of ${source.length} characters: split its list`);
  return new RegExp(source, flags);
}
export const MAX_PATTERN = 20_000;

/** A pattern matched as whole words: no letter or digit right before or after it. */
export const wholeWords = (source: string, flags: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, flags);

/** Only spaces stand between the line's start and `index`: "1." and "A)" open their lines. */
export const opensLine = (text: string, index: number) =>
  /^[ \t]*$/.test(text.slice(text.lastIndexOf('\n', index - 1) + 1, index));

/** Text as a literal inside a RegExp. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A phrase's words as a pattern, whatever the punctuation between them, apostrophes optional. */
export function phraseBody(phrase: string): string {
  return fold(phrase)
    .split(/[^\p{L}\p{N}$%#']+/u)
    .filter(Boolean)
    .map((w) => w.replace(/\$/g, '\\$&').replace(/'/g, "[''’]?"))
    .join('[^\\p{L}\\p{N}]{0,3}');
}

/**
 * True when the words at `index` are asked, not said: their clause ends in a question mark, or the
 * whole sentence is one short question. "Since renewals keep slipping, want a demo?" asserts its
 * first clause.
 */
export function asked(sentence: Sentence, index: number): boolean {
  const clause = clauseAt(sentence, index);
  return (
    unquoted(clause).includes('?') ||
    (sentence.question &&
      (!/[,;:—–]/.test(sentence.text) ||
        INTERROGATIVE.test(sentence.folded) ||
        // "Quick question: are renewals something you run through Mailchimp, or…?"
        INTERROGATIVE.test(fold(clause)))) ||
    EMBEDDED.test(fold(clause)) ||
    // "I'm curious whether triage — deciding what can wait — is something you'd like to tighten up".
    EMBEDDED.test(sentence.folded)
  );
}
// "Curious how Keynote runs it in My Music Staff.": a question put as a statement.
const EMBEDDED =
  /^\W*(?:(?:and |but |so )?(?:i'm |i am |i've been |i have been )?(?:curious|wondering)|i'd (?:love|like) to (?:know|hear|learn|understand)|not sure) (?:how|whether|if|what|which|where|when|why)\b/;
// "Is that a headache at Saddleback, or sorted?": a question from its first word, whatever its commas.
const INTERROGATIVE =
  /^\W*(?:is|are|was|were|do|does|did|has|have|had|can|could|would|will|should|how|what|when|where|why|which|who|any chance)\b/;
