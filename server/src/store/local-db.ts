/**
 * The zero-setup database: FerretDB v1 (SQLite backend) speaking the MongoDB wire protocol,
 * built from the Go module proxy on first use (server/localdb) and cached per version.
 * Run directly with --build to build it ahead of time.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';

const SOURCE_DIR = path.resolve(import.meta.dirname, '../../localdb');
const FERRETDB_VERSION = 'v1.24.2';

function cacheDir(): string {
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'personalizer');
}

/** Path of the cached binary; its name changes whenever the Go sources or pins change. */
async function binaryPath(): Promise<string> {
  const hash = createHash('sha256');
  for (const file of ['main.go', 'go.mod', 'go.sum']) hash.update(await readFile(path.join(SOURCE_DIR, file)));
  return path.join(cacheDir(), `ferretdb-local-${FERRETDB_VERSION}-${hash.digest('hex').slice(0, 12)}`);
}

/** Builds FerretDB with the machine's Go unless a cached build exists; returns the binary path. */
export async function ensureLocalDbBinary(log: (line: string) => void = () => {}): Promise<string> {
  const target = await binaryPath();
  if (existsSync(target)) return target;
  await mkdir(path.dirname(target), { recursive: true });
  log(`Building FerretDB ${FERRETDB_VERSION} with Go (first run only, a few minutes)…`);
  const tmp = `${target}.${process.pid}.tmp`;
  try {
    await promisify(execFile)('go', ['build', '-trimpath', '-o', tmp, '.'], {
      cwd: SOURCE_DIR,
      env: { ...process.env, CGO_ENABLED: '0', GOFLAGS: '-mod=readonly' },
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (err) {
    await rm(tmp, { force: true });
    const reason =
      (err as { code?: string }).code === 'ENOENT' ? 'Go is not installed' : String((err as Error).message);
    throw new Error(`Could not build the local FerretDB database (${reason}). Install Go or set MONGODB_URI.`);
  }
  // Rename is atomic, so concurrent first runs never see a half-written binary.
  await rename(tmp, target);
  return target;
}

export interface LocalDb {
  uri: string;
  port: number;
  stop(): Promise<void>;
}

/** Starts FerretDB on loopback (port 0 picks a free one) with its files in dataDir. */
export async function startLocalDb(options: {
  dataDir: string;
  port?: number;
  log?: (line: string) => void;
}): Promise<LocalDb> {
  const binary = await ensureLocalDbBinary(options.log);
  await mkdir(options.dataDir, { recursive: true });
  const child = spawn(binary, ['-data', options.dataDir, '-listen', `127.0.0.1:${options.port ?? 0}`], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const uri = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error('FerretDB did not start within 30 s')), 30_000);
    const fail = (err: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${err.message}${stderr ? `\n${stderr}` : ''}`));
    };
    child.once('error', fail);
    child.once('exit', (code) => fail(new Error(`FerretDB exited with code ${code}`)));
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      const match = /^listening (mongodb:\/\/\S+)/.exec(line);
      if (match?.[1]) {
        clearTimeout(timer);
        child.removeAllListeners('exit');
        resolve(match[1]);
      }
    });
  });
  return { uri, port: Number(new URL(uri).port), stop: () => stopProcess(child) };
}

/** SIGTERM, then SIGKILL after 5 s; resolves once the process has exited. */
export function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

if (import.meta.main && process.argv.includes('--build')) {
  console.log(await ensureLocalDbBinary(console.log));
}
