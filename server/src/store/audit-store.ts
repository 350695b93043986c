/**
 * The audit trail on the official mongodb driver: three collections, written in an order that
 * never leaves prompts or outputs without their request. No transactions (FerretDB v1 has none):
 * a request is inserted PENDING first, its attempts follow, and it is finished SUCCESS or FAILED
 * last; a crash leaves a PENDING request that failInterrupted() marks FAILED on the next start.
 */
import type {
  AuditOutput,
  AuditPrompt,
  AuditRecord,
  HistoryItem,
  HistoryResponse,
  PersonalizeRequest,
  RequestStatus,
  Selection,
} from '@personalizer/shared';
import { type Collection, type Db, MongoClient } from 'mongodb';
import type { Attempt } from '../generation/types.ts';
import { DatabaseUnavailableError, withDatabase } from './errors.ts';

/**
 * _id is the request_id (and `<request_id>#<attempt>` for prompts and outputs): FerretDB v1 looks
 * up only _id without scanning, and MongoDB's _id index is unique anyway.
 */
interface RequestDoc {
  _id: string;
  request_id: string;
  /** Model calls made; the last one's output is the final one. Set when the request finishes. */
  attempts?: number;
  input: PersonalizeRequest;
  status: RequestStatus;
  created_at: Date;
  latency_ms: number | null;
  error?: { code: string; message: string };
  replay_of?: string;
}

type PromptDoc = Omit<AuditPrompt, 'created_at'> & { _id: string; created_at: Date };
type SelectionDoc = Omit<Selection, 'selected_at'> & { selected_at: Date };
type OutputDoc = Omit<AuditOutput, 'created_at' | 'selections'> & {
  _id: string;
  created_at: Date;
  selections: SelectionDoc[];
};

const attemptId = (request_id: string, attempt: number) => `${request_id}#${attempt}`;

export type SelectResult =
  | { ok: true; selection: Selection; selection_count: number }
  | { ok: false; reason: 'NOT_FOUND' | 'NOT_SELECTABLE' | 'OUT_OF_RANGE'; variant_count?: number };

const WITHOUT_ID = { projection: { _id: 0 } } as const;

export class AuditStore {
  readonly #client: MongoClient;
  readonly #requests: Collection<RequestDoc>;
  readonly #prompts: Collection<PromptDoc>;
  readonly #outputs: Collection<OutputDoc>;
  readonly #serializeWrites: boolean;
  #writes: Promise<unknown> = Promise.resolve();
  /** The database, for the stores of other collections that share this connection. */
  readonly db: Db;

  constructor(client: MongoClient, db: Db, options: { serializeWrites?: boolean } = {}) {
    this.#client = client;
    this.db = db;
    this.#serializeWrites = options.serializeWrites ?? false;
    this.#requests = db.collection('personalization_requests');
    this.#prompts = db.collection('prompts');
    this.#outputs = db.collection('outputs');
  }

  /**
   * A write, queued behind the previous one when serializeWrites is on: SQLite (the local
   * FerretDB's backend) takes one writer at a time, and its busy handler sleeps on contention.
   */
  #write<T>(operation: () => Promise<T>): Promise<T> {
    if (!this.#serializeWrites) return withDatabase(operation);
    const run = this.#writes.then(() => withDatabase(operation));
    this.#writes = run.catch(() => {});
    return run;
  }

  async ensureIndexes(): Promise<void> {
    await withDatabase(async () => {
      await this.#requests.createIndex({ request_id: 1 }, { unique: true });
      await this.#requests.createIndex({ created_at: -1 });
      await this.#prompts.createIndex({ request_id: 1, attempt: 1 }, { unique: true });
      await this.#outputs.createIndex({ request_id: 1, attempt: 1 }, { unique: true });
      await this.#outputs.createIndex({ created_at: -1 });
    });
  }

