import { describe, expect, it } from 'vitest';
import { blockingFlags, segments } from './highlight.ts';
import type { RiskFlag } from './schemas.ts';

const flag = (start: number, end: number, over: Partial<RiskFlag> = {}): RiskFlag => ({
  code: 'UNSOURCED_NUMBER',
  category: 'number',
  severity: 'error',
  detail: 'x',
  field: 'message',
  span: { start, end },
  ...over,
});

describe('segments', () => {
  const text = 'We cut costs in half for the only teams.';

  it('marks each flagged span and keeps the rest as plain text', () => {
    const runs = segments(text, [flag(13, 20), flag(25, 33, { category: 'superlative' })], 'message');
    expect(runs.map((r) => [r.text, r.flags.map((f) => f.category)])).toEqual([
      ['We cut costs ', []],
      ['in half', ['number']],
      [' for ', []],
      ['the only', ['superlative']],
      [' teams.', []],
    ]);
    expect(runs.map((r) => r.text).join('')).toBe(text);
  });

  it('splits overlapping spans and ignores other fields, whole-variant flags and stale spans', () => {
    const runs = segments(
      text,
      [flag(3, 12), flag(7, 20), flag(0, 2, { field: 'subject' }), flag(0, 0, { span: null }), flag(30, 99)],
      'message',
    );
    expect(runs.map((r) => [r.text, r.flags.length])).toEqual([
      ['We ', 0],
      ['cut ', 1],
      ['costs', 2],
      [' in half', 1],
      [' for the only teams.', 0],
    ]);
  });
});

describe('blockingFlags', () => {
  it('asks about errors only', () => {
    expect(blockingFlags([flag(0, 1), flag(0, 1, { severity: 'warning' })])).toHaveLength(1);
  });
});
