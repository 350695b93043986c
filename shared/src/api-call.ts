import type { z } from 'zod';
import { ApiError, type ApiErrorCode, type ApiIssue } from './schemas.ts';

/** A failed API call: the server's error code and issues, or NETWORK when it could not be reached. */
export class ApiClientError extends Error {
  readonly code: ApiErrorCode | 'NETWORK';
  readonly status: number;
  readonly issues: ApiIssue[];
  /** Set when the server audited the failure (a generation that failed), so it can be opened. */
  readonly requestId: string | undefined;
  constructor(
    code: ApiErrorCode | 'NETWORK',
    status: number,
    message: string,
    issues: ApiIssue[] = [],
    requestId?: string,
  ) {
    super(message);
    this.code = code;
    this.status = status;
    this.issues = issues;
    this.requestId = requestId;
  }
}

export type ApiCall = <T>(method: string, path: string, schema: z.ZodType<T> | null, body?: unknown) => Promise<T>;

/**
 * One authenticated JSON call to the API: the answer checked with the contract's schema, an error
 * answer turned into ApiClientError. The side panel and the prompt lab build their clients on it.
 */
export function apiCaller(baseUrl: string, token: string, fetchImpl: typeof fetch = fetch): ApiCall {
  return async function call<T>(method: string, path: string, schema: z.ZodType<T> | null, body?: unknown): Promise<T> {
    let res: Response;
    try {
      res = await fetchImpl(`${baseUrl.replace(/\/+$/, '')}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
    } catch {
      throw new ApiClientError('NETWORK', 0, 'The server could not be reached');
    }
    const json: unknown = await res.json().catch(() => null);
    if (!res.ok) {
      const parsed = ApiError.safeParse(json);
      if (parsed.success) {
        const { code, message, issues, request_id } = parsed.data.error;
        throw new ApiClientError(code, res.status, message, issues, request_id);
      }
      throw new ApiClientError('INTERNAL', res.status, `The server answered ${res.status}`);
    }
    return (schema ? schema.parse(json) : undefined) as T;
  };
}
