/**
 * Which targets the server may fetch: public unicast addresses on the web's default ports only.
 * Pure functions over a URL and the addresses its host resolved to; safe-fetch.ts applies them on
 * every hop, before it connects.
 */
import ipaddr from 'ipaddr.js';

/** Cloud metadata and platform endpoints, named so that they stay refused even if a range is reclassified. */
const METADATA_ADDRESSES = new Set(
  [
    '169.254.169.254', // AWS, GCP, Azure, OpenStack, DigitalOcean instance metadata
    '169.254.170.2', // AWS ECS task metadata
    'fd00:ec2::254', // AWS instance metadata over IPv6
    '168.63.129.16', // Azure WireServer (a public-range address only reachable from inside Azure)
    '100.100.100.200', // Alibaba Cloud metadata
    '192.0.0.192', // Oracle Cloud metadata
  ].map((a) => ipaddr.parse(a).toNormalizedString()),
);

/** Global unicast IPv6 (2000::/3); everything outside it is local, special or unallocated. */
const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR('2000::/3');

const RANGE_NAMES: Record<string, string> = {
  unspecified: 'an unspecified',
  broadcast: 'a broadcast',
  multicast: 'a multicast',
  linkLocal: 'a link-local',
  loopback: 'a loopback',
  carrierGradeNat: 'a carrier-grade NAT (shared)',
  private: 'a private',
  uniqueLocal: 'a unique-local',
  reserved: 'a reserved',
};

// Host names that never name a public site: .local is mDNS, .internal and .home.arpa are private by design.
const LOCAL_NAME = /(^|\.)(localhost|local|internal|home\.arpa)$/i;

/** The default ports: a public website is served on them, internal services mostly are not. */
const WEB_PORTS = new Set([80, 443]);

export interface TargetPolicy {
  /**
   * TESTS ONLY: loopback addresses on these ports are allowed, so tests can serve fixture sites on
   * 127.0.0.1. Production never sets it (no configuration or environment variable reaches it).
   */
  loopbackPortsForTests?: ReadonlySet<number>;
}

/** The host as an address or name: without IPv6 brackets or a trailing dot, lower case. */
export function hostOf(url: URL): string {
  return url.hostname
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '')
    .toLowerCase();
}

export function portOf(url: URL): number {
  return url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
}

/** Why an address must not be fetched, or null when it is a public unicast address. */
export function refusalOfAddress(address: string): string | null {
  if (!ipaddr.isValid(address)) return `"${address}" is not an IP address`;
  // process() turns IPv4-mapped IPv6 (::ffff:10.0.0.1) into the IPv4 address it carries.
  const ip = ipaddr.process(address);
  if (METADATA_ADDRESSES.has(ip.toNormalizedString())) return `${address} is a cloud metadata address`;
  const range = ip.range();
  const isPublic =
    ip.kind() === 'ipv4'
      ? range === 'unicast'
      : range === 'unicast' && (ip as ipaddr.IPv6).match(GLOBAL_UNICAST_V6 as [ipaddr.IPv6, number]);
  if (isPublic) return null;
  return `${address} is ${RANGE_NAMES[range] ?? 'a special-purpose'} address`;
}

/** Why a URL must not be fetched before its host is even resolved, or null. */
export function refusalOfUrl(url: URL): string | null {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `${url.protocol} URLs are not fetched`;
  if (url.username || url.password) return 'URLs with credentials are not fetched';
  const host = hostOf(url);
  if (!host) return 'the URL has no host';
  if (ipaddr.isValid(host)) return null;
  if (!host.includes('.') || LOCAL_NAME.test(host)) return `${host} is a local host name`;
  return null;
}

/** Why connecting to `address` on `port` is refused, or null when allowed. */
export function refusalOfTarget(address: string, port: number, policy: TargetPolicy = {}): string | null {
  if (policy.loopbackPortsForTests?.has(port) && ipaddr.isValid(address)) {
    if (ipaddr.process(address).range() === 'loopback') return null;
  }
  const refusal = refusalOfAddress(address);
  if (refusal) return refusal;
  if (!WEB_PORTS.has(port)) return `port ${port} is not fetched (only 80 and 443)`;
  return null;
}
