/**
 * One personalization: prompts → provider → parse → guardrails → at most one stricter retry that
 * asks only for the failing variants → truncation of whatever is still over the word limit.
 * At most two model calls; every call is returned as an Attempt, on failure too.
 */
import {
  countWords,
  type PersonalizeRequest,
  type RiskFlag,
  toSmsText,
  type Variant,
  withoutOptOut,
} from '@personalizer/shared';
import { checkVariant, explainVariant, isBlocking } from '../guardrails/index.ts';
import type { Provider } from '../providers/provider.ts';
import { parseDrafts } from './parse.ts';
import { answerTokenBudget, buildPrompts, buildRetryPrompts, type RetryFailure } from './prompt.ts';
import type { Strategy } from './strategy.ts';
import { truncateSms, truncateToWords } from './truncate.ts';
import { type Attempt, type Draft, GenerationError, type PipelineResult, type Prompts } from './types.ts';

export interface PipelineDeps {
  provider: Provider;
}

export interface PipelineOptions {
  /** Stored prompts to send instead of building new ones (replay). */
  firstPrompts?: Prompts;
  /** The template's strategy for new prompts. */
  strategy?: Strategy;
  /** MULTI_STEP: the messages written so far, one per variant; this call writes their next part. */
  soFar?: string[];
  /** A regeneration: the request's current variants, which the new one must not repeat. */
  current?: Draft[];
}

/** A draft with its risk flags, and the text it continues (MULTI_STEP; else empty). */
interface Checked {
  draft: Draft;
  flags: RiskFlag[];
  before: string;
}

/** One position in the variant list; null while the model has given nothing usable for it. */
type Slot = Checked | null;

export async function personalize(
  request: PersonalizeRequest,
  deps: PipelineDeps,
  options: PipelineOptions = {},
): Promise<PipelineResult> {
  const { provider } = deps;
  const wanted = request.constraints.variant_count;
  const attempts: Attempt[] = [];
  const record = (prompts: Prompts, raw_output: string | null, variants: Variant[]) =>
    attempts.push({
      attempt: attempts.length + 1,
      provider: provider.name,
      model: provider.model,
      temperature: provider.temperature,
      prompts,
      raw_output,
      variants,
    });

  const { soFar, current = [] } = options;
  const firstPrompts = options.firstPrompts ?? buildPrompts(request, options.strategy, { soFar, current });
  const before = (index: number) => soFar?.[index] ?? '';
  const existing = current.map((d) => normalizeMessage(d.message));
  const repeatsCurrent = (c: Checked) =>
    existing.some((e) => beginsAlike(e, normalizeMessage(`${c.before} ${c.draft.message}`)));
  const first = await call(provider, firstPrompts, answerTokenBudget(request));
  if (first.error) {
    record(firstPrompts, null, []);
    return { ok: false, error: first.error, attempts };
  }
  const parsed = parseDrafts(first.raw, request);
  const drafts = parsed.ok ? parsed.drafts : [];
  const slots: Slot[] = Array.from({ length: wanted }, (_, i) => {
    const draft = drafts[i];
    return draft ? check(request, draft, before(i)) : null;
  });
  const failures = failuresOf(slots, repeatsCurrent);
  if (failures.length === 0) {
    const variants = finish(request, distinct(slots));
    record(firstPrompts, first.raw, variants);
    return { ok: true, variants, attempts };
  }
  record(
    firstPrompts,
    first.raw,
    present(slots).map((c) => toVariant(request, c)),
  );

  const failing = new Set(failures.map((f) => f.index));
  const kept = [...current, ...present(slots.filter((_, i) => !failing.has(i))).map((c) => c.draft)];
  const retryPrompts = buildRetryPrompts(request, failures, firstPrompts, kept, soFar);
  const second = await call(provider, retryPrompts, answerTokenBudget(request, failures.length));
  const reparsed = second.error ? null : parseDrafts(second.raw, request);
  const replacements = reparsed?.ok
    ? reparsed.drafts.slice(0, failures.length).map((d, k) => check(request, d, before(failures[k]?.index ?? k)))
    : [];
  // A variant that still repeats one the request has is no new one.
  const usable = distinct(merge(slots, failures, replacements, repeatsCurrent)).filter((c) => !repeatsCurrent(c));
  const variants = finish(request, usable);
  record(retryPrompts, second.error ? null : second.raw, variants);

  if (usable.length === wanted) return { ok: true, variants, attempts };
  const readable = parsed.ok || reparsed?.ok === true;
  const error =
    second.error ??
    new GenerationError(
      'PROVIDER_ERROR',
      readable
        ? `The model returned ${usable.length} usable variant${usable.length === 1 ? '' : 's'}, expected ${wanted}`
        : 'The model answered twice without readable JSON of the shape {"variants": [{"message": "..."}]}',
    );
  return { ok: false, error, attempts };
}

type CallResult = { raw: string; error?: undefined } | { raw?: undefined; error: GenerationError };

