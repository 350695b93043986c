import {
  ApiClientError,
  AuditRecord,
  apiCaller,
  EnrichResponse,
  HistoryResponse,
  type PersonalizeRequestInput,
  PersonalizeResponse,
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

/** The error in plain words for the panel. */
export function describeError(err: unknown): string {
  if (!(err instanceof ApiClientError)) return 'Something went wrong.';
  switch (err.code) {
    case 'NETWORK':
      return 'Cannot reach the Personalizer server. Is it running, and is the server URL in Settings right?';
    case 'UNAUTHORIZED':
      return 'The server refused the access token. Paste the token the server printed into Settings.';
    case 'RATE_LIMITED':
      return 'Too many requests for now. Wait a moment and retry.';
    case 'PROVIDER_ERROR':
    case 'PROVIDER_TIMEOUT':
      return 'The writing model failed to answer. Retry in a moment.';
    case 'INVALID_REQUEST':
      return err.issues.length
        ? `Please check: ${err.issues.map((i) => `${i.path} ${i.message}`).join('; ')}`
        : err.message;
    case 'SITE_BLOCKED':
      return 'The server will not read that website: its address is not public. Add the context by hand.';
    case 'SITE_UNAVAILABLE':
      return 'The website could not be read. Check the domain, or add the context by hand.';
    case 'SMS_CONSENT_REQUIRED':
      return 'This server writes texts only to leads who opted in. Tick “Lead opted in to texts” once you have their consent.';
    case 'DATABASE_UNAVAILABLE':
      return 'The server cannot reach its database right now. Retry in a moment.';
    default:
      return err.message;
  }
}

export interface ApiClient {
  personalize(body: PersonalizeRequestInput): Promise<PersonalizeResponse>;
  select(requestId: string, body: SelectRequest): Promise<SelectResponse>;
  history(limit?: number): Promise<HistoryResponse>;
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
    history: (limit = 20) => call('GET', `/personalize?limit=${limit}`, HistoryResponse),
    record: (id) => call('GET', `/personalize/${id}`, AuditRecord),
    ready: () => call('GET', '/ready', null),
    senderProfile: () => call('GET', '/sender-profile', SenderProfile),
    enrich: (domain) => call('POST', '/enrich', EnrichResponse, { domain }),
    saveSenderProfile: (sender) => call('PUT', '/sender-profile', SenderProfile, sender),
    templates: () => call('GET', '/templates', TemplateList),
  };
}
