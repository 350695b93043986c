/** The configured provider, or one built from a replay's override of provider, model, temperature. */
import type { ReplayRequest } from '@personalizer/shared';
import type { LlmConfig } from '../config.ts';
import { createAnthropicProvider } from './anthropic.ts';
import { ProviderNotConfiguredError } from './errors.ts';
import { createOfflineProvider } from './offline.ts';
import { createOpenAiProvider } from './openai.ts';
import type { Provider } from './provider.ts';

export { ProviderNotConfiguredError } from './errors.ts';
export type { Provider } from './provider.ts';

/**
 * The configured provider, built once, and a chooser that builds another only when a replay
 * overrides provider, model or temperature.
 */
export function providerChooser(llm: LlmConfig): (override?: ReplayRequest) => Provider {
  const configured = createProvider(llm);
  return (override) =>
    override && Object.values(override).some((v) => v !== undefined) ? createProvider(llm, override) : configured;
}

/** @throws ProviderNotConfiguredError when the chosen provider has no key (or endpoint). */
export function createProvider(llm: LlmConfig, override: ReplayRequest = {}): Provider {
  const provider = override.provider ?? llm.provider;
  const common = {
    temperature: override.temperature ?? llm.temperature,
    timeoutMs: llm.timeoutMs,
    maxRetries: llm.maxRetries,
  };
  switch (provider) {
    case 'offline':
      return createOfflineProvider();
    case 'openai': {
      const { apiKey, baseURL, model } = llm.openai;
      if (!apiKey && !baseURL) {
        throw new ProviderNotConfiguredError('The openai provider needs OPENAI_API_KEY (or OPENAI_BASE_URL)');
      }
      return createOpenAiProvider({ apiKey, baseURL, model: override.model ?? model, ...common });
    }
    case 'anthropic': {
      const { apiKey, baseURL, model } = llm.anthropic;
      if (!apiKey) throw new ProviderNotConfiguredError('The anthropic provider needs ANTHROPIC_API_KEY');
      return createAnthropicProvider({ apiKey, baseURL, model: override.model ?? model, ...common });
    }
  }
}
