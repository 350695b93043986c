import type { ApiErrorCode, ApiIssue } from '@personalizer/shared';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** An error the API answers with: HTTP status + the shared ApiError body. */
export class ApiError extends Error {
  readonly status: ContentfulStatusCode;
  readonly code: ApiErrorCode;
  readonly issues?: ApiIssue[];
  readonly request_id?: string;
  readonly headers?: Record<string, string>;

  constructor(
    status: ContentfulStatusCode,
    code: ApiErrorCode,
    message: string,
    extra: { issues?: ApiIssue[]; request_id?: string; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.issues = extra.issues;
    this.request_id = extra.request_id;
    this.headers = extra.headers;
  }

  toBody() {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.issues ? { issues: this.issues } : {}),
        ...(this.request_id ? { request_id: this.request_id } : {}),
      },
    };
  }
}
