import { describe, expect, it } from 'vitest';
import { atWordStart, MAX_PATTERN } from './text.ts';

describe('atWordStart', () => {
  it('matches its alternatives at word starts only', () => {
    const pattern = atWordStart(['use', 'run on'], 'g');
    expect('reuse it; we run on it'.match(pattern)).toEqual(['run on']);
  });

  it('refuses a pattern V8 would leave unoptimized', () => {
    expect(() => atWordStart(['a'.repeat(MAX_PATTERN)], 'g')).toThrow(/split its list/);
  });
});
