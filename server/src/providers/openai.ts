/**
 * Any OpenAI-compatible Chat Completions endpoint (OpenAI, Ollama, vLLM, LM Studio, OpenRouter)
 * through the official SDK, whose bounded retries with backoff handle 429 and 5xx.
 */
import OpenAI from 'openai';
import { toGenerationError } from './errors.ts';
import type { Provider } from './provider.ts';

export interface OpenAiSettings {
  /** Local servers need none; the SDK insists on one, so a placeholder is sent then. */
  apiKey?: string;
  baseURL?: string;
  model: string;
  temperature: number;
  timeoutMs: number;
  maxRetries: number;
}

export function createOpenAiProvider(settings: OpenAiSettings): Provider {
  const client = new OpenAI({
    apiKey: settings.apiKey ?? 'not-needed',
    baseURL: settings.baseURL,
    timeout: settings.timeoutMs,
    maxRetries: settings.maxRetries,
  });
  return {
    name: 'openai',
    model: settings.model,
    temperature: settings.temperature,
    async complete(prompts, { maxTokens, signal }) {
      try {
        const completion = await client.chat.completions.create(
          {
            model: settings.model,
            temperature: settings.temperature,
            max_tokens: maxTokens,
            response_format: { type: 'json_object' },
            messages: [
              { role: 'system', content: prompts.system },
              { role: 'user', content: prompts.user },
            ],
          },
          { signal },
        );
        // An empty or refused answer is still an answer: the pipeline treats it as unparseable.
        return completion.choices[0]?.message.content ?? '';
      } catch (err) {
        throw toGenerationError(err, 'openai', settings.timeoutMs);
      }
    },
  };
}
