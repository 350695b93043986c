import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig: enrichment', () => {
  it('caches profiles for 7 days and names a contact URL in the User-Agent by default', () => {
    const { enrich } = loadConfig({});
    expect(enrich.cacheDays).toBe(7);
    expect(enrich.userAgent).toMatch(/^PersonalizerBot\/0\.1 \(\+https?:\/\/\S+\)$/);
  });

  it('takes ENRICH_CACHE_DAYS and ENRICH_CONTACT_URL', () => {
    const { enrich } = loadConfig({ ENRICH_CACHE_DAYS: '30', ENRICH_CONTACT_URL: 'https://acme.com/bot' });
    expect(enrich).toEqual({ cacheDays: 30, userAgent: 'PersonalizerBot/0.1 (+https://acme.com/bot)' });
  });

  it.each([
    [{ ENRICH_CACHE_DAYS: '0' }, 'ENRICH_CACHE_DAYS'],
    [{ ENRICH_CACHE_DAYS: 'week' }, 'ENRICH_CACHE_DAYS'],
    [{ ENRICH_CONTACT_URL: 'mailto:bot@acme.com' }, 'ENRICH_CONTACT_URL'],
  ])('refuses %j naming the variable', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(name);
  });
});

describe('loadConfig: RETENTION_DAYS', () => {
  it('keeps everything when unset or empty, else a number of days', () => {
    expect(loadConfig({}).retentionDays).toBeNull();
    expect(loadConfig({ RETENTION_DAYS: ' ' }).retentionDays).toBeNull();
    expect(loadConfig({ RETENTION_DAYS: '30' }).retentionDays).toBe(30);
  });

  it('refuses to start on a bad value, naming the variable', () => {
    for (const value of ['0', '-3', '1.5', 'forever']) {
      expect(() => loadConfig({ RETENTION_DAYS: value })).toThrow(ConfigError);
      expect(() => loadConfig({ RETENTION_DAYS: value })).toThrow(/RETENTION_DAYS/);
    }
  });
});

describe('loadConfig: SMS consent', () => {
  it('warns by default and refuses unconfirmed consent with SMS_REQUIRE_CONSENT=true', () => {
    expect(loadConfig({}).smsRequireConsent).toBe(false);
    expect(loadConfig({ SMS_REQUIRE_CONSENT: 'true' }).smsRequireConsent).toBe(true);
    expect(loadConfig({ SMS_REQUIRE_CONSENT: 'false' }).smsRequireConsent).toBe(false);
    expect(loadConfig({ SMS_REQUIRE_CONSENT: '' }).smsRequireConsent).toBe(false);
  });

  it.each(['yes', '1', 'TRUE'])('refuses SMS_REQUIRE_CONSENT=%j naming the variable', (value) => {
    expect(() => loadConfig({ SMS_REQUIRE_CONSENT: value })).toThrow(/SMS_REQUIRE_CONSENT: must be true or false/);
  });
});
