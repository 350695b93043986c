/** Runs one grounding check on one message and answers the words it flagged. */
import { type ClaimCategory, PersonalizeRequest, type PersonalizeRequestInput } from '@personalizer/shared';
import { checkVariant } from '../src/guardrails/index.ts';
import { emailRequest, sender } from './fixtures.ts';

export function flaggedWords(
  category: ClaimCategory,
  message: string,
  over: Partial<PersonalizeRequestInput> = {},
): string[] {
  const request = PersonalizeRequest.parse({ ...emailRequest, sender, ...over });
  return checkVariant(request, { subject: 'Freight visibility at Northwind', message })
    .filter((f) => f.category === category)
    .map((f) => (f.span ? message.slice(f.span.start, f.span.end) : f.detail));
}
