/** The database a command-line tool works on: the server's, found from the same configuration. */
import path from 'node:path';
import type { Config } from '../config.ts';
import { startLocalDb } from '../store/local-db.ts';
import { openStores, type Stores } from '../store/stores.ts';

/**
 * MONGODB_URI, or the local database in DATA_DIR: the running server's when one serves it
 * (a tool must not start a second process on the same files), else one started for the tool.
 */
export async function openConfiguredStores(config: Config): Promise<Stores & { close(): Promise<void> }> {
  const localDb = config.mongodb.uri
    ? null
    : await startLocalDb({ dataDir: path.join(config.dataDir, 'db'), attach: true });
  const stores = await openStores({
    uri: config.mongodb.uri ?? (localDb?.uri as string),
    db: config.mongodb.db,
    rateLimitPerMin: config.rateLimitPerMin,
  });
  return {
    ...stores,
    async close() {
      await stores.db.close();
      await localDb?.stop();
    },
  };
}
