import { describe, expect, it } from 'vitest';
import { asked, atWordStart, isHedged, lastFew, MAX_PATTERN, sentences, stem } from './text.ts';

describe('atWordStart', () => {
  it('matches its alternatives at word starts only', () => {
    const pattern = atWordStart(['use', 'run on'], 'g');
    expect('reuse it; we run on it'.match(pattern)).toEqual(['run on']);
  });

  it('refuses a pattern V8 would leave unoptimized', () => {
    expect(() => atWordStart(['a'.repeat(MAX_PATTERN)], 'g')).toThrow(/split its list/);
  });
});

describe('lastFew', () => {
  it('reads a text once while it is kept, keeps the recent ones, and reads a forgotten one again', () => {
    const read: string[] = [];
    const upper = lastFew((text) => {
      read.push(text);
      return text.toUpperCase();
    }, 4);
    expect(['a', 'b', 'a', 'c', 'b'].map(upper)).toEqual(['A', 'B', 'A', 'C', 'B']);
    expect(read).toEqual(['a', 'b', 'c']);
    for (const text of ['d', 'e', 'f', 'g', 'h']) upper(text);
    expect(upper('h')).toBe('H');
    expect(upper('a')).toBe('A');
    expect(read).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'a']);
  });
});

describe('asked', () => {
  it('reads a statement ended by an emoji before a capital as said, and the question after it as asked', () => {
    const text = 'Managers tell us it gives them their evenings back 🚚 Want a peek at how?';
    const [said, question] = sentences(text);
    if (!said || !question) throw new Error('no sentences');
    expect(asked(said, text.indexOf('tell'))).toBe(false);
    expect(asked(question, text.indexOf('Want'))).toBe(true);
  });
});

describe('sentences', () => {
  it('ends a sentence at an emoji before a capital, as writers use one for a full stop', () => {
    const text = 'Cabane à sucre meals must fill up fast 🍁 TableBook is a reservation system. Hi 👋 there 🙂';
    expect(sentences(text).map((s) => s.text)).toEqual([
      'Cabane à sucre meals must fill up fast 🍁',
      'TableBook is a reservation system.',
      'Hi 👋 there 🙂',
    ]);
  });
});

describe('stem', () => {
  it('reads a noun in "-ification" and a short doubled verb as their verbs', () => {
    expect(stem('certification')).toBe(stem('certified'));
    expect(stem('added')).toBe(stem('adding'));
    expect(stem('speed')).toBe('speed');
  });
});

describe('isHedged', () => {
  it('reads a question someone else asks as no hedge of the writer’s', () => {
    expect(isHedged("Customers ringing all day asking if their bike's ready")).toBe(false);
    expect(isHedged('I wanted to ask whether rotas are slipping')).toBe(true);
  });
});
