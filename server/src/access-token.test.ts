import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveAccessToken } from './access-token.ts';

let dir: string;
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('resolveAccessToken', () => {
  it('generates a token once, keeps it private in the data folder, and reuses it', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'pz-token-'));
    const first = await resolveAccessToken(undefined, dir);
    expect(first.created).toBe(true);
    expect(first.token).toMatch(/^pz_[\w-]{32}$/);
    expect((await readFile(path.join(dir, 'api-token'), 'utf8')).trim()).toBe(first.token);
    expect((await stat(path.join(dir, 'api-token'))).mode & 0o077).toBe(0);
    expect(await resolveAccessToken(undefined, dir)).toMatchObject({ token: first.token, created: false });
  });

  it('prefers API_TOKEN and writes nothing', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'pz-token-'));
    expect(await resolveAccessToken('a-configured-token-123', dir)).toEqual({
      token: 'a-configured-token-123',
      created: false,
      file: null,
    });
  });
});
