/** The guardrails: pure checks composed into one verdict per variant. */
import { type Evidence, findOptOut, type PersonalizeRequest, type RiskFlag } from '@personalizer/shared';
import type { Draft } from '../generation/types.ts';
import { checkClaimModel } from './claim-model.ts';
import { checkEntities } from './entities.ts';
import { checkEvents } from './events.ts';
import { describeEvidence, findEvidence } from './evidence.ts';
import { type InputFacts, inputFacts } from './facts.ts';
import { checkLanguage } from './language.ts';
import { checkLocalized } from './languages/checks.ts';
import { LEXICONS } from './languages/index.ts';
import { checkLength } from './length.ts';
import { checkNumbers } from './numbers.ts';
import { checkObservations } from './observations.ts';
import { checkPains } from './pains.ts';
import { checkRequired } from './required.ts';
import { checkSlotShape } from './slots.ts';
import { checkSmsCompliance } from './sms-compliance.ts';
import { checkSocialProof } from './social-proof.ts';
import { checkSpam } from './spam.ts';
import { checkSuperlatives } from './superlatives.ts';
import { type Sentence, sentences } from './text.ts';

/** Runs every guardrail on one variant; returns its risk flags (empty when clean). */
export function checkVariant(request: PersonalizeRequest, variant: Draft): RiskFlag[] {
  const facts = inputFacts(request);
  // Subject and message are read as one text (each pattern runs once), the subject first and
  // apart; flags are then given back to the field their words are in.
  const subjectEnd = variant.subject ? variant.subject.length : 0;
  const gap = variant.subject ? 2 : 0;
  // An SMS's opt-out line is required wording, not a claim: blanked, offsets kept.
  const message = request.channel === 'SMS' ? blankOptOut(variant.message) : variant.message;
  const text = variant.subject ? `${variant.subject}\n\n${message}` : message;
  const grounding = groundingFlags(request, text, facts, subjectEnd)
    .map((flag) => inField(flag, subjectEnd, gap))
    // The same words flagged twice in one field, or words inside a longer flag of their kind, are
    // one flag; in the subject and the message, two.
    .filter(
      (flag, i, all) =>
        !all.some((other, j) => j !== i && repeats(flag, other, variant) && (j < i || !repeats(other, flag, variant))),
    )
    // In reading order: the subject's flags first, then the message's.
    .sort(
      (a, b) =>
        (a.field === b.field ? 0 : a.field === 'subject' ? -1 : 1) || (a.span?.start ?? 0) - (b.span?.start ?? 0),
    );
  return [
    ...checkLength(request, variant),
    // The subject and message as the checks read them: folded once for all of them.
    ...checkLanguage(request.language, text),
    ...grounding,
    ...checkRequired(request, variant, facts),
    ...checkSlotShape(request, variant, facts),
    ...checkSmsCompliance(request, variant),
  ];
}

/** The claims, names, numbers and spam in the text, read in the request's language. */
function groundingFlags(request: PersonalizeRequest, text: string, facts: InputFacts, subjectEnd: number): RiskFlag[] {
  const parts = sentences(text);
  if (request.language !== 'en') {
    return checkLocalized(request, text, parts, 'message', facts, LEXICONS[request.language]);
  }
  const company = request.sender?.company;
  // The sentences each rule read a claim of its kind in: the rule's judgement stands there.
  const read = { event: new Set<Sentence>(), pain: new Set<Sentence>(), social_proof: new Set<Sentence>() };
  const ruled = [
    ...checkSpam(text, 'message', facts),
    ...checkNumbers(text, 'message', facts),
    ...checkEntities(text, 'message', facts, subjectEnd),
    ...checkObservations(parts, 'message', facts),
    ...checkEvents(parts, 'message', facts, read.event),
    ...checkPains(parts, 'message', facts, company, read.pain),
    ...checkSocialProof(parts, 'message', facts, company, read.social_proof),
    ...checkSuperlatives(parts, 'message', facts, company),
  ];
  // What the rules' phrasings miss, read by the learned model.
  return [...ruled, ...checkClaimModel(parts, 'message', facts, ruled, read)];
}

/** A flag found in "subject\n\nmessage", pointed at its own field. */
function inField(flag: RiskFlag, subjectEnd: number, gap: number): RiskFlag {
  if (!flag.span || subjectEnd === 0) return flag;
  if (flag.span.start < subjectEnd) {
    return { ...flag, field: 'subject', span: { start: flag.span.start, end: Math.min(flag.span.end, subjectEnd) } };
  }
  const shift = subjectEnd + gap;
  return { ...flag, field: 'message', span: { start: flag.span.start - shift, end: flag.span.end - shift } };
}

/** `a` says again what `b` says: one kind, one field, and the same words (by case) or words inside `b`'s. */
function repeats(a: RiskFlag, b: RiskFlag, variant: Draft): boolean {
  if (a.category !== b.category || a.field !== b.field || !a.span || !b.span) return false;
  if (b.span.start <= a.span.start && a.span.end <= b.span.end) return true;
  const text = a.field === 'subject' ? (variant.subject ?? '') : variant.message;
  const words = (f: RiskFlag) => text.slice(f.span?.start, f.span?.end).toLowerCase();
  return words(a) === words(b);
}

/** An SMS's opt-out line is required wording, not a claim ("STOP" is no name): blanked, offsets kept. */
function blankOptOut(message: string): string {
  const span = findOptOut(message);
  return span ? message.slice(0, span.start) + ' '.repeat(span.end - span.start) + message.slice(span.end) : message;
}

/** Which input facts the variant uses, where, and the same as lines for people. */
export function explainVariant(
  request: PersonalizeRequest,
  variant: Draft,
): { evidence: Evidence[]; personalization_points: string[] } {
  const evidence = findEvidence(variant, inputFacts(request));
  return { evidence, personalization_points: describeEvidence(evidence, variant) };
}

/** True when a flag is an error: the variant breaks a rule and is retried. */
export const isBlocking = (flags: RiskFlag[]): boolean => flags.some((f) => f.severity === 'error');
