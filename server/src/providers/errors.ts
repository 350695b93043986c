/**
 * SDK errors → GenerationError. Messages name the provider, the HTTP status and the upstream error
 * code only: upstream messages can echo the API key (OpenAI's 401 does, partly) or the prompt.
 */
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { GenerationError } from '../generation/types.ts';

/** Thrown by createProvider when the chosen provider lacks the settings it needs. */
export class ProviderNotConfiguredError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProviderNotConfiguredError';
  }
}

const STATUS_MEANING: Record<number, string> = {
  400: 'rejected the request',
  401: 'refused the credentials (check the API key)',
  403: 'denied access (check the key’s permissions)',
  404: 'does not know this model or endpoint',
  408: 'timed out on its side',
  413: 'found the request too large',
  422: 'could not process the request',
  429: 'is rate limiting or out of quota',
  529: 'is overloaded',
};

/** Upstream codes such as "invalid_api_key" or "overloaded_error": identifiers, safe to show. */
function upstreamCode(error: InstanceType<typeof OpenAI.APIError> | InstanceType<typeof Anthropic.APIError>) {
  const body = error.error as { code?: unknown; type?: unknown; error?: { type?: unknown } } | undefined;
  // OpenAI's body is {code, type}; Anthropic's is {type: "error", error: {type}}.
  const code = [body?.code, body?.error?.type, body?.type, error.type].find(
    (c): c is string => typeof c === 'string' && c !== 'error' && /^[a-z0-9_.-]{1,64}$/i.test(c),
  );
  return code ? ` (${code})` : '';
}

export function toGenerationError(err: unknown, provider: string, timeoutMs: number): GenerationError {
  if (err instanceof GenerationError) return err;
  if (err instanceof OpenAI.APIConnectionTimeoutError || err instanceof Anthropic.APIConnectionTimeoutError) {
    return new GenerationError('PROVIDER_TIMEOUT', `The ${provider} model did not answer within ${timeoutMs} ms`);
  }
  if (err instanceof OpenAI.APIUserAbortError || err instanceof Anthropic.APIUserAbortError) {
    return new GenerationError('PROVIDER_TIMEOUT', `The ${provider} call was cancelled before it answered`);
  }
  if (err instanceof OpenAI.APIConnectionError || err instanceof Anthropic.APIConnectionError) {
    return new GenerationError('PROVIDER_ERROR', `Could not connect to the ${provider} endpoint`);
  }
  if (err instanceof OpenAI.APIError || err instanceof Anthropic.APIError) {
    const status = err.status ?? 0;
    const meaning = STATUS_MEANING[status] ?? (status >= 500 ? 'had a server error' : 'returned an error');
    return new GenerationError('PROVIDER_ERROR', `The ${provider} API ${meaning}: HTTP ${status}${upstreamCode(err)}`);
  }
  return new GenerationError('PROVIDER_ERROR', `The ${provider} call failed unexpectedly`);
}
