import {
  AuditRecord,
  apiCaller,
  HistoryResponse,
  type PersonalizeRequestInput,
  PersonalizeResponse,
  type ReplayRequest,
  ReplayResponse,
} from '@personalizer/shared';
import type { HistoryFilters } from './route.ts';

export const PAGE_SIZE = 20;

/** The query string of GET /personalize for one page of the list. */
export function historyQuery(filters: HistoryFilters, before?: string): string {
  const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
  for (const [key, value] of Object.entries(filters)) if (value !== undefined) params.set(key, value);
  if (before) params.set('before', before);
  return params.toString();
}

/** The lab's calls, with the signed-in token; the server answers for the token's user (an admin: everyone). */
export function labClient(token: string, fetchImpl: typeof fetch = fetch, baseUrl = '') {
  const call = apiCaller(baseUrl, token, fetchImpl);
  return {
    /** Any authenticated call proves the token; this one also says the database is up. */
    check: () => call('GET', '/ready', null),
    history: (filters: HistoryFilters, before?: string) =>
      call('GET', `/personalize?${historyQuery(filters, before)}`, HistoryResponse),
    record: (requestId: string) => call('GET', `/personalize/${requestId}`, AuditRecord),
    replay: (requestId: string, body: ReplayRequest) =>
      call('POST', `/personalize/${requestId}/replay`, ReplayResponse, body),
    personalize: (body: PersonalizeRequestInput) => call('POST', '/personalize', PersonalizeResponse, body),
  };
}

export type LabClient = ReturnType<typeof labClient>;
