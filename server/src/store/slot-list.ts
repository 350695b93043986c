/**
 * Append-only lists of request ids, one document per entry, reached only by `_id`:
 * `<list>:<seq>` for entry `seq` (1, 2, 3 …) and `<list>:head` for hints. FerretDB v1 serves
 * nothing but a lone `_id` filter without scanning, and it has neither transactions nor atomic
 * read-modify-write; an insert that fails on a duplicate `_id` is the one atomic step it has, so
 * an entry's position is claimed by inserting it, and several servers can append at once.
 *
 * Appends start after the last position this process used (or at 1) and, on a duplicate, jump
 * to the list's end. The head's `top` is a hint rewritten every HEAD_EVERY appends; readers
 * probe upward from it. Its `low` marks where retention trimmed a list from the bottom.
 */
import { type Collection, MongoBulkWriteError } from 'mongodb';
import type { Database } from './database.ts';

export interface SlotDoc {
  _id: string;
  list: string;
  seq: number;
  request_id: string;
  /** On a team-wide history entry: the id of the owner's entry for the same request. */
  owner_slot?: string;
}

interface HeadDoc {
  _id: string;
  list: string;
  top?: number;
  low?: number;
}

/** An entry to append; `owner_of` is the index (in the same call) of the owner's entry. */
export interface NewEntry {
  list: string;
  request_id: string;
  owner_of?: number;
}

/** How often an append rewrites the head's `top`; readers probe at most about this far above it. */
const HEAD_EVERY = 16;
/** Entries read at once (in parallel) when walking a list. */
const BATCH = 16;
/** Probing for the end starts with one read: a hint is usually exact (or 16 appends behind at most). */
const FIRST_PROBE = 1;
/** Lists whose last position this process remembers. */
const MAX_HINTS = 10_000;

export const slotId = (list: string, seq: number) => `${list}:${seq}`;
const headId = (list: string) => `${list}:head`;

/** Gives the docs at `which` consecutive positions after each list's `last`, and fixes owner references. */
function place(docs: SlotDoc[], entries: NewEntry[], which: Iterable<number>, last: Map<string, number>) {
  for (const i of which) {
    const doc = docs[i] as SlotDoc;
    doc.seq = (last.get(doc.list) ?? 0) + 1;
    last.set(doc.list, doc.seq);
    doc._id = slotId(doc.list, doc.seq);
  }
  for (const [j, entry] of entries.entries()) {
    if (entry.owner_of !== undefined) (docs[j] as SlotDoc).owner_slot = docs[entry.owner_of]?._id;
  }
}

export class SlotList {
  readonly #db: Database;
  readonly #slots: Collection<SlotDoc>;
  readonly #heads: Collection<HeadDoc>;
  /** The last position this process appended at, per list: a lower bound of the list's end. */
  readonly #hints = new Map<string, number>();

  constructor(db: Database, collection: string) {
    this.#db = db;
    this.#slots = db.collection<SlotDoc>(collection);
    this.#heads = db.collection<HeadDoc>(collection);
  }

  /** Appends the entries (one round trip unless another server took positions) and returns their ids. */
  async appendMany(entries: NewEntry[]): Promise<string[]> {
    return this.#db.write(async () => {
      const before = new Map(entries.map((e) => [e.list, this.#hints.get(e.list) ?? 0]));
      const docs = entries.map((e): SlotDoc => ({ _id: '', list: e.list, seq: 0, request_id: e.request_id }));
      place(docs, entries, docs.keys(), new Map(before));
      let pending = await this.#insertAll(docs);
      while (pending.length > 0) {
        // Positions another server took: continue after each such list's end, all at once.
        const ends = new Map<string, number>();
        for (const i of pending) {
          const doc = docs[i] as SlotDoc;
          ends.set(doc.list, Math.max(ends.get(doc.list) ?? 0, doc.seq));
        }
        for (const [list, seq] of ends) ends.set(list, await this.#findEnd(list, seq));
        place(docs, entries, pending, ends);
        // Entries already stored that name a moved owner's entry get the new id.
        for (const [j, entry] of entries.entries()) {
          if (entry.owner_of !== undefined && pending.includes(entry.owner_of) && !pending.includes(j)) {
            const referrer = docs[j] as SlotDoc;
            await this.#slots.updateOne({ _id: referrer._id }, { $set: { owner_slot: referrer.owner_slot } });
          }
        }
        pending = await this.#insertAll(
          pending.map((i) => docs[i] as SlotDoc),
          pending,
        );
      }
      await this.#noteAppended(docs, before);
      return docs.map((d) => d._id);
    });
  }

  /** Inserts the docs; returns the indexes (in `indexes`, if given) that hit a duplicate `_id`. */
  async #insertAll(docs: SlotDoc[], indexes?: number[]): Promise<number[]> {
    try {
      await this.#slots.insertMany(docs, { ordered: false });
      return [];
    } catch (err) {
      if (!(err instanceof MongoBulkWriteError)) throw err;
      const errors = Array.isArray(err.writeErrors) ? err.writeErrors : [err.writeErrors];
      if (errors.some((e) => e.code !== 11000)) throw err;
      return errors.map((e) => (indexes ? (indexes[e.index] as number) : e.index));
    }
  }

