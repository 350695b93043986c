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
});
