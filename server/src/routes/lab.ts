import { existsSync } from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type MiddlewareHandler } from 'hono';
import type { AppEnv } from '../http/env.ts';

/** Where `pnpm --filter @personalizer/server build:lab` (Vite, lab/vite.config.ts) writes the prompt lab. */
export const LAB_DIST = path.resolve(import.meta.dirname, '../../lab/dist');

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Prompt lab not built</title></head>
<body><main><h1>The prompt lab is not built yet</h1>
<p>Build it with <code>pnpm --filter @personalizer/server build:lab</code> (<code>pnpm dev</code> does it too), then reload.</p>
</main></body></html>`;

/**
 * The prompt lab's static files at /lab, without a token: the page asks for one and sends it with
 * its API calls, which are checked as every other call is.
 */
export function labRoutes(distDir: string = LAB_DIST) {
  let files: MiddlewareHandler<AppEnv> | null = null;
  return new Hono<AppEnv>().use('*', async (c, next) => {
    // Checked on each request, so a lab built while the server runs is served without a restart.
    if (!existsSync(path.join(distDir, 'index.html'))) return c.html(NOT_BUILT, 503);
    files ??= serveStatic<AppEnv>({
      root: distDir,
      rewriteRequestPath: (requested) => requested.replace(/^\/lab/, ''),
    });
    const served = await files(c, next);
    // Vite names assets by content hash; index.html names the current ones, so it is always revalidated.
    served?.headers.set(
      'Cache-Control',
      c.req.path.startsWith('/lab/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    );
    return served;
  });
}
