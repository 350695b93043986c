/**
 * The last resort for a message still over its word limit after the retry: drop whole sentences
 * from the end of the body, keeping the greeting (first sentence) and the closing question with
 * whatever follows it (the sign-off), so the shortened message still reads as a message.
 */
import { countWords, findOptOut, withoutOptOut } from '@personalizer/shared';

export function truncateToWords(message: string, maxWords: number): string {
  if (countWords(message) <= maxWords) return message;
  const parts = sentences(message);
  const question = parts.findLastIndex((s) => s.includes('?'));
  // Body sentences between the greeting and the question go first, then the sign-off, then the question.
  const order =
    question > 0 ? [...range(question - 1, 1), ...range(parts.length - 1, question)] : range(parts.length - 1, 1);
  const kept = [...parts];
  for (const index of order) {
    if (countWords(kept.join('')) <= maxWords) break;
    drop(kept, index);
  }
  const shortened = kept.join('').trim();
  return countWords(shortened) <= maxWords ? shortened : cutAtWord(shortened, maxWords);
}

/** An SMS is shortened without its opt-out line (which costs no words) and keeps it at the end. */
export function truncateSms(message: string, maxWords: number): string {
  const span = findOptOut(message);
  if (!span) return truncateToWords(message, maxWords);
  const prose = withoutOptOut(message);
  if (countWords(prose) <= maxWords) return message;
  return `${truncateToWords(prose, maxWords)} ${message.slice(span.start, span.end)}`;
}

/** Sentences with their trailing whitespace: a line break or [.!?…] + space ends one. */
function sentences(text: string): string[] {
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    current += ch;
    const next = text[i + 1];
    if (ch === '\n' || (/[.!?…]/.test(ch) && (next === undefined || /\s/.test(next)))) {
      while (i + 1 < text.length && /\s/.test(text[i + 1] as string)) current += text[++i];
      out.push(current);
      current = '';
    }
  }
  if (current) out.push(current);
  return out;
}

/** from, from-1, …, down to `to` (inclusive); empty when from < to. */
function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i >= to; i--) out.push(i);
  return out;
}

/** Empties a sentence, handing a paragraph break it ended with to the sentence before it. */
function drop(parts: string[], index: number) {
  const gap = /\s*$/.exec(parts[index] as string)?.[0] ?? '';
  parts[index] = '';
  const before = parts.findLastIndex((p, i) => i < index && p !== '');
  if (before >= 0 && gap.includes('\n')) parts[before] = (parts[before] as string).trimEnd() + gap;
}

/** When even the greeting and the question are too long: the first maxWords words and an ellipsis. */
function cutAtWord(text: string, maxWords: number): string {
  let kept = '';
  for (const piece of text.split(/(?=\s)/)) {
    if (countWords(kept + piece) > maxWords) break;
    kept += piece;
  }
  return `${kept.trimEnd()}…`;
}
