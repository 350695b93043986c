// PLACEHOLDER owned by the guardrails helper: signatures only, replaced by the real checks.
import type { PersonalizationPoint, PersonalizeRequest, RiskFlag } from '@personalizer/shared';
import type { Draft } from '../generation/types.ts';

/** Runs every guardrail on one variant; returns its risk flags (empty when clean). */
export function checkVariant(_request: PersonalizeRequest, _variant: Draft): RiskFlag[] {
  return [];
}

/** Which input facts the message actually uses, in personalization order. */
export function derivePersonalizationPoints(_request: PersonalizeRequest, _variant: Draft): PersonalizationPoint[] {
  return [];
}
