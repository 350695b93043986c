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

  it("measures LinkedIn in characters against the format's limit for the account", () => {
    const note = lengthOf('LINKEDIN', 'Hi Dana', 30, { format: 'CONNECTION_NOTE', tier: 'FREE' });
    expect(note).toMatchObject({ note: '2/30 words · 7/200 chars (note, free account)', used: 7, limit: 200 });
    expect(lengthOf('LINKEDIN', 'Hi', 60, { format: 'INMAIL', tier: 'PREMIUM' }).limit).toBe(1900);
  });

  it('measures an SMS against two segments, without counting the opt-out as words', () => {
    const sms = lengthOf('SMS', 'Hi Dana, this is Sam. Reply STOP to opt out.', 35);
    expect(sms).toMatchObject({ used: 44, limit: 306, unit: 'chars' });
    expect(sms.note).toBe('5/35 words · 44 chars, 1 SMS segment (GSM-7)');
    expect(lengthOf('SMS', 'Hi Dana 🚀', 35)).toMatchObject({ limit: 134 });
    expect(lengthOf('SMS', 'Hi Dana', 35).note).toMatch(/no opt-out line$/);
  });
});
