import { describe, expect, it } from 'vitest';
import type { LlmConfig } from '../config.ts';
import { createProvider, ProviderNotConfiguredError } from './index.ts';

const llm: LlmConfig = {
  provider: 'openai',
  openai: { apiKey: 'sk-test', model: 'gpt-test' },
  anthropic: { apiKey: 'sk-ant-test', model: 'claude-test' },
  temperature: 0.7,
  timeoutMs: 1000,
  maxRetries: 0,
};

describe('createProvider', () => {
  it('builds the configured provider', () => {
    expect(createProvider(llm)).toMatchObject({ name: 'openai', model: 'gpt-test', temperature: 0.7 });
    expect(createProvider({ ...llm, provider: 'anthropic' })).toMatchObject({
      name: 'anthropic',
      model: 'claude-test',
    });
    expect(createProvider({ ...llm, provider: 'offline' })).toMatchObject({ name: 'offline', temperature: 0 });
  });

  it('applies a replay override of provider, model and temperature', () => {
    expect(createProvider(llm, { model: 'gpt-other', temperature: 0.1 })).toMatchObject({
      name: 'openai',
      model: 'gpt-other',
      temperature: 0.1,
    });
    expect(createProvider(llm, { provider: 'anthropic' })).toMatchObject({ name: 'anthropic', model: 'claude-test' });
    expect(createProvider(llm, { provider: 'offline', model: 'ignored' }).name).toBe('offline');
  });

  it('accepts an OpenAI-compatible endpoint without a key', () => {
    const local = { ...llm, openai: { baseURL: 'http://127.0.0.1:11434/v1', model: 'llama3.2' } };
    expect(createProvider(local)).toMatchObject({ name: 'openai', model: 'llama3.2' });
  });

  it('refuses a provider that has no key', () => {
    const bare: LlmConfig = { ...llm, provider: 'offline', openai: { model: 'gpt' }, anthropic: { model: 'claude' } };
    expect(() => createProvider(bare, { provider: 'openai' })).toThrow(ProviderNotConfiguredError);
    expect(() => createProvider(bare, { provider: 'anthropic' })).toThrow(/ANTHROPIC_API_KEY/);
  });
});
