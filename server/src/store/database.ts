/**
 * One connection to the database the stores share: the mongodb driver's client, the database,
 * and (on the local FerretDB) one queue for every write.
 */
import { type Collection, type Db, type Document, MongoClient, MongoServerError } from 'mongodb';
import { DatabaseUnavailableError, withDatabase } from './errors.ts';

export interface DatabaseOptions {
  uri: string;
  db: string;
  /** How long an operation waits for an unreachable server before failing (ms). */
  timeoutMs?: number;
  /** Queue writes in-process; by default when the server is FerretDB (SQLite-backed). */
  serializeWrites?: boolean;
  /** Emit the driver's command events (benchmarks time each round trip with them). */
  monitorCommands?: boolean;
}

export class Database {
  readonly client: MongoClient;
  readonly db: Db;
  readonly #serializeWrites: boolean;
  #writes: Promise<unknown> = Promise.resolve();
  /** Writes made, and the time they spent waiting behind earlier ones in the queue. */
  readonly stats = { writes: 0, queuedMs: 0 };

  constructor(client: MongoClient, db: Db, options: { serializeWrites?: boolean } = {}) {
    this.client = client;
    this.db = db;
    this.#serializeWrites = options.serializeWrites ?? false;
  }

  /** Whether writes wait for each other (FerretDB). */
  get serialized(): boolean {
    return this.#serializeWrites;
  }

  collection<T extends Document>(name: string): Collection<T> {
    return this.db.collection<T>(name);
  }

  /**
   * A write, queued behind the previous one when serializeWrites is on: SQLite (the local
   * FerretDB's backend) takes one writer at a time, and its busy handler sleeps on contention.
   * The queue also makes FerretDB's read-then-write updates atomic within this process.
   */
  write<T>(operation: () => Promise<T>): Promise<T> {
    this.stats.writes++;
    if (!this.#serializeWrites) return withDatabase(operation);
    const queued = performance.now();
    const run = this.#writes.then(() => {
      this.stats.queuedMs += performance.now() - queued;
      return withDatabase(operation);
    });
    this.#writes = run.catch(() => {});
    return run;
  }

  /** A read: never queued (SQLite's WAL lets readers run beside the writer). */
  read<T>(operation: () => Promise<T>): Promise<T> {
    return withDatabase(operation);
  }

  /** True when the database answers a ping. */
  async ping(): Promise<boolean> {
    try {
      await this.client.db('admin').command({ ping: 1 });
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await this.client.close();
  }
}

/** Connects and checks the server answers; fails with a message naming the (redacted) URI. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const timeoutMs = options.timeoutMs ?? 3000;
  const client = new MongoClient(options.uri, {
    serverSelectionTimeoutMS: timeoutMs,
    connectTimeoutMS: timeoutMs,
    socketTimeoutMS: 30_000,
    maxPoolSize: 50,
    appName: 'personalizer',
    // An absent optional field stays absent; stored as null it would fail the schemas on read.
    ignoreUndefined: true,
    monitorCommands: options.monitorCommands ?? false,
  });
  let serializeWrites = options.serializeWrites;
  try {
    await withDatabase(() => client.connect());
    // FerretDB (the local database, or one shared through MONGODB_URI) says so in buildInfo.
    serializeWrites ??= 'ferretdbVersion' in (await client.db('admin').command({ buildInfo: 1 }));
  } catch (err) {
    await client.close().catch(() => {});
    throw cannotUse(options.uri, err);
  }
  return new Database(client, client.db(options.db), { serializeWrites });
}

export function cannotUse(uri: string, err: unknown): Error {
  const reason = err instanceof DatabaseUnavailableError ? String(err.cause) : String(err);
  return new Error(`Cannot use MongoDB at ${redactUri(uri)}: ${reason}`);
}

/** The URI without its password, for messages and logs. */
export function redactUri(uri: string): string {
  return uri.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

/** MongoDB and FerretDB both answer a unique-key violation with code 11000. */
export function isDuplicateKey(err: unknown): boolean {
  return err instanceof MongoServerError && err.code === 11000;
}
