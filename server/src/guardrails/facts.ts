/**
 * The input's facts, prepared once per request for the checks: its text (normalised for phrase
 * lookups), its numbers and its words. Cached per request object because checkVariant runs on
 * every variant of the same request.
 */
import type { PersonalizeRequest } from '@personalizer/shared';
import { extractNumbers } from './numbers.ts';

export interface InputFacts {
  /** All input text, normalised with normalizePhrase, padded with spaces for whole-phrase lookups. */
  text: string;
  numbers: Set<number>;
  /** Lower-cased words of the input, for proper-noun checks. */
  words: Set<string>;
  /** Facts a message can use to show relevance, with their source, in personalization order. */
  facts: { source: 'keyword' | 'summary' | 'title' | 'tech_stack' | 'company'; value: string }[];
}

/** Lower case, accents removed, punctuation to spaces (keeping $ and %), spaces collapsed. */
export function normalizePhrase(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}$%#]+/gu, ' ')
    .trim();
}

/** True when `phrase` occurs as whole words in already-normalised `haystack`. */
export function containsPhrase(haystack: string, phrase: string): boolean {
  return ` ${haystack} `.includes(` ${phrase} `);
}

const cache = new WeakMap<PersonalizeRequest, InputFacts>();

export function inputFacts(request: PersonalizeRequest): InputFacts {
  const cached = cache.get(request);
  if (cached) return cached;
  const { lead, company_context: ctx } = request;
  const texts = [
    request.goal,
    lead.first_name,
    lead.last_name,
    lead.title,
    lead.company_name,
    lead.domain,
    lead.email,
    lead.profile_url,
    ctx.summary,
    ...ctx.keywords,
    ...ctx.tech_stack,
    ...(request.lead_context ?? []).map((item) => item.text),
  ].filter((t): t is string => Boolean(t));
  const joined = texts.join('\n');
  const normalized = normalizePhrase(joined);
  const facts: InputFacts['facts'] = [
    ...ctx.keywords.map((value) => ({ source: 'keyword' as const, value })),
    ...(lead.title ? [{ source: 'title' as const, value: lead.title }] : []),
    ...ctx.tech_stack.map((value) => ({ source: 'tech_stack' as const, value })),
    ...(lead.company_name ? [{ source: 'company' as const, value: lead.company_name }] : []),
  ];
  const result: InputFacts = {
    text: normalized,
    numbers: new Set(extractNumbers(joined).map((n) => n.value)),
    words: new Set(normalized.split(' ')),
    facts,
  };
  cache.set(request, result);
  return result;
}
