/**
 * Claude through the official SDK (Messages API; baseURL honoured for compatible endpoints). The
 * JSON-only answer is asked for in the system prompt; the parser tolerates stray prose.
 */
import Anthropic from '@anthropic-ai/sdk';
import { toGenerationError } from './errors.ts';
import type { Provider } from './provider.ts';

export interface AnthropicSettings {
  apiKey: string;
  baseURL?: string;
  model: string;
  temperature: number;
  timeoutMs: number;
  maxRetries: number;
}

export function createAnthropicProvider(settings: AnthropicSettings): Provider {
  const client = new Anthropic({
    apiKey: settings.apiKey,
    baseURL: settings.baseURL,
    timeout: settings.timeoutMs,
    maxRetries: settings.maxRetries,
  });
  return {
    name: 'anthropic',
    model: settings.model,
    // The Messages API no longer takes sampling parameters (SDK 1.x has none): the model samples
    // as it does by default, and the audit shows the configured value, which is not sent.
    temperature: settings.temperature,
    async complete(prompts, { maxTokens, signal }) {
      try {
        const message = await client.messages.create(
          {
            model: settings.model,
            max_tokens: maxTokens,
            system: prompts.system,
            messages: [{ role: 'user', content: prompts.user }],
          },
          { signal },
        );
        return message.content.map((block) => (block.type === 'text' ? block.text : '')).join('');
      } catch (err) {
        throw toGenerationError(err, 'anthropic', settings.timeoutMs);
      }
    },
  };
}
