import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** A new access token: 192 random bits, so a plain SHA-256 is enough to store it. */
export const newAccessToken = () => `pz_${randomBytes(24).toString('base64url')}`;

/** What the users collection keys a token by (the token itself is never stored). */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * API_TOKEN when set; otherwise the token kept in DATA_DIR, generated on first start
 * (`created` tells the caller to print it once). Either one belongs to the first admin.
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
  const token = newAccessToken();
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, `${token}\n`, { mode: 0o600, flag: 'wx' });
  return { token, created: true, file };
}
