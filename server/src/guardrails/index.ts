/** The guardrails: pure checks composed into one verdict per variant. */
import {
  type Evidence,
  findOptOut,
  type PersonalizeRequest,
  type RiskFlag,
  type TextField,
} from '@personalizer/shared';
import type { Draft } from '../generation/types.ts';
import { checkEntities } from './entities.ts';
import { checkEvents } from './events.ts';
import { describeEvidence, findEvidence } from './evidence.ts';
import { inputFacts } from './facts.ts';
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
import { sentences } from './text.ts';

/** Runs every guardrail on one variant; returns its risk flags (empty when clean). */
export function checkVariant(request: PersonalizeRequest, variant: Draft): RiskFlag[] {
  const facts = inputFacts(request);
  const message = request.channel === 'SMS' ? blankOptOut(variant.message) : variant.message;
  const fields: [TextField, string][] = variant.subject
    ? [
        ['subject', variant.subject],
        ['message', message],
      ]
    : [['message', message]];
  const grounding = fields.flatMap(([field, text]) => {
    const parts = sentences(text);
    return [
      ...checkSpam(text, field, facts),
      ...checkNumbers(text, field, facts),
      ...checkEntities(text, field, facts),
      ...checkObservations(parts, field, facts),
      ...checkEvents(parts, field, facts),
      ...checkPains(parts, field, facts),
      ...checkSocialProof(parts, field, facts, request.sender?.company),
      ...checkSuperlatives(parts, field, facts, request.sender?.company),
    ];
  });
  return [
    ...checkLength(request, variant),
    ...grounding,
    ...checkRequired(request, variant, facts),
    ...checkSlotShape(request, variant, facts),
    ...checkSmsCompliance(request, variant),
  ];
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
