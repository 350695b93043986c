import { type MessageSlot, PersonalizeRequest } from '@personalizer/shared';
import { describe, expect, it } from 'vitest';
import { emailRequest } from '../../test-support/fixtures.ts';
import { checkVariant } from './index.ts';

const request = (slot: MessageSlot) => PersonalizeRequest.parse({ ...emailRequest, slot });
const flags = (slot: MessageSlot, message: string) =>
  checkVariant(request(slot), { subject: null, message }).map((f) => `${f.code}: ${f.detail}`);

describe('guardrails per slot', () => {
  it.each([
    ['OPENER', 'Hi Dana, I noticed your focus on freight visibility for mid-size shippers.'],
    ['OPENER', 'Hi Dana,\n\nI read that Northwind Logistics builds freight visibility software. It caught my eye.'],
    ['CTA', 'Would it make sense to book a short intro call about freight visibility analytics?'],
    ['CTA', 'Happy to keep it brief. Would a short intro call about freight visibility work?'],
    ['PS', 'P.S. I saw that Northwind Logistics works with Snowflake and Segment.'],
  ] as const)('passes a well-shaped %s: %j', (slot, message) => {
    expect(flags(slot, message)).toEqual([]);
  });

  it('needs no question in an opener, but its greeting and a reason for writing', () => {
    expect(flags('OPENER', 'I noticed your focus on freight visibility.')).toEqual([
      'MISSING_GREETING: no greeting with Dana at the start',
    ]);
    expect(flags('OPENER', 'Hi Dana, I hope your week is going well.')).toEqual([
      'MISSING_RELEVANCE: uses no fact about the lead (company summary or keywords, title, tech stack or company)',
    ]);
    expect(
      flags('OPENER', 'Hi Dana, I noticed freight visibility. Northwind Logistics stood out. Mid-size shippers too.'),
    ).toEqual(['SLOT_SHAPE: an opener is one or two sentences after the greeting; this one has 3']);
  });

  it('needs no greeting or lead fact in a call to action, and refuses a greeting or a statement', () => {
    expect(flags('CTA', 'Hi Dana, would a short intro call make sense?')).toEqual([
      'SLOT_SHAPE: a call to action goes inside a message: no greeting',
    ]);
    expect(flags('CTA', 'Let me know if a short intro call works.')).toEqual([
      'MISSING_CTA: a call to action is phrased as a question',
    ]);
    expect(flags('CTA', 'Happy to help. It is brief. Would a short intro call make sense?')).toEqual([
      'SLOT_SHAPE: a call to action is one question, two sentences at most; this one has 3',
    ]);
  });

  it('holds a P.S. to one line starting with "P.S." and no greeting', () => {
    expect(flags('PS', 'PS: Northwind Logistics works with Snowflake.')).toEqual([
      'SLOT_SHAPE: a P.S. starts with “P.S.”',
    ]);
    expect(flags('PS', 'P.S. Northwind Logistics works with Snowflake.\nAnd Segment.')).toEqual([
      'SLOT_SHAPE: a P.S. is one line',
    ]);
    expect(flags('PS', 'P.S. Hi Dana, Northwind Logistics works with Snowflake.')).toEqual([
      'SLOT_SHAPE: a P.S. greets no one',
    ]);
  });

  it('keeps the grounding and the part’s word limit', () => {
    expect(flags('PS', 'P.S. Teams like Stripe cut costs by 40% with us at Northwind Logistics.')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^UNSOURCED_NUMBER/), expect.stringMatching(/^UNSOURCED_CLAIM/)]),
    );
    const long = `P.S. ${'Northwind Logistics and freight visibility. '.repeat(6).trim()}`;
    expect(flags('PS', long)).toContainEqual(
      expect.stringMatching(/^OVER_WORD_LIMIT: 32 words, over the 25-word limit$/),
    );
  });
});
