import { describe, expect, it } from 'vitest';
import { asked, atWordStart, MAX_PATTERN, sentences } from './text.ts';

describe('atWordStart', () => {
  it('matches its alternatives at word starts only', () => {
    const pattern = atWordStart(['use', 'run on'], 'g');
    expect('reuse it; we run on it'.match(pattern)).toEqual(['run on']);
  });

  it('refuses a pattern V8 would leave unoptimized', () => {
    expect(() => atWordStart(['a'.repeat(MAX_PATTERN)], 'g')).toThrow(/split its list/);
  });
});

describe('asked', () => {
  it('reads a statement ended by an emoji before a capital as said, and the question after it as asked', () => {
    const text = 'Managers tell us it gives them their evenings back 🚚 Want a peek at how?';
    const [sentence] = sentences(text);
    if (!sentence) throw new Error('no sentence');
    expect(asked(sentence, text.indexOf('tell'))).toBe(false);
    expect(asked(sentence, text.indexOf('Want'))).toBe(true);
  });
});
