/** The real server (server/src/main.ts) as a child process, on a free port. */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { stopProcess } from '@personalizer/server';
import { REPO_ROOT } from './paths.ts';

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  dbName: string;
  output: () => string;
  stop(): Promise<void>;
}

export async function startServer(env: Record<string, string>, port = 0): Promise<RunningServer> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'personalizer-e2e-server-'));
  const token = env.API_TOKEN ?? `e2e-${randomBytes(12).toString('hex')}`;
  const dbName = env.MONGODB_DB ?? `e2e_${randomBytes(4).toString('hex')}`;
  const child = spawn(process.execPath, ['server/src/main.ts'], {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DATA_DIR: dataDir,
      PORT: String(port),
      API_TOKEN: token,
      MONGODB_DB: dbName,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
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
    output: () => output,
    stop: async () => {
      await stopProcess(child);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
