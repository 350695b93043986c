/**
 * Regenerating one variant of a finished request: one new variant written from the stored input,
 * with the original's strategy, unlike the request's current variants, through the same checks
 * and retry (through its steps for MULTI_STEP); stored as the request's next attempts.
 */
import type { RegenerateResponse, Variant } from '@personalizer/shared';
import { personalize } from '../generation/pipeline.ts';
import { personalizeInSteps } from '../generation/steps.ts';
import { ApiError } from '../http/api-error.ts';
import type { Viewer } from '../store/audit-store.ts';
import { generationFailed, type PersonalizationDeps, storedRequest, tallyOf } from './personalization.ts';
import { readTemplate } from './templates.ts';

export async function regenerateVariant(
  request_id: string,
  variant_index: number,
  viewer: Viewer,
  deps: PersonalizationDeps,
): Promise<RegenerateResponse & { attempts: number; provider: string }> {
  const base = await deps.store.regenerationBase(request_id, viewer);
  if (!base) throw new ApiError(404, 'NOT_FOUND', `No request ${request_id}`);
  const current = base.variants;
  if (!current) {
    throw new ApiError(409, 'REQUEST_NOT_SELECTABLE', `Request ${request_id} did not succeed; nothing to regenerate`);
  }
  if (variant_index >= current.length) {
    throw new ApiError(422, 'VARIANT_OUT_OF_RANGE', `variant_index must be below ${current.length}`, {
      issues: [{ path: 'variant_index', message: `must be below ${current.length}` }],
    });
  }

  const request = storedRequest(base.input);
  const input = { ...request, constraints: { ...request.constraints, variant_count: 1 } };
  const { template_id, strategy_version } = base.strategy;
  const strategy =
    template_id && strategy_version ? await readTemplate(deps.templates, template_id, strategy_version) : undefined;
  const options = {
    ...(strategy ? { strategy } : {}),
    current: current.map(({ subject, message }) => ({ subject, message })),
  };
  const provider = deps.providerFor();
  const result =
    input.mode === 'MULTI_STEP'
      ? await personalizeInSteps(input, { provider }, options)
      : await personalize(input, { provider }, options);

  const audited = { request_id, owner_id: base.owner_id ?? viewer.user_id, ...base.strategy };
  /** Stores the calls (and the request's variants now, when there is a new one). */
  const record = async (variants: Variant[] | null) => {
    const written = variants && { variants, tally: tallyOf(variants) };
    const at = (deps.now ?? (() => new Date()))();
    const stored = await deps.store.recordRegeneration(audited, base, variant_index, result.attempts, written, at);
    if (stored === 'CONFLICT') {
      throw new ApiError(409, 'CONFLICT', `Request ${request_id} changed meanwhile; read it and retry`);
    }
  };
  if (!result.ok) {
    await record(null);
    throw generationFailed(result.error, request_id);
  }
  // A success answers exactly the one variant asked for.
  const variant = result.variants[0] as Variant;
  const variants = current.map((v, i) => (i === variant_index ? variant : v));
  await record(variants);
  return { request_id, variant_index, variant, variants, attempts: result.attempts.length, provider: provider.name };
}
