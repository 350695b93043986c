import type { RiskFlag } from '@personalizer/shared';

/** The error flags an SDR must confirm before inserting: what is unsupported, in their words. */
export function blockingFlags(flags: RiskFlag[]): RiskFlag[] {
  return flags.filter((f) => f.severity === 'error');
}
