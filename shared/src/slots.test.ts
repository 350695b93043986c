import { describe, expect, it } from 'vitest';
import { PersonalizeRequest, type PersonalizeRequestInput, partWordBounds, toApiIssues } from './index.ts';

const email: PersonalizeRequestInput = {
  channel: 'EMAIL',
  tone: 'PROFESSIONAL',
  goal: 'Book a short intro call',
  lead: { first_name: 'Dana' },
};

const issues = (input: PersonalizeRequestInput) => {
  const result = PersonalizeRequest.safeParse(input);
  return result.success ? [] : toApiIssues(result.error);
};

describe('slot on PersonalizeRequest', () => {
  it('defaults to the whole message, with its subject and word budget', () => {
    const req = PersonalizeRequest.parse(email);
    expect(req.slot).toBe('FULL');
    expect(req.constraints).toMatchObject({ max_words: 120, include_subjects: true });
  });

  it.each([
    ['OPENER', 35],
    ['BODY', 45],
    ['CTA', 25],
    ['PS', 25],
  ] as const)('writes a %s with its own word budget (%i) and no subject', (slot, words) => {
    for (const patch of [{}, { channel: 'LINKEDIN', linkedin_format: 'INMAIL' }] as const) {
      const req = PersonalizeRequest.parse({ ...email, ...patch, slot });
      expect(req.constraints).toMatchObject({ max_words: words, include_subjects: false });
    }
  });

  it('checks max_words against the slot, names the slot, and refuses a subject for a part', () => {
    expect(issues({ ...email, slot: 'CTA', constraints: { max_words: 41 } })).toEqual([
      { path: 'constraints.max_words', message: 'must be between 5 and 40 for the CTA slot' },
    ]);
    expect(issues({ ...email, slot: 'OPENER', constraints: { max_words: 8 } })).toEqual([]);
    expect(issues({ ...email, slot: 'PS', constraints: { include_subjects: true } })).toEqual([
      {
        path: 'constraints.include_subjects',
        message: 'subjects belong to whole messages (slot FULL) or their opener',
      },
    ]);
    // An opener starts the email: asked for, it may carry the subject.
    const opener = PersonalizeRequest.parse({ ...email, slot: 'OPENER', constraints: { include_subjects: true } });
    expect(opener.constraints.include_subjects).toBe(true);
    expect(issues({ ...email, slot: 'POSTSCRIPT' as never }).map((i) => i.path)).toEqual(['slot']);
  });

  it('writes an SMS whole: it must name the sender and carry the opt-out', () => {
    expect(issues({ ...email, channel: 'SMS', slot: 'OPENER' })).toEqual([
      {
        path: 'slot',
        message: 'an SMS is written whole (slot FULL): every text names the sender and carries the opt-out',
      },
    ]);
    expect(issues({ ...email, channel: 'SMS', slot: 'FULL' })).toEqual([]);
  });

  it('gives the message bounds for FULL and the part bounds otherwise', () => {
    expect(partWordBounds('LINKEDIN', 'CONNECTION_NOTE')).toEqual({ min: 15, default: 30, max: 50 });
    expect(partWordBounds('LINKEDIN', 'CONNECTION_NOTE', 'PS')).toEqual({ min: 5, default: 25, max: 40 });
  });
});
