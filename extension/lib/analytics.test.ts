import type { AnalyticsRow } from '@personalizer/shared';
import { describe, expect, it } from 'vitest';
import { ratesBy } from './analytics.ts';

const row = (over: Partial<AnalyticsRow>): AnalyticsRow => ({
  template_id: null,
  arm: null,
  tone: 'PROFESSIONAL',
  channel: 'EMAIL',
  requests: 0,
  selections: 0,
  selection_rate: null,
  edited_share: null,
  flagged_share: null,
  variants: 0,
  ...over,
});

const rows = [
  row({ tone: 'FRIENDLY', channel: 'LINKEDIN', template_id: 'builtin-saas', arm: 'A', requests: 4, selections: 3 }),
  row({ tone: 'FRIENDLY', channel: 'EMAIL', template_id: 'builtin-saas', arm: 'B', requests: 2, selections: 0 }),
  row({ tone: 'DIRECT', channel: 'EMAIL', requests: 5, selections: 1 }),
  row({ tone: 'DIRECT', channel: 'SMS', requests: 0, selections: 0 }),
];

describe('ratesBy', () => {
  it('sums requests and selections per tone and per channel, most requests first', () => {
    expect(ratesBy(rows, 'tone')).toEqual([
      { label: 'Friendly', requests: 6, selections: 3, rate: 0.5 },
      { label: 'Direct', requests: 5, selections: 1, rate: 0.2 },
    ]);
    expect(ratesBy(rows, 'channel')).toEqual([
      { label: 'Email', requests: 7, selections: 1, rate: 1 / 7 },
      { label: 'LinkedIn', requests: 4, selections: 3, rate: 0.75 },
      { label: 'SMS', requests: 0, selections: 0, rate: null },
    ]);
  });

  it('keeps template arms apart and names templates when it can', () => {
    expect(ratesBy(rows, 'template', { 'builtin-saas': 'SaaS' }).map((g) => [g.label, g.rate])).toEqual([
      ['No template', 0.2],
      ['SaaS · arm A', 0.75],
      ['SaaS · arm B', 0],
    ]);
  });
});
