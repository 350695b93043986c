import { describe, expect, it } from 'vitest';
import { countWords, smsSegments, toSmsText } from './index.ts';

describe('smsSegments', () => {
  it('fits 160 GSM-7 characters in one segment and splits at 153 after that', () => {
    expect(smsSegments('a'.repeat(160))).toMatchObject({ encoding: 'GSM-7', segments: 1 });
    expect(smsSegments('a'.repeat(161))).toMatchObject({ encoding: 'GSM-7', segments: 2, per_segment: 153 });
    expect(smsSegments('a'.repeat(307))).toMatchObject({ segments: 3 });
  });

  it('counts GSM-7 extension characters as two septets', () => {
    expect(smsSegments('€'.repeat(80))).toMatchObject({ encoding: 'GSM-7', units: 160, segments: 1 });
    expect(smsSegments('€'.repeat(81)).segments).toBe(2);
  });

  it('switches to UCS-2 (70 per segment) for characters outside GSM-7', () => {
    expect(smsSegments(`${'a'.repeat(69)}✓`)).toMatchObject({ encoding: 'UCS-2', units: 70, segments: 1 });
    expect(smsSegments(`${'a'.repeat(70)}✓`)).toMatchObject({ encoding: 'UCS-2', segments: 2, per_segment: 67 });
  });
});

describe('countWords', () => {
  it('counts words, keeping contractions and hyphenated words whole', () => {
    expect(countWords("Hi Dana, we're a follow-up — 20 minutes?")).toBe(7);
    expect(countWords('   ')).toBe(0);
  });
});

describe('toSmsText', () => {
  it('keeps a message GSM-7 by straightening typographic punctuation, not emoji', () => {
    const text = 'Hi Zoe — it’s “quick”… reply STOP to opt out';
    expect(smsSegments(text).encoding).toBe('UCS-2');
    expect(toSmsText(text)).toBe('Hi Zoe - it\'s "quick"... reply STOP to opt out');
    expect(smsSegments(toSmsText(text)).encoding).toBe('GSM-7');
    expect(smsSegments(toSmsText('Hi 👋')).encoding).toBe('UCS-2');
  });
});
