/** The guardrails: pure checks composed into one verdict per variant. */
import type { PersonalizationPoint, PersonalizeRequest, RiskFlag } from '@personalizer/shared';
import type { Draft } from '../generation/types.ts';
import { checkClaims, checkNumbers } from './claims.ts';
import { inputFacts } from './facts.ts';
import { checkLength } from './length.ts';
import { checkRequired, usedFacts } from './required.ts';
import { checkSpam } from './spam.ts';

/** Runs every guardrail on one variant; returns its risk flags (empty when clean). */
export function checkVariant(request: PersonalizeRequest, variant: Draft): RiskFlag[] {
  const facts = inputFacts(request);
  const text = variant.subject ? `${variant.subject}\n${variant.message}` : variant.message;
  return [
    ...checkLength(request, variant),
    ...checkSpam(text, facts),
    ...checkNumbers(text, facts),
    ...checkClaims(text, facts),
    ...checkRequired(request, variant, facts),
  ];
}

/** Which input facts the message actually uses, in personalization order. */
export function derivePersonalizationPoints(request: PersonalizeRequest, variant: Draft): PersonalizationPoint[] {
  return usedFacts(`${variant.subject ?? ''}\n${variant.message}`, inputFacts(request));
}

/** True when a flag is an error: the variant breaks a rule and is retried. */
export const isBlocking = (flags: RiskFlag[]): boolean => flags.some((f) => f.severity === 'error');
