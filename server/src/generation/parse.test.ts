import { PersonalizeRequest } from '@personalizer/shared';
import { describe, expect, it } from 'vitest';
import { emailRequest } from '../../test-support/fixtures.ts';
import { parseDrafts } from './parse.ts';

const email = PersonalizeRequest.parse(emailRequest);
const sms = PersonalizeRequest.parse({ ...emailRequest, channel: 'SMS' });
const answer = JSON.stringify({
  variants: [
    { subject: ' Freight at Northwind ', message: '  Hi Dana, one.  ' },
    { subject: 'Two', message: 'Hi Dana, two.' },
  ],
});
const expected = [
  { subject: 'Freight at Northwind', message: 'Hi Dana, one.' },
  { subject: 'Two', message: 'Hi Dana, two.' },
];

describe('parseDrafts', () => {
  it('reads the plain JSON answer and trims it', () => {
    expect(parseDrafts(answer, email)).toEqual({ ok: true, drafts: expected });
  });

  it.each([
    ['prose around it', `Sure! Here are your variants:\n${answer}\nLet me know if you need more.`],
    ['a ```json fence', `\`\`\`json\n${answer}\n\`\`\``],
    ['a bare fence and trailing text', `\`\`\`\n${answer}\n\`\`\`\nHope this helps {smile}`],
    ['a bare array', JSON.stringify(JSON.parse(answer).variants)],
    ['a leading brace in prose', `Variants {as asked}: ${answer}`],
    ['raw line breaks inside strings', answer.replace('Hi Dana, one.', 'Hi Dana,\n\tone.').replace('\\n', '\n')],
  ])('tolerates %s', (_, raw) => {
    const result = parseDrafts(raw, email);
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(result.drafts.map((d) => d.message.replace(/\s+/g, ' '))).toEqual(expected.map((d) => d.message));
  });

  it('drops empty messages and items that are not variants', () => {
    const raw = JSON.stringify({
      variants: [{ message: '   ' }, { subject: 'x' }, 'text', { message: 'Hi Dana, kept.', extra: 1 }],
    });
    expect(parseDrafts(raw, email)).toEqual({ ok: true, drafts: [{ subject: null, message: 'Hi Dana, kept.' }] });
  });

  it('sets the subject to null where there are no subjects', () => {
    expect(parseDrafts(answer, sms)).toEqual({ ok: true, drafts: expected.map((d) => ({ ...d, subject: null })) });
    const noSubjects = PersonalizeRequest.parse({ ...emailRequest, constraints: { include_subjects: false } });
    const result = parseDrafts(answer, noSubjects);
    expect(result.ok && result.drafts.every((d) => d.subject === null)).toBe(true);
    const blank = parseDrafts(JSON.stringify({ variants: [{ subject: '  ', message: 'Hi' }] }), email);
    expect(blank).toEqual({ ok: true, drafts: [{ subject: null, message: 'Hi' }] });
  });

  it.each([
    ['no JSON', 'not json at all'],
    ['cut-off JSON', 'Sure! Here are your emails: {"variants": ['],
    ['the wrong shape', '{"variants": "Hi Dana"}'],
    ['an empty answer', ''],
  ])('fails with a reason on %s', (_, raw) => {
    const result = parseDrafts(raw, email);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/no JSON of the shape/);
  });

  it('accepts a variant array under another key', () => {
    expect(parseDrafts('{"emails": [{"message": "Hi"}]}', sms)).toEqual({
      ok: true,
      drafts: [{ subject: null, message: 'Hi' }],
    });
  });

  it('reads an empty variant list as zero drafts, not as unreadable', () => {
    expect(parseDrafts('{"variants": []}', email)).toEqual({ ok: true, drafts: [] });
  });

  it('stays fast on long, bracket-heavy output', () => {
    const started = performance.now();
    expect(parseDrafts(`${'{['.repeat(20_000)} nothing closes`, email).ok).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
