/**
 * The audit trail on the official mongodb driver: three collections, written in an order that
 * never leaves prompts or outputs without their request, nor a request unreachable from its
 * lists. No transactions (FerretDB v1 has none): the list entries pointing at a request are
 * claimed first, the request is inserted PENDING next, its attempts follow, and it is finished
 * SUCCESS or FAILED last; a crash leaves a PENDING request that failInterrupted() marks FAILED.
 *
 * Every read and write goes by `_id`, the one filter FerretDB v1 serves without scanning (with
 * the index server/localdb adds; MongoDB's `_id` index serves the same lookups):
 * - `personalization_requests`: `_id` = request_id;
 * - `prompts`, `outputs`: `_id` = `<request_id>#<attempt>`;
 * - `request_lists` (slot-list.ts): the history of each user (`user:<user_id>`) and of the team
 *   (`team`), and the requests about each lead (`lead:<sha256 of its email or profile URL>`).
 */
import type {
  Arm,
  AuditOutput,
  AuditPrompt,
  AuditRecord,
  Channel,
  ErasedCounts,
  HistoryItem,
  HistoryResponse,
  PersonalizeRequest,
  RequestStatus,
  Selection,
  Tone,
  UserRole,
  Variant,
} from '@personalizer/shared';
import type { Collection } from 'mongodb';
import type { Attempt } from '../generation/types.ts';
import { type Database, isDuplicateKey } from './database.ts';
import { type HistoryFilters, historyFilter } from './history-filter.ts';
import { leadKeys } from './lead-key.ts';
import { type NewEntry, type SlotDoc, SlotList } from './slot-list.ts';

interface RequestDoc {
  _id: string;
  request_id: string;
  /** The user_id of the sender; absent on requests stored before users existed (admins see those). */
  owner_id?: string;
  /** Model calls made (regenerations' included). Set when the request finishes. */
  attempts?: number;
  /** The call whose output holds the current variants, once a regeneration stored its calls; else the last. */
  final_attempt?: number;
  template_id?: string;
  strategy_version?: number;
  arm?: Arm;
  input: PersonalizeRequest;
  status: RequestStatus;
  created_at: Date;
  latency_ms: number | null;
  error?: { code: string; message: string };
  replay_of?: string;
  /** The list entries pointing here (history and lead keys), so deleting it can delete them. */
  slots: string[];
  /** Counts for GET /analytics: variants shown and flagged (at the end), picked and edited (on select). */
  tally?: Partial<Tally>;
}

/** Per request, numbers only, so the analytics aggregation groups on them without expressions. */
export interface Tally {
  variants: number;
  /** Variants with at least one error flag. */
  flagged: number;
  /** 1 once a variant was picked. */
  selected: 0 | 1;
  /** 1 when the latest pick was edited before insert. */
  edited: 0 | 1;
}

/** One template × arm × tone × channel cell of GET /analytics, as counts. */
export interface TallyRow {
  template_id: string | null;
  arm: Arm | null;
  tone: Tone;
  channel: Channel;
  requests: number;
  selections: number;
  edited: number;
  variants: number;
  flagged: number;
}

type PromptDoc = Omit<AuditPrompt, 'created_at'> & { _id: string; owner_id: string; created_at: Date };
type SelectionDoc = Omit<Selection, 'selected_at'> & { selected_at: Date };
type OutputDoc = Omit<AuditOutput, 'created_at' | 'selections'> & {
  _id: string;
  owner_id: string;
  created_at: Date;
  selections: SelectionDoc[];
};

/** Who is asking: members see their own requests, admins everyone's. */
export interface Viewer {
  user_id: string;
  role: UserRole;
}

/** What a regeneration starts from. */
export interface RegenerationBase {
  /** As stored (requests from before slots and modes lack them). */
  input: PersonalizeRequest;
  owner_id?: string;
  strategy: Strategic;
  /** Model calls stored so far: a regeneration's are numbered after them. */
  attempts: number;
  final_attempt: number;
  /** The current variants; null when the request did not succeed. */
  variants: Variant[] | null;
}

export type SelectResult =
  | { ok: true; selection: Selection; selection_count: number }
  | { ok: false; reason: 'NOT_FOUND' | 'NOT_SELECTABLE' | 'OUT_OF_RANGE'; variant_count?: number };

