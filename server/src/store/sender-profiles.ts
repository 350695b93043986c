/**
 * The sender profile each user writes as: name, company, role, offer and the approved proof points
 * that are the only source of claims about the sender. One document per user, keyed by _id (the
 * only lookup FerretDB v1 serves without a scan).
 */
import type { Sender } from '@personalizer/shared';
import type { Collection, Db } from 'mongodb';
import { withDatabase } from './errors.ts';

interface SenderProfileDoc {
  _id: string;
  sender: Sender;
  updated_at: Date;
}

export interface StoredSenderProfile {
  sender: Sender;
  updated_at: string;
}

export class SenderProfileStore {
  readonly #profiles: Collection<SenderProfileDoc>;

  constructor(db: Db) {
    this.#profiles = db.collection('sender_profiles');
  }

  async get(owner: string): Promise<StoredSenderProfile | null> {
    const doc = await withDatabase(() => this.#profiles.findOne({ _id: owner }));
    return doc ? { sender: withoutEmpty(doc.sender), updated_at: doc.updated_at.toISOString() } : null;
  }

  async put(owner: string, sender: Sender, now: Date): Promise<StoredSenderProfile> {
    const clean = withoutEmpty(sender);
    await withDatabase(() =>
      this.#profiles.replaceOne({ _id: owner }, { sender: clean, updated_at: now }, { upsert: true }),
    );
    return { sender: clean, updated_at: now.toISOString() };
  }

  async remove(owner: string): Promise<boolean> {
    const { deletedCount } = await withDatabase(() => this.#profiles.deleteOne({ _id: owner }));
    return deletedCount > 0;
  }
}

/** The sender without absent fields: the driver would store undefined as null, which no schema takes. */
function withoutEmpty(sender: Sender): Sender {
  return Object.fromEntries(Object.entries(sender).filter(([, v]) => v !== undefined && v !== null)) as Sender;
}