  /** True when the database answers a ping. */
  async ping(): Promise<boolean> {
    try {
      await this.#client.db('admin').command({ ping: 1 });
      return true;
    } catch {
      return false;
    }
  }

  /** First write of every request: it exists (PENDING) before anything refers to it. */
  async beginRequest(doc: { request_id: string; input: PersonalizeRequest; created_at: Date; replay_of?: string }) {
    await this.#write(() =>
      this.#requests.insertOne({ _id: doc.request_id, ...doc, status: 'PENDING', latency_ms: null }),
    );
  }

  /** Stores one model call: its prompts, then (if the model answered) its output. */
  async recordAttempt(request_id: string, attempt: Attempt, final: boolean, created_at: Date) {
    await this.#write(async () => {
      await this.#prompts.insertOne({
        _id: attemptId(request_id, attempt.attempt),
        request_id,
        attempt: attempt.attempt,
        provider: attempt.provider,
        model: attempt.model,
        temperature: attempt.temperature,
        template_version: attempt.prompts.template_version,
        system_prompt: attempt.prompts.system,
        user_prompt: attempt.prompts.user,
        created_at,
      });
      if (attempt.raw_output === null) return;
      await this.#outputs.insertOne({
        _id: attemptId(request_id, attempt.attempt),
        request_id,
        attempt: attempt.attempt,
        final,
        raw_output: attempt.raw_output,
        parsed_variants: attempt.variants,
        selected_variant_index: null,
        selections: [],
        created_at,
      });
    });
  }

  /** Last write of every request. */
  async finishRequest(
    request_id: string,
    result: {
      status: 'SUCCESS' | 'FAILED';
      latency_ms: number;
      attempts: number;
      error?: { code: string; message: string };
    },
  ) {
    await this.#write(() => this.#requests.updateOne({ _id: request_id }, { $set: result }));
  }

  /** Marks requests left PENDING by a crash as FAILED; returns how many. */
  async failInterrupted(startedBefore: Date): Promise<number> {
    const { modifiedCount } = await this.#write(() =>
      this.#requests.updateMany(
        { status: 'PENDING', created_at: { $lt: startedBefore } },
        { $set: { status: 'FAILED', error: { code: 'INTERRUPTED', message: 'The server stopped before finishing' } } },
      ),
    );
    return modifiedCount;
  }

  async selectVariant(
    request_id: string,
    choice: { variant_index: number; edited_message?: string; edited_subject?: string },
    selected_at: Date,
  ): Promise<SelectResult> {
    return this.#write(async () => {
      const request = await this.#requests.findOne({ _id: request_id }, { projection: { status: 1, attempts: 1 } });
      if (!request) return { ok: false, reason: 'NOT_FOUND' };
      const finalId = attemptId(request_id, request.attempts ?? 0);
      const output = await this.#outputs.findOne({ _id: finalId }, { projection: { final: 1, parsed_variants: 1 } });
      if (request.status !== 'SUCCESS' || !output?.final) return { ok: false, reason: 'NOT_SELECTABLE' };
      const variant_count = output.parsed_variants.length;
      if (choice.variant_index >= variant_count) return { ok: false, reason: 'OUT_OF_RANGE', variant_count };
      const selection: SelectionDoc = { ...choice, selected_at };
      const updated = await this.#outputs.findOneAndUpdate(
        { _id: finalId },
        { $set: { selected_variant_index: choice.variant_index }, $push: { selections: selection } },
        // No projection: FerretDB v1's findAndModify does not implement it.
        { returnDocument: 'after' },
      );
      return {
        ok: true,
        selection: { ...choice, selected_at: selected_at.toISOString() },
        selection_count: updated?.selections.length ?? 1,
      };
    });
  }

  /** The whole record: request, every attempt's prompts and outputs, in attempt order. */
  async getRecord(request_id: string): Promise<AuditRecord | null> {
    return withDatabase(async () => {
      const request = await this.#requests.findOne({ _id: request_id }, WITHOUT_ID);
      if (!request) return null;
      const [prompts, outputs] = await Promise.all([
        this.#byAttempt(this.#prompts, request_id, request.attempts),
        this.#byAttempt(this.#outputs, request_id, request.attempts),
      ]);
      return {
        request: { ...request, created_at: request.created_at.toISOString() },
        prompts: prompts.map((p) => ({ ...p, created_at: p.created_at.toISOString() })),
        outputs: outputs.map((o) => ({
          ...o,
          created_at: o.created_at.toISOString(),
          selections: o.selections.map((s) => ({ ...s, selected_at: s.selected_at.toISOString() })),
        })),
      };
    });
  }

  /** A finished request's documents by _id; an unfinished one's (attempts unknown) by request_id. */
  async #byAttempt<T extends { _id: string; attempt: number }>(
    collection: Collection<T>,
    request_id: string,
    attempts: number | undefined,
  ): Promise<Omit<T, '_id'>[]> {
    if (attempts === undefined) {
      return (await collection
        .find({ request_id } as never, WITHOUT_ID)
        .sort({ attempt: 1 })
        .toArray()) as never;
    }
    const ids = Array.from({ length: attempts }, (_, i) => attemptId(request_id, i + 1));
    const docs = await Promise.all(ids.map((_id) => collection.findOne({ _id } as never, WITHOUT_ID)));
    return docs.filter((d) => d !== null) as never;
  }

  /** Newest first; `before` is a request_id (ids sort by creation time). */
  async listRecent(query: { limit: number; before?: string }): Promise<HistoryResponse> {
    const docs = await withDatabase(() =>
      this.#requests
        .find(query.before ? { request_id: { $lt: query.before } } : {}, WITHOUT_ID)
        .sort({ request_id: -1 })
        .limit(query.limit + 1)
        .toArray(),
    );
    const page = docs.slice(0, query.limit);
    return {
      items: page.map(toHistoryItem),
      next_before: docs.length > query.limit ? (page.at(-1)?.request_id ?? null) : null,
    };
  }

  async close(): Promise<void> {
    await this.#client.close();
  }
}

