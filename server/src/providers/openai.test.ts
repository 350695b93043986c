import { describe, expect, it } from 'vitest';
import { generationFailure, useFakeProvider } from '../../test-support/suites.ts';
import { createOpenAiProvider, type OpenAiSettings } from './openai.ts';

const KEY = 'sk-test-secret-0123456789';
const prompts = { system: 'SYSTEM RULES', user: 'USER DATA', template_version: 'test' };
const fake = useFakeProvider();

function provider(extra: Partial<OpenAiSettings> = {}) {
  return createOpenAiProvider({
    apiKey: KEY,
    baseURL: fake().openaiBaseURL,
    model: 'gpt-test',
    temperature: 0.3,
    timeoutMs: 2000,
    maxRetries: 0,
    ...extra,
  });
}

describe('openai provider (real SDK against the fake server)', () => {
  it('sends a JSON-mode chat completion and returns the text', async () => {
    fake().script([{ kind: 'text', text: '{"variants": []}' }]);
    await expect(provider().complete(prompts, { maxTokens: 321 })).resolves.toBe('{"variants": []}');
    expect(fake().requests).toHaveLength(1);
    const [request] = fake().requests;
    expect(request).toMatchObject({
      api: 'openai',
      path: '/v1/chat/completions',
      system: 'SYSTEM RULES',
      user: 'USER DATA',
    });
    expect(request?.body).toMatchObject({
      model: 'gpt-test',
      temperature: 0.3,
      max_tokens: 321,
      response_format: { type: 'json_object' },
      messages: [
        { role: 'system', content: 'SYSTEM RULES' },
        { role: 'user', content: 'USER DATA' },
      ],
    });
    expect(request?.headers.authorization).toBe('[redacted]');
    expect(JSON.stringify(fake().requests)).not.toContain(KEY);
  });

  it('works without an API key (local servers)', async () => {
    fake().script([{ kind: 'text', text: 'ok' }]);
    await expect(provider({ apiKey: undefined }).complete(prompts, { maxTokens: 10 })).resolves.toBe('ok');
  });

  it('survives a 429 through the SDK retry, honouring retry-after-ms', async () => {
    fake().script([
      { kind: 'status', status: 429, headers: { 'retry-after-ms': '10' } },
      { kind: 'status', status: 503, headers: { 'retry-after-ms': '10' } },
      { kind: 'text', text: 'third time' },
    ]);
    const started = performance.now();
    await expect(provider({ maxRetries: 2 }).complete(prompts, { maxTokens: 10 })).resolves.toBe('third time');
    expect(fake().requests).toHaveLength(3);
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it('maps a 500 to PROVIDER_ERROR once the retries are spent', async () => {
    fake().script([
      { kind: 'status', status: 500, headers: { 'retry-after-ms': '1' } },
      { kind: 'status', status: 500 },
    ]);
    const err = await generationFailure(provider({ maxRetries: 1 }).complete(prompts, { maxTokens: 10 }));
    expect(err.code).toBe('PROVIDER_ERROR');
    expect(err.message).toBe('The openai API had a server error: HTTP 500 (api_error)');
    expect(fake().requests).toHaveLength(2);
  });

  it('never repeats the upstream message, which can hold the key or the prompt', async () => {
    fake().script([
      {
        kind: 'status',
        status: 401,
        body: { error: { message: `Incorrect API key provided: ${KEY}. USER DATA`, code: 'invalid_api_key' } },
      },
    ]);
    const err = await generationFailure(provider().complete(prompts, { maxTokens: 10 }));
    expect(err.message).toBe('The openai API refused the credentials (check the API key): HTTP 401 (invalid_api_key)');
    expect(`${err.message} ${String(err.cause)}`).not.toMatch(/sk-test|USER DATA/);
  });

  it('maps a hang past the timeout to PROVIDER_TIMEOUT', async () => {
    fake().script([{ kind: 'hang' }]);
    const started = performance.now();
    const err = await generationFailure(provider({ timeoutMs: 150 }).complete(prompts, { maxTokens: 10 }));
    expect(err.code).toBe('PROVIDER_TIMEOUT');
    expect(err.message).toBe('The openai model did not answer within 150 ms');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('maps a cancelled call to PROVIDER_TIMEOUT', async () => {
    fake().script([{ kind: 'hang' }]);
    const err = await generationFailure(
      provider().complete(prompts, { maxTokens: 10, signal: AbortSignal.timeout(50) }),
    );
    expect(err.code).toBe('PROVIDER_TIMEOUT');
  });

  it('maps an unreachable endpoint to PROVIDER_ERROR', async () => {
    const err = await generationFailure(
      provider({ baseURL: 'http://127.0.0.1:9/v1' }).complete(prompts, { maxTokens: 10 }),
    );
    expect([err.code, err.message]).toEqual(['PROVIDER_ERROR', 'Could not connect to the openai endpoint']);
  });

  it('returns an empty string when the model gives no content', async () => {
    fake().script([{ kind: 'status', status: 200, body: { id: 'x', object: 'chat.completion', choices: [] } }]);
    await expect(provider().complete(prompts, { maxTokens: 10 })).resolves.toBe('');
  });
});
