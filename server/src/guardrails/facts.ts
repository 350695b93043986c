/**
 * The input's facts, prepared once per request for the checks. Facts about the lead (lead, company
 * context) are kept apart from the sender's (profile, offer, approved proof points) and from the
 * goal, because each claim kind may be sourced only from some of them: a pain only from what is
 * known about the lead, a customer or result only from a proof point. Cached per request object
 * because checkVariant runs on every variant of the same request.
 */
import { type Evidence, greetingName, type PersonalizeRequest } from '@personalizer/shared';
import { extractNumbers, type FoundNumber, impliedNumbers, withDigits } from './numbers.ts';
import { fold, GENERIC, stem } from './text.ts';

export type EvidenceSource = Evidence['source'];

/** Normalised text and its word stems, for phrase and word lookups. */
export interface TextFacts {
  /** normalizePhrase of the text, padded for whole-phrase lookups with containsPhrase. */
  text: string;
  /** The text as written: case tells a customer's name from a kind of customer. */
  raw: string;
  /** The text's words, each stemmed: "late-cancel spots" → "late cancel spot". */
  stemmed: string;
  stems: Set<string>;
}

export interface InputFacts {
  /** Everything: lead, context, goal, sender, proof points. */
  all: TextFacts;
  /** What is known about the lead and their company (lead fields, company context). */
  lead: TextFacts;
  /**
   * What is known of the lead's doings (context, title) plus the goal: what a message may say
   * happened or was seen. Names stay out: "Crestline Capital" raised no capital.
   */
  leadAndGoal: TextFacts;
  /** The approved proof points, one by one. */
  proofPoints: TextFacts[];
  /** The sender's offer and profile (what is sold, by whom). */
  sender: TextFacts;
  /** Each value in the input with what it counts ('' when it counts nothing named). */
  numbers: Map<number, Set<string>>;
  /** The input's multipliers ("2x", "double"): only these source a multiplier. */
  multipliers: Set<number>;
  /** The changes the input states, as "9>3" for "from 9 days to 3". */
  changes: Set<string>;
  /** How many names each list in the input holds: 2 for "Houston and San Antonio". */
  listedCounts: Set<number>;
  /** The lead's name as a greeting uses it ("Dr. Amara Okafor" → "Amara"). */
  greeting: string;
  /** Words that refer to the lead or their company: you, your team, the company's name. */
  leadRef: LeadReference;
  /** The stems of the lead's company name: they name the lead, they source no event. */
  companyStems: Set<string>;
  /** The initials of every run of two to four words in the input: "change orders" gives "co". */
  initials: Set<string>;
  /** Facts a message can use, with their source, in personalization order. */
  facts: { source: EvidenceSource; value: string }[];
}

