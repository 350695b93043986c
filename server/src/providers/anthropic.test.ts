import { describe, expect, it } from 'vitest';
import { generationFailure, useFakeProvider } from '../../test-support/suites.ts';
import { type AnthropicSettings, createAnthropicProvider } from './anthropic.ts';

const KEY = 'sk-ant-test-secret-0123456789';
const prompts = { system: 'SYSTEM RULES', user: 'USER DATA', template_version: 'test' };
const fake = useFakeProvider();

function provider(extra: Partial<AnthropicSettings> = {}) {
  return createAnthropicProvider({
    apiKey: KEY,
    baseURL: fake().anthropicBaseURL,
    model: 'claude-test',
    temperature: 0.3,
    timeoutMs: 2000,
    maxRetries: 0,
    ...extra,
  });
}

describe('anthropic provider (real SDK against the fake server)', () => {
  it('sends a Messages request with the system prompt and returns the text', async () => {
    fake().script([{ kind: 'text', text: '{"variants": []}' }]);
    const claude = provider();
    await expect(claude.complete(prompts, { maxTokens: 321 })).resolves.toBe('{"variants": []}');
    const [request] = fake().requests;
    expect(request).toMatchObject({
      api: 'anthropic',
      path: '/v1/messages',
      system: 'SYSTEM RULES',
      user: 'USER DATA',
    });
    expect(request?.body).toMatchObject({
      model: 'claude-test',
      max_tokens: 321,
      system: 'SYSTEM RULES',
      messages: [{ role: 'user', content: 'USER DATA' }],
    });
    expect(request?.headers.authorization ?? request?.headers['x-api-key']).toBe('[redacted]');
    expect(JSON.stringify(fake().requests)).not.toContain(KEY);
    expect(claude).toMatchObject({ name: 'anthropic', model: 'claude-test', temperature: 0.3 });
  });

  it('survives a 429 through the SDK retry', async () => {
    fake().script([
      { kind: 'status', status: 429, headers: { 'retry-after-ms': '10' } },
      { kind: 'text', text: 'after the retry' },
    ]);
    await expect(provider({ maxRetries: 1 }).complete(prompts, { maxTokens: 10 })).resolves.toBe('after the retry');
    expect(fake().requests).toHaveLength(2);
  });

  it('maps an overloaded API to PROVIDER_ERROR without the upstream message', async () => {
    fake().script([
      {
        kind: 'status',
        status: 529,
        body: { type: 'error', error: { type: 'overloaded_error', message: `Overloaded ${KEY} USER DATA` } },
      },
    ]);
    const err = await generationFailure(provider().complete(prompts, { maxTokens: 10 }));
    expect(err.code).toBe('PROVIDER_ERROR');
    expect(err.message).toBe('The anthropic API is overloaded: HTTP 529 (overloaded_error)');
  });

  it('maps a 500 to PROVIDER_ERROR and a hang to PROVIDER_TIMEOUT', async () => {
    fake().script([{ kind: 'status', status: 500 }]);
    expect((await generationFailure(provider().complete(prompts, { maxTokens: 10 }))).code).toBe('PROVIDER_ERROR');
    fake().script([{ kind: 'hang' }]);
    const err = await generationFailure(provider({ timeoutMs: 150 }).complete(prompts, { maxTokens: 10 }));
    expect([err.code, err.message]).toEqual(['PROVIDER_TIMEOUT', 'The anthropic model did not answer within 150 ms']);
  });
});
