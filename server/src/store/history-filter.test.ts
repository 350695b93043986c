import type { HistoryItem } from '@personalizer/shared';
import { describe, expect, it } from 'vitest';
import { historyFilter } from './history-filter.ts';

const item: HistoryItem = {
  request_id: 'req_00000000000000000001',
  created_at: '2030-01-01T00:00:00.000Z',
  status: 'SUCCESS',
  channel: 'EMAIL',
  goal: 'Book a short intro call about freight visibility',
  lead_name: 'Dana Reyes',
  company_name: 'Northwind Logistics',
  latency_ms: 12,
  selected: false,
};

const passes = (query: Parameters<typeof historyFilter>[0], it = item) => historyFilter(query)?.(it);

describe('historyFilter', () => {
  it('sets no test without filters (blank words included)', () => {
    expect(historyFilter({})).toBeNull();
    expect(historyFilter({ q: '   ' })).toBeNull();
  });

  it('needs every word somewhere in the lead name, company or goal, in any case', () => {
    expect(passes({ q: 'dana' })).toBe(true);
    expect(passes({ q: 'NORTHWIND freight' })).toBe(true);
    expect(passes({ q: 'reyes  intro' })).toBe(true);
    expect(passes({ q: 'north' })).toBe(true);
    expect(passes({ q: 'dana acme' })).toBe(false);
    // Not across two fields ("Reyes" ends the name, "Northwind" starts the company).
    expect(passes({ q: 'reyesnorthwind' })).toBe(false);
    expect(passes({ q: 'logistics' }, { ...item, company_name: null })).toBe(false);
  });

  it('matches channel, status and selection exactly, all together', () => {
    expect(passes({ channel: 'EMAIL' })).toBe(true);
    expect(passes({ channel: 'SMS' })).toBe(false);
    expect(passes({ status: 'FAILED' })).toBe(false);
    expect(passes({ selected: 'false' })).toBe(true);
    expect(passes({ selected: 'true' })).toBe(false);
    expect(passes({ selected: 'true' }, { ...item, selected: true })).toBe(true);
    expect(passes({ q: 'dana', channel: 'EMAIL', status: 'SUCCESS', selected: 'false' })).toBe(true);
    expect(passes({ q: 'dana', channel: 'EMAIL', status: 'PENDING' })).toBe(false);
  });
});
