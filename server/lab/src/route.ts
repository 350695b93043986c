import { HistoryQuery, RequestId } from '@personalizer/shared';
import type { z } from 'zod';

/** The list's search and filters, as GET /personalize takes them. */
export const HistoryFilters = HistoryQuery.pick({ q: true, channel: true, status: true, selected: true });
export type HistoryFilters = z.output<typeof HistoryFilters>;

/** Where the lab is, kept in the URL's hash so the back button and links work. */
export type Route = { view: 'list'; filters: HistoryFilters } | { view: 'record'; requestId: string } | { view: 'new' };

/** `#/?q=…&channel=…` the list, `#/requests/<id>` a record, `#/new` the ad-hoc form; anything else the list. */
export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  const record = /^\/requests\/([^/]+)$/.exec(path)?.[1];
  if (record && RequestId.safeParse(record).success) return { view: 'record', requestId: record };
  if (path === '/new') return { view: 'new' };
  const given = Object.fromEntries([...new URLSearchParams(query)].filter(([, value]) => value !== ''));
  const filters = HistoryFilters.safeParse(given);
  return { view: 'list', filters: filters.success ? filters.data : {} };
}

export function routeHref(route: Route): string {
  switch (route.view) {
    case 'record':
      return `#/requests/${route.requestId}`;
    case 'new':
      return '#/new';
    case 'list':
      return listHref(Object.entries(route.filters));
  }
}

/** The list's address for search fields as given (blank ones dropped); parseRoute validates them. */
export function listHref(fields: Iterable<[string, unknown]>): string {
  const given = [...fields].flatMap(([name, value]): [string, string][] =>
    typeof value === 'string' && value.trim() !== '' ? [[name, value.trim()]] : [],
  );
  const query = new URLSearchParams(given).toString();
  return query ? `#/?${query}` : '#/';
}
