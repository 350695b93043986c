/**
 * Which input facts a variant uses, where, and what that reads as for a person: the structured
 * evidence ({source, value, field, span}) and the human personalization points ("Referenced the VP
 * of Engineering title").
 */
import type { Evidence, Span, TextField } from '@personalizer/shared';
import type { Draft } from '../generation/types.ts';
import type { InputFacts } from './facts.ts';
import { fold, GENERIC, lastFew, stem } from './text.ts';

// A title counts when its role words appear ("VP of Operations" ~ "VP Operations", "operations").
const TITLE_FILLER = new Set(
  'of and the for at in senior sr junior jr head lead vp svp evp director manager chief officer'.split(' '),
);

/** A field's words (folded, apostrophes dropped) with their offsets, and where each word occurs. */
interface Tokens {
  words: string[];
  starts: number[];
  ends: number[];
  at: Map<string, number[]>;
}

const WORD = /[\p{L}\p{N}$%#'’]+/gu;
const wordsOf = (folded: string) => [...folded.matchAll(WORD)];
const bare = (word: string) => word.replace(/['’]/g, '');
// "Towbook’s API" for "Towbook", "snowmobile clubs" for "snowmobile club", "tow operators" for "towing".
// Messages repeat their words and each other's: a word's form is worked out once (kept up to a bound).
const comparable = lastFew((word) => bare(stem(word)), 20_000);

function tokenize(folded: string): Tokens {
  const tokens: Tokens = { words: [], starts: [], ends: [], at: new Map() };
  WORD.lastIndex = 0;
  for (let m = WORD.exec(folded); m; m = WORD.exec(folded)) {
    const raw = m[0];
    const word = comparable(raw);
    const i = tokens.words.push(word) - 1;
    tokens.starts.push(m.index);
    tokens.ends.push(m.index + raw.length);
    const list = tokens.at.get(word);
    if (list) list.push(i);
    else tokens.at.set(word, [i]);
  }
  return tokens;
}

/** Where the words occur side by side, or null. */
function findWords(tokens: Tokens, seq: string[]): Span | null {
  const [first] = seq;
  if (first === undefined) return null;
  for (const i of tokens.at.get(first) ?? []) {
    if (seq.every((w, k) => tokens.words[i + k] === w)) {
      return { start: tokens.starts[i] ?? 0, end: tokens.ends[i + seq.length - 1] ?? 0 };
    }
  }
  return null;
}

/** Finds one fact in a field's words. */
interface Matcher {
  source: Evidence['source'];
  value: string;
  find(tokens: Tokens): Span | null;
}

/** The fact's own words; a title by its role words; a long fact by two content words side by side. */
function matcherFor(source: Evidence['source'], value: string, known: Set<string>): Matcher {
  const raw = wordsOf(fold(value)).map((m) => m[0]);
  const plain = raw.map(bare);
  const words = raw.map(comparable);
  const role =
    source === 'title' ? words.filter((_, i) => (plain[i] ?? '').length > 2 && !TITLE_FILLER.has(plain[i] ?? '')) : [];
  // "septic and drain companies" for "septic pumping": a keyword by its one distinctive word.
  const head =
    source === 'keyword' && words.length > 1
      ? words.filter((_, i) => (plain[i] ?? '').length >= 6 && !GENERIC.has(plain[i] ?? ''))
      : [];
  // Pairs of content words that are not already the words of a shorter fact (the company's name).
  const long = source === 'summary' || source === 'proof_point' || source === 'offer';
  const pairs = long
    ? words
        .slice(0, -1)
        .flatMap((a, i) => {
          const b = words[i + 1] ?? '';
          // "cafés and grocers": two content words joined by "and" or "or" are a pair too.
          const joined = (b === 'and' || b === 'or') && words[i + 2] ? [[a, b, words[i + 2] ?? '']] : [];
          return [[a, b], ...joined];
        })
        .filter((pair) => [pair[0], pair.at(-1)].every((w = '') => w.length > 2 && !GENERIC.has(w)))
        .filter((pair) => !(known.has(pair[0] ?? '') && known.has(pair.at(-1) ?? '')))
    : [];
  return {
    source,
    value,
    find(tokens) {
      const whole = findWords(tokens, words);
      if (whole) return whole;
      if (role.length) {
        const found = role.map((w) => findWords(tokens, [w]));
        if (found.every(Boolean)) return found[0] ?? null;
      }
      for (const word of head) {
        const span = findWords(tokens, [word]);
        if (span) return span;
      }
      for (const pair of pairs) {
        const span = findWords(tokens, pair);
        if (span) return span;
      }
      return null;
    },
  };
}

// Prepared once per request: each checks three variants, and a retry more.
const matchers = new WeakMap<InputFacts, Matcher[]>();
function matchersOf(facts: InputFacts): Matcher[] {
  let list = matchers.get(facts);
  if (!list) {
    const short = facts.facts.filter((f) => SHORT.has(f.source));
    const known = new Set(short.flatMap((f) => wordsOf(fold(f.value)).map((m) => comparable(m[0]))));
    list = facts.facts.map((f) => matcherFor(f.source, f.value, known));
    matchers.set(facts, list);
  }
  return list;
}

/** Each fact the variant uses, where it first appears; with `first`, only the first fact found. */
export function findEvidence(
  variant: Draft,
  facts: InputFacts,
  sources?: Set<Evidence['source']>,
  first = false,
): Evidence[] {
  const fields: [TextField, Tokens][] = [
    ['subject', tokensOf(variant.subject ?? '')],
    ['message', tokensOf(variant.message)],
  ];
  const out: Evidence[] = [];
  for (const matcher of matchersOf(facts)) {
    if (sources && !sources.has(matcher.source)) continue;
    for (const [field, tokens] of fields) {
      const span = matcher.find(tokens);
      if (!span) continue;
      out.push({ source: matcher.source, value: matcher.value, field, span });
      if (first) return out;
      break;
    }
  }
  return out;
}

// A variant is read by the relevance check and again for its evidence: the last few are kept.
const tokensOf = lastFew((text) => tokenize(fold(text)));

/** Facts short enough to be named whole: their words say nothing more inside a summary. */
const SHORT = new Set<Evidence['source']>(['keyword', 'title', 'tech_stack', 'company']);

const quote = (s: string, max = 60) => `“${s.length > max ? `${s.slice(0, max - 1)}…` : s}”`;
const and = (items: string[]) =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** The evidence as people read it, one line per kind of fact. */
export function describeEvidence(evidence: Evidence[], text: Draft): string[] {
  const of = (source: Evidence['source']) => [
    ...new Set(evidence.filter((e) => e.source === source).map((e) => e.value)),
  ];
  const used = (e: Evidence) =>
    (e.field === 'subject' ? (text.subject ?? '') : text.message).slice(e.span.start, e.span.end);
  const points: string[] = [];
  const keywords = of('keyword');
  if (keywords.length) points.push(`Used company keywords: ${and(keywords)}`);
  const summary = evidence.find((e) => e.source === 'summary');
  if (summary) points.push(`Drew on the company summary: ${quote(used(summary))}`);
  const [title] = of('title');
  if (title) points.push(`Referenced the ${title} title`);
  const tech = of('tech_stack');
  if (tech.length) points.push(`Mentioned ${and(tech)}`);
  const [company] = of('company');
  if (company) points.push(`Named the company: ${company}`);
  for (const proof of of('proof_point')) points.push(`Cited an approved proof point: ${quote(proof)}`);
  if (of('offer').length) points.push('Described the offer');
  return points;
}
