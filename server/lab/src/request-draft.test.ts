import { describe, expect, it } from 'vitest';
import { exampleRequest } from './example-request.ts';
import { checkDraft } from './request-draft.ts';

describe('checkDraft', () => {
  it('accepts the form’s example as written', () => {
    const text = JSON.stringify(exampleRequest, null, 2);
    expect(checkDraft(text)).toEqual({ ok: true, request: exampleRequest });
  });

  it('names the fields the shared schema refuses', () => {
    const check = checkDraft(JSON.stringify({ ...exampleRequest, channel: 'FAX', lead: { first_name: '' } }));
    expect(check.ok).toBe(false);
    expect(!check.ok && check.issues.map((i) => i.path)).toEqual(['channel', 'lead.first_name']);
  });

  it('says when the text is not JSON', () => {
    const check = checkDraft('{"channel": ');
    expect(!check.ok && check.issues[0]?.message).toMatch(/^is not JSON/);
  });
});
