/** The real server (server/src/main.ts) and its command-line tools as child processes. */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { stopProcess } from '@personalizer/server';
import { REPO_ROOT } from './paths.ts';

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  dbName: string;
  dataDir: string;
  child: ChildProcess;
  output: () => string;
  /** SIGTERM (graceful), SIGKILL after 5 s; removes the data folder unless it was given. */
  stop(): Promise<void>;
}

export interface ServerOptions {
  port?: number;
  /** A data folder to use (and keep); by default a fresh one, removed on stop(). */
  dataDir?: string;
  /** Leader of its own process group, so a test can signal the whole group. */
  detached?: boolean;
}

/** The environment every child gets: only what it needs, nothing from the test runner. */
function baseEnv(dataDir: string): Record<string, string | undefined> {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    XDG_CACHE_HOME: process.env.XDG_CACHE_HOME,
    DATA_DIR: dataDir,
  };
}

export async function startServer(env: Record<string, string>, options: ServerOptions = {}): Promise<RunningServer> {
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'personalizer-e2e-server-')));
  const token = env.API_TOKEN ?? `e2e-${randomBytes(12).toString('hex')}`;
  const dbName = env.MONGODB_DB ?? `e2e_${randomBytes(4).toString('hex')}`;
  // As `pnpm start` runs it (server/package.json).
  const child = spawn(process.execPath, ['--no-regexp-tier-up', 'server/src/main.ts'], {
    cwd: REPO_ROOT,
    env: { ...baseEnv(dataDir), PORT: String(options.port ?? 0), API_TOKEN: token, MONGODB_DB: dbName, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: options.detached ?? false,
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    const check = () => {
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}):\n${output}`));
    });
  });
  child.removeAllListeners('exit');
  return {
    url,
    port: Number(new URL(url).port),
    token,
    dbName,
    dataDir,
    child,
    output: () => output,
    stop: async () => {
      await stopProcess(child);
      if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Runs a server command-line tool (`pnpm users …`, as the package script does) and returns its output. */
export async function runTool(
  script: 'users' | 'db',
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [`server/src/cli/${script}.ts`, ...args], {
      cwd: REPO_ROOT,
      env: { ...baseEnv(env.DATA_DIR ?? os.tmpdir()), ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** The pids of local databases (ferretdb-local) serving a folder under `dataDir`. */
export function localDbPids(dataDir: string): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
        return /ferretdb-local/.test(args[0] ?? '') && (args[args.indexOf('-data') + 1] ?? '').startsWith(dataDir);
      } catch {
        return false; // exited meanwhile
      }
    })
    .map(Number);
}
