/**
 * Append-only lists of request ids, one document per entry, reached only by `_id`:
 * `<list>:<seq>` for entry `seq` (1, 2, 3 …) and `<list>:head` for hints. FerretDB v1 serves
 * nothing but a lone `_id` filter without scanning, and it has neither transactions nor atomic
 * read-modify-write; an insert that fails on a duplicate `_id` is the one atomic step it has, so
 * an entry's position is claimed by inserting it, and several servers can append at once.
 *
 * The head's `top` is only a hint (rewritten every HEAD_EVERY appends): readers probe upward
 * from it. `low` marks where a list was trimmed or erased: entries below it are gone.
 */
import type { Collection } from 'mongodb';
import { type Database, isDuplicateKey } from './database.ts';

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

/** How often an append rewrites the head's `top`; readers probe at most about this far above it. */
const HEAD_EVERY = 16;
/** Entries read at once (in parallel) when probing or walking a list. */
const BATCH = 16;
/** Lists whose last position this process remembers. */
const MAX_HINTS = 10_000;

export const slotId = (list: string, seq: number) => `${list}:${seq}`;

export class SlotList {
  readonly #db: Database;
  readonly #slots: Collection<SlotDoc>;
  readonly #heads: Collection<HeadDoc>;
  /** The last position this process appended at, per list: a lower bound of the list's top. */
  readonly #hints = new Map<string, number>();

  constructor(db: Database, collection: string) {
    this.#db = db;
    this.#slots = db.collection<SlotDoc>(collection);
    this.#heads = db.collection<HeadDoc>(collection);
  }

  /**
   * Claims the next free position and returns the entry's id. `trustHint`: this process's last
   * position is still a valid start (true unless whole lists get erased, as a lead's can be).
   */
  async append(list: string, entry: { request_id: string; owner_slot?: string }, trustHint: boolean) {
    return this.#db.write(async () => {
      let seq = trustHint ? this.#hints.get(list) : undefined;
      if (seq === undefined) {
        const head = await this.#head(list);
        seq = Math.max(head.top, head.low - 1);
      }
      let probed = false;
      for (;;) {
        seq++;
        try {
          await this.#slots.insertOne({ _id: slotId(list, seq), list, seq, ...entry });
          break;
        } catch (err) {
          if (!isDuplicateKey(err)) throw err;
          // Taken (another server, or a stale start): jump to the end once, then step.
          if (!probed) seq = Math.max(seq, await this.#probeTop(list, seq));
          probed = true;
        }
      }
      if (trustHint) this.#remember(list, seq);
      if (seq % HEAD_EVERY === 0) {
        await this.#heads.updateOne({ _id: `${list}:head` }, { $max: { top: seq } }, { upsert: true });
      }
      return slotId(list, seq);
    });
  }

  /** The highest position in use (0 for an empty list). */
  async top(list: string): Promise<number> {
    const head = await this.#head(list);
    return this.#probeTop(list, Math.max(head.top, head.low - 1, this.#hints.get(list) ?? 0));
  }

  /** The lowest position that may still hold an entry. */
  async low(list: string): Promise<number> {
    return (await this.#head(list)).low;
  }

  /**
   * Entries at `from` and below, newest first, one batch at a time. Stops at `low`, or after a
   * whole batch of missing positions (only trimming leaves gaps, and it trims from the bottom).
   */
  async *down(list: string, from: number, batch = BATCH): AsyncGenerator<SlotDoc[]> {
    const low = Math.max(1, await this.low(list));
    for (let pos = from; pos >= low; pos -= batch) {
      const found = await this.#read(list, Math.max(low, pos - batch + 1), pos);
      if (found.length === 0) return;
      yield found.reverse();
    }
  }

  /** Entries from `low` upward, oldest first, one batch at a time, up to the top. */
  async *up(list: string, batch = BATCH): AsyncGenerator<SlotDoc[]> {
    const [low, top] = await Promise.all([this.low(list), this.top(list)]);
    for (let pos = Math.max(1, low); pos <= top; pos += batch) {
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

  /** Marks a list as emptied up to `top` (after an erasure): appends continue above it. */
  async markEmptied(list: string, top: number): Promise<void> {
    await this.#db.write(() =>
      this.#heads.updateOne({ _id: `${list}:head` }, { $max: { top, low: top + 1 } }, { upsert: true }),
    );
    this.#hints.delete(list);
  }

  /** Records that entries below `low` are gone (after trimming from the bottom). */
  async raiseLow(list: string, low: number): Promise<void> {
    await this.#db.write(() => this.#heads.updateOne({ _id: `${list}:head` }, { $max: { low } }, { upsert: true }));
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
    const head = await this.#db.read(() => this.#heads.findOne({ _id: `${list}:head` }));
    return { top: head?.top ?? 0, low: head?.low ?? 1 };
  }

  /** From a known position, reads batches upward while they are full; returns the last found. */
  async #probeTop(list: string, from: number): Promise<number> {
    let top = from;
    for (;;) {
      const end = top + BATCH;
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

  #remember(list: string, seq: number) {
    this.#hints.delete(list);
    this.#hints.set(list, seq);
    if (this.#hints.size > MAX_HINTS) this.#hints.delete(this.#hints.keys().next().value as string);
  }
}
