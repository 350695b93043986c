import { describe, expect, it } from 'vitest';
import { wilson95 } from './wilson.ts';

describe('wilson95', () => {
  it('matches published values', () => {
    // 5 of 10: 0.2366–0.7634; 1 of 20: 0.0089–0.2361 (Wilson 1927, as tabulated by Newcombe 1998).
    const half = wilson95(5, 10);
    expect(half?.value).toBe(0.5);
    expect(half?.low).toBeCloseTo(0.2366, 4);
    expect(half?.high).toBeCloseTo(0.7634, 4);
    const low = wilson95(1, 20);
    expect(low?.low).toBeCloseTo(0.0089, 4);
    expect(low?.high).toBeCloseTo(0.2361, 4);
  });

  it('stays inside [0, 1] and is null without trials', () => {
    expect(wilson95(0, 4)?.low).toBe(0);
    expect(wilson95(4, 4)?.high).toBe(1);
    expect(wilson95(0, 0)).toBeNull();
  });
});
