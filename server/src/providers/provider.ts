import type { ProviderName } from '@personalizer/shared';
import type { Prompts } from '../generation/types.ts';

export interface CompletionOptions {
  /** Output token budget for this call. */
  maxTokens: number;
  signal?: AbortSignal;
}

/**
 * One LLM behind one small interface. complete() returns the model's raw text, or throws a
 * GenerationError (PROVIDER_ERROR / PROVIDER_TIMEOUT) that the API maps to 502 / 504.
 */
export interface Provider {
  readonly name: ProviderName;
  readonly model: string;
  readonly temperature: number;
  complete(prompts: Prompts, options: CompletionOptions): Promise<string>;
}