function toHistoryItem(doc: RequestDoc): HistoryItem {
  const { lead } = doc.input;
  return {
    request_id: doc.request_id,
    created_at: doc.created_at.toISOString(),
    status: doc.status,
    channel: doc.input.channel,
    goal: doc.input.goal,
    lead_name: [lead.first_name, lead.last_name].filter(Boolean).join(' '),
    company_name: lead.company_name ?? null,
    latency_ms: doc.latency_ms,
    ...(doc.replay_of ? { replay_of: doc.replay_of } : {}),
  };
}

export interface StoreOptions {
  uri: string;
  db: string;
  /** How long an operation waits for an unreachable server before failing (ms). */
  timeoutMs?: number;
  /** Queue writes in-process (for the local SQLite-backed FerretDB). */
  serializeWrites?: boolean;
}

/** Connects, checks the server answers, and creates the indexes; fails with a clear message. */
export async function openAuditStore(options: StoreOptions): Promise<AuditStore> {
  const timeoutMs = options.timeoutMs ?? 3000;
  const client = new MongoClient(options.uri, {
    serverSelectionTimeoutMS: timeoutMs,
    connectTimeoutMS: timeoutMs,
    socketTimeoutMS: 30_000,
    maxPoolSize: 50,
    appName: 'personalizer',
  });
  const store = new AuditStore(client, client.db(options.db), { serializeWrites: options.serializeWrites });
  try {
    await client.connect();
    await store.ensureIndexes();
  } catch (err) {
    await client.close().catch(() => {});
    const reason = err instanceof DatabaseUnavailableError ? String(err.cause) : String(err);
    throw new Error(`Cannot use MongoDB at ${redactUri(options.uri)}: ${reason}`);
  }
  return store;
}

/** The URI without its password, for messages and logs. */
export function redactUri(uri: string): string {
  return uri.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