/** Lower case, accents removed, punctuation to spaces (keeping $ and %), spaces collapsed. */
export function normalizePhrase(text: string): string {
  return fold(text)
    .replace(/(\d),(?=\d{3}\b)/g, '$1')
    .replace(/'/g, '')
    .replace(/[^\p{L}\p{N}$%#]+/gu, ' ')
    .trim();
}

/** True when `phrase` occurs as whole words in already-normalised `haystack`. */
export function containsPhrase(haystack: string, phrase: string): boolean {
  return ` ${haystack} `.includes(` ${phrase} `);
}

// Countries written short in an input: "Australia and NZ" also says "Australia and New Zealand".
// `names`: the words a name adds ("united" would say "unit").
const SHORT_COUNTRIES: Record<string, { full: string; names: string[] }> = {
  nz: { full: 'new zealand', names: ['new', 'zealand'] },
  uk: { full: 'united kingdom', names: ['kingdom', 'britain'] },
  usa: { full: 'united states', names: ['america'] },
  uae: { full: 'united arab emirates', names: ['emirates'] },
};
const SHORT_COUNTRY = new RegExp(`\\b(?:${Object.keys(SHORT_COUNTRIES).join('|')})\\b`, 'g');

export function textFacts(texts: (string | undefined)[]): TextFacts {
  const raw = texts.filter(Boolean).join('\n');
  const plain = normalizePhrase(raw);
  // Both spellings, so either is found as a phrase.
  const shorts = plain.match(SHORT_COUNTRY) ?? [];
  const text = shorts.length
    ? `${plain} ${plain.replace(SHORT_COUNTRY, (short) => SHORT_COUNTRIES[short]?.full ?? short)}`
    : plain;
  const words = [...plain.split(' '), ...shorts.flatMap((short) => SHORT_COUNTRIES[short]?.names ?? [])];
  // "87%" is also "87 percent", and "$1.3M" is also 1300000, as checks read numbers in claims.
  const values = normalizePhrase(withDigits(raw)).split(' ');
  const tokens = [...words, ...values].flatMap((w) => (/^\d.*%$/.test(w) ? [w, w.slice(0, -1)] : [w]));
  return { raw, text, stemmed: words.map(stem).join(' '), stems: new Set(tokens.map(stem)) };
}

/** What the input says of the lead: lead fields, company context, the lead's own words. */
function leadTextsOf(request: PersonalizeRequest): (string | undefined)[] {
  const { lead, company_context: ctx } = request;
  return [
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
    // The lead's own words (About, current role, their last email) are facts about the lead.
    ...(request.lead_context ?? []).map((item) => item.text),
  ];
}

/** Every text of the input: the lead's, the goal, the sender's and the proof points. */
export function inputTexts(request: PersonalizeRequest): string[] {
  const { sender } = request;
  return [
    ...leadTextsOf(request),
    request.goal,
    sender?.name,
    sender?.company,
    sender?.role,
    sender?.offer,
    ...(sender?.proof_points ?? []),
  ].filter((t): t is string => Boolean(t));
}

const cache = new WeakMap<PersonalizeRequest, InputFacts>();

export function inputFacts(request: PersonalizeRequest): InputFacts {
  const cached = cache.get(request);
  if (cached) return cached;
  const { lead, company_context: ctx, sender } = request;
  const leadTexts = leadTextsOf(request);
  const senderTexts = [sender?.name, sender?.company, sender?.role, sender?.offer];
  const proof = sender?.proof_points ?? [];
  const everything = inputTexts(request);
  const facts: InputFacts['facts'] = [
    ...ctx.keywords.map((value) => ({ source: 'keyword' as const, value })),
    ...(ctx.summary ? [{ source: 'summary' as const, value: ctx.summary }] : []),
    ...(lead.title ? [{ source: 'title' as const, value: lead.title }] : []),
    ...ctx.tech_stack.map((value) => ({ source: 'tech_stack' as const, value })),
    ...(lead.company_name ? [{ source: 'company' as const, value: lead.company_name }] : []),
    ...proof.map((value) => ({ source: 'proof_point' as const, value })),
    ...(sender?.offer ? [{ source: 'offer' as const, value: sender.offer }] : []),
    { source: 'goal' as const, value: request.goal },
  ];
  // "2,000L", "5GW": units glued to the number still make a number in the input; "3Shape" is a name;
  // "1.4M", "40k" keep their scale glued, as a message would ("250 m" is a length).
  const numbers = extractNumbers(
    everything.join('\n').replace(/(\d)(?!\p{Lu}\p{Ll}{4})(?!(?:[kmb]|mm|mn|bn)(?!\p{L}))(\p{L})/giu, '$1 $2'),
  );
  const implied = everything.map(impliedNumbers);
  const result: InputFacts = {
    all: textFacts(everything),
    lead: textFacts(leadTexts),
    leadAndGoal: textFacts([
      lead.title,
      ctx.summary,
      ...ctx.keywords,
      ...ctx.tech_stack,
      ...(request.lead_context ?? []).map((item) => item.text),
      request.goal,
    ]),
    proofPoints: proof.map((p) => textFacts([p])),
    sender: textFacts(senderTexts),
    numbers: countedValues([...numbers, ...implied.flatMap((i) => i.counts)]),
    multipliers: new Set([
      ...numbers.filter((n) => n.multiplier).map((n) => n.value),
      ...implied.flatMap((i) => i.ratios),
    ]),
    changes: new Set(implied.flatMap((i) => i.changes)),
    listedCounts: new Set(implied.flatMap((i) => i.lists)),
    // The first name stays out: a greeting ("Aoife — at Lakeshore…") refers to nothing.
    leadRef: leadReference([lead.company_name]),
    companyStems: new Set(
      normalizePhrase(lead.company_name ?? '')
        .split(' ')
        .filter(Boolean)
        .map(stem),
    ),
    initials: initialsOf(everything),
    greeting: greetingName(lead.first_name),
    facts,
  };
  cache.set(request, result);
  return result;
}

export function initialsOf(texts: string[]): Set<string> {
  const out = new Set<string>();
  for (const text of texts) {
    const words = normalizePhrase(text).split(' ').filter(Boolean);
    for (let i = 0; i < words.length; i++) {
      for (let n = 2; n <= 4 && i + n <= words.length; n++) {
        out.add(
          words
            .slice(i, i + n)
            .map((w) => w[0])
            .join(''),
        );
      }
    }
  }
  return out;
}

/**
 * The share of a phrase's content words (not generic, not the lead's company) that `facts` hold,
 * by stem; 1 when it has none. Paraphrase keeps most words: "brought on four new advisors" for
 * "hired 4 new advisors".
 */
export function knownShare(phrase: string, facts: TextFacts, skip: Set<string> = new Set()): number {
  const content = normalizePhrase(phrase)
    .split(' ')
    .map(stem)
    .filter((s) => s.length > 2 && !GENERIC.has(s) && !skip.has(s));
  return content.length === 0 ? 1 : content.filter((s) => facts.stems.has(s)).length / content.length;
}

/** True when every word of `phrase` (by stem) is among `facts`' words. */
export function allWordsIn(phrase: string, facts: TextFacts): boolean {
  const parts = normalizePhrase(phrase).split(' ').filter(Boolean);
  return parts.length > 0 && parts.every((w) => facts.stems.has(stem(w)));
}

/** True when any word of `phrase` (by stem, but those in `skip`) is among `facts`' words. */
export function anyWordIn(phrase: string, facts: TextFacts, skip?: Set<string>): boolean {
  return normalizePhrase(phrase)
    .split(' ')
    .some((w) => w && !GENERIC.has(w) && facts.stems.has(stem(w)) && !skip?.has(stem(w)));
}

/** Where a folded text refers to the lead, found like a pattern's first match. */
export interface LeadReference {
  test(folded: string): boolean;
  exec(folded: string): { index: number; 0: string } | null;
}

// "pay-as-you-go" names no one.
const YOU =
  /(?<![\w-])(?:you|your|yours|you'?re|you'?ve|you'?ll|you'?d|y'all|over there|on your end|on your side)(?![\w-])/;
const wordChar = (c: string | undefined) => c !== undefined && /\w/.test(c);

/**
 * The lead's names, and the company's shorter forms: "Cedar Mutual Insurance" is also "Cedar
 * Mutual", and "City of Millbrook Water Department" is also "Millbrook". The names are looked up as
 * words, not compiled into a pattern: a pattern per lead would cost more than the checks.
 */
function leadReference(names: (string | undefined)[]): LeadReference {
  const named = names
    .filter((n): n is string => Boolean(n))
    .flatMap((n) => {
      const parts = fold(n).split(/\s+/);
      // People drop a leading "The" or "City of", "University of": the name proper starts after it.
      const of = parts.slice(0, 3).findIndex((w) => w === 'of' || w === 'the');
      const proper = of >= 0 ? parts.slice(of + 1) : [];
      // "the Crayfish Shack" for "Kaikōura Crayfish Shack": a place or family name dropped before "the".
      const rest = parts.length >= 3 ? [`the ${parts.slice(1).join(' ')}`] : [];
      return [
        ...[parts, proper].flatMap((words) =>
          words.map((_, i) => words.slice(0, i + 1).join(' ')).filter((p) => p.length >= 4),
        ),
        ...rest,
      ];
    });
  const exec = (folded: string) => {
    const you = YOU.exec(folded);
    let found: { index: number; 0: string } | null = you ? { index: you.index, 0: you[0] } : null;
    for (const name of named) {
      // At the same place, the longest name: "golden comb went through", not "golden".
      for (let at = folded.indexOf(name); at >= 0 && (!found || at <= found.index); at = folded.indexOf(name, at + 1)) {
        if (found && at === found.index && name.length <= found[0].length) break;
        if (!wordChar(folded[at - 1]) && !wordChar(folded[at + name.length])) {
          found = { index: at, 0: name };
          break;
        }
      }
    }
    return found;
  };
  return { exec, test: (folded) => exec(folded) !== null };
}

function countedValues(numbers: FoundNumber[]): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  for (const n of numbers) {
    if (Number.isNaN(n.value)) continue;
    const units = out.get(n.value) ?? new Set<string>();
    for (const u of n.units.length ? n.units : ['']) units.add(u);
    out.set(n.value, units);
  }
  return out;
}
