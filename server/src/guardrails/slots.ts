/**
 * The shape of a part written for a slot: an opener is the greeting and one or two sentences, a
 * call to action goes inside a message (no greeting) and is at most two sentences, a P.S. is one
 * line that starts with "P.S." and greets no one. What each part must contain is in required.ts.
 */
import { countWords, type Language, type PersonalizeRequest, type RiskFlag } from '@personalizer/shared';
import type { Draft } from '../generation/types.ts';
import type { InputFacts } from './facts.ts';
import { variantFlag } from './flag.ts';
import { hasGreeting, opensWithGreeting } from './required.ts';
import { sentences } from './text.ts';

const shape = (detail: string) => variantFlag('SLOT_SHAPE', 'structure', 'error', detail, 'message');

/** Sentences that say something: a greeting line of its own ("Hi Dana,") is not one. */
function saying(message: string, facts: InputFacts, language: Language): number {
  const parts = sentences(message);
  const [first] = parts;
  const greetingOnly = first && countWords(first.text) <= 3 && hasGreeting(first.text, facts.greeting, language);
  return parts.length - (greetingOnly ? 1 : 0);
}

export function checkSlotShape(request: PersonalizeRequest, variant: Draft, facts: InputFacts): RiskFlag[] {
  const { message } = variant;
  switch (request.slot) {
    case 'FULL':
      return [];
    case 'OPENER': {
      const count = saying(message, facts, request.language);
      return count > 2 ? [shape(`an opener is one or two sentences after the greeting; this one has ${count}`)] : [];
    }
    case 'BODY': {
      const flags: RiskFlag[] = [];
      if (opensWithGreeting(message, request.language) || hasGreeting(message, facts.greeting, request.language)) {
        flags.push(shape('a body follows the opener: no greeting'));
      }
      // The question is the call to action's, the next part.
      if (message.includes('?')) flags.push(shape('a body asks nothing: the call to action comes next'));
      return flags;
    }
    case 'CTA': {
      const flags: RiskFlag[] = [];
      if (opensWithGreeting(message, request.language) || hasGreeting(message, facts.greeting, request.language)) {
        flags.push(shape('a call to action goes inside a message: no greeting'));
      }
      const count = sentences(message).length;
      if (count > 2)
        flags.push(shape(`a call to action is one question, two sentences at most; this one has ${count}`));
      return flags;
    }
    case 'PS': {
      const flags: RiskFlag[] = [];
      if (!message.startsWith('P.S.')) flags.push(shape('a P.S. starts with “P.S.”'));
      if (message.includes('\n')) flags.push(shape('a P.S. is one line'));
      if (opensWithGreeting(message.replace(/^P\.S\.\s*/, ''), request.language))
        flags.push(shape('a P.S. greets no one'));
      return flags;
    }
  }
}
