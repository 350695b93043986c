/**
 * GET of a page from a URL a user or a page gave us, safe against server-side request forgery:
 * http(s) only; the host is resolved once per hop and every address it resolves to must be a public
 * unicast address on port 80/443 (address-policy.ts); the connection goes to the address that was
 * checked (a pinned lookup, so DNS rebinding between check and connect cannot redirect it); every
 * redirect is checked again; ≤ 5 redirects, ≤ 1 MB body (the download stops past it), ≤ 5 s in all.
 * It sends a bot User-Agent and never a cookie; only text/html answers are returned.
 */
import dns from 'node:dns';
import net from 'node:net';
import { Agent, type Dispatcher, fetch, type Headers as ResponseHeaders } from 'undici';
import { hostOf, portOf, refusalOfTarget, refusalOfUrl, type TargetPolicy } from './address-policy.ts';

export const FETCH_LIMITS = { maxRedirects: 5, maxBytes: 1024 * 1024, timeoutMs: 5000 } as const;

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}
/** Every address a host name resolves to. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export interface SafeFetchOptions extends TargetPolicy {
  userAgent: string;
  /** Defaults to the system resolver (dns.lookup, all addresses). */
  resolve?: Resolver;
  /**
   * A new connection pool for one hop that connects only to `target` (the checked address). The
   * default pins undici's lookup to it; tests use this seam to answer a "public" address locally.
   */
  dispatcherFor?: (target: ResolvedAddress) => Dispatcher;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
}

export interface FetchedPage {
  /** The URL that answered, after redirects. */
  url: string;
  status: number;
  /** Lower-case header names; set-cookie keeps one entry per cookie. */
  headers: Record<string, string[]>;
  html: string;
}

export type FetchFailureCode =
  | 'BLOCKED'
  | 'UNREACHABLE'
  | 'TIMEOUT'
  | 'TOO_LARGE'
  | 'NOT_HTML'
  | 'HTTP_ERROR'
  | 'TOO_MANY_REDIRECTS';

export type FetchResult = { ok: true; page: FetchedPage } | { ok: false; code: FetchFailureCode; message: string };

export type PageFetcher = (url: string) => Promise<FetchResult>;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const HTML_TYPE = /^\s*text\/html\s*(;|$)/i;

const fail = (code: FetchFailureCode, message: string): FetchResult => ({ ok: false, code, message });

const systemResolver: Resolver = async (hostname) =>
  (await dns.promises.lookup(hostname, { all: true, verbatim: true })) as ResolvedAddress[];

/** A lookup that answers every query with the checked address, whatever the name. */
export function pinnedLookup(target: ResolvedAddress) {
  return (
    _hostname: string,
    options: { all?: boolean },
    callback: (err: Error | null, address: string | ResolvedAddress[], family?: number) => void,
  ) => (options?.all ? callback(null, [target]) : callback(null, target.address, target.family));
}

export function pinnedDispatcher(target: ResolvedAddress): Dispatcher {
  return new Agent({ connect: { lookup: pinnedLookup(target) as never } });
}

