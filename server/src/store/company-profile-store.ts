/**
 * Company profiles read from websites (POST /enrich), cached per domain in `company_profiles`:
 * _id is the normalized domain, so reads and writes go by _id (FerretDB v1 scans anything else).
 * A profile is served until expires_at; MongoDB also deletes it then (TTL index), and
 * purgeExpired() does the same at start-up where TTL indexes do not exist (FerretDB v1).
 */
import type { EnrichResponse } from '@personalizer/shared';
import { type Collection, type Db, MongoServerError } from 'mongodb';
import { withDatabase } from './errors.ts';

type ProfileDoc = Omit<EnrichResponse, 'domain' | 'fetched_at'> & { _id: string; fetched_at: Date; expires_at: Date };

// FerretDB v1 answers createIndex with expireAfterSeconds with NotImplemented.
const NOT_IMPLEMENTED = 238;

export class CompanyProfileStore {
  readonly #profiles: Collection<ProfileDoc>;

  constructor(db: Db) {
    this.#profiles = db.collection('company_profiles');
  }

  async ensureIndexes(): Promise<void> {
    await withDatabase(async () => {
      try {
        await this.#profiles.createIndex({ expires_at: 1 }, { expireAfterSeconds: 0 });
      } catch (err) {
        if (!(err instanceof MongoServerError && err.code === NOT_IMPLEMENTED)) throw err;
      }
    });
  }

  /** The domain's profile, unless there is none or it expired by `now`. */
  async get(domain: string, now: Date): Promise<EnrichResponse | null> {
    const doc = await withDatabase(() => this.#profiles.findOne({ _id: domain }));
    if (!doc || doc.expires_at <= now) return null;
    const { _id, expires_at: _expires, fetched_at, ...profile } = doc;
    return { domain: _id, ...profile, fetched_at: fetched_at.toISOString() };
  }

  /** Stores (or replaces) the domain's profile until `expires_at`. */
  async put(profile: EnrichResponse, expires_at: Date): Promise<void> {
    const { domain, fetched_at, ...rest } = profile;
    const doc: ProfileDoc = { _id: domain, ...rest, fetched_at: new Date(fetched_at), expires_at };
    await withDatabase(() => this.#profiles.replaceOne({ _id: domain }, doc, { upsert: true }));
  }

  /** Deletes the profiles that expired by `now`; returns how many. */
  async purgeExpired(now: Date): Promise<number> {
    const { deletedCount } = await withDatabase(() => this.#profiles.deleteMany({ expires_at: { $lte: now } }));
    return deletedCount;
  }
}
