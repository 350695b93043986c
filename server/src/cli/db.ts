/**
 * `pnpm db [--port 27017]`: the local database on its own, for several servers to share
 * (each with MONGODB_URI set to the address it prints). Stops on Ctrl-C or SIGTERM.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.ts';
import { startLocalDb } from '../store/local-db.ts';

async function run() {
  const { values } = parseArgs({ options: { port: { type: 'string', default: '27017' } } });
  const dataDir = path.join(loadConfig().dataDir, 'db');
  const db = await startLocalDb({ dataDir, port: Number(values.port), log: console.log });
  console.log(`Local database (FerretDB) in ${dataDir}\nMONGODB_URI=${db.uri}`);
  const stop = async () => {
    await db.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

run().catch((err) => {
  console.error(err instanceof ConfigError ? err.message : `db: ${(err as Error).message}`);
  process.exit(1);
});
