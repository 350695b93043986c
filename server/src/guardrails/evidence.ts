/**
 * Which input facts a variant uses, where, and what that reads as for a person: the structured
 * evidence ({source, value, field, span}) and the human personalization points ("Referenced the VP
 * of Engineering title").
 */
import type { Evidence, TextField } from '@personalizer/shared';
import type { Draft } from '../generation/types.ts';
import type { InputFacts } from './facts.ts';
import { fold, GENERIC, phrasePattern } from './text.ts';

// A title counts when its role words appear ("VP of Operations" ~ "VP Operations", "operations").
const TITLE_FILLER = new Set(
  'of and the for at in senior sr junior jr head lead vp svp evp director manager chief officer'.split(' '),
);

// Patterns compiled once per phrase: each request checks several variants, twice on a retry.
const compiled = new Map<string, RegExp>();
function pattern(phrase: string): RegExp {
  let p = compiled.get(phrase);
  if (!p) {
    if (compiled.size > 5000) compiled.clear();
    p = phrasePattern(phrase, '');
    compiled.set(phrase, p);
  }
  return p;
}

/** Where in the text a fact is used, or null. */
function locate(
  text: string,
  source: Evidence['source'],
  value: string,
  known: Set<string>,
): { start: number; end: number } | null {
  const folded = fold(text);
  const exact = pattern(value).exec(folded);
  if (exact) return { start: exact.index, end: exact.index + exact[0].length };
  if (source === 'title') {
    const role = fold(value)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2 && !TITLE_FILLER.has(w));
    const found = role.map((w) => pattern(w).exec(folded));
    if (role.length && found.every(Boolean)) {
      const first = found[0] as RegExpExecArray;
      return { start: first.index, end: first.index + first[0].length };
    }
  }
  if (source === 'summary' || source === 'proof_point' || source === 'offer') return sharedPhrase(folded, value, known);
  return null;
}

/**
 * Two content words of a long fact, side by side in the text ("freight visibility"), that are not
 * already the words of a shorter fact (the company's name, a keyword).
 */
function sharedPhrase(folded: string, value: string, known: Set<string>): { start: number; end: number } | null {
  const words = fold(value).split(/[^\p{L}\p{N}%$]+/u);
  for (let i = 0; i + 1 < words.length; i++) {
    const [a, b] = [words[i] ?? '', words[i + 1] ?? ''];
    if (a.length < 3 || b.length < 3 || GENERIC.has(a) || GENERIC.has(b) || (known.has(a) && known.has(b))) continue;
    const m = pattern(`${a} ${b}`).exec(folded);
    if (m) return { start: m.index, end: m.index + m[0].length };
  }
  return null;
}

export function findEvidence(variant: Draft, facts: InputFacts): Evidence[] {
  const fields: [TextField, string][] = [
    ['subject', variant.subject ?? ''],
    ['message', variant.message],
  ];
  const out: Evidence[] = [];
  const short = facts.facts.filter((f) => SHORT.has(f.source));
  const known = new Set(short.flatMap((f) => fold(f.value).split(/[^\p{L}\p{N}]+/u)));
  for (const fact of facts.facts) {
    for (const [field, text] of fields) {
      const span = text ? locate(text, fact.source, fact.value, known) : null;
      if (!span) continue;
      out.push({ source: fact.source, value: fact.value, field, span });
      break;
    }
  }
  return out;
}

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
