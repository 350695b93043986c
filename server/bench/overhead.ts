/**
 * Where one POST /personalize spends its time on an empty database, one request at a time: the
 * whole request over HTTP, the same in-process (no socket), each database round trip (the driver's
 * command events), time queued behind other writes, the generation pipeline and the log line.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { PersonalizeRequest } from '@personalizer/shared';
import { personalize } from '../src/generation/pipeline.ts';
import { startLocalDb } from '../src/store/local-db.ts';
import { openStores } from '../src/store/stores.ts';
import { emailRequest } from '../test-support/fixtures.ts';
import { benchApp, instantProvider } from './bench-app.ts';

const SAMPLES = 300;
const WARM_UP = 50;

/** A realistic body: the lead's email and profile URL make two more list entries. */
export const benchBody = (n: number) => ({
  ...emailRequest,
  lead: { ...emailRequest.lead, email: `dana${n}@northwind.io`, profile_url: `https://www.linkedin.com/in/dana-${n}/` },
});

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

export async function bench(): Promise<void> {
  const dataDir = process.env.MONGODB_URI ? null : await mkdtemp(path.join(os.tmpdir(), 'pz-overhead-'));
  const localDb = dataDir ? await startLocalDb({ dataDir }) : null;
  const uri = process.env.MONGODB_URI ?? (localDb?.uri as string);
  const stores = await openStores({
    uri,
    db: `overhead_${Date.now()}`,
    rateLimitPerMin: 10_000_000,
    monitorCommands: true,
  });
  await localDb?.indexNow();
  const { token } = await stores.users.add('Overhead', 'member');

  // The driver's own durations are whole milliseconds: time each command here instead.
  let commands: { name: string; ms: number }[] = [];
  const commandStarts = new Map<number, number>();
  stores.db.client.on('commandStarted', (e) => commandStarts.set(e.requestId, performance.now()));
  stores.db.client.on('commandSucceeded', (e) => {
    commands.push({
      name: e.commandName,
      ms: performance.now() - (commandStarts.get(e.requestId) ?? performance.now()),
    });
    commandStarts.delete(e.requestId);
  });
  const devNull = openSync('/dev/null', 'w');
  let logMs = 0;
  // What main.ts does with each line (stdout), to /dev/null, timed.
  const app = benchApp(stores, (line) => {
    const started = performance.now();
    writeSync(devNull, `${JSON.stringify(line)}\n`);
    logMs += performance.now() - started;
  });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  const port = (server.address() as { port: number }).port;
  const init = (n: number) => ({
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(benchBody(n)),
  });

  const rows = {
    http: [] as number[],
    inProcess: [] as number[],
    db: [] as number[],
    queued: [] as number[],
    log: [] as number[],
  };
  const perCommand = new Map<string, number[]>();
  let n = 0;
  try {
    for (let i = 0; i < WARM_UP + SAMPLES; i++) {
      commands = [];
      logMs = 0;
      const queuedBefore = stores.db.stats.queuedMs;
      const started = performance.now();
      const res = await fetch(`http://127.0.0.1:${port}/personalize`, init(n++));
      await res.arrayBuffer();
      const elapsed = performance.now() - started;
      if (res.status !== 200) throw new Error(`POST /personalize answered ${res.status}`);
      if (i < WARM_UP) continue;
      rows.http.push(elapsed);
      rows.db.push(commands.reduce((sum, c) => sum + c.ms, 0));
      rows.queued.push(stores.db.stats.queuedMs - queuedBefore);
      rows.log.push(logMs);
      const counts = new Map<string, number>();
      for (const c of commands) counts.set(c.name, (counts.get(c.name) ?? 0) + 1);
      for (const [name, count] of counts) perCommand.set(name, [...(perCommand.get(name) ?? []), count]);
    }
    for (let i = 0; i < WARM_UP + SAMPLES; i++) {
      const started = performance.now();
      const res = await app.request('/personalize', init(n++));
      await res.arrayBuffer();
      if (i >= WARM_UP) rows.inProcess.push(performance.now() - started);
    }
  } finally {
    server.close();
    closeSync(devNull);
    await stores.db.close();
    await localDb?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }
  const input = PersonalizeRequest.parse(benchBody(0));
  const pipeline: number[] = [];
  for (let i = 0; i < WARM_UP + SAMPLES; i++) {
    const started = performance.now();
    await personalize(input, { provider: instantProvider });
    if (i >= WARM_UP) pipeline.push(performance.now() - started);
  }

  const trips = [...perCommand].map(([name, counts]) => `${median(counts)} ${name}`).join(', ');
  const total = median(rows.http);
  const parts: [string, number][] = [
    [`database: ${trips}`, median(rows.db)],
    ['  of which waiting in the write queue', median(rows.queued)],
    ['generation pipeline (prompt, parse, guardrails)', median(pipeline)],
    ['log line (JSON + write)', median(rows.log)],
    ['HTTP socket and client (HTTP minus in-process)', total - median(rows.inProcess)],
  ];
  const known = parts.filter(([name]) => !name.startsWith('  ')).reduce((sum, [, ms]) => sum + ms, 0);
  parts.push(['routing, auth, validation, JSON, the rest', Math.max(0, total - known)]);
  const where = localDb ? 'local FerretDB' : 'MONGODB_URI';
  console.log(`\nOverhead: POST /personalize on an empty database (${where}), one connection, medians of ${SAMPLES}`);
  console.log(`  ${'whole request over HTTP'.padEnd(62)} ${total.toFixed(2).padStart(7)} ms  target <= 10`);
  for (const [name, ms] of parts) console.log(`  ${`  ${name}`.padEnd(62)} ${ms.toFixed(2).padStart(7)} ms`);
  console.log('  fsync per request: none (SQLite WAL with synchronous=NORMAL syncs at checkpoints, not commits)');
}

if (import.meta.main) await bench();
