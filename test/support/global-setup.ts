/**
 * Once per e2e run: make sure Debian's chromium is there, build the extension and the prompt lab, and start one
 * MongoDB-wire database (MONGODB_URI, or a local FerretDB) that the specs' servers share.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startLocalDb } from '@personalizer/server';
import type { TestProject } from 'vitest/node';
import { CHROMIUM, EXTENSION_DIR, REPO_ROOT } from './paths.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    mongodbUri: string;
  }
}

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  // Playwright cannot download its browser here; Debian's package is the browser we test with.
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium)`);
  }
  console.log('Installing Debian chromium for the browser tests…');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

export default async function setup(project: TestProject) {
  ensureChromium();
  const extension = path.join(REPO_ROOT, 'extension');
  execFileSync(path.join(extension, 'node_modules/.bin/wxt'), ['build'], { cwd: extension, stdio: 'pipe' });
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json')))
    throw new Error('the extension build produced no manifest');
  // The prompt lab the server serves at /lab (server/lab/dist).
  const lab = path.join(REPO_ROOT, 'server/lab');
  execFileSync(path.join(lab, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: lab, stdio: 'pipe' });
  if (process.env.MONGODB_URI) {
    project.provide('mongodbUri', process.env.MONGODB_URI);
    return;
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'personalizer-e2e-db-'));
  const db = await startLocalDb({ dataDir });
  project.provide('mongodbUri', db.uri);
  return async () => {
    await db.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
