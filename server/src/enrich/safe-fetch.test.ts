import net from 'node:net';
import { Agent } from 'undici';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type SiteServer, startSiteServer, tableResolver } from '../../test-support/site-server.ts';
import {
  charsetOf,
  createSafeFetch,
  FETCH_LIMITS,
  type FetchResult,
  pinnedDispatcher,
  pinnedLookup,
  type ResolvedAddress,
} from './safe-fetch.ts';

const UA = 'PersonalizerBot/0.1 (+https://example.org/bot)';
const PUBLIC_IP = '93.184.215.14';
const HTML = { 'content-type': 'text/html; charset=utf-8' };

let site: SiteServer;
let bigBodyBytesSent = 0;

beforeAll(async () => {
  site = await startSiteServer((req, res) => {
    const path = req.url ?? '/';
    const redirect = (location: string, headers: Record<string, string> = {}) => {
      res.writeHead(302, { location, ...headers });
      res.end();
    };
    const hops = /^\/hops\/(\d+)$/.exec(path);
    if (hops) return Number(hops[1]) === 0 ? redirect('/page') : redirect(`/hops/${Number(hops[1]) - 1}`);
    switch (path) {
      case '/page':
        res.writeHead(200, HTML);
        return res.end('<html><head><title>Page</title></head><body><h1>Hello</h1></body></html>');
      case '/echo':
        res.writeHead(200, HTML);
        return res.end(`<pre>${JSON.stringify(req.headers)}</pre>`);
      case '/set-cookie':
        return redirect('/echo', { 'set-cookie': 'session=abc; Path=/' });
      case '/to-internal':
        return redirect('http://internal.test/admin');
      case '/to-loopback':
        return redirect(`http://127.0.0.1:${site.port}/page`);
      case '/to-metadata':
        return redirect('http://169.254.169.254/latest/meta-data/iam/security-credentials/');
      case '/to-ula':
        return redirect('http://[fd00:ec2::254]/latest/meta-data/');
      case '/to-file':
        return redirect('file:///etc/passwd');
      case '/big': {
        // 8 MB in 64 KB chunks without a Content-Length; counts what actually left.
        res.writeHead(200, HTML);
        const chunk = Buffer.alloc(64 * 1024, 'a');
        bigBodyBytesSent = 0;
        const pump = () => {
          while (bigBodyBytesSent < 8 * 1024 * 1024) {
            bigBodyBytesSent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end();
        };
        res.on('close', () => res.removeAllListeners('drain'));
        return pump();
      }
      case '/big-declared':
        res.writeHead(200, { ...HTML, 'content-length': String(2 * 1024 * 1024) });
        return res.end();
      case '/json':
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end('{}');
      case '/latin1':
        res.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' });
        return res.end(Buffer.from('<p>Caf\xe9 M\xfcller</p>', 'latin1'));
      case '/hang':
        return;
      default:
        res.writeHead(404, HTML);
        return res.end('not found');
    }
  });
});
afterAll(() => site.close());
beforeEach(() => {
  site.hits.length = 0;
});

const table = {
  'site.test': '127.0.0.1',
  'public.test': PUBLIC_IP,
  'internal.test': '10.1.2.3',
  'metadata.test': '169.254.169.254',
  'ula.test': 'fd00::1',
  'mapped.test': '::ffff:127.0.0.1',
  'mixed.test': [PUBLIC_IP, '10.0.0.1'],
};

/** Test mode: made-up names resolve to loopback, and the site server's port is allowed there. */
function testModeFetch(extra: { timeoutMs?: number } = {}) {
  return createSafeFetch({
    userAgent: UA,
    resolve: tableResolver(table).resolve,
    loopbackPortsForTests: new Set([site.port]),
    ...extra,
  });
}

/**
 * Normal mode (no allowance): the checks are the production ones. Connections that pass them are
 * routed to the site server, as if the public address had answered; `dialed` records each target.
 */
function normalModeFetch(resolver = tableResolver(table)) {
  const dialed: ResolvedAddress[] = [];
  const fetchPage = createSafeFetch({
    userAgent: UA,
    resolve: resolver.resolve,
    dispatcherFor: (target) => {
      dialed.push(target);
      return new Agent({
        connect: (_options, callback) => {
          const socket = net.connect({ host: '127.0.0.1', port: site.port });
          socket.once('connect', () => callback(null, socket)).once('error', (err) => callback(err, null));
        },
      });
    },
  });
  return { fetchPage, dialed, resolverCalls: resolver.calls };
}

function expectFailure(result: FetchResult, code: string, message?: RegExp) {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.code).toBe(code);
  if (message) expect(result.message).toMatch(message);
}

