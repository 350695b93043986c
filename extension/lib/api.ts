import {
  AnalyticsResponse,
  ApiClientError,
  type ApiErrorCode,
  AuditRecord,
  apiCaller,
  EnrichResponse,
  type HistoryQuery,
  HistoryResponse,
  type PersonalizeRequestInput,
  PersonalizeResponse,
  RegenerateResponse,
  type SelectRequest,
  SelectResponse,
  type SenderInput,
  SenderProfile,
  TemplateList,
  toApiIssues,
} from '@personalizer/shared';
import type { z } from 'zod';

export { ApiClientError } from '@personalizer/shared';

/** A form's validation issues in one line, as the panel shows them before sending. */
export function describeIssues(error: z.ZodError): string {
  return `Please check: ${toApiIssues(error)
    .map((i) => `${i.path} ${i.message}`)
    .join('; ')}`;
}

/** What each server error means for the SDR, and what to do next. */
const NEXT_STEPS: Record<Exclude<ApiErrorCode, 'INVALID_REQUEST'> | 'NETWORK', string> = {
  NETWORK: 'Cannot reach the Personalizer server. Is it running, and is the server URL in Settings right?',
  UNAUTHORIZED: 'The server refused the access token. Paste the token the server printed into Settings.',
  FORBIDDEN: 'Your account may not do this. Ask your admin for access.',
  NOT_FOUND: 'The server no longer has this request. Generate again.',
  VARIANT_OUT_OF_RANGE: 'That variant is no longer there. Generate again.',
  REQUEST_NOT_SELECTABLE: 'This request did not finish writing, so its variants cannot be used. Generate again.',
  CONFLICT: 'Someone changed this at the same time. Reload the view and try again.',
  PAYLOAD_TOO_LARGE: 'The context is too long for the server. Shorten or remove some context items.',
  RATE_LIMITED: 'Too many requests for now. Wait a moment and retry.',
  PROVIDER_ERROR: 'The writing model failed to answer. Retry in a moment.',
  PROVIDER_TIMEOUT: 'The writing model failed to answer. Retry in a moment.',
  PROVIDER_NOT_CONFIGURED: 'The server has no writing model set up. Ask whoever runs it to configure one.',
  DATABASE_UNAVAILABLE: 'The server cannot reach its database right now. Retry in a moment.',
  TIMEOUT: 'The server took too long. Retry in a moment.',
  SITE_BLOCKED: 'The server will not read that website: its address is not public. Add the context by hand.',
  SITE_UNAVAILABLE: 'The website could not be read. Check the domain, or add the context by hand.',
  SMS_CONSENT_REQUIRED:
    'This server writes texts only to leads who opted in. Tick “Lead opted in to texts” once you have their consent.',
  INTERNAL: 'The server hit an error. Retry; if it keeps failing, tell whoever runs the server.',
};

/** The error in plain words for the panel, always with what to do next. */
export function describeError(err: unknown): string {
  if (!(err instanceof ApiClientError)) return 'Something went wrong in the panel. Close and reopen it, then retry.';
  if (err.code === 'INVALID_REQUEST')
    return err.issues.length
      ? `Please check: ${err.issues.map((i) => `${i.path} ${i.message}`).join('; ')}`
      : `${err.message}. Check the fields and retry.`;
  return NEXT_STEPS[err.code];
}

/** History's search and filters, as the panel sends them (the cursor and page size included). */
export type HistoryFilters = Partial<Omit<HistoryQuery, 'limit'>> & { limit?: number };

const historyPath = (filters: HistoryFilters) => {
  const params = new URLSearchParams({ limit: String(filters.limit ?? 20) });
  for (const key of ['q', 'channel', 'status', 'selected', 'before'] as const) {
    const value = filters[key]?.trim();
    if (value) params.set(key, value);
  }
  return `/personalize?${params}`;
};

export interface ApiClient {
  personalize(body: PersonalizeRequestInput): Promise<PersonalizeResponse>;
  select(requestId: string, body: SelectRequest): Promise<SelectResponse>;
  history(filters?: HistoryFilters): Promise<HistoryResponse>;
  /** Writes one variant again; the answer holds all of the request's variants now. */
  regenerate(requestId: string, variantIndex: number): Promise<RegenerateResponse>;
  /** Selection analytics for requests created in [from, to). */
  analytics(from: Date, to: Date): Promise<AnalyticsResponse>;
  record(requestId: string): Promise<AuditRecord>;
  ready(): Promise<void>;
  senderProfile(): Promise<SenderProfile>;
  /** The company's website, read by the server: summary, keywords, tech stack, with their pages. */
  enrich(domain: string): Promise<EnrichResponse>;
  saveSenderProfile(sender: SenderInput): Promise<SenderProfile>;
  /** The built-in and team templates (retired ones marked). */
  templates(): Promise<TemplateList>;
}

export function createApiClient(baseUrl: string, token: string, fetchImpl: typeof fetch = fetch): ApiClient {
  const call = apiCaller(baseUrl, token, fetchImpl);

  return {
    personalize: (body) => call('POST', '/personalize', PersonalizeResponse, body),
    select: (id, body) => call('POST', `/personalize/${id}/select`, SelectResponse, body),
    history: (filters = {}) => call('GET', historyPath(filters), HistoryResponse),
    regenerate: (id, index) => call('POST', `/personalize/${id}/variants/${index}/regenerate`, RegenerateResponse),
    analytics: (from, to) =>
      call(
        'GET',
        `/analytics?${new URLSearchParams({ from: from.toISOString(), to: to.toISOString() })}`,
        AnalyticsResponse,
      ),
    record: (id) => call('GET', `/personalize/${id}`, AuditRecord),
    ready: () => call('GET', '/ready', null),
    senderProfile: () => call('GET', '/sender-profile', SenderProfile),
    enrich: (domain) => call('POST', '/enrich', EnrichResponse, { domain }),
    saveSenderProfile: (sender) => call('PUT', '/sender-profile', SenderProfile, sender),
    templates: () => call('GET', '/templates', TemplateList),
  };
}
