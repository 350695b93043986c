/**
 * What every server does on a schedule, safely beside other servers doing the same: requests left
 * PENDING by a stopped server are marked FAILED, past rate-limit minutes are swept, and with a
 * retention period, older requests are deleted with their prompts and outputs.
 */
import type { ErasedCounts } from '@personalizer/shared';
import type { Stores } from '../store/stores.ts';

const DAY_MS = 24 * 3600_000;

export interface HousekeepingOptions {
  stores: Stores;
  retentionDays: number | null;
  /** A request older than this has certainly ended, on whichever server ran it. */
  requestTimeoutMs: number;
  everyMs?: number;
  now?: () => number;
  log?: (line: Record<string, unknown>) => void;
}

export interface HousekeepingReport {
  interrupted: number;
  rate_limit_places: number;
  removed: ErasedCounts | null;
}

export function housekeeping(options: HousekeepingOptions) {
  const everyMs = options.everyMs ?? 60_000;
  const now = options.now ?? Date.now;
  const { audit, limits } = options.stores;

  async function runOnce(): Promise<HousekeepingReport> {
    const started = now();
    const interrupted = await audit.failInterrupted(new Date(started - options.requestTimeoutMs));
    const rate_limit_places = await limits.sweep();
    const removed = options.retentionDays
      ? await audit.removeOlderThan(new Date(started - options.retentionDays * DAY_MS))
      : null;
    if (interrupted || removed?.requests) {
      options.log?.({ time: new Date(started).toISOString(), housekeeping: { interrupted, removed } });
    }
    return { interrupted, rate_limit_places, removed };
  }

  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> | null = null;
  return {
    runOnce,
    /**
     * Runs now and then every `everyMs`, in the background (a long retention backlog never delays
     * a start), never two at once; errors (a database outage) wait for the next run.
     */
    start() {
      const run = () => {
        running ??= runOnce()
          .catch((err) => console.error('housekeeping failed:', (err as Error).message))
          .finally(() => {
            running = null;
          });
      };
      run();
      timer = setInterval(run, everyMs);
      timer.unref();
    },
    /** Stops the schedule and waits for a run in progress. */
    async stop() {
      if (timer) clearInterval(timer);
      await running;
    },
  };
}
