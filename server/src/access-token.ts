import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * API_TOKEN when set; otherwise the token kept in DATA_DIR, generated on first start
 * (`created` tells the caller to print it once).
 */
export async function resolveAccessToken(configured: string | undefined, dataDir: string) {
  if (configured) return { token: configured, created: false, file: null };
  const file = path.join(dataDir, 'api-token');
  try {
    const saved = (await readFile(file, 'utf8')).trim();
    if (saved) return { token: saved, created: false, file };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const token = `pz_${randomBytes(24).toString('base64url')}`;
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, `${token}\n`, { mode: 0o600, flag: 'wx' });
  return { token, created: true, file };
}
