/**
 * The generation rate limit, shared by every server on the database: at most `perMinute`
 * requests per user in each clock minute. Each request claims a numbered place in its user's
 * minute by inserting `<user_id>:<minute>:<n>` (n = 1 … perMinute); a duplicate `_id` means
 * the place is taken, so two servers can never hand out the same place, on MongoDB or FerretDB
 * (which has no atomic counter). Past minutes are swept away.
 */
import type { Collection } from 'mongodb';
import { type Database, isDuplicateKey } from './database.ts';

interface PlaceDoc {
  _id: string;
  user_id: string;
  expires_at: Date;
}

const MINUTE_MS = 60_000;

/** Seconds from `now` to the end of its clock minute (at least 1). */
export const secondsToNextMinute = (now: number) => Math.max(1, Math.ceil((MINUTE_MS - (now % MINUTE_MS)) / 1000));

export class RateLimitStore {
  readonly #db: Database;
  readonly #places: Collection<PlaceDoc>;
  readonly #perMinute: number;
  readonly #now: () => number;
  /** The highest place this process knows is taken, per user and minute. */
  readonly #taken = new Map<string, number>();

  constructor(db: Database, perMinute: number, now: () => number = Date.now) {
    this.#db = db;
    this.#places = db.collection<PlaceDoc>('rate_limits');
    this.#perMinute = perMinute;
    this.#now = now;
  }

  async ensureIndexes(): Promise<void> {
    // Serves the sweep on MongoDB; FerretDB v1 reads the (small) collection whole either way.
    await this.#db.write(() => this.#places.createIndex({ expires_at: 1 }));
  }

  /** Takes a place for `user_id`; returns 0 when allowed, else the seconds to wait. */
  async take(user_id: string): Promise<number> {
    const now = this.#now();
    const minute = Math.floor(now / MINUTE_MS);
    const key = `${user_id}:${minute}`;
    const wait = secondsToNextMinute(now);
    if ((this.#taken.get(key) ?? 0) >= this.#perMinute) return wait;
    return this.#db.write(async () => {
      let place = this.#taken.get(key) ?? 0;
      try {
        while (place < this.#perMinute) {
          place++;
          try {
            await this.#places.insertOne({
              _id: `${key}:${place}`,
              user_id,
              expires_at: new Date((minute + 1) * MINUTE_MS),
            });
            return 0;
          } catch (err) {
            if (!isDuplicateKey(err)) throw err;
          }
        }
        return wait;
      } finally {
        this.#taken.set(key, place);
      }
    });
  }

  /** Deletes past minutes' places (FerretDB v1 has no TTL index; the collection stays small). */
  async sweep(): Promise<number> {
    const now = this.#now();
    const minute = Math.floor(now / MINUTE_MS);
    for (const key of this.#taken.keys()) {
      if (Number(key.slice(key.lastIndexOf(':') + 1)) < minute) this.#taken.delete(key);
    }
    const { deletedCount } = await this.#db.write(() =>
      this.#places.deleteMany({ expires_at: { $lte: new Date(now) } }),
    );
    return deletedCount;
  }
}