/** A provider failure is an outcome to record; anything else is a bug and propagates. */
async function call(provider: Provider, prompts: Prompts, maxTokens: number): Promise<CallResult> {
  try {
    return { raw: await provider.complete(prompts, { maxTokens }) };
  } catch (err) {
    if (err instanceof GenerationError) return { error: err };
    throw err;
  }
}

function check(request: PersonalizeRequest, draft: Draft, before = ''): Checked {
  // An SMS goes out with straight quotes: one curly apostrophe would cost a segment in three.
  const shaped = request.channel === 'SMS' ? { ...draft, message: toSmsText(draft.message) } : draft;
  return { draft: shaped, flags: checkVariant(request, shaped), before };
}

/** Personalization points come from the server's reading of the message, never from the model. */
function toVariant(request: PersonalizeRequest, { draft, flags }: Checked): Variant {
  return {
    subject: draft.subject,
    message: draft.message,
    ...explainVariant(request, draft),
    risk_flags: flags,
  };
}

const present = (slots: Slot[]): Checked[] => slots.filter((s): s is Checked => s !== null);

/** A message as compared for near-identical variants: case, punctuation and spacing do not count. */
export function normalizeMessage(message: string): string {
  return message
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Whether `written` (normalized, a whole message or the start of one) repeats `existing`
 * (normalized) or its start: an opener that begins another message the same way repeats it.
 */
export function beginsAlike(existing: string, written: string): boolean {
  return existing === written || existing.startsWith(`${written} `);
}

/** Repeats count on the whole text: two openers may each be followed by the same offer. */
function sameText(a: Checked, b: Checked): boolean {
  return normalizeMessage(`${a.before} ${a.draft.message}`) === normalizeMessage(`${b.before} ${b.draft.message}`);
}

/** Missing, rule-breaking and repeated variants: what the retry must replace. */
function failuresOf(slots: Slot[], repeatsCurrent: (c: Checked) => boolean): RetryFailure[] {
  return slots.flatMap((slot, index): RetryFailure[] => {
    if (!slot) return [{ index, draft: null, flags: [] }];
    const duplicateOf = slots.findIndex((other, i) => i < index && other !== null && sameText(other, slot));
    if (duplicateOf >= 0) return [{ index, draft: slot.draft, flags: slot.flags, duplicateOf }];
    if (repeatsCurrent(slot)) return [{ index, draft: slot.draft, flags: slot.flags, repeatsCurrent: true }];
    return isBlocking(slot.flags) ? [{ index, draft: slot.draft, flags: slot.flags }] : [];
  });
}

const errorCount = (c: Checked) => c.flags.filter((f) => f.severity === 'error').length;

/**
 * Puts each replacement in its failure's slot, unless it repeats another variant or breaks more
 * rules than the draft it would replace (then the draft stays, with its flags).
 */
function merge(
  slots: Slot[],
  failures: RetryFailure[],
  replacements: Checked[],
  repeatsCurrent: (c: Checked) => boolean,
): Slot[] {
  const merged = [...slots];
  failures.forEach((failure, k) => {
    const candidate = replacements[k];
    if (!candidate || repeatsCurrent(candidate)) return;
    if (merged.some((other, i) => i !== failure.index && other !== null && sameText(other, candidate))) return;
    const current = merged[failure.index];
    const repeat = failure.duplicateOf !== undefined || failure.repeatsCurrent;
    if (current && !repeat && errorCount(candidate) > errorCount(current)) return;
    merged[failure.index] = candidate;
  });
  return merged;
}

/** The usable variants in order: later repeats of a message are dropped. */
function distinct(slots: Slot[]): Checked[] {
  const out: Checked[] = [];
  for (const slot of present(slots)) if (!out.some((c) => sameText(c, slot))) out.push(slot);
  return out;
}

/** A whole message put together from its parts, checked and shortened as a single one would be. */
export function wholeVariant(request: PersonalizeRequest, draft: Draft): Variant {
  return toVariant(request, shorten(request, check(request, draft)));
}

function finish(request: PersonalizeRequest, usable: Checked[]): Variant[] {
  return usable.map((c) => toVariant(request, shorten(request, c)));
}

/** Still over the word limit after the retry: cut at a sentence boundary and say so. */
function shorten(request: PersonalizeRequest, checked: Checked): Checked {
  if (!checked.flags.some((f) => f.code === 'OVER_WORD_LIMIT')) return checked;
  const max = request.constraints.max_words;
  const sms = request.channel === 'SMS';
  const draft = { ...checked.draft, message: (sms ? truncateSms : truncateToWords)(checked.draft.message, max) };
  // Counted as the word check counts them: an SMS's opt-out line is not.
  const words = (message: string) => countWords(sms ? withoutOptOut(message) : message);
  const truncated: RiskFlag = {
    code: 'TRUNCATED',
    category: 'length',
    severity: 'warning',
    detail: `shortened from ${words(checked.draft.message)} to ${words(draft.message)} words at a sentence boundary to fit the ${max}-word limit`,
    field: 'message',
    span: null,
  };
  return { draft, flags: [...checkVariant(request, draft), truncated], before: checked.before };
}
