/**
 * GET /analytics at 10k stored requests: the aggregation (a full read of the requests collection
 * on FerretDB v1) for an admin and a member, and, for contrast, the template choice that every
 * generation makes (catalog and template by `_id`: must stay flat). Runs on the local FerretDB,
 * or on MONGODB_URI when it is set.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PersonalizeRequest, type Tone } from '@personalizer/shared';
import { newRequestId } from '../src/ids.ts';
import { chooseStrategy } from '../src/service/templates.ts';
import { startLocalDb } from '../src/store/local-db.ts';
import { openStores } from '../src/store/stores.ts';
import { emailRequest } from '../test-support/fixtures.ts';
import { median, seedAttempt } from './growth.ts';

const REQUESTS = 10_000;
const USERS = 5;
const TONES: Tone[] = ['PROFESSIONAL', 'FRIENDLY', 'DIRECT'];

/** The median of three timed runs after one warm-up: each run reads the whole collection. */
async function p50(run: () => Promise<unknown>): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[1] ?? 0;
}

export async function bench(): Promise<void> {
  const dataDir = process.env.MONGODB_URI ? null : await mkdtemp(path.join(os.tmpdir(), 'pz-analytics-'));
  const localDb = dataDir ? await startLocalDb({ dataDir }) : null;
  const uri = process.env.MONGODB_URI ?? (localDb?.uri as string);
  const stores = await openStores({ uri, db: `analytics_${Date.now()}`, rateLimitPerMin: 1 });
  await localDb?.indexNow();
  try {
    const owners = Array.from({ length: USERS }, (_, i) => `usr_${String(i).padStart(20, '0')}`);
    const inputs = TONES.map((tone) => PersonalizeRequest.parse({ ...emailRequest, tone }));
    const seedStart = performance.now();
    for (let start = 0; start < REQUESTS; start += 500) {
      const records = Array.from({ length: 500 }, (_, j) => {
        const i = start + j;
        const created_at = new Date(Date.now() - (REQUESTS - i) * 1000);
        return {
          request_id: newRequestId(created_at.getTime()),
          owner_id: owners[i % USERS] as string,
          input: inputs[i % TONES.length] as PersonalizeRequest,
          created_at,
          template_id: 'builtin-logistics',
          strategy_version: 1,
          arm: i % 2 ? ('A' as const) : ('B' as const),
          attempts: [seedAttempt],
          latency_ms: 1,
          tally: {
            variants: 3,
            flagged: i % 7 === 0 ? 1 : 0,
            selected: (i % 3 ? 1 : 0) as 0 | 1,
            edited: (i % 5 ? 0 : 1) as 0 | 1,
          },
        };
      });
      await stores.audit.importFinished(records);
    }
    const seeded = performance.now() - seedStart;
    const range = { from: new Date(Date.now() - 2 * REQUESTS * 1000), to: new Date(Date.now() + 60_000) };
    const admin = await p50(() => stores.audit.tallies(range, { user_id: 'usr_admin', role: 'admin' }));
    const member = await p50(() => stores.audit.tallies(range, { user_id: owners[0] as string, role: 'member' }));
    const rows = await stores.audit.tallies(range, { user_id: 'usr_admin', role: 'admin' });
    const choice = await median(50, (i) =>
      chooseStrategy(inputs[0] as PersonalizeRequest, newRequestId(i), stores.templates),
    );
    console.log(
      `\nanalytics at ${REQUESTS} requests (${localDb ? 'local FerretDB' : 'MONGODB_URI'}, seeded in ${(seeded / 1000).toFixed(1)} s)`,
    );
    console.log(
      `  GET /analytics aggregation, admin (team), p50: ${admin.toFixed(0)} ms — ${rows.length} rows, ${rows.reduce((n, r) => n + r.requests, 0)} requests`,
    );
    console.log(
      `  GET /analytics aggregation, member (own), p50: ${member.toFixed(0)} ms — the same full read, fewer matches`,
    );
    console.log(`  template choice per generation (catalog by _id), p50: ${choice.toFixed(2)} ms — no scan`);
  } finally {
    await stores.db.close();
    await localDb?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.main) await bench();
