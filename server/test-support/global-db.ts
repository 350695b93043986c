/**
 * Vitest global setup: one real MongoDB-wire database for the server's tests.
 * MONGODB_URI wins (a real MongoDB); otherwise a fresh local FerretDB in a temp folder.
 * Each test file uses its own database name (see test-db.ts).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalDb } from '../src/store/local-db.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    mongodbUri: string;
    localDbDataDir: string | null;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.MONGODB_URI) {
    project.provide('mongodbUri', process.env.MONGODB_URI);
    project.provide('localDbDataDir', null);
    return;
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'personalizer-db-'));
  const db = await startLocalDb({ dataDir });
  project.provide('mongodbUri', db.uri);
  project.provide('localDbDataDir', dataDir);
  return async () => {
    await db.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
