/**
 * POST /personalize under load (autocannon, 50 connections) against a bare Hono route in the same
 * run, with a zero-latency provider and the local database: what the server itself costs.
 */
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { benchBody } from './overhead.ts';

const CONNECTIONS = 50;
const DURATION_S = 8;

function rssMb(pid: number): { now: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { now: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

async function load(url: string, token: string, connections: number) {
  return autocannon({
    url,
    method: 'POST',
    connections,
    duration: DURATION_S,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(benchBody(0)),
  });
}

export async function bench(): Promise<void> {
  const child = fork(path.join(import.meta.dirname, 'api-server.ts'), {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = await new Promise<{ appPort: number; barePort: number; token: string }>((resolve) =>
    child.once('message', resolve as never),
  );
  try {
    const base = (port: number, route: string) => `http://127.0.0.1:${port}${route}`;
    await load(base(ready.appPort, '/personalize'), ready.token, 4); // warm-up
    const single = await load(base(ready.appPort, '/personalize'), ready.token, 1);
    const appRun = await load(base(ready.appPort, '/personalize'), ready.token, CONNECTIONS);
    // Before the bare route's run, whose garbage would otherwise grow the same heap.
    const rss = rssMb(child.pid as number);
    const bareRun = await load(base(ready.barePort, '/bare'), ready.token, CONNECTIONS);
    const errors = appRun.errors + appRun.non2xx + bareRun.errors + bareRun.non2xx;
    const row = (name: string, value: string, target = '') =>
      console.log(`  ${name.padEnd(44)} ${value.padStart(12)}  ${target}`);
    console.log(
      `\nAPI: POST /personalize, zero-latency provider, local FerretDB, ${CONNECTIONS} connections, ${DURATION_S} s each`,
    );
    row('bare Hono route throughput (req/s)', bareRun.requests.average.toFixed(0));
    row('POST /personalize throughput (req/s)', appRun.requests.average.toFixed(0));
    row('throughput ratio (personalize / bare)', (appRun.requests.average / bareRun.requests.average).toFixed(3));
    row('bare route latency p50 / p99 (ms)', `${bareRun.latency.p50} / ${bareRun.latency.p99}`);
    row(
      `POST /personalize latency p50 / p99 (ms)`,
      `${appRun.latency.p50} / ${appRun.latency.p99}`,
      `(${CONNECTIONS} in flight: queueing included)`,
    );
    row(
      'POST /personalize alone, 1 connection p50 / p99 (ms)',
      `${single.latency.p50} / ${single.latency.p99}`,
      'target p50 <= 10, p99 <= 50 (server overhead)',
    );
    row('errors and non-2xx', String(errors), 'target 0');
    row('server RSS now / peak (MB)', `${rss.now.toFixed(0)} / ${rss.peak.toFixed(0)}`, 'target <= 200');
  } finally {
    child.kill('SIGTERM');
  }
}

if (import.meta.main) await bench();
