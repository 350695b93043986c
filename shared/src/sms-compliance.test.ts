import { describe, expect, it } from 'vitest';
import { findOptOut, SMS_OPT_OUT_TEXTS, smsSenderName, withoutOptOut } from './index.ts';

describe('findOptOut', () => {
  it.each([
    ...Object.values(SMS_OPT_OUT_TEXTS),
    'Reply STOP to opt out',
    'reply stop to opt-out.',
    'Text STOP to opt out.',
    'Txt STOP to unsubscribe',
    'Reply STOP to unsubscribe.',
    "Reply 'STOP' to opt out.",
    'Reply “STOP” to end these texts.',
    "Reply STOP and we'll stop texting.",
    'Reply END to stop receiving texts.',
    'Respond with STOP to be removed.',
    'To opt out, reply STOP.',
    'Opt out: text STOP',
    'To unsubscribe, just reply STOP.',
  ])('finds the opt-out in %j', (text) => {
    const span = findOptOut(`Hi Dana, quick question? ${text}`);
    expect(span).not.toBeNull();
  });

  it.each([
    'Reply STOP',
    'Reply if you want to stop by our booth.',
    'Stop by our office and reply to opt in.',
    'Reply STOPPED to opt out.',
    'We never stop improving; reply anytime.',
    'You can unsubscribe anytime.',
  ])('finds none in %j', (text) => {
    expect(findOptOut(`Hi Dana, quick question? ${text}`)).toBeNull();
  });

  it('spans the whole line with its full stop, and the rest reads without it', () => {
    const text = `Hi Dana, open to a call? ${SMS_OPT_OUT_TEXTS.en} Thanks`;
    const span = findOptOut(text);
    expect(span && text.slice(span.start, span.end)).toBe(SMS_OPT_OUT_TEXTS.en);
    expect(withoutOptOut(text)).toBe('Hi Dana, open to a call? Thanks');
    expect(withoutOptOut('No opt-out here.')).toBe('No opt-out here.');
  });
});

describe('smsSenderName', () => {
  it('names the company, else the person, else no one', () => {
    expect(smsSenderName({ name: 'Sam Okoro', company: 'RouteLoop' })).toBe('RouteLoop');
    expect(smsSenderName({ name: 'Sam Okoro' })).toBe('Sam Okoro');
    expect(smsSenderName({})).toBeNull();
    expect(smsSenderName(undefined)).toBeNull();
  });
});
