/**
 * The benchmark's server process: the real app (zero-latency scripted provider) on one port and a
 * bare Hono route on another, so both are measured under the same conditions. Its database: the
 * one a parent bench seeds (BENCH_URI, BENCH_DB), else
 * MONGODB_URI, else a local FerretDB of its own.
 */
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { startLocalDb } from '../src/store/local-db.ts';
import { openStores } from '../src/store/stores.ts';
import { benchApp } from './bench-app.ts';

const TOKEN = 'bench-token-0123456789';

const given = process.env.BENCH_URI ?? process.env.MONGODB_URI;
const localDb = given ? null : await startLocalDb({ dataDir: await mkdtemp(path.join(os.tmpdir(), 'pz-bench-')) });
const uri = given ?? (localDb?.uri as string);
const stores = await openStores({
  uri,
  db: process.env.BENCH_DB ?? `bench_${Date.now()}`,
  rateLimitPerMin: 10_000_000,
});
await localDb?.indexNow();
await stores.users.ensureAdmin(TOKEN, 'Bench');
const app = benchApp(stores);
const bare = new Hono().post('/bare', async (c) => c.json({ ok: true, got: Object.keys(await c.req.json()).length }));

const listen = (fetch: typeof app.fetch) =>
  new Promise<number>((resolve) => serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolve(info.port)));
const [appPort, barePort] = await Promise.all([listen(app.fetch), listen(bare.fetch)]);
process.send?.({ appPort, barePort, token: TOKEN });
process.once('SIGTERM', async () => {
  await stores.db.close();
  await localDb?.stop();
  process.exit(0);
});
