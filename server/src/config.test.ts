import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

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
