import type { RiskFlag } from '@personalizer/shared';
import { describe, expect, it } from 'vitest';
import { blockingFlags } from './highlight';

const flag = (start: number, end: number, over: Partial<RiskFlag> = {}): RiskFlag => ({
  code: 'UNSOURCED_NUMBER',
  category: 'number',
  severity: 'error',
  detail: 'x',
  field: 'message',
  span: { start, end },
  ...over,
});

describe('blockingFlags', () => {
  it('asks about errors only', () => {
    expect(blockingFlags([flag(0, 1), flag(0, 1, { severity: 'warning' })])).toHaveLength(1);
  });
});
