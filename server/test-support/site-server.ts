/**
 * A website on 127.0.0.1 for the enrichment tests: one server answers for every host name (tests
 * resolve their made-up names to 127.0.0.1), and records what it was asked.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SiteHit {
  host: string;
  path: string;
  headers: IncomingMessage['headers'];
}

export type SiteHandler = (req: IncomingMessage, res: ServerResponse, hit: SiteHit) => void;

export interface SiteServer {
  port: number;
  /** http://<host>:<port><path> */
  url(host: string, path?: string): string;
  hits: SiteHit[];
  close(): Promise<void>;
}

export async function startSiteServer(handler: SiteHandler): Promise<SiteServer> {
  const hits: SiteHit[] = [];
  const server = createServer((req, res) => {
    const hit = { host: (req.headers.host ?? '').replace(/:\d+$/, ''), path: req.url ?? '/', headers: req.headers };
    hits.push(hit);
    handler(req, res, hit);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: (host, path = '/') => `http://${host}:${port}${path}`,
    hits,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** A resolver over a fixed table (no network); unknown names fail like NXDOMAIN. */
export function tableResolver(table: Record<string, string | string[]>) {
  const calls: string[] = [];
  const resolve = async (hostname: string) => {
    calls.push(hostname);
    const answer = table[hostname];
    if (answer === undefined)
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return [answer].flat().map((address) => ({ address, family: (address.includes(':') ? 6 : 4) as 4 | 6 }));
  };
  return { resolve, calls };
}
