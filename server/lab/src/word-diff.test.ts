import { describe, expect, it } from 'vitest';
import { wordDiff } from './word-diff.ts';

const join = (runs: { text: string }[]) => runs.map((r) => r.text).join('');

describe('wordDiff', () => {
  it('marks removed words on the original side and added words on the replay side', () => {
    const diff = wordDiff('Hi Dana,\n\nWould a short call help?', 'Hi Dana,\n\nWould a quick intro call help?');
    expect(diff.before.filter((r) => r.change !== 'same')).toEqual([{ text: 'short', change: 'deleted' }]);
    expect(diff.after.filter((r) => r.change !== 'same')).toEqual([{ text: 'quick intro', change: 'inserted' }]);
    expect([diff.deletedWords, diff.insertedWords]).toEqual([1, 2]);
  });

  it('marks whole phrases, starting and ending on words', () => {
    const diff = wordDiff('Open to a short intro call next week?', 'Open to a quick call this month?');
    const marked = (runs: { text: string; change: string }[]) =>
      runs.filter((r) => r.change !== 'same').map((r) => r.text);
    expect(marked(diff.before)).toEqual(['short intro', 'next week']);
    expect(marked(diff.after)).toEqual(['quick', 'this month']);
  });

  it('keeps each side exactly its own text, line breaks and spacing included', () => {
    const before = 'One  two\nthree.';
    const after = 'One two\n\nfour.';
    const diff = wordDiff(before, after);
    expect(join(diff.before)).toBe(before);
    expect(join(diff.after)).toBe(after);
  });

  it('finds nothing to mark in equal texts', () => {
    const diff = wordDiff('Same words.', 'Same words.');
    expect(diff.after).toEqual([{ text: 'Same words.', change: 'same' }]);
    expect([diff.deletedWords, diff.insertedWords]).toEqual([0, 0]);
  });
});
