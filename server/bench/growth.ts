/**
 * Cost as the audit grows: the medians of POST /personalize, a selection, a record read, the
 * first history page and a history search at 0, 10k and 50k stored requests, one request at a time, against the real
 * server process. Seeding goes through the store module (no HTTP, no model). Runs on the local
 * FerretDB, or on MONGODB_URI when it is set.
 */
import { fork } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PersonalizeRequest, type Variant } from '@personalizer/shared';
import type { Attempt } from '../src/generation/types.ts';
import { newRequestId } from '../src/ids.ts';
import { startLocalDb } from '../src/store/local-db.ts';
import { openStores, type Stores } from '../src/store/stores.ts';
import { cleanEmailVariants, emailRequest } from '../test-support/fixtures.ts';
import { benchBody } from './overhead.ts';

const LEVELS = [0, 10_000, 50_000];
const SAMPLES = 150;
const WARM_UP = 20;
/** Seeded requests are spread over this many users; the measured member is one of them. */
const USERS = 5;
/** Seeded leads repeat: about five requests per lead at 50k. */
const LEADS = 10_000;
const TARGET_GROWTH = 1.5;
const SEED_BATCH = 500;

const variants: Variant[] = cleanEmailVariants.map((v) => ({
  ...v,
  personalization_points: [],
  evidence: [],
  risk_flags: [],
}));
export const seedAttempt: Attempt = {
  attempt: 1,
  provider: 'openai',
  model: 'scripted',
  temperature: 0,
  prompts: { system: 'system prompt '.repeat(40), user: 'user prompt '.repeat(80), template_version: 'bench' },
  raw_output: JSON.stringify({ variants: cleanEmailVariants }),
  variants,
};

/** Finished requests from `from` to `to`, in bulk through the store, a few hundred at a time. */
async function seed(stores: Stores, owners: string[], from: number, to: number) {
  for (let start = from; start < to; start += SEED_BATCH) {
    const records = [];
    for (let i = start; i < Math.min(to, start + SEED_BATCH); i++) {
      const created_at = new Date(Date.now() - (to - i));
      const lead = { ...emailRequest.lead, email: `lead${i % LEADS}@example.com` };
      records.push({
        request_id: newRequestId(created_at.getTime()),
        owner_id: owners[i % owners.length] as string,
        input: PersonalizeRequest.parse({ ...emailRequest, lead }),
        created_at,
        attempts: [seedAttempt],
        latency_ms: 1,
      });
    }
    await stores.audit.importFinished(records);
  }
}

export async function median(samples: number, run: (i: number) => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < WARM_UP + samples; i++) {
    const started = performance.now();
    await run(i);
    if (i >= WARM_UP) times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

export async function bench(): Promise<void> {
  const dataDir = process.env.MONGODB_URI ? null : await mkdtemp(path.join(os.tmpdir(), 'pz-growth-'));
  const localDb = dataDir ? await startLocalDb({ dataDir }) : null;
  const uri = process.env.MONGODB_URI ?? (localDb?.uri as string);
  const db = `growth_${Date.now()}`;
  const stores = await openStores({ uri, db, rateLimitPerMin: 1 });
  await localDb?.indexNow();
  const users = await Promise.all(Array.from({ length: USERS }, (_, i) => stores.users.add(`Bench ${i}`, 'member')));
  const member = users[0] as (typeof users)[number];
  const admin = await stores.users.add('Bench Admin', 'admin');
  const child = fork(path.join(import.meta.dirname, 'api-server.ts'), {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, BENCH_URI: uri, BENCH_DB: db },
  });
  const { appPort } = await new Promise<{ appPort: number }>((resolve) => child.once('message', resolve as never));
  const call = async (token: string, method: string, route: string, body?: unknown) => {
    const res = await fetch(`http://127.0.0.1:${appPort}${route}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${route}: ${res.status} ${await res.text()}`);
    return (await res.json()) as { request_id: string };
  };

  const rows: Record<string, number[]> = {
    'POST /personalize': [],
    'POST /personalize/:id/select': [],
    'GET /personalize/:id (record)': [],
    'GET /personalize (first page, member)': [],
    'GET /personalize (first page, admin)': [],
    'GET /personalize (search, member)': [],
    'GET /personalize (search, no match, admin)': [],
  };
  const seedTimes: number[] = [];
  let stored = 0;
  try {
    for (const level of LEVELS) {
      const started = performance.now();
      await seed(
        stores,
        users.map((u) => u.user.user_id),
        stored,
        level,
      );
      seedTimes.push((performance.now() - started) / 1000);
      stored = level;
      const ids: string[] = [];
      let n = level;
      rows['POST /personalize']?.push(
        await median(SAMPLES, async () =>
          ids.push((await call(member.token, 'POST', '/personalize', benchBody(n++))).request_id),
        ),
      );
      const pick = (i: number) => ids[(i * 7919) % ids.length] as string;
      rows['POST /personalize/:id/select']?.push(
        await median(SAMPLES, (i) =>
          call(member.token, 'POST', `/personalize/${pick(i)}/select`, { variant_index: i % 3 }),
        ),
      );
      rows['GET /personalize/:id (record)']?.push(
        await median(SAMPLES, (i) => call(member.token, 'GET', `/personalize/${pick(i)}`)),
      );
      rows['GET /personalize (first page, member)']?.push(
        await median(SAMPLES, () => call(member.token, 'GET', '/personalize?limit=20')),
      );
      rows['GET /personalize (first page, admin)']?.push(
        await median(SAMPLES, () => call(admin.token, 'GET', '/personalize?limit=20')),
      );
      rows['GET /personalize (search, member)']?.push(
        await median(SAMPLES, () =>
          call(member.token, 'GET', '/personalize?limit=20&q=dana%20northwind&status=SUCCESS'),
        ),
      );
      // Nothing matches: the call examines its whole budget of requests and answers an empty page.
      rows['GET /personalize (search, no match, admin)']?.push(
        await median(SAMPLES, () => call(admin.token, 'GET', '/personalize?limit=20&q=zebra')),
      );
    }
  } finally {
    child.kill('SIGTERM');
    await stores.db.close();
    await localDb?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }

  const where = localDb ? 'local FerretDB' : 'MONGODB_URI';
  console.log(
    `\nGrowth: medians (ms) at ${LEVELS.map((l) => l.toLocaleString('en')).join(' / ')} stored requests, ${where}, one request at a time, ${SAMPLES} samples`,
  );
  console.log(
    `  ${'operation'.padEnd(40)} ${LEVELS.map((l) => `${l / 1000}k`.padStart(8)).join('')}   growth  target <= ${TARGET_GROWTH}x`,
  );
  for (const [name, values] of Object.entries(rows)) {
    const growth = (values.at(-1) ?? 0) / (values[0] || 1);
    console.log(`  ${name.padEnd(40)} ${values.map((v) => v.toFixed(2).padStart(8)).join('')}   ${growth.toFixed(2)}x`);
  }
  console.log(`  seeding through the store module: ${seedTimes.map((s) => `${s.toFixed(0)} s`).join(' / ')}`);
}

if (import.meta.main) await bench();
