/**
 * Numbers in a language other than English: digits with that language's separators ("1.200",
 * "2,5 Mio.", "27 %") and number words, also written as one word ("achtunddreißig", "ventotto",
 * "tweeëntwintig", "doscientos cincuenta"). Multipliers, fractions and vague quantities ("la
 * mitad", "verdoppelt", "des dizaines") have no value: the same words in the input source them.
 */
import { fold, wholeWords } from '../text.ts';
import type { Lexicon, NumberWords } from './lexicon.ts';

export interface LocalNumber {
  text: string;
  index: number;
  /** NaN for multipliers, fractions and vague quantities. */
  value: number;
}

interface Compiled {
  digits: RegExp;
  vague: RegExp;
  parts: string[];
}
const compiled = new WeakMap<Lexicon, Compiled>();

function compile(lexicon: Lexicon): Compiled {
  let c = compiled.get(lexicon);
  if (c) return c;
  const n = lexicon.numbers;
  const [group, decimal] = lexicon.decimalComma ? ['[.\\s\u00a0\u202f]', ','] : [',', '\\.'];
  const scales = Object.keys(n.scales).join('|');
  // Every part, longest first, so a word is read as the longest parts that make it up.
  const parts = [...Object.keys(n.values), ...Object.keys(n.factors), ...Object.keys(n.scales), ...n.joins].sort(
    (a, b) => b.length - a.length,
  );
  c = {
    digits: wholeWords(
      `(\\d{1,3}(?:${group}\\d{3})+|\\d+)(?:${decimal}(\\d+))?(?:\\s?(${scales}))?(\\s?%|\\s(?:${n.percent}))?`,
      'giu',
    ),
    vague: wholeWords(n.vague, 'giu'),
    parts,
  };
  compiled.set(lexicon, c);
  return c;
}

/** The value of a run of number words, or null when a word is not made of number parts. */
export function wordsValue(run: string, n: NumberWords, parts: string[]): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of fold(run).split(/[\s-]+/)) {
    const pieces = split(word, parts);
    if (!pieces) return null;
    for (const piece of pieces) {
      if (n.joins.includes(piece)) continue;
      seen = true;
      const factor = n.factors[piece];
      if (factor !== undefined) current = current > 0 && current < factor ? current * factor : current + factor;
      else if (piece in n.scales) {
        total += (current || 1) * (n.scales[piece] ?? 1);
        current = 0;
      } else current += n.values[piece] ?? 0;
    }
  }
  return seen ? total + current : null;
}

/** A word as number parts ("achtunddreißig" → acht, und, dreißig), or null. */
function split(word: string, parts: string[]): string[] | null {
  if (word === '') return [];
  for (const part of parts) {
    if (!word.startsWith(part)) continue;
    const rest = split(word.slice(part.length), parts);
    if (rest) return [part, ...rest];
  }
  return null;
}

const WORD = /[\p{L}]+/gu;

/** Runs of number words joined by spaces or hyphens ("treinta y ocho"), joins not at their ends. */
function wordRuns(text: string, n: NumberWords, parts: string[]): { text: string; index: number }[] {
  const runs: { start: number; end: number }[] = [];
  // Where the open run's last word (or join) ends; -1 when no run is open.
  let reach = -1;
  for (const m of text.matchAll(WORD)) {
    const word = fold(m[0]);
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (split(word, parts) === null) {
      reach = -1;
      continue;
    }
    const join = n.joins.includes(word);
    const last = runs.at(-1);
    if (reach >= 0 && last && /^[\s-]+$/.test(text.slice(reach, start))) {
      if (!join) last.end = end;
      reach = end;
    } else if (!join) {
      runs.push({ start, end });
      reach = end;
    } else reach = -1;
  }
  return runs.map((r) => ({ text: text.slice(r.start, r.end), index: r.start }));
}

export function localNumbers(text: string, lexicon: Lexicon): LocalNumber[] {
  const { digits, vague, parts } = compile(lexicon);
  const n = lexicon.numbers;
  const found: LocalNumber[] = [];
  const groupSep = lexicon.decimalComma ? /[.\s\u00a0\u202f]/g : /,/g;
  for (const m of text.matchAll(digits)) {
    const whole = Number((m[1] ?? '').replace(groupSep, ''));
    const value = (m[2] ? Number(`${whole}.${m[2]}`) : whole) * (m[3] ? (n.scales[fold(m[3])] ?? 1) : 1);
    found.push({ text: m[0], index: m.index ?? 0, value });
  }
  for (const run of wordRuns(text, n, parts)) {
    const words = fold(run.text);
    const value = wordsValue(words, n, parts);
    // "un cliente", "ein Termin": an article; "sei" (you are) is no six.
    if (value === null || n.articles.includes(words) || n.ambiguous.includes(words)) continue;
    found.push({ ...run, value });
  }
  // Folding keeps offsets: "die Hälfte" is found as "die halfte".
  for (const m of fold(text).matchAll(vague)) {
    const index = m.index ?? 0;
    found.push({ text: text.slice(index, index + m[0].length), index, value: Number.NaN });
  }
  found.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  return found.filter((x, i) => !found.slice(0, i).some((o) => x.index < o.index + o.text.length));
}