export function createSafeFetch(options: SafeFetchOptions): PageFetcher {
  const resolve = options.resolve ?? systemResolver;
  const dispatcherFor = options.dispatcherFor ?? pinnedDispatcher;
  const timeoutMs = options.timeoutMs ?? FETCH_LIMITS.timeoutMs;
  const maxBytes = options.maxBytes ?? FETCH_LIMITS.maxBytes;
  const maxRedirects = options.maxRedirects ?? FETCH_LIMITS.maxRedirects;
  const headers = {
    'user-agent': options.userAgent,
    accept: 'text/html',
    'accept-language': 'en;q=1, *;q=0.5',
  };

  /** The address to connect to for this URL, or why there is none. */
  async function target(url: URL, signal: AbortSignal): Promise<ResolvedAddress | string> {
    const host = hostOf(url);
    const family = net.isIP(host);
    const addresses = family ? [{ address: host, family: family as 4 | 6 }] : await abortable(resolve(host), signal);
    if (addresses.length === 0) throw new Error(`${host} has no address`);
    // Refuse when any answer is internal: a name that mixes public and private addresses is not a website.
    for (const { address } of addresses) {
      const refusal = refusalOfTarget(address, portOf(url), options);
      if (refusal) return family ? refusal : `${host} resolves to ${refusal}`;
    }
    return addresses[0] as ResolvedAddress;
  }

  async function hop(url: URL, signal: AbortSignal): Promise<FetchResult | { redirectTo: URL }> {
    const refusal = refusalOfUrl(url);
    if (refusal) return fail('BLOCKED', refusal);
    const to = await target(url, signal);
    if (typeof to === 'string') return fail('BLOCKED', to);
    const dispatcher = dispatcherFor(to);
    try {
      const res = await fetch(url.href, { dispatcher, signal, headers, redirect: 'manual' });
      if (REDIRECTS.has(res.status)) {
        await res.body?.cancel();
        const location = res.headers.get('location');
        if (!location) return fail('HTTP_ERROR', `${url.host} answered ${res.status} without a Location`);
        const next = URL.parse(location, url.href);
        return next ? { redirectTo: next } : fail('HTTP_ERROR', `${url.host} redirected to an invalid URL`);
      }
      if (!res.ok) {
        await res.body?.cancel();
        return fail('HTTP_ERROR', `${url.href} answered ${res.status}`);
      }
      const type = res.headers.get('content-type') ?? '';
      if (!HTML_TYPE.test(type)) {
        await res.body?.cancel();
        return fail('NOT_HTML', `${url.href} is ${type.split(';')[0] || 'untyped'}, not an HTML page`);
      }
      const tooLarge = fail('TOO_LARGE', `${url.href} is over ${maxBytes} bytes`);
      if (Number(res.headers.get('content-length')) > maxBytes) {
        await res.body?.cancel();
        return tooLarge;
      }
      const body = await readAtMost(res.body, maxBytes);
      if (!body) return tooLarge;
      return {
        ok: true,
        page: { url: url.href, status: res.status, headers: headersOf(res.headers), html: decode(body, type) },
      };
    } finally {
      // One pool per hop: closing it drops the connection (and stops a body left unread).
      await dispatcher.destroy().catch(() => {});
    }
  }

  return async (start) => {
    let url = URL.parse(start);
    if (!url) return fail('BLOCKED', `"${start}" is not a URL`);
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      for (let redirects = 0; ; redirects++) {
        const result = await hop(url, signal);
        if (!('redirectTo' in result)) return result;
        if (redirects === maxRedirects) return fail('TOO_MANY_REDIRECTS', `more than ${maxRedirects} redirects`);
        url = result.redirectTo;
      }
    } catch (err) {
      if (signal.aborted) return fail('TIMEOUT', `${url.host} took longer than ${timeoutMs / 1000} s`);
      const cause = (err as { cause?: { code?: string; message?: string } }).cause;
      return fail(
        'UNREACHABLE',
        `${url.host} could not be reached (${cause?.code ?? cause?.message ?? (err as Error).message})`,
      );
    }
  };
}

/** Rejects when the signal aborts, even if the promise (e.g. a DNS lookup) cannot be cancelled. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  signal.throwIfAborted();
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** The body, or null as soon as it grows past maxBytes (leaving the loop cancels the stream). */
async function readAtMost(body: AsyncIterable<Uint8Array> | null, maxBytes: number): Promise<Uint8Array | null> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of body ?? []) {
    size += chunk.byteLength;
    if (size > maxBytes) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function headersOf(headers: ResponseHeaders): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of headers) if (name !== 'set-cookie') out[name] = [value];
  const cookies = headers.getSetCookie();
  if (cookies.length) out['set-cookie'] = cookies;
  return out;
}

/** The charset from the Content-Type, else from a <meta> in the first 2 KB, else UTF-8. */
export function charsetOf(contentType: string, head: Uint8Array): string {
  const declared = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1];
  if (declared) return declared;
  const start = Buffer.from(head.subarray(0, 2048)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(start)?.[1] ?? 'utf-8';
}

function decode(body: Uint8Array, contentType: string): string {
  try {
    return new TextDecoder(charsetOf(contentType, body)).decode(body);
  } catch {
    // A charset TextDecoder does not know: UTF-8 is the web's default.
    return new TextDecoder().decode(body);
  }
}
