import { createApp } from '../src/app.ts';
import type { LlmConfig } from '../src/config.ts';
import type { AppDeps } from '../src/http/env.ts';
import { providerChooser } from '../src/providers/index.ts';
import { createCompanyEnricher } from '../src/service/enrichment.ts';
import type { AuditStore } from '../src/store/audit-store.ts';
import { CompanyProfileStore } from '../src/store/company-profile-store.ts';
import { SenderProfileStore } from '../src/store/sender-profiles.ts';

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
export function offlineEnricher(store: AuditStore) {
  return createCompanyEnricher({
    profiles: new CompanyProfileStore(store.db),
    fetchPage: async () => ({ ok: false, code: 'BLOCKED', message: 'no network in tests' }),
    cacheDays: 7,
  });
}

/** The real app on a test store; call() goes through app.request (no socket) with the token. */
export function testApp(store: AuditStore, llm: LlmConfig, overrides: Partial<AppDeps> = {}) {
  const logs: Record<string, unknown>[] = [];
  const app = createApp({
    store,
    senderProfiles: new SenderProfileStore(store.db),
    providerFor: providerChooser(llm),
    enricher: offlineEnricher(store),
    apiToken: TEST_TOKEN,
    corsOrigins: null,
    rateLimitPerMin: 1000,
    bodyLimitBytes: 64 * 1024,
    requestTimeoutMs: 30_000,
    log: (line) => logs.push(line),
    ...overrides,
  });
  async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const res = await app.request(path, {
      method,
      headers: {
        authorization: `Bearer ${TEST_TOKEN}`,
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
