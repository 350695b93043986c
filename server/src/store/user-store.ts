/**
 * Users and their access tokens in the `users` collection: one document per token, `_id` = the
 * token's SHA-256, so authenticating is one `_id` lookup (the only lookup FerretDB v1 serves
 * without scanning). A user is its `user_id`; revoking keeps the document, marked, so the
 * startup token of a revoked first admin is not re-created at the next start.
 */
import type { AuthUser, UserRole } from '@personalizer/shared';
import type { Collection } from 'mongodb';
import { hashToken, newAccessToken } from '../access-token.ts';
import { newUserId } from '../ids.ts';
import { type Database, isDuplicateKey } from './database.ts';

interface UserDoc {
  _id: string;
  user_id: string;
  name: string;
  role: UserRole;
  created_at: Date;
  revoked_at?: Date;
}

export interface UserListing extends AuthUser {
  created_at: Date;
  revoked_at: Date | null;
}

const toUser = (doc: UserDoc): AuthUser => ({ user_id: doc.user_id, name: doc.name, role: doc.role });

export class UserStore {
  readonly #db: Database;
  readonly #users: Collection<UserDoc>;

  constructor(db: Database) {
    this.#db = db;
    this.#users = db.collection<UserDoc>('users');
  }

  async ensureIndexes(): Promise<void> {
    // For listing and revoking by user (rare, command line); lookups go by _id.
    await this.#db.write(() => this.#users.createIndex({ user_id: 1 }));
  }

  /** The user a token belongs to, or null when it is unknown or revoked. */
  async authenticate(token: string): Promise<AuthUser | null> {
    const doc = await this.#db.read(() => this.#users.findOne({ _id: hashToken(token) }));
    return doc && !doc.revoked_at ? toUser(doc) : null;
  }

  /** A new user with a new token; the token is returned once and stored only hashed. */
  async add(name: string, role: UserRole, now = new Date()): Promise<{ token: string; user: AuthUser }> {
    const token = newAccessToken();
    const doc: UserDoc = { _id: hashToken(token), user_id: newUserId(), name, role, created_at: now };
    await this.#db.write(() => this.#users.insertOne(doc));
    return { token, user: toUser(doc) };
  }

  /**
   * Makes `token` an admin's unless it is known already: the token a server starts with
   * (API_TOKEN or the generated one) is the first admin's.
   */
  async ensureAdmin(token: string, name: string, now = new Date()) {
    const doc: UserDoc = { _id: hashToken(token), user_id: newUserId(), name, role: 'admin', created_at: now };
    try {
      await this.#db.write(() => this.#users.insertOne(doc));
      return { user: toUser(doc), created: true, revoked: false };
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
    }
    const existing = (await this.#db.read(() => this.#users.findOne({ _id: doc._id }))) as UserDoc;
    return { user: toUser(existing), created: false, revoked: Boolean(existing.revoked_at) };
  }

  /** Every token's user and state, oldest first (a small collection, read whole). */
  async list(): Promise<UserListing[]> {
    const docs = await this.#db.read(() => this.#users.find({}).sort({ created_at: 1 }).toArray());
    return docs.map((doc) => ({ ...toUser(doc), created_at: doc.created_at, revoked_at: doc.revoked_at ?? null }));
  }

  /**
   * Revokes every token of the user named by `who` (a user id, or a name that only one user
   * has); returns the user, or why not.
   */
  async revoke(
    who: string,
    now = new Date(),
  ): Promise<{ ok: true; user: AuthUser; tokens: number } | { ok: false; reason: 'NOT_FOUND' | 'AMBIGUOUS' }> {
    const docs = await this.#db.read(() =>
      this.#users.find(who.startsWith('usr_') ? { user_id: who } : { name: who }).toArray(),
    );
    const users = new Set(docs.map((d) => d.user_id));
    if (users.size === 0) return { ok: false, reason: 'NOT_FOUND' };
    if (users.size > 1) return { ok: false, reason: 'AMBIGUOUS' };
    let tokens = 0;
    for (const doc of docs.filter((d) => !d.revoked_at)) {
      await this.#db.write(() => this.#users.updateOne({ _id: doc._id }, { $set: { revoked_at: now } }));
      tokens++;
    }
    return { ok: true, user: toUser(docs[0] as UserDoc), tokens };
  }
}
