import { describe, expect, it } from 'vitest';
import { lengthOf } from './length.ts';

describe('lengthOf', () => {
  it('measures an email in words against the budget', () => {
    expect(lengthOf('EMAIL', 'Hi Dana, open to a call?', 120)).toEqual({
      note: '6/120 words',
      used: 6,
      limit: 120,
      unit: 'words',
    });
  });

  it("measures LinkedIn against the nearer of the word budget and the format's character limit", () => {
    const note = lengthOf('LINKEDIN', `Hi ${'x'.repeat(147)}`, 30, { format: 'CONNECTION_NOTE', tier: 'FREE' });
    expect(note).toMatchObject({ note: '2/30 words · 150/200 chars (note, free account)', used: 150, limit: 200 });
    expect(lengthOf('LINKEDIN', 'x'.repeat(1000), 60, { format: 'INMAIL', tier: 'PREMIUM' }).limit).toBe(1900);
    // A message's 8,000 characters are far; its word budget is what binds.
    expect(lengthOf('LINKEDIN', 'Hi Dana, open to a call?', 60, { format: 'MESSAGE', tier: 'FREE' })).toMatchObject({
      used: 6,
      limit: 60,
      unit: 'words',
    });
  });

  it('measures an SMS against two segments, without counting the opt-out as words', () => {
    const sms = lengthOf('SMS', 'Hi Dana, this is Sam. Reply STOP to opt out.', 35);
    expect(sms).toMatchObject({ used: 44, limit: 306, unit: 'chars' });
    expect(sms.note).toBe('5/35 words · 44 chars, 1 SMS segment (GSM-7)');
    expect(lengthOf('SMS', 'Hi Dana 🚀', 35)).toMatchObject({ limit: 134 });
    expect(lengthOf('SMS', 'Hi Dana', 35).note).toMatch(/no opt-out line$/);
  });
});
