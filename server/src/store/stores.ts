/** Everything the server keeps, opened together on one database connection. */
import { MongoServerError } from 'mongodb';
import { AuditStore } from './audit-store.ts';
import { CompanyProfileStore } from './company-profile-store.ts';
import { cannotUse, type Database, type DatabaseOptions, openDatabase } from './database.ts';
import { RateLimitStore } from './rate-limit-store.ts';
import { SenderProfileStore } from './sender-profiles.ts';
import { TemplateStore } from './template-store.ts';
import { UserStore } from './user-store.ts';

export interface Stores {
  db: Database;
  audit: AuditStore;
  users: UserStore;
  limits: RateLimitStore;
  /** The sender profile each user writes as. */
  senders: SenderProfileStore;
  /** Company profiles read from websites (POST /enrich), cached per domain. */
  companies: CompanyProfileStore;
  /** Team templates and A/B experiments (the built-ins live in code). */
  templates: TemplateStore;
}

const COLLECTIONS = [
  ...AuditStore.COLLECTIONS,
  'users',
  'rate_limits',
  'sender_profiles',
  'company_profiles',
  'templates',
];

/** Connects, creates the collections and indexes, and fails with a clear message. */
export async function openStores(options: DatabaseOptions & { rateLimitPerMin: number }): Promise<Stores> {
  const db = await openDatabase(options);
  const stores = {
    db,
    audit: new AuditStore(db),
    users: new UserStore(db),
    limits: new RateLimitStore(db, options.rateLimitPerMin),
    senders: new SenderProfileStore(db.db),
    companies: new CompanyProfileStore(db.db),
    templates: new TemplateStore(db),
  };
  try {
    // Created up front (FerretDB would on first insert) so the local database indexes them first.
    for (const name of COLLECTIONS) {
      await db
        .write(() => db.db.createCollection(name))
        .catch((err) => {
          if (!(err instanceof MongoServerError && err.code === 48)) throw err; // NamespaceExists
        });
    }
    await stores.users.ensureIndexes();
    await stores.limits.ensureIndexes();
    await stores.companies.ensureIndexes();
  } catch (err) {
    await db.close().catch(() => {});
    throw cannotUse(options.uri, err);
  }
  return stores;
}
