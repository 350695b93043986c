/**
 * MULTI_STEP generation: opener → body → call to action, each part its own model call through the
 * single-call pipeline (so each is checked, and retried once, before the next builds on it). The
 * parts are then joined per variant and the whole message is checked as a single one would be.
 */
import { type PersonalizeRequest, SLOT_WORDS, STEPS, type Step, type Variant } from '@personalizer/shared';
import { type PipelineDeps, type PipelineOptions, personalize, wholeVariant } from './pipeline.ts';
import type { Attempt, PipelineResult } from './types.ts';

/** Each part's share of the whole message's word budget. */
const SHARE: Record<Step, number> = { OPENER: 0.3, BODY: 0.5, CTA: 0.2 };

/** The request for one part: its slot, its share of the words, and the subject with the opener. */
export function stepRequest(request: PersonalizeRequest, step: Step): PersonalizeRequest {
  const { min, max } = SLOT_WORDS[step];
  const words = Math.round(request.constraints.max_words * SHARE[step]);
  return {
    ...request,
    slot: step,
    constraints: {
      ...request.constraints,
      max_words: Math.min(max, Math.max(min, words)),
      include_subjects: step === 'OPENER' && request.constraints.include_subjects,
    },
  };
}

export async function personalizeInSteps(
  request: PersonalizeRequest,
  deps: PipelineDeps,
  options: Pick<PipelineOptions, 'strategy' | 'current'> = {},
): Promise<PipelineResult> {
  const attempts: Attempt[] = [];
  let parts: Variant[][] = [];
  for (const step of STEPS) {
    const soFar = parts.length ? joined(parts) : undefined;
    const result = await personalize(stepRequest(request, step), deps, { ...options, soFar });
    for (const attempt of result.attempts) attempts.push({ ...attempt, attempt: attempts.length + 1, step });
    if (!result.ok) return { ok: false, error: result.error, attempts };
    // A step that succeeds answers every variant, in order: its part joins that variant's text.
    parts = result.variants.map((part, i) => [...(parts[i] ?? []), part]);
  }
  const variants = parts.map((written) =>
    wholeVariant(request, { subject: written[0]?.subject ?? null, message: join(written) }),
  );
  // The audit's final output is what the user got: the whole messages, not the last part.
  const last = attempts.length - 1;
  attempts[last] = { ...(attempts[last] as Attempt), variants };
  return { ok: true, variants, attempts };
}

/** Email and LinkedIn messages keep their parts as paragraphs. */
const join = (written: Variant[]) => written.map((v) => v.message.trim()).join('\n\n');
const joined = (parts: Variant[][]) => parts.map(join);
