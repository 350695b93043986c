import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref } from './route.ts';

describe('parseRoute', () => {
  it('reads the list with its filters, a record and the ad-hoc form', () => {
    expect(parseRoute('#/?q=dana%20reyes&channel=EMAIL&selected=true&status=')).toEqual({
      view: 'list',
      filters: { q: 'dana reyes', channel: 'EMAIL', selected: 'true' },
    });
    expect(parseRoute('#/requests/req_0123456789abcdefghij')).toEqual({
      view: 'record',
      requestId: 'req_0123456789abcdefghij',
    });
    expect(parseRoute('#/new')).toEqual({ view: 'new' });
  });

  it('falls back to the unfiltered list for an unknown place, a bad id or a bad filter', () => {
    expect(parseRoute('')).toEqual({ view: 'list', filters: {} });
    expect(parseRoute('#/requests/nope')).toEqual({ view: 'list', filters: {} });
    expect(parseRoute('#/?channel=FAX')).toEqual({ view: 'list', filters: {} });
  });

  it('is the inverse of routeHref', () => {
    const routes = [
      { view: 'list', filters: { q: 'north & wind', status: 'FAILED' } },
      { view: 'list', filters: {} },
      { view: 'record', requestId: 'req_0123456789abcdefghij' },
      { view: 'new' },
    ] as const;
    for (const route of routes) expect(parseRoute(routeHref(route))).toEqual(route);
  });
});
