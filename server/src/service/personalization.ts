/**
 * One personalization with its audit trail: the request is stored before the model is called,
 * every attempt as it was, and the outcome last. Provider failures end FAILED and answer 502/504.
 */
import type { PersonalizeRequest, ReplayRequest, Variant } from '@personalizer/shared';
import { personalize } from '../generation/pipeline.ts';
import { personalizeInSteps } from '../generation/steps.ts';
import type { Attempt, GenerationError, Prompts } from '../generation/types.ts';
import { ApiError } from '../http/api-error.ts';
import { newRequestId } from '../ids.ts';
import type { Provider } from '../providers/provider.ts';
import type { AuditStore, Viewer } from '../store/audit-store.ts';
import type { SenderProfileStore } from '../store/sender-profiles.ts';
import type { TemplateStore } from '../store/template-store.ts';
import { enforceSmsConsent } from './sms-consent.ts';
import { type ChosenStrategy, chooseStrategy } from './templates.ts';

/** The configured provider, or one built from a replay's override. */
export type ProviderChooser = (override?: ReplayRequest) => Provider;

export interface PersonalizationDeps {
  store: AuditStore;
  /** The owners' sender profiles: a request that names no sender is written as its owner's. */
  senders: Pick<SenderProfileStore, 'get'>;
  providerFor: ProviderChooser;
  /** Team templates and experiments: a request is written with a template's strategy when one applies. */
  templates: Pick<TemplateStore, 'catalog' | 'get'>;
  now?: () => Date;
  /** SMS_REQUIRE_CONSENT: refuse SMS requests without constraints.sms_consent (else they are flagged). */
  smsRequireConsent?: boolean;
}

export interface PersonalizationOutcome {
  request_id: string;
  variants: Variant[];
  attempts: Attempt[];
  provider: string;
}

export async function createPersonalization(
  input: PersonalizeRequest,
  owner: { user_id: string },
  deps: PersonalizationDeps,
  options: {
    replay_of?: string;
    firstPrompts?: Prompts;
    override?: ReplayRequest;
    /** A replay's: the strategy its stored prompts were built with. */
    recorded?: ChosenStrategy['audit'];
  } = {},
): Promise<PersonalizationOutcome> {
  enforceSmsConsent(input, deps.smsRequireConsent);
  const now = deps.now ?? (() => new Date());
  const started = performance.now();
  const created_at = now();
  const request_id = newRequestId(created_at.getTime());
  // Two reads, neither waiting on the other: a replay keeps the sender it was written as (or none)
  // while a new request takes the owner's profile; a replay sends its stored prompts, their strategy
  // already in them.
  const [sent, chosen] = await Promise.all([
    options.replay_of ? input : withSender(input, owner.user_id, deps),
    options.firstPrompts ? null : chooseStrategy(input, request_id, deps.templates),
  ]);
  input = sent;
  const audited = { request_id, owner_id: owner.user_id, ...(chosen?.audit ?? options.recorded) };
  const provider = deps.providerFor(options.override);
  await deps.store.beginRequest({
    ...audited,
    input,
    created_at,
    ...(options.replay_of ? { replay_of: options.replay_of } : {}),
  });

  let result: Awaited<ReturnType<typeof personalize>>;
  try {
    const strategy = chosen ? { strategy: chosen.strategy } : {};
    result =
      input.mode === 'MULTI_STEP'
        ? await personalizeInSteps(input, { provider }, strategy)
        : await personalize(input, { provider }, { firstPrompts: options.firstPrompts, ...strategy });
  } catch (err) {
    // A bug, not a provider answer: still leave a finished, honest record.
    await deps.store.finishRequest(request_id, {
      status: 'FAILED',
      latency_ms: Math.round(performance.now() - started),
      attempts: 0,
      error: { code: 'INTERNAL', message: 'Generation failed unexpectedly' },
    });
    throw err;
  }

  const last = result.attempts.length - 1;
  for (const [i, attempt] of result.attempts.entries()) {
    await deps.store.recordAttempt(audited, attempt, result.ok && i === last, now());
  }
  const latency_ms = Math.round(performance.now() - started);
  const attempts = result.attempts.length;
  if (!result.ok) {
    const { code, message } = result.error;
    await deps.store.finishRequest(request_id, { status: 'FAILED', latency_ms, attempts, error: { code, message } });
    throw generationFailed(result.error, request_id);
  }
  await deps.store.finishRequest(request_id, {
    status: 'SUCCESS',
    latency_ms,
    attempts,
    tally: tallyOf(result.variants),
  });
  return { request_id, variants: result.variants, attempts: result.attempts, provider: provider.name };
}

/** What GET /analytics counts of a request's variants: how many, and how many with an error flag. */
export function tallyOf(variants: Variant[]) {
  return {
    variants: variants.length,
    flagged: variants.filter((v) => v.risk_flags.some((f) => f.severity === 'error')).length,
  };
}

/** A provider failure as the API answers it, naming the audited request. */
export function generationFailed(error: GenerationError, request_id: string): ApiError {
  return new ApiError(error.code === 'PROVIDER_TIMEOUT' ? 504 : 502, error.code, error.message, { request_id });
}

/** A stored request as today's pipeline takes it: those stored before slots and modes were whole messages in one call. */
export function storedRequest(stored: unknown): PersonalizeRequest {
  const input = stored as Omit<PersonalizeRequest, 'slot' | 'mode'> &
    Partial<Pick<PersonalizeRequest, 'slot' | 'mode'>>;
  return { ...input, slot: input.slot ?? 'FULL', mode: input.mode ?? 'SINGLE' };
}

/** The request with the sender it is written as: its own, else the owner's stored profile. */
async function withSender(input: PersonalizeRequest, owner: string, deps: PersonalizationDeps) {
  if (input.sender) return input;
  const profile = await deps.senders.get(owner);
  return profile ? { ...input, sender: profile.sender } : input;
}

/**
 * Re-runs a stored request's first prompts (optionally on another provider/model/temperature),
 * when the viewer may see it; the replay is the viewer's own request.
 */
export async function replayPersonalization(
  request_id: string,
  viewer: Viewer,
  override: ReplayRequest,
  deps: PersonalizationDeps,
) {
  const record = await deps.store.getRecord(request_id, viewer);
  if (!record) throw new ApiError(404, 'NOT_FOUND', `No request ${request_id}`);
  const first = record.prompts.find((p) => p.attempt === 1);
  if (!first) throw new ApiError(409, 'REQUEST_NOT_SELECTABLE', `Request ${request_id} has no stored prompt to replay`);
  const input = storedRequest(record.request.input);
  // A MULTI_STEP request's later prompts hold the earlier parts: it is replayed by writing every step again.
  const firstPrompts =
    input.mode === 'SINGLE'
      ? { system: first.system_prompt, user: first.user_prompt, template_version: first.template_version }
      : undefined;
  const replay = await createPersonalization(input, viewer, deps, {
    replay_of: request_id,
    ...(firstPrompts ? { firstPrompts } : {}),
    override,
    ...(first.template_id && first.strategy_version
      ? {
          recorded: {
            template_id: first.template_id,
            strategy_version: first.strategy_version,
            ...(first.arm ? { arm: first.arm } : {}),
          },
        }
      : {}),
  });
  const original = record.outputs.find((o) => o.final)?.parsed_variants ?? [];
  return { replay, original: { request_id, variants: original } };
}
