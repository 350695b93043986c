import { countWords, SMS_OPT_OUT_TEXTS } from '@personalizer/shared';
import { describe, expect, it } from 'vitest';
import { truncateSms, truncateToWords } from './truncate.ts';

const body = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `Sentence number ${['one', 'two', 'three', 'four', 'five', 'six'][i]} says a little more.`,
  );

describe('truncateToWords', () => {
  it('leaves a message within the limit untouched', () => {
    expect(truncateToWords('Hi Dana, short. Open to a chat?', 10)).toBe('Hi Dana, short. Open to a chat?');
  });

  it('drops body sentences from the end, keeping the greeting, the question and the sign-off', () => {
    const message = `Hi Dana,\n\n${body(4).join(' ')}\n\nWould you be open to a short call?\n\nBest regards`;
    const cut = truncateToWords(message, 26);
    expect(cut).toBe(`Hi Dana,\n\n${body(2).join(' ')}\n\nWould you be open to a short call?\n\nBest regards`);
    expect(countWords(cut)).toBe(26);
  });

  it('keeps paragraph breaks when a whole paragraph goes', () => {
    const message = `Hi Dana,\n\n${body(1)[0]}\n\n${body(3).slice(1).join(' ')}\n\nOpen to a call?`;
    expect(truncateToWords(message, 14)).toBe(`Hi Dana,\n\n${body(1)[0]}\n\nOpen to a call?`);
  });

  it('gives up the sign-off before the question, and the question last', () => {
    const message = `Hi Dana! ${body(2).join(' ')} Open to a call? Best regards from the whole team.`;
    expect(truncateToWords(message, 12)).toBe('Hi Dana! Open to a call? Best regards from the whole team.');
    expect(truncateToWords(message, 8)).toBe('Hi Dana! Open to a call?');
    expect(truncateToWords(message, 3)).toBe('Hi Dana!');
  });

  it('works without a question and on a single line', () => {
    const message = `Hello Dana. ${body(3).join(' ')}`;
    const cut = truncateToWords(message, 16);
    expect(cut).toBe(`Hello Dana. ${body(2).join(' ')}`);
  });

  it('cuts at a word with an ellipsis when one sentence alone is too long', () => {
    const cut = truncateToWords('Hi Dana this greeting runs on and on without any full stop at all', 5);
    expect(cut).toBe('Hi Dana this greeting runs…');
    expect(countWords(cut)).toBe(5);
  });
});

describe('truncateSms', () => {
  it('shortens the text before the opt-out line and keeps the line, which costs no words', () => {
    const message = `Hi Dana, this is Sam from RouteLoop. ${body(3).join(' ')} Open to a call? ${SMS_OPT_OUT_TEXTS.en}`;
    expect(truncateSms(message, 20)).toBe(
      `Hi Dana, this is Sam from RouteLoop. ${body(1)[0]} Open to a call? ${SMS_OPT_OUT_TEXTS.en}`,
    );
    expect(truncateSms(message, 40)).toBe(message);
  });

  it('moves an opt-out line from the middle to the end', () => {
    const message = `Hi Dana. ${SMS_OPT_OUT_TEXTS.en} ${body(2).join(' ')} Open to a call?`;
    expect(truncateSms(message, 13)).toBe(`Hi Dana. ${body(1)[0]} Open to a call? ${SMS_OPT_OUT_TEXTS.en}`);
  });

  it('shortens a text without an opt-out like any message', () => {
    expect(truncateSms(`Hi Dana. ${body(2).join(' ')} Open to a call?`, 13)).toBe(
      `Hi Dana. ${body(1)[0]} Open to a call?`,
    );
  });
});
