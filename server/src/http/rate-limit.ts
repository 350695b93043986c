/**
 * A token bucket per key: `perMinute` requests a minute on average, bursts up to `perMinute`.
 * In memory, so it is per server process, which is what one small backend needs.
 */
export class RateLimiter {
  readonly #perMinute: number;
  readonly #buckets = new Map<string, { tokens: number; updated: number }>();
  readonly #now: () => number;

  constructor(perMinute: number, now: () => number = Date.now) {
    this.#perMinute = perMinute;
    this.#now = now;
  }

  /** Takes one token for `key`; returns 0 when allowed, else the seconds to wait. */
  take(key: string): number {
    const now = this.#now();
    const ratePerMs = this.#perMinute / 60_000;
    const bucket = this.#buckets.get(key) ?? { tokens: this.#perMinute, updated: now };
    bucket.tokens = Math.min(this.#perMinute, bucket.tokens + (now - bucket.updated) * ratePerMs);
    bucket.updated = now;
    this.#buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - bucket.tokens) / ratePerMs / 1000);
  }
}