describe('safe fetch in normal mode refuses internal targets', () => {
  it.each([
    ['loopback by address', () => `http://127.0.0.1:${site.port}/page`, /loopback/],
    ['loopback by name', () => 'http://localhost/', /local host name/],
    ['loopback in IPv4-mapped IPv6', () => 'http://[::ffff:127.0.0.1]/page', /loopback/],
    ['a name resolving to IPv4-mapped loopback', () => 'http://mapped.test/page', /loopback/],
    ['10.0.0.0/8 by address', () => 'http://10.0.0.1/', /private/],
    ['10.0.0.0/8 by name', () => 'http://internal.test/admin', /internal\.test resolves to 10\.1\.2\.3.*private/],
    ['cloud metadata by address', () => 'http://169.254.169.254/latest/meta-data/', /metadata/],
    ['cloud metadata by name', () => 'http://metadata.test/', /metadata/],
    ['IPv6 unique-local by address', () => 'http://[fd00:ec2::254]/', /metadata/],
    ['IPv6 unique-local by name', () => 'http://ula.test/', /unique-local/],
    ['IPv6 unique-local fc00::/7', () => 'http://[fc00::5]/', /unique-local/],
    ['a name with one internal address among public ones', () => 'http://mixed.test/', /private/],
    ['a public address on another port', () => 'http://public.test:8080/page', /port 8080/],
    ['a non-http scheme', () => 'ftp://public.test/', /ftp/],
  ])('refuses %s without connecting', async (_name, url, message) => {
    const { fetchPage, dialed } = normalModeFetch();
    expectFailure(await fetchPage(url()), 'BLOCKED', message);
    expect(dialed).toEqual([]);
    expect(site.hits).toEqual([]);
  });

  it('fetches a public address (through the test seam standing in for the internet)', async () => {
    const { fetchPage, dialed } = normalModeFetch();
    const result = await fetchPage('http://public.test/page');
    expect(result).toMatchObject({ ok: true, page: { url: 'http://public.test/page', status: 200 } });
    expect(dialed).toEqual([{ address: PUBLIC_IP, family: 4 }]);
  });

  it.each([
    ['a name resolving to 10.x', '/to-internal', /internal\.test resolves to 10\.1\.2\.3/],
    ['loopback', '/to-loopback', /127\.0\.0\.1 is a loopback/],
    ['cloud metadata', '/to-metadata', /169\.254\.169\.254 is a cloud metadata/],
    ['IPv6 unique-local metadata', '/to-ula', /fd00:ec2::254 is a cloud metadata/],
    ['a file: URL', '/to-file', /file: URLs/],
  ])('refuses a public page that redirects to %s', async (_name, path, message) => {
    const { fetchPage, dialed } = normalModeFetch();
    expectFailure(await fetchPage(`http://public.test${path}`), 'BLOCKED', message);
    // Only the public hop was dialed; the internal target never was.
    expect(dialed).toEqual([{ address: PUBLIC_IP, family: 4 }]);
    expect(site.hits.map((h) => h.path)).toEqual([path]);
  });

  it('resolves each hop once and connects to the address it checked (no DNS-rebinding gap)', async () => {
    let answers = 0;
    const rebinding = {
      calls: [] as string[],
      resolve: async (host: string) => {
        rebinding.calls.push(host);
        // First answer public, every later answer loopback: a second lookup at connect time would be caught out.
        return [{ address: answers++ === 0 ? PUBLIC_IP : '127.0.0.1', family: 4 as const }];
      },
    };
    const { fetchPage, dialed, resolverCalls } = normalModeFetch(rebinding);
    expect((await fetchPage('http://rebind.test/page')).ok).toBe(true);
    expect(resolverCalls).toEqual(['rebind.test']);
    expect(dialed).toEqual([{ address: PUBLIC_IP, family: 4 }]);
  });
});

describe('the pinned connection', () => {
  it('answers every lookup with the checked address, whatever the name', () => {
    const lookup = pinnedLookup({ address: '203.0.113.7', family: 4 });
    const answers: unknown[] = [];
    lookup('evil.example', { all: true }, (_err, address) => answers.push(address));
    lookup('other.example', {}, (_err, address, family) => answers.push([address, family]));
    expect(answers).toEqual([[{ address: '203.0.113.7', family: 4 }], ['203.0.113.7', 4]]);
  });

  it('connects to the pinned address without resolving the URL host', async () => {
    const fetchPage = createSafeFetch({
      userAgent: UA,
      // The name is unknown to this resolver, but it is never asked: the URL host is an address...
      resolve: tableResolver({ 'pinned.test': '127.0.0.1' }).resolve,
      loopbackPortsForTests: new Set([site.port]),
      // ...and the real production dispatcher, pinned to it, connects there whatever Host says.
      dispatcherFor: (target) => pinnedDispatcher(target),
    });
    const result = await fetchPage(site.url('pinned.test', '/page'));
    expect(result.ok).toBe(true);
    expect(site.hits[0]?.host).toBe('pinned.test');
  });
});

