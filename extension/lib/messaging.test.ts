import { describe, expect, it } from 'vitest';
import { answerPanel } from './messaging.ts';

describe('answerPanel', () => {
  const listener = answerPanel({
    scrape: () => ({
      site: 'linkedin',
      page: 'person',
      lead: { first_name: 'Dana' },
      sources: { first_name: 'h1' },
      context: [],
    }),
    insert: (subject, message) =>
      message
        ? { ok: true, target: subject ? 'gmail-compose' : 'linkedin-message' }
        : { ok: false, reason: 'no-compose-box' },
  });

  it('answers scrape and insert requests', async () => {
    await expect(listener({ type: 'scrape' })).resolves.toMatchObject({ lead: { first_name: 'Dana' } });
    await expect(listener({ type: 'insert', subject: 'S', message: 'M' })).resolves.toEqual({
      ok: true,
      target: 'gmail-compose',
    });
    await expect(listener({ type: 'insert', subject: null, message: '' })).resolves.toEqual({
      ok: false,
      reason: 'no-compose-box',
    });
  });

  it('says where to insert: at the cursor for a part, replacing the draft otherwise', async () => {
    const seen: string[] = [];
    const insertAt = answerPanel({
      scrape: () => ({ site: 'gmail', page: 'person', lead: {}, sources: {}, context: [] }),
      insert: (_subject, _message, at) => {
        seen.push(at);
        return { ok: true, target: 'gmail-compose' };
      },
    });
    await insertAt({ type: 'insert', subject: null, message: 'P.S. hi', at: 'caret' });
    await insertAt({ type: 'insert', subject: null, message: 'Whole' });
    expect(seen).toEqual(['caret', 'replace']);
  });

  it('leaves other messages to other listeners', () => {
    expect(listener({ type: 'other' } as never)).toBeUndefined();
  });
});