const attemptId = (request_id: string, attempt: number) => `${request_id}#${attempt}`;
const finalAttempt = (doc: Pick<RequestDoc, 'attempts' | 'final_attempt'>) => doc.final_attempt ?? doc.attempts ?? 0;
/** The pipeline makes at most two model calls; an unfinished request's are looked up by these. */
const MAX_ATTEMPTS = 2;

const TEAM = 'team';
const userList = (user_id: string) => `user:${user_id}`;
const leadList = (key: string) => `lead:${key}`;
const isLeadSlot = (slot: string) => slot.startsWith('lead:');

const canSee = (owner_id: string | undefined, viewer: Viewer) => viewer.role === 'admin' || owner_id === viewer.user_id;

const HISTORY_FIELDS = {
  _id: 0,
  request_id: 1,
  owner_id: 1,
  status: 1,
  created_at: 1,
  latency_ms: 1,
  replay_of: 1,
  'input.channel': 1,
  'input.goal': 1,
  'input.lead.first_name': 1,
  'input.lead.last_name': 1,
  'input.lead.company_name': 1,
  'tally.selected': 1,
} as const;

/** Requests one history call examines at most: filtering happens as the list is walked. */
const HISTORY_EXAMINED = 200;

/** How far back failInterrupted looks at most, in entries of the team history (newest first). */
const MAX_INTERRUPTED_SCAN = 5000;
/** failInterrupted looks again this far before where it got to (clocks of several servers differ). */
const INTERRUPTED_MARGIN_MS = 2 * 60_000;
const DAY_MS = 24 * 3600_000;
/** An adoption of old requests not finished within this long was cut short: another server redoes it. */
const ADOPTION_STALE_MS = 10 * 60_000;

export class AuditStore {
  readonly #db: Database;
  readonly #requests: Collection<RequestDoc>;
  readonly #prompts: Collection<PromptDoc>;
  readonly #outputs: Collection<OutputDoc>;
  readonly #lists: SlotList;
  /** Where the store's own chores got to: `interrupted` (failInterrupted), `adopted` (adoptUnlisted). */
  readonly #meta: Collection<MetaDoc>;

  constructor(db: Database) {
    this.#db = db;
    this.#requests = db.collection('personalization_requests');
    this.#prompts = db.collection('prompts');
    this.#outputs = db.collection('outputs');
    this.#lists = new SlotList(db, 'request_lists');
    this.#meta = db.collection('audit_meta');
  }

  /** The collections this store writes, so a new database can get its indexes before use. */
  static readonly COLLECTIONS = ['personalization_requests', 'prompts', 'outputs', 'request_lists', 'audit_meta'];

