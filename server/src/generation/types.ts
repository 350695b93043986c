import type { ProviderName, Step, Variant } from '@personalizer/shared';

/** The two prompts sent to a model, with the template version that produced them. */
export interface Prompts {
  system: string;
  user: string;
  template_version: string;
}

/** A variant as the model wrote it, before the server checks it. */
export interface Draft {
  subject: string | null;
  message: string;
}

/** One model call: what was sent, what came back, and the full variant set after it. */
export interface Attempt {
  attempt: number;
  provider: ProviderName;
  model: string;
  temperature: number;
  prompts: Prompts;
  /** null when the provider failed before answering. */
  raw_output: string | null;
  /** All variants as they stand after this attempt (a retry replaces the failing ones). */
  variants: Variant[];
  /** MULTI_STEP: the part this call wrote (its variants are that part, the last call's the whole messages). */
  step?: Step;
}

export type GenerationErrorCode = 'PROVIDER_ERROR' | 'PROVIDER_TIMEOUT';

export class GenerationError extends Error {
  readonly code: GenerationErrorCode;
  constructor(code: GenerationErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = 'GenerationError';
  }
}

export type PipelineResult =
  | { ok: true; variants: Variant[]; attempts: Attempt[] }
  | { ok: false; error: GenerationError; attempts: Attempt[] };
