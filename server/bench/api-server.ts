/**
 * The benchmark's server process: the real app (local database, zero-latency scripted provider)
 * on one port and a bare Hono route on another, so both are measured under the same conditions.
 */
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createApp } from '../src/app.ts';
import type { Provider } from '../src/providers/provider.ts';
import { openAuditStore } from '../src/store/audit-store.ts';
import { startLocalDb } from '../src/store/local-db.ts';
import { SenderProfileStore } from '../src/store/sender-profiles.ts';
import { cleanEmailVariants } from '../test-support/fixtures.ts';
import { offlineEnricher } from '../test-support/test-app.ts';

const TOKEN = 'bench-token-0123456789';
const answer = JSON.stringify({ variants: cleanEmailVariants });
const instant: Provider = { name: 'openai', model: 'scripted', temperature: 0, complete: async () => answer };

const localDb = process.env.MONGODB_URI
  ? null
  : await startLocalDb({ dataDir: await mkdtemp(path.join(os.tmpdir(), 'pz-bench-')) });
const uri = process.env.MONGODB_URI ?? (localDb?.uri as string);
const store = await openAuditStore({ uri, db: `bench_${Date.now()}`, serializeWrites: localDb !== null });
const app = createApp({
  store,
  senderProfiles: new SenderProfileStore(store.db),
  providerFor: () => instant,
  enricher: offlineEnricher(store),
  apiToken: TOKEN,
  corsOrigins: null,
  rateLimitPerMin: 10_000_000,
  bodyLimitBytes: 64 * 1024,
  requestTimeoutMs: 60_000,
  log: () => {},
});
const bare = new Hono().post('/bare', async (c) => c.json({ ok: true, got: Object.keys(await c.req.json()).length }));

const listen = (fetch: typeof app.fetch) =>
  new Promise<number>((resolve) => serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolve(info.port)));
const [appPort, barePort] = await Promise.all([listen(app.fetch), listen(bare.fetch)]);
process.send?.({ appPort, barePort, token: TOKEN });
process.once('SIGTERM', async () => {
  await store.close();
  await localDb?.stop();
  process.exit(0);
});
