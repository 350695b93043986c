/**
 * Several real server processes: two sharing one database, the rule that keeps two from serving
 * the same local database folder, and the local database's life ending with its server's.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type FakeProvider, startFakeProvider } from '@personalizer/server/test-support/fake-provider';
import { cleanEmailVariants, emailRequest } from '@personalizer/server/test-support/fixtures';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { localDbPids, type RunningServer, runTool, startServer } from '../support/server.ts';

let fake: FakeProvider;
beforeAll(async () => {
  fake = await startFakeProvider();
});
afterAll(() => fake.close());

const llmEnv = () => ({
  LLM_PROVIDER: 'openai',
  OPENAI_BASE_URL: fake.openaiBaseURL,
  OPENAI_API_KEY: 'sk-e2e-not-real',
});

function call(server: RunningServer, token: string, method: string, route: string, body?: unknown) {
  return fetch(`${server.url}${route}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** Waits out the last seconds of a clock minute, so a per-minute limit is tested within one. */
async function startOfAMinute() {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < 15_000) await new Promise((resolve) => setTimeout(resolve, left + 100));
}

describe('two servers on one database', () => {
  it('serve the same users and requests, share the rate limit, and stop independently', async () => {
    const shared = { MONGODB_URI: inject('mongodbUri'), MONGODB_DB: `e2e_${randomBytes(4).toString('hex')}` };
    const admin = `e2e-admin-${randomBytes(12).toString('hex')}`;
    const env = { ...shared, ...llmEnv(), API_TOKEN: admin, RATE_LIMIT_PER_MIN: '3' };
    const added = await runTool('users', ['add', 'Dana', 'Reyes'], shared);
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/Added member "Dana Reyes" \(usr_[0-9a-z]{20}\)/);
    const dana = added.stdout.trim().split('\n').at(-1) as string;

    const [a, b] = await Promise.all([startServer(env), startServer(env)]);
    try {
      await startOfAMinute();
      const created = await call(a, dana, 'POST', '/personalize', emailRequest);
      expect(created.status).toBe(200);
      const { request_id } = await created.json();
      // The other server knows Dana and her request.
      const record = await call(b, dana, 'GET', `/personalize/${request_id}`);
      expect(record.status).toBe(200);
      expect((await record.json()).request.owner_id).toMatch(/^usr_/);

      // Three a minute for Dana, whichever server she reaches.
      expect((await call(b, dana, 'POST', '/personalize', emailRequest)).status).toBe(200);
      expect((await call(a, dana, 'POST', '/personalize', emailRequest)).status).toBe(200);
      const limited = await call(b, dana, 'POST', '/personalize', emailRequest);
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await call(a, dana, 'POST', '/personalize', emailRequest)).status).toBe(429);

      // A graceful stop of one server leaves the other's in-flight request and later ones alone.
      fake.script([{ kind: 'json', variants: cleanEmailVariants, delayMs: 1000 }]);
      const inFlight = call(b, admin, 'POST', '/personalize', emailRequest);
      await expect.poll(() => fake.requests.length).toBe(1);
      await a.stop();
      expect(a.output()).toContain('SIGTERM: finishing in-flight requests');
      const finished = await inFlight;
      expect(finished.status).toBe(200);
      const history = await (await call(b, admin, 'GET', '/personalize?limit=10')).json();
      expect(history.items.map((i: { request_id: string }) => i.request_id)).toContain(request_id);
      expect(history.items).toHaveLength(4);

      // Revoked from the command line: refused by the remaining server at once.
      const revoked = await runTool('users', ['revoke', 'Dana Reyes'], shared);
      expect(revoked.stdout).toMatch(/Revoked 1 token\(s\) of "Dana Reyes"/);
      expect((await call(b, dana, 'GET', '/personalize')).status).toBe(401);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });
});

describe('the local database', () => {
  it('serves one server per data folder; a second one is told how to share, tools attach', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'personalizer-e2e-shared-'));
    const first = await startServer(llmEnv(), { dataDir });
    try {
      await expect(startServer(llmEnv(), { dataDir })).rejects.toThrow(
        /already served by another local database at mongodb:\/\/127\.0\.0\.1:\d+.*MONGODB_URI/s,
      );
      // The command line reaches the running server's database instead of starting a second one.
      const listed = await runTool('users', ['list'], { DATA_DIR: dataDir, MONGODB_DB: first.dbName });
      expect(listed.code).toBe(0);
      expect(listed.stdout).toMatch(/usr_[0-9a-z]{20} +admin +active +Admin/);
      expect(localDbPids(dataDir)).toHaveLength(1);
    } finally {
      await first.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  const ends: [string, (server: RunningServer) => void][] = [
    ['SIGTERM', (s) => s.child.kill('SIGTERM')],
    ['SIGINT', (s) => s.child.kill('SIGINT')],
    ['SIGTERM to its process group', (s) => process.kill(-(s.child.pid as number), 'SIGTERM')],
    ['SIGKILL to its process group', (s) => process.kill(-(s.child.pid as number), 'SIGKILL')],
    ['a crash (SIGKILL of the server alone)', (s) => s.child.kill('SIGKILL')],
  ];
  it.each(ends)('never outlives its server: %s', async (_, end) => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'personalizer-e2e-life-'));
    const server = await startServer(llmEnv(), { dataDir, detached: true });
    try {
      const [pid] = localDbPids(dataDir);
      expect(pid).toBeGreaterThan(0);
      end(server);
      await expect.poll(() => localDbPids(dataDir), { timeout: 10_000, interval: 100 }).toEqual([]);
      await expect.poll(() => server.child.exitCode ?? server.child.signalCode).not.toBeNull();
    } finally {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