  /** The end of a list known to reach at least `taken`: near it with a hint, else from the head. */
  async #findEnd(list: string, taken: number): Promise<number> {
    const from = this.#hints.has(list) ? taken : Math.max(taken, (await this.#head(list)).top);
    return this.#probeTop(list, from);
  }

  /** Remembers where each list now ends; rewrites a head when its list passed a multiple of HEAD_EVERY. */
  async #noteAppended(docs: SlotDoc[], before: Map<string, number>) {
    const ends = new Map<string, number>();
    for (const doc of docs) ends.set(doc.list, Math.max(ends.get(doc.list) ?? 0, doc.seq));
    for (const [list, end] of ends) {
      this.#hints.delete(list); // re-inserted last: the map drops the least recently used first
      this.#hints.set(list, end);
      if (this.#hints.size > MAX_HINTS) this.#hints.delete(this.#hints.keys().next().value as string);
      if (Math.floor(end / HEAD_EVERY) > Math.floor((before.get(list) ?? 0) / HEAD_EVERY)) {
        await this.#heads.updateOne({ _id: headId(list) }, { $max: { top: end } }, { upsert: true });
      }
    }
  }

  /** Where a list ends (`top`, 0 when empty) and starts (`low`, 1 unless trimmed). */
  async bounds(list: string): Promise<{ top: number; low: number }> {
    const head = await this.#head(list);
    return { top: await this.#probeTop(list, Math.max(head.top, this.#hints.get(list) ?? 0)), low: head.low };
  }

  /**
   * Entries at `from` and below, newest first, one batch at a time. Stops at `low`, or after a
   * whole batch of missing positions (only trimming leaves gaps, and it trims from the bottom).
   */
  async *down(list: string, from: number, low: number, batch = BATCH): AsyncGenerator<SlotDoc[]> {
    for (let pos = from; pos >= low; pos -= batch) {
      const found = await this.#read(list, Math.max(low, pos - batch + 1), pos);
      if (found.length === 0) return;
      yield found.reverse();
    }
  }

  /** Entries from `low` upward, oldest first, one batch at a time. */
  async *up(list: string, batch = BATCH): AsyncGenerator<SlotDoc[]> {
    const { top, low } = await this.bounds(list);
    for (let pos = low; pos <= top; pos += batch) {
      const found = await this.#read(list, pos, Math.min(top, pos + batch - 1));
      if (found.length > 0) yield found;
    }
  }

  /** Every entry of a (short) list, oldest first. */
  async all(list: string): Promise<SlotDoc[]> {
    const entries: SlotDoc[] = [];
    for await (const found of this.up(list)) entries.push(...found);
    return entries;
  }

  /**
   * After its entries were deleted: keeps the list's end so later readers still probe from there
   * (a server may append above it, having seen it), while new appends may reuse low positions.
   */
  async keepEnd(list: string, top: number): Promise<void> {
    await this.#db.write(() => this.#heads.updateOne({ _id: headId(list) }, { $max: { top } }, { upsert: true }));
  }

  /** Records that entries below `low` are gone (retention trims from the bottom). */
  async raiseLow(list: string, low: number): Promise<void> {
    await this.#db.write(() => this.#heads.updateOne({ _id: headId(list) }, { $max: { low } }, { upsert: true }));
  }

  /** Deletes entries by id; returns how many existed. */
  async remove(ids: Iterable<string>): Promise<number> {
    let removed = 0;
    for (const _id of ids) {
      removed += (await this.#db.write(() => this.#slots.deleteOne({ _id }))).deletedCount;
    }
    return removed;
  }

  async #head(list: string): Promise<{ top: number; low: number }> {
    const head = await this.#db.read(() => this.#heads.findOne({ _id: headId(list) }));
    return { top: head?.top ?? 0, low: Math.max(1, head?.low ?? 1) };
  }

  /** From a known position, reads growing batches upward while they end full; returns the last found. */
  async #probeTop(list: string, from: number): Promise<number> {
    let top = from;
    for (let size = FIRST_PROBE; ; size = BATCH) {
      const end = top + size;
      const found = await this.#read(list, top + 1, end);
      if (found.length === 0) return top;
      top = (found.at(-1) as SlotDoc).seq;
      if (top < end) return top;
    }
  }

  /** Entries from..to that exist, oldest first, read in parallel by _id. */
  async #read(list: string, from: number, to: number): Promise<SlotDoc[]> {
    if (to < from) return [];
    const seqs = Array.from({ length: to - from + 1 }, (_, i) => from + i);
    const docs = await this.#db.read(() =>
      Promise.all(seqs.map((seq) => this.#slots.findOne({ _id: slotId(list, seq) }))),
    );
    return docs.filter((d): d is SlotDoc => d !== null);
  }
}
