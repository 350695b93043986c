import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labClient } from '../../lab/src/api.ts';
import { cleanEmailVariants, emailRequest } from '../../test-support/fixtures.ts';
import { useApiSuite } from '../../test-support/suites.ts';
import { fakeOpenAi, testApp } from '../../test-support/test-app.ts';

const { fake, stores, api } = useApiSuite();

describe('/lab', () => {
  let dist: string;
  beforeAll(async () => {
    // A stand-in for the Vite build: the server only serves the folder it is given.
    dist = await mkdtemp(path.join(os.tmpdir(), 'personalizer-lab-'));
    await mkdir(path.join(dist, 'assets'));
    await writeFile(path.join(dist, 'index.html'), '<!doctype html><title>Personalizer prompt lab</title>');
    await writeFile(path.join(dist, 'assets/index-abc123.js'), 'console.log("lab")');
  });
  afterAll(() => rm(dist, { recursive: true, force: true }));

  it('serves the page and its assets without a token', async () => {
    const { app } = testApp(stores(), fakeOpenAi(fake().openaiBaseURL), { labDir: dist });
    for (const route of ['/lab', '/lab/']) {
      const page = await app.request(route);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      expect(page.headers.get('cache-control')).toBe('no-cache');
      expect(await page.text()).toContain('Personalizer prompt lab');
    }
    const script = await app.request('/lab/assets/index-abc123.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect(script.headers.get('cache-control')).toContain('immutable');
    expect((await app.request('/lab/assets/missing.js')).status).toBe(404);
  });

  it('says how to build the lab when it is not built', async () => {
    const { app } = testApp(stores(), fakeOpenAi(fake().openaiBaseURL), { labDir: path.join(dist, 'not-built') });
    const page = await app.request('/lab');
    expect(page.status).toBe(503);
    expect(await page.text()).toContain('pnpm --filter @personalizer/server build:lab');
  });
});

describe('the lab’s API calls', () => {
  it('show a member only their own requests', async () => {
    const member = await stores().users.add('Lab Member', 'member');
    const { app } = api();
    const lab = (token: string) => labClient(token, async (input, init) => app.request(input as string, init));
    fake().script([
      { kind: 'json', variants: cleanEmailVariants },
      { kind: 'json', variants: cleanEmailVariants },
    ]);
    const theirs = await lab(member.token).personalize(emailRequest);
    const admins = await api().call('POST', '/personalize', emailRequest);
    expect(admins.status).toBe(200);

    const seen = (await lab(member.token).history({})).items.map((item) => item.request_id);
    expect(seen).toEqual([theirs.request_id]);
  });
});