describe('safe fetch limits (fixture server on loopback, test mode)', () => {
  it('returns the HTML page with its final URL and headers', async () => {
    const result = await testModeFetch()(site.url('site.test', '/hops/2'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.page.url).toBe(site.url('site.test', '/page'));
    expect(result.page.html).toContain('<h1>Hello</h1>');
    expect(result.page.headers['content-type']).toEqual(['text/html; charset=utf-8']);
  });

  it('follows at most 5 redirects', async () => {
    expect(FETCH_LIMITS.maxRedirects).toBe(5);
    expect((await testModeFetch()(site.url('site.test', '/hops/4'))).ok).toBe(true);
    site.hits.length = 0;
    expectFailure(await testModeFetch()(site.url('site.test', '/hops/5')), 'TOO_MANY_REDIRECTS');
    // The first request and 5 redirects were followed; the 6th (to /page) was not.
    expect(site.hits.map((h) => h.path)).toEqual(['/hops/5', '/hops/4', '/hops/3', '/hops/2', '/hops/1', '/hops/0']);
  });

  it('sends its User-Agent and never a cookie, even one set on the way', async () => {
    const result = await testModeFetch()(site.url('site.test', '/set-cookie'));
    expect(result.ok).toBe(true);
    const echoed = site.hits.find((h) => h.path === '/echo')?.headers ?? {};
    expect(echoed['user-agent']).toBe(UA);
    expect(echoed.cookie).toBeUndefined();
    expect(site.hits.every((h) => h.headers.cookie === undefined)).toBe(true);
  });

  it('stops downloading a body past 1 MB', async () => {
    expect(FETCH_LIMITS.maxBytes).toBe(1024 * 1024);
    expectFailure(await testModeFetch()(site.url('site.test', '/big')), 'TOO_LARGE');
    await new Promise((resolve) => setTimeout(resolve, 50));
    // The server was cut off well before its 8 MB (kernel buffers hold a little past 1 MB).
    expect(bigBodyBytesSent).toBeLessThan(4 * 1024 * 1024);
    expectFailure(await testModeFetch()(site.url('site.test', '/big-declared')), 'TOO_LARGE');
  });

  it('gives up after the time limit', async () => {
    expect(FETCH_LIMITS.timeoutMs).toBe(5000);
    const started = performance.now();
    expectFailure(await testModeFetch({ timeoutMs: 300 })(site.url('site.test', '/hang')), 'TIMEOUT', /0\.3 s/);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('processes only text/html', async () => {
    expectFailure(await testModeFetch()(site.url('site.test', '/json')), 'NOT_HTML', /application\/json/);
  });

  it('reports HTTP errors and unreachable hosts', async () => {
    expectFailure(await testModeFetch()(site.url('site.test', '/missing')), 'HTTP_ERROR', /404/);
    expectFailure(await testModeFetch()('http://nxdomain.test/'), 'UNREACHABLE', /ENOTFOUND/);
  });

  it('decodes the declared charset', async () => {
    const result = await testModeFetch()(site.url('site.test', '/latin1'));
    expect(result.ok && result.page.html).toBe('<p>Café Müller</p>');
  });

  it('still refuses other loopback ports and private addresses in test mode', async () => {
    expectFailure(await testModeFetch()('http://127.0.0.1:1/'), 'BLOCKED', /loopback/);
    expectFailure(await testModeFetch()(`http://internal.test:${site.port}/`), 'BLOCKED', /private/);
    expectFailure(await testModeFetch()(`http://169.254.169.254:${site.port}/`), 'BLOCKED', /metadata/);
  });
});

describe('charsetOf', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  it('prefers the header, then a meta tag, then UTF-8', () => {
    expect(charsetOf('text/html; charset="Shift_JIS"', bytes('<meta charset="utf-8">'))).toBe('Shift_JIS');
    expect(charsetOf('text/html', bytes('<head><meta charset="windows-1252"></head>'))).toBe('windows-1252');
    expect(
      charsetOf('text/html', bytes('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">')),
    ).toBe('iso-8859-2');
    expect(charsetOf('text/html', bytes('<p>plain</p>'))).toBe('utf-8');
  });
});
