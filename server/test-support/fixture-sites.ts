/**
 * The saved company websites in src/enrich/fixtures/: read as pages for the pure extraction tests,
 * or served on loopback under their own host names for the fetch and API tests.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FetchedPage } from '../src/enrich/safe-fetch.ts';
import { type SiteHandler, type SiteServer, startSiteServer } from './site-server.ts';

const DIR = path.resolve(import.meta.dirname, '../src/enrich/fixtures');

interface SavedPage {
  file: string;
  headers: Record<string, string | string[]>;
}
const SITES = JSON.parse(readFileSync(path.join(DIR, 'sites.json'), 'utf8')) as Record<
  string,
  Record<string, SavedPage>
>;

export const FIXTURE_HOSTS = Object.keys(SITES);

export const fixtureHtml = (file: string) => readFileSync(path.join(DIR, file), 'utf8');

/** A saved page as the safe fetch would return it from https://<host><path>. */
export function fixturePage(host: string, pagePath = '/'): FetchedPage {
  const saved = SITES[host]?.[pagePath];
  if (!saved) throw new Error(`no fixture page ${host}${pagePath}`);
  const headers = Object.fromEntries(Object.entries(saved.headers).map(([k, v]) => [k, [v].flat()]));
  return { url: `https://${host}${pagePath}`, status: 200, headers, html: fixtureHtml(saved.file) };
}

/** Every saved page of a site, homepage first. */
export const fixtureSite = (host: string) => Object.keys(SITES[host] ?? {}).map((p) => fixturePage(host, p));

/**
 * Serves the saved sites by Host header. The pages' own absolute links (https://<host>/…) are
 * rewritten to this server's http://<host>:<port>/…, as the site would link to itself.
 */
export function fixtureSiteHandler(server: () => SiteServer): SiteHandler {
  return (_req, res, hit) => {
    const saved = SITES[hit.host]?.[hit.path];
    if (!saved) {
      res.writeHead(404, { 'content-type': 'text/html' });
      return res.end('<h1>Not found</h1>');
    }
    const html = fixtureHtml(saved.file).replaceAll(`https://${hit.host}`, server().url(hit.host).replace(/\/$/, ''));
    res.writeHead(200, saved.headers);
    res.end(html);
  };
}

export async function startFixtureSites(): Promise<SiteServer> {
  let server: SiteServer | undefined;
  server = await startSiteServer(fixtureSiteHandler(() => server as SiteServer));
  return server;
}
