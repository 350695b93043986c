/**
 * The zero-setup database: FerretDB v1 (SQLite backend) speaking the MongoDB wire protocol,
 * built from the Go module proxy on first use (server/localdb) and cached per version.
 * Run directly with --build to build it ahead of time.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
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
  const sources = (await readdir(SOURCE_DIR)).filter((f) => f.endsWith('.go') || f === 'go.mod' || f === 'go.sum');
  for (const file of sources.sort()) hash.update(`${file}\0`).update(await readFile(path.join(SOURCE_DIR, file)));
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
  /** False when another process already serves the folder and `attach` let us use it. */
  owned: boolean;
  /** The FerretDB process we started (undefined when attached to another's). */
  pid?: number;
  /** Adds the `_id` index to collection tables created since the last pass (it also polls). */
  indexNow(): Promise<void>;
  stop(): Promise<void>;
}

/** Another process serves this data folder already (only one may: they would corrupt it). */
export class LocalDbInUseError extends Error {
  readonly dataDir: string;
  readonly uri: string;
  constructor(dataDir: string, uri: string) {
    super(`${dataDir} is already served by another local database at ${uri}`);
    this.name = 'LocalDbInUseError';
    this.dataDir = dataDir;
    this.uri = uri;
  }
}

/**
 * Starts FerretDB on loopback (port 0 picks a free one) with its files in dataDir. It lives as
 * long as this process: it exits when its stdin pipe closes, which the kernel does when this
 * process ends, whatever ends it. When another process serves dataDir already, `attach` returns
 * that one's address (for short-lived tools); otherwise it throws LocalDbInUseError.
 */
export async function startLocalDb(options: {
  dataDir: string;
  port?: number;
  attach?: boolean;
  log?: (line: string) => void;
}): Promise<LocalDb> {
  const binary = await ensureLocalDbBinary(options.log);
  await mkdir(options.dataDir, { recursive: true });
  const args = ['-data', options.dataDir, '-listen', `127.0.0.1:${options.port ?? 0}`, '-parent-pipe'];
  const child = spawn(binary, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  child.stdin?.on('error', () => {}); // EPIPE once it has exited; exit and stop() report that
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const indexed: { resolve(): void; reject(err: Error): void }[] = [];
  const started = await new Promise<{ uri: string; owned: boolean }>((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error('FerretDB did not start within 30 s')), 30_000);
    const fail = (err: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${err.message}${stderr ? `\n${stderr}` : ''}`));
    };
    child.once('error', fail);
    // 'close' (not 'exit'): it comes after every line of its output, such as "in-use …", was read.
    child.once('close', (code) => fail(new Error(`FerretDB exited with code ${code}`)));
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      const [word, rest = ''] = line.split(/ (.*)/);
      if (word === 'listening' || word === 'in-use') {
        clearTimeout(timer);
        child.removeAllListeners('close');
        if (word === 'listening') resolve({ uri: rest, owned: true });
        else if (options.attach) resolve({ uri: rest, owned: false });
        else reject(new LocalDbInUseError(options.dataDir, rest));
      } else if (word === 'indexed') indexed.shift()?.resolve();
      else if (word === 'index-error')
        indexed.shift()?.reject(new Error(`Could not index the local database: ${rest}`));
    });
  });
  child.once('exit', () => {
    for (const waiter of indexed.splice(0)) waiter.reject(new Error('FerretDB exited'));
  });
  return {
    ...started,
    pid: started.owned ? child.pid : undefined,
    port: Number(new URL(started.uri).port),
    indexNow: () =>
      started.owned && child.exitCode === null
        ? new Promise<void>((resolve, reject) => {
            indexed.push({ resolve, reject });
            child.stdin?.write('index\n');
          })
        : Promise.resolve(),
    stop: () => stopProcess(child, () => child.stdin?.end()),
  };
}

/** Asks it to stop (SIGTERM unless told how), SIGKILL after 5 s; resolves once it has exited. */
export function stopProcess(child: ChildProcess, ask: () => void = () => child.kill('SIGTERM')): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    ask();
  });
}

if (import.meta.main && process.argv.includes('--build')) {
  console.log(await ensureLocalDbBinary(console.log));
}
