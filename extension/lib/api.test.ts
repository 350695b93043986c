import { API_ERROR_CODES } from '@personalizer/shared';
import { describe, expect, it } from 'vitest';
import { ApiClientError, createApiClient, describeError } from './api.ts';

const json = (status: number, body: unknown) => async () =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('api client', () => {
  it('sends the bearer token and parses the answer', async () => {
    let seen: RequestInit | undefined;
    const client = createApiClient('http://127.0.0.1:8787/', 'tok', (async (_url: string, init: RequestInit) => {
      seen = init;
      return json(200, { items: [], next_before: null })();
    }) as typeof fetch);
    expect(await client.history()).toEqual({ items: [], next_before: null });
    expect(new Headers(seen?.headers).get('authorization')).toBe('Bearer tok');
  });

  it('turns ApiError answers and network failures into plain words', async () => {
    const unauthorized = createApiClient(
      'http://x',
      't',
      json(401, { error: { code: 'UNAUTHORIZED', message: 'no' } }) as never,
    );
    const err = await unauthorized.ready().catch((e) => e);
    expect(err).toBeInstanceOf(ApiClientError);
    expect(describeError(err)).toMatch(/access token/);
    const down = createApiClient('http://x', 't', (async () => {
      throw new TypeError('fetch failed');
    }) as never);
    expect(describeError(await down.ready().catch((e) => e))).toMatch(/Cannot reach/);
    const invalid = createApiClient(
      'http://x',
      't',
      json(400, {
        error: { code: 'INVALID_REQUEST', message: 'bad', issues: [{ path: 'goal', message: 'must not be empty' }] },
      }) as never,
    );
    expect(describeError(await invalid.ready().catch((e) => e))).toBe('Please check: goal must not be empty');
  });

  it('sends history search and filters with the cursor, and leaves out what is blank', async () => {
    const urls: string[] = [];
    const client = createApiClient('http://x/', 't', (async (url: string) => {
      urls.push(url);
      return json(200, { items: [], next_before: null })();
    }) as typeof fetch);
    await client.history({ q: ' northwind ', channel: 'EMAIL', selected: 'false', before: 'req_0000000000000000000a' });
    await client.history({ q: '  ', status: 'SUCCESS', limit: 10 });
    expect(urls).toEqual([
      'http://x/personalize?limit=20&q=northwind&channel=EMAIL&selected=false&before=req_0000000000000000000a',
      'http://x/personalize?limit=10&status=SUCCESS',
    ]);
  });

  it('regenerates one variant with an empty POST and reads the current variants', async () => {
    let seen: { url: string; init: RequestInit } | undefined;
    const variant = { subject: null, message: 'Hi', personalization_points: [], evidence: [], risk_flags: [] };
    const answer = { request_id: 'req_0000000000000000000a', variant_index: 1, variant, variants: [variant, variant] };
    const client = createApiClient('http://x', 't', (async (url: string, init: RequestInit) => {
      seen = { url, init };
      return json(200, answer)();
    }) as typeof fetch);
    expect(await client.regenerate('req_0000000000000000000a', 1)).toEqual(answer);
    expect(seen?.url).toBe('http://x/personalize/req_0000000000000000000a/variants/1/regenerate');
    expect(seen?.init.method).toBe('POST');
    expect(seen?.init.body).toBeUndefined();
  });

  it('says what happened and what to do next for every server error', () => {
    for (const code of API_ERROR_CODES) {
      // Two sentences at least: the cause, then the next step.
      expect(describeError(new ApiClientError(code, 500, 'x')), code).toMatch(/^[^.]+[.:] [A-Z].*[.?]$/);
    }
    expect(describeError(new Error('boom'))).toMatch(/reopen it, then retry/);
  });
});