  /**
   * First write of every request: the entries that find it (its lead keys', its owner's and the
   * team's history), then the request itself, PENDING.
   */
  async beginRequest(doc: NewRequest) {
    const slots = await this.#lists.appendMany(entriesFor(doc));
    await this.#db.write(() =>
      this.#requests.insertOne({ _id: doc.request_id, ...doc, status: 'PENDING', latency_ms: null, slots }),
    );
  }

  /** Stores one model call: its prompts, then (if the model answered) its output. */
  async recordAttempt(request: Audited, attempt: Attempt, final: boolean, created_at: Date, regenerates?: number) {
    await this.#db.write(async () => {
      await this.#prompts.insertOne(promptDoc(request, attempt, created_at, regenerates));
      const output = outputDoc(request, attempt, final, created_at, regenerates);
      if (output) await this.#outputs.insertOne(output);
    });
  }

  /**
   * Stores finished requests in bulk, in the same order and shape as one at a time (for loading
   * many at once: benchmarks, imports): entries, then requests, prompts and outputs.
   */
  async importFinished(records: (NewRequest & { attempts: Attempt[]; latency_ms: number; tally?: Tally })[]) {
    const entries = records.map(entriesFor);
    const ids = await this.#lists.appendMany(entries.flat());
    let next = 0;
    const requests = records.map(({ attempts, ...doc }, i): RequestDoc => {
      const start = next;
      next += (entries[i] as NewEntry[]).length;
      const slots = ids.slice(start, next);
      return { _id: doc.request_id, ...doc, status: 'SUCCESS', attempts: attempts.length, slots };
    });
    const calls = records.flatMap((r) => r.attempts.map((a, i) => ({ r, a, final: i === r.attempts.length - 1 })));
    const outputs = present(calls.map(({ r, a, final }) => outputDoc(r, a, final, r.created_at)));
    await this.#db.write(async () => {
      await this.#requests.insertMany(requests);
      await this.#prompts.insertMany(calls.map(({ r, a }) => promptDoc(r, a, r.created_at)));
      if (outputs.length) await this.#outputs.insertMany(outputs);
    });
  }

  /** What regenerating one of the request's variants starts from, when the viewer may see it. */
  async regenerationBase(request_id: string, viewer: Viewer): Promise<RegenerationBase | null> {
    return this.#db.read(async () => {
      const request = await this.#requests.findOne(
        { _id: request_id },
        {
          projection: {
            input: 1,
            status: 1,
            attempts: 1,
            final_attempt: 1,
            owner_id: 1,
            template_id: 1,
            strategy_version: 1,
            arm: 1,
          },
        },
      );
      if (!request || !canSee(request.owner_id, viewer)) return null;
      const final_attempt = finalAttempt(request);
      const output =
        request.status === 'SUCCESS'
          ? await this.#outputs.findOne(
              { _id: attemptId(request_id, final_attempt) },
              { projection: { final: 1, parsed_variants: 1 } },
            )
          : null;
      return {
        input: request.input,
        ...(request.owner_id ? { owner_id: request.owner_id } : {}),
        strategy: strategyFields(request),
        attempts: request.attempts ?? 0,
        final_attempt,
        variants: output?.final ? output.parsed_variants : null,
      };
    });
  }

  /**
   * Stores a regeneration's model calls as the request's next attempts, marked with the variant
   * they regenerate. When it wrote a variant (`variants`: all of them now), its last output becomes
   * the final one, the request's tally counts them, and the previous final output stays readable
   * as not final. Inserting the first call claims the next attempt number: a regeneration that
   * lost it to another built on variants no longer current, and answers 'CONFLICT'.
   */
  async recordRegeneration(
    request: Audited,
    base: Pick<RegenerationBase, 'attempts' | 'final_attempt'>,
    regenerates: number,
    calls: Attempt[],
    result: { variants: Variant[]; tally: Pick<Tally, 'variants' | 'flagged'> } | null,
    created_at: Date,
  ): Promise<'STORED' | 'CONFLICT'> {
    const last = base.attempts + calls.length;
    const numbered = calls.map((call, i) => ({ ...call, attempt: base.attempts + i + 1 }));
    if (result) numbered[numbered.length - 1] = { ...(numbered.at(-1) as Attempt), variants: result.variants };
    try {
      for (const call of numbered) {
        await this.recordAttempt(request, call, result !== null && call.attempt === last, created_at, regenerates);
      }
    } catch (err) {
      if (isDuplicateKey(err)) return 'CONFLICT';
      throw err;
    }
    const { request_id } = request;
    await this.#db.write(async () => {
      // Without a new variant the final output stays where it was, no longer the last one.
      const final_attempt = result ? last : base.final_attempt;
      const tally = result ? { 'tally.variants': result.tally.variants, 'tally.flagged': result.tally.flagged } : {};
      await this.#requests.updateOne({ _id: request_id }, { $set: { attempts: last, final_attempt, ...tally } });
      if (result) {
        await this.#outputs.updateOne({ _id: attemptId(request_id, base.final_attempt) }, { $set: { final: false } });
      }
    });
    return 'STORED';
  }

  /** Last write of every request. */
  async finishRequest(
    request_id: string,
    result: {
      status: 'SUCCESS' | 'FAILED';
      latency_ms: number;
      attempts: number;
      error?: { code: string; message: string };
      tally?: Pick<Tally, 'variants' | 'flagged'>;
    },
  ) {
    await this.#db.write(() => this.#requests.updateOne({ _id: request_id }, { $set: result }));
  }

  /**
   * Marks PENDING requests created before `olderThan` FAILED: their server stopped (every request
   * ends within the request timeout). Walks the team history from the newest entry back to where
   * the last call (on any server) got to, less a margin, or a day back the first time; returns
   * how many it marked.
   */
  async failInterrupted(olderThan: Date): Promise<number> {
    const progress = await this.#db.read(() => this.#meta.findOne({ _id: 'interrupted' }));
    const since = (progress?.covered_until?.getTime() ?? olderThan.getTime() - DAY_MS) - INTERRUPTED_MARGIN_MS;
    let marked = 0;
    let seen = 0;
    const { top, low } = await this.#lists.bounds(TEAM);
    walk: for await (const entries of this.#lists.down(TEAM, top, low)) {
      for (const doc of await this.#fetch(entries, { status: 1, created_at: 1 })) {
        if (!doc) continue;
        if (doc.created_at.getTime() < since) break walk;
        if (doc.status !== 'PENDING' || doc.created_at >= olderThan) continue;
        const error = { code: 'INTERRUPTED', message: 'The server stopped before finishing' };
        await this.#db.write(() => this.#requests.updateOne({ _id: doc._id }, { $set: { status: 'FAILED', error } }));
        marked++;
      }
      seen += entries.length;
      if (seen >= MAX_INTERRUPTED_SCAN) break;
    }
    await this.#db.write(() =>
      this.#meta.updateOne({ _id: 'interrupted' }, { $max: { covered_until: olderThan } }, { upsert: true }),
    );
    return marked;
  }

  /**
   * Gives requests stored before owners and lists existed their entries, oldest first, owned by
   * `owner_id` (the first admin) unless they have an owner: once per database, on one server (the
   * one scan this store makes; another server takes over a run left unfinished for 10 minutes).
   */
  async adoptUnlisted(owner_id: string, now = new Date()): Promise<number> {
    const claimed = await this.#db
      .write(() => this.#meta.insertOne({ _id: 'adopted', started_at: now }))
      .then(
        () => true,
        async (err) => {
          if (!isDuplicateKey(err)) throw err;
          const marker = await this.#db.read(() => this.#meta.findOne({ _id: 'adopted' }));
          if (marker?.done || now.getTime() - (marker?.started_at?.getTime() ?? 0) < ADOPTION_STALE_MS) return false;
          await this.#db.write(() => this.#meta.updateOne({ _id: 'adopted' }, { $set: { started_at: now } }));
          return true;
        },
      );
    if (!claimed) return 0;
    let adopted = 0;
    const unlisted = this.#requests
      .find({ slots: { $exists: false } }, { projection: { input: 1, created_at: 1, owner_id: 1 } })
      .sort({ _id: 1 });
    for await (const doc of unlisted) {
      const owner = doc.owner_id ?? owner_id;
      const request = { request_id: doc._id, owner_id: owner, input: doc.input, created_at: doc.created_at };
      const slots = await this.#lists.appendMany(entriesFor(request));
      await this.#db.write(() => this.#requests.updateOne({ _id: doc._id }, { $set: { owner_id: owner, slots } }));
      adopted++;
    }
    await this.#db.write(() => this.#meta.updateOne({ _id: 'adopted' }, { $set: { done: true } }));
    return adopted;
  }

  async selectVariant(
    request_id: string,
    viewer: Viewer,
    choice: { variant_index: number; edited_message?: string; edited_subject?: string },
    selected_at: Date,
  ): Promise<SelectResult> {
    return this.#db.write(async () => {
      const request = await this.#requests.findOne(
        { _id: request_id },
        { projection: { status: 1, attempts: 1, final_attempt: 1, owner_id: 1 } },
      );
      if (!request || !canSee(request.owner_id, viewer)) return { ok: false, reason: 'NOT_FOUND' };
      const finalId = attemptId(request_id, finalAttempt(request));
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
      const edited = choice.edited_message !== undefined || choice.edited_subject !== undefined ? 1 : 0;
      await this.#requests.updateOne({ _id: request_id }, { $set: { 'tally.selected': 1, 'tally.edited': edited } });
      return {
        ok: true,
        selection: { ...choice, selected_at: selected_at.toISOString() },
        selection_count: updated?.selections.length ?? 1,
      };
    });
  }

  /**
   * Successful requests created in [from, to) counted per template × arm × tone × channel, the
   * viewer's own (members) or everyone's (admins). One aggregation: it reads the whole requests
   * collection on FerretDB v1 (any filter but a lone `_id` scans), fine for a report. FerretDB
   * v1.24.2 computes only the first accumulator of a $group (later ones come back 0), so the
   * tallies are part of the group key under a single count and are added up here.
   */
  async tallies(range: { from: Date; to: Date }, viewer: Viewer): Promise<TallyRow[]> {
    const KEY = ['template_id', 'arm', 'tone', 'channel'] as const;
    const MEASURES = ['variants', 'flagged', 'selected', 'edited'] as const;
    const groups = await this.#db.read(() =>
      this.#requests
        .aggregate<{
          _id: Partial<Record<(typeof KEY)[number], string> & Record<(typeof MEASURES)[number], number>>;
          n: number;
        }>([
          {
            $match: {
              status: 'SUCCESS',
              created_at: { $gte: range.from, $lt: range.to },
              ...(viewer.role === 'admin' ? {} : { owner_id: viewer.user_id }),
            },
          },
          {
            $group: {
              _id: {
                template_id: '$template_id',
                arm: '$arm',
                tone: '$input.tone',
                channel: '$input.channel',
                ...Object.fromEntries(MEASURES.map((m) => [m, `$tally.${m}`])),
              },
              n: { $sum: 1 },
            },
          },
          { $sort: Object.fromEntries(KEY.map((k) => [`_id.${k}`, 1])) },
        ])
        .toArray(),
    );
    const rows = new Map<string, TallyRow>();
    for (const { _id: g, n } of groups) {
      const key = JSON.stringify(KEY.map((k) => g[k] ?? null));
      let row = rows.get(key);
      if (!row) {
        row = {
          template_id: g.template_id ?? null,
          arm: (g.arm as Arm | undefined) ?? null,
          tone: g.tone as Tone,
          channel: g.channel as Channel,
          requests: 0,
          selections: 0,
          edited: 0,
          variants: 0,
          flagged: 0,
        };
        rows.set(key, row);
      }
      row.requests += n;
      row.selections += n * (g.selected ?? 0);
      row.edited += n * (g.edited ?? 0);
      row.variants += n * (g.variants ?? 0);
      row.flagged += n * (g.flagged ?? 0);
    }
    return [...rows.values()];
  }

  /** The whole record, when the viewer may see it: request, every attempt's prompts and outputs. */
  async getRecord(request_id: string, viewer: Viewer): Promise<AuditRecord | null> {
    return this.#db.read(async () => {
      const found = await this.#requests.findOne(
        { _id: request_id },
        { projection: { _id: 0, slots: 0, tally: 0, final_attempt: 0 } },
      );
      if (!found || !canSee(found.owner_id, viewer)) return null;
      const request = found as Omit<RequestDoc, '_id' | 'slots' | 'tally' | 'final_attempt'>;
      const ids = Array.from({ length: request.attempts ?? MAX_ATTEMPTS }, (_, i) => attemptId(request_id, i + 1));
      const byId = { projection: { _id: 0, owner_id: 0 } };
      const [prompts, outputs] = await Promise.all([
        Promise.all(ids.map((_id) => this.#prompts.findOne({ _id }, byId))),
        Promise.all(ids.map((_id) => this.#outputs.findOne({ _id }, byId))),
      ]);
      return {
        request: { ...request, created_at: request.created_at.toISOString() },
        prompts: present(prompts).map((p) => ({ ...p, created_at: p.created_at.toISOString() })),
        outputs: present(outputs).map((o) => ({
          ...o,
          created_at: o.created_at.toISOString(),
          selections: o.selections.map((s) => ({ ...s, selected_at: s.selected_at.toISOString() })),
        })),
      };
    });
  }

  /**
   * The viewer's history (an admin's is the team's), newest first, optionally filtered. `before`
   * is the last request_id of the previous page; an unknown or invisible one ends the listing.
   * The list is walked and filtered here (FerretDB v1 would scan for any filter), at most
   * HISTORY_EXAMINED requests per call: a filtered page may come back short, with next_before
   * set to the last request examined.
   */
  async listRecent(
    viewer: Viewer,
    query: { limit: number; before?: string } & HistoryFilters,
  ): Promise<HistoryResponse> {
    const list = viewer.role === 'admin' ? TEAM : userList(viewer.user_id);
    const [{ top, low }, before] = await Promise.all([
      this.#lists.bounds(list),
      query.before ? this.#positionBefore(list, query.before, viewer) : null,
    ]);
    const matches = historyFilter(query);
    const items: HistoryItem[] = [];
    let examined = 0;
    let last: string | null = null;
    walk: for await (const entries of this.#lists.down(list, before ?? top, low, query.limit + 1)) {
      for (const doc of await this.#fetch(entries, HISTORY_FIELDS)) {
        if (!doc) continue;
        const item = toHistoryItem(doc);
        if (!matches || matches(item)) items.push(item);
        if (items.length > query.limit) break walk;
        last = item.request_id;
        if (++examined === HISTORY_EXAMINED) break walk;
      }
    }
    const page = items.slice(0, query.limit);
    const full = items.length > query.limit;
    return {
      items: page,
      next_before: full ? (page.at(-1)?.request_id ?? null) : examined === HISTORY_EXAMINED ? last : null,
    };
  }

  async #positionBefore(list: string, before: string, viewer: Viewer): Promise<number> {
    const doc = await this.#db.read(() =>
      this.#requests.findOne({ _id: before }, { projection: { owner_id: 1, slots: 1 } }),
    );
    if (!doc || !canSee(doc.owner_id, viewer)) return 0;
    const slot = doc.slots.find((s) => s.startsWith(`${list}:`));
    return slot ? Number(slot.slice(list.length + 1)) - 1 : 0;
  }

  /** The requests the entries point at (null where one is gone), in the entries' order. */
  #fetch(entries: SlotDoc[], projection: Record<string, 0 | 1>): Promise<(RequestDoc | null)[]> {
    return this.#db.read(() =>
      Promise.all(entries.map((e) => this.#requests.findOne({ _id: e.request_id }, { projection }))),
    );
  }

  /**
   * Erases every request about a lead (by its hashed keys, lead-key.ts), with their prompts and
   * outputs and the lead's own lists; returns what it deleted. Requests appended to the lead's
   * list while it runs are erased too.
   */
  async eraseLead(keys: string[]): Promise<ErasedCounts> {
    const erased: ErasedCounts = { requests: 0, prompts: 0, outputs: 0 };
    for (const list of keys.map(leadList)) {
      // A second round erases what another server appended meanwhile.
      for (let round = 0; round < 3; round++) {
        const entries = await this.#lists.all(list);
        if (entries.length === 0) break;
        for (const entry of entries) add(erased, await this.#eraseRequest(entry.request_id, 'keep-history'));
        await this.#lists.remove(entries.map((e) => e._id));
        await this.#lists.keepEnd(list, (entries.at(-1) as SlotDoc).seq);
      }
    }
    return erased;
  }

  /**
   * Deletes requests created before `cutoff` with their prompts, outputs and list entries,
   * oldest first along the team history, and stops at the first newer one.
   */
  async removeOlderThan(cutoff: Date): Promise<ErasedCounts> {
    const removed: ErasedCounts = { requests: 0, prompts: 0, outputs: 0 };
    let low: number | null = null;
    walk: for await (const entries of this.#lists.up(TEAM)) {
      const docs = await this.#fetch(entries, { created_at: 1 });
      for (const [i, entry] of entries.entries()) {
        const doc = docs[i];
        if (doc && doc.created_at >= cutoff) break walk;
        if (doc) add(removed, await this.#eraseRequest(entry.request_id, 'with-history'));
        // Left by an erasure (or a crash before the request was stored): the entries only.
        else await this.#lists.remove([entry._id, ...(entry.owner_slot ? [entry.owner_slot] : [])]);
        low = entry.seq + 1;
      }
    }
    if (low !== null) await this.#lists.raiseLow(TEAM, low);
    return removed;
  }

  /**
   * Deletes one request, its prompts, outputs and lead entries. History entries stay on an erasure
   * (they hold only the id, and readers skip them) so history pages never meet long gaps; they go
   * when retention reaches them.
   */
  async #eraseRequest(request_id: string, history: 'keep-history' | 'with-history'): Promise<ErasedCounts> {
    const doc = await this.#db.read(() =>
      this.#requests.findOne({ _id: request_id }, { projection: { attempts: 1, slots: 1 } }),
    );
    if (!doc) return { requests: 0, prompts: 0, outputs: 0 };
    const ids = Array.from({ length: doc.attempts ?? MAX_ATTEMPTS }, (_, i) => attemptId(request_id, i + 1));
    let prompts = 0;
    let outputs = 0;
    for (const _id of ids) {
      prompts += (await this.#db.write(() => this.#prompts.deleteOne({ _id }))).deletedCount;
      outputs += (await this.#db.write(() => this.#outputs.deleteOne({ _id }))).deletedCount;
    }
    const requests = (await this.#db.write(() => this.#requests.deleteOne({ _id: request_id }))).deletedCount;
    await this.#lists.remove(history === 'with-history' ? doc.slots : doc.slots.filter(isLeadSlot));
    return { requests, prompts, outputs };
  }
}

interface MetaDoc {
  _id: string;
  covered_until?: Date;
  started_at?: Date;
  done?: boolean;
}

/** The template strategy a request's prompts were built with, when one applied. */
interface Strategic {
  template_id?: string;
  strategy_version?: number;
  arm?: Arm;
}

interface Audited extends Strategic {
  request_id: string;
  owner_id: string;
}

interface NewRequest extends Audited {
  input: PersonalizeRequest;
  created_at: Date;
  replay_of?: string;
}

/** The list entries a request gets, in the order they are claimed; the team's names the owner's. */
function entriesFor(doc: NewRequest): NewEntry[] {
  const { request_id } = doc;
  const leads = leadKeys(doc.input.lead).map((key) => ({ list: leadList(key), request_id }));
  return [...leads, { list: userList(doc.owner_id), request_id }, { list: TEAM, request_id, owner_of: leads.length }];
}

function promptDoc(
  { request_id, owner_id, ...strategy }: Audited,
  attempt: Attempt,
  created_at: Date,
  regenerates?: number,
): PromptDoc {
  return {
    ...strategyFields(strategy),
    _id: attemptId(request_id, attempt.attempt),
    request_id,
    owner_id,
    attempt: attempt.attempt,
    provider: attempt.provider,
    model: attempt.model,
    temperature: attempt.temperature,
    template_version: attempt.prompts.template_version,
    system_prompt: attempt.prompts.system,
    user_prompt: attempt.prompts.user,
    ...(attempt.step ? { step: attempt.step } : {}),
    ...(regenerates === undefined ? {} : { regenerates }),
    created_at,
  };
}

/** The strategy fields that are set (the driver would store undefined as null). */
function strategyFields({ template_id, strategy_version, arm }: Strategic): Strategic {
  return {
    ...(template_id ? { template_id } : {}),
    ...(strategy_version ? { strategy_version } : {}),
    ...(arm ? { arm } : {}),
  };
}

/** The model's answer, or null when it never answered. */
function outputDoc(
  { request_id, owner_id }: Audited,
  attempt: Attempt,
  final: boolean,
  created_at: Date,
  regenerates?: number,
) {
  if (attempt.raw_output === null) return null;
  return {
    _id: attemptId(request_id, attempt.attempt),
    request_id,
    owner_id,
    attempt: attempt.attempt,
    final,
    raw_output: attempt.raw_output,
    parsed_variants: attempt.variants,
    ...(regenerates === undefined ? {} : { regenerates }),
    selected_variant_index: null,
    selections: [],
    created_at,
  } satisfies OutputDoc;
}

function present<T>(docs: (T | null)[]): T[] {
  return docs.filter((d): d is T => d !== null);
}

function add(total: ErasedCounts, more: ErasedCounts) {
  total.requests += more.requests;
  total.prompts += more.prompts;
  total.outputs += more.outputs;
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
    ...(doc.owner_id ? { owner_id: doc.owner_id } : {}),
    selected: doc.tally?.selected === 1,
  };
}
