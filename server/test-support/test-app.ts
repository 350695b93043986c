import { createApp } from '../src/app.ts';
import type { LlmConfig } from '../src/config.ts';
import type { AppDeps } from '../src/http/env.ts';
import { providerChooser } from '../src/providers/index.ts';
import { createCompanyEnricher } from '../src/service/enrichment.ts';
import type { Stores } from '../src/store/stores.ts';

/** The token of the admin every test database gets (as the server's startup token would be). */
export const TEST_TOKEN = 'test-token-0123456789abcdef';

/** LLM settings for the real OpenAI SDK path against the scripted fake provider. */
export function fakeOpenAi(baseURL: string, extra: Partial<LlmConfig> = {}): LlmConfig {
  return {
    provider: 'openai',
    openai: { apiKey: 'sk-test-not-a-real-key', baseURL, model: 'gpt-test' },
    anthropic: { model: 'claude-test' },
    temperature: 0.4,
    timeoutMs: 2000,
    maxRetries: 0,
    ...extra,
  };
}

/** An enricher that refuses every site: for apps whose tests do not enrich (no network in tests). */
export function offlineEnricher(stores: Stores) {
  return createCompanyEnricher({
    profiles: stores.companies,
    fetchPage: async () => ({ ok: false, code: 'BLOCKED', message: 'no network in tests' }),
    cacheDays: 7,
  });
}

/** Makes TEST_TOKEN an admin's on these stores (what the server does with its startup token). */
export async function withTestAdmin(stores: Stores) {
  return (await stores.users.ensureAdmin(TEST_TOKEN, 'Test Admin')).user;
}

/**
 * The real app on test stores; call() goes through app.request (no socket) with a token
 * (TEST_TOKEN's admin unless `as` names another).
 */
export function testApp(stores: Stores, llm: LlmConfig, overrides: Partial<AppDeps> = {}) {
  const logs: Record<string, unknown>[] = [];
  const app = createApp({
    stores,
    providerFor: providerChooser(llm),
    enricher: offlineEnricher(stores),
    corsOrigins: null,
    bodyLimitBytes: 64 * 1024,
    requestTimeoutMs: 30_000,
    log: (line) => logs.push(line),
    ...overrides,
  });
  async function call(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
    as: string = TEST_TOKEN,
  ) {
    const res = await app.request(path, {
      method,
      headers: {
        authorization: `Bearer ${as}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    // biome-ignore lint/suspicious/noExplicitAny: tests read whichever answer shape they expect
    return { status: res.status, headers: res.headers, json: json as any, text };
  }
  return { app, call, logs };
}
