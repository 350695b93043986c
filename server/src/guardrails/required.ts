import { greetingName, type PersonalizationPoint, type PersonalizeRequest, type RiskFlag } from '@personalizer/shared';
import type { Draft } from '../generation/types.ts';
import { containsPhrase, type InputFacts, normalizePhrase } from './facts.ts';

/** Template slots a model may leave behind: [Your Name], {{company}}, <first name>. */
export const PLACEHOLDER = /\[[^\]\n]{1,40}\]|\{\{?[^}\n]{1,40}\}\}?|<[a-z _]{2,30}>/i;

const GREETINGS = [
  'hi',
  'hello',
  'hey',
  'dear',
  'good morning',
  'good afternoon',
  'good evening',
  'greetings',
  'hi there',
];

/** "Hi Dana", "Hello Dana", "Dear Dana" or "Dana," near the start. */
export function hasGreeting(message: string, firstName: string): boolean {
  const opening = normalizePhrase(message.slice(0, 80));
  const name = normalizePhrase(firstName);
  return (
    opening.startsWith(`${name} `) || opening === name || GREETINGS.some((g) => opening.startsWith(`${g} ${name}`))
  );
}

const CTA =
  /\?|\b(let me know|would you be open|are you open|open to|worth a|happy to (send|share|walk)|can i send|shall we|reply|book a|schedule a|grab (a|some) time|find a time|interested in a)\b/i;

export function hasCallToAction(message: string): boolean {
  return CTA.test(message);
}

/** Which input facts the text uses, in personalization order (keywords, title, tech, company). */
export function usedFacts(text: string, facts: InputFacts): PersonalizationPoint[] {
  const normalized = normalizePhrase(text);
  const points: PersonalizationPoint[] = [];
  for (const fact of facts.facts) {
    const value = normalizePhrase(fact.value);
    const used =
      fact.source === 'title' ? titleUsed(normalized, value) : value.length > 0 && containsPhrase(normalized, value);
    if (used && !points.some((p) => p.source === fact.source && p.value === fact.value)) points.push(fact);
  }
  return points;
}

// A title counts when its role words appear ("VP of Operations" ~ "VP Operations", "operations").
const TITLE_FILLER = new Set([
  'of',
  'and',
  'the',
  'for',
  'at',
  'in',
  'senior',
  'sr',
  'junior',
  'head',
  'lead',
  'vp',
  'director',
  'manager',
]);
function titleUsed(text: string, title: string): boolean {
  if (containsPhrase(text, title)) return true;
  const role = title.split(' ').filter((w) => w.length > 2 && !TITLE_FILLER.has(w));
  return role.length > 0 && role.every((w) => containsPhrase(text, w));
}

export function checkRequired(request: PersonalizeRequest, variant: Draft, facts: InputFacts): RiskFlag[] {
  const flags: RiskFlag[] = [];
  // The name a person would greet: "Dr. Amara" is greeted as Amara, "Katherine (Kate)" as Kate.
  const first = greetingName(request.lead.first_name);
  if (!hasGreeting(variant.message, first)) {
    flags.push({ code: 'MISSING_GREETING', severity: 'error', detail: `no greeting with ${first} at the start` });
  }
  if (!hasCallToAction(variant.message)) {
    flags.push({ code: 'MISSING_CTA', severity: 'error', detail: 'no question or clear next step' });
  }
  if (facts.facts.length > 0 && usedFacts(`${variant.subject ?? ''}\n${variant.message}`, facts).length === 0) {
    flags.push({
      code: 'MISSING_RELEVANCE',
      severity: 'error',
      detail: 'uses no fact from the input (keyword, title, tech stack or company)',
    });
  }
  const placeholder = PLACEHOLDER.exec(`${variant.subject ?? ''}\n${variant.message}`);
  if (placeholder) {
    flags.push({
      code: 'UNFILLED_PLACEHOLDER',
      severity: 'error',
      detail: `placeholder ${placeholder[0]} left in the text`,
    });
  }
  return flags;
}
