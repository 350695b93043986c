import { describe, expect, it } from 'vitest';
import { refusalOfAddress, refusalOfTarget, refusalOfUrl } from './address-policy.ts';

describe('refusalOfAddress', () => {
  it.each([
    '93.184.215.14',
    '8.8.8.8',
    '1.1.1.1',
    '151.101.1.69',
    '2606:4700:4700::1111',
    '2a00:1450:4001:80b::200e',
    '::ffff:93.184.215.14',
  ])('allows the public address %s', (address) => {
    expect(refusalOfAddress(address)).toBeNull();
  });

  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['::1', 'loopback'],
    ['10.0.0.1', 'private'],
    ['10.255.255.254', 'private'],
    ['172.16.5.4', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'cloud metadata'],
    ['169.254.170.2', 'cloud metadata'],
    ['169.254.10.10', 'link-local'],
    ['fe80::1', 'link-local'],
    ['fc00::1', 'unique-local'],
    ['fd12:3456:789a::1', 'unique-local'],
    ['fd00:ec2::254', 'cloud metadata'],
    ['168.63.129.16', 'cloud metadata'],
    ['100.100.100.200', 'cloud metadata'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['ff02::1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['192.0.2.1', 'reserved'],
    ['240.0.0.1', 'reserved'],
    // IPv4 inside IPv6: mapped, translated, NAT64, 6to4, IPv4-compatible
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:10.1.2.3', 'private'],
    ['::ffff:169.254.169.254', 'cloud metadata'],
    ['::ffff:0:7f00:1', 'special-purpose'],
    ['64:ff9b::a00:1', 'special-purpose'],
    ['2002:a00:1::1', 'special-purpose'],
    ['::7f00:1', 'special-purpose'],
    ['not-an-ip', 'not an IP address'],
  ])('refuses %s (%s)', (address, why) => {
    expect(refusalOfAddress(address)).toContain(why);
  });
});

describe('refusalOfUrl', () => {
  it.each(['https://acme.com/', 'http://www.acme.com/about', 'https://93.184.215.14/'])('allows %s', (url) => {
    expect(refusalOfUrl(new URL(url))).toBeNull();
  });

  it.each([
    'file:///etc/passwd',
    'ftp://acme.com/',
    'gopher://acme.com/',
    'data:text/html,hi',
    'javascript:alert(1)',
    'http://user:secret@acme.com/',
    'http://localhost/',
    'http://LOCALHOST./',
    'http://app.localhost/',
    'http://printer.local/',
    'http://metadata.google.internal/',
    'http://router.home.arpa/',
    'http://intranet/',
  ])('refuses %s', (url) => {
    expect(refusalOfUrl(new URL(url))).not.toBeNull();
  });

  it('sees through the odd IPv4 spellings because the URL parser canonicalizes them', () => {
    for (const url of ['http://2130706433/', 'http://0x7f000001/', 'http://0177.0.0.1/', 'http://127.1/']) {
      expect(new URL(url).hostname).toBe('127.0.0.1');
    }
  });
});

describe('refusalOfTarget', () => {
  it('allows public addresses on 80 and 443 only', () => {
    expect(refusalOfTarget('93.184.215.14', 443)).toBeNull();
    expect(refusalOfTarget('93.184.215.14', 80)).toBeNull();
    expect(refusalOfTarget('93.184.215.14', 8080)).toContain('port 8080');
    expect(refusalOfTarget('93.184.215.14', 22)).toContain('port 22');
  });

  it('lets tests reach loopback on their own ports only', () => {
    const policy = { loopbackPortsForTests: new Set([40123]) };
    expect(refusalOfTarget('127.0.0.1', 40123, policy)).toBeNull();
    expect(refusalOfTarget('::1', 40123, policy)).toBeNull();
    expect(refusalOfTarget('127.0.0.1', 40124, policy)).toContain('loopback');
    expect(refusalOfTarget('10.0.0.1', 40123, policy)).toContain('private');
    expect(refusalOfTarget('169.254.169.254', 40123, policy)).toContain('metadata');
    expect(refusalOfTarget('127.0.0.1', 40123)).toContain('loopback');
  });
});
