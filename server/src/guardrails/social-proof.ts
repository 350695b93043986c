/**
 * Sender social proof: the sender's customers, users and results ("teams like Stripe use us", "our
 * customers typically…", "trusted by leading hospitals", "a regional bank we onboarded"). Sourced
 * only by the sender's approved proof points: one of them must share the claim's content words and
 * hold every number and name it uses. "We help warehouse teams…" that only restates the offer is not
 * proof, but a result it did not state is.
 */
import type { RiskFlag, TextField } from '@personalizer/shared';
import { type InputFacts, normalizePhrase, type TextFacts } from './facts.ts';
import { claimFlag } from './flag.ts';
import { escapeRegExp, fold, GENERIC, hits, type Sentence, stem } from './text.ts';

const WHO = String.raw`(?:customers?|clients?|users?|teams?|companies|brands?|retailers?|hospitals?|health systems?|banks?|credit unions?|lenders?|insurers?|carriers?|shippers?|manufacturers?|distributors?|startups?|scale-?ups?|enterprises?|agencies|firms?|shops?|stores?|practices|clinics?|schools?|universities|districts?|labs?|orgs?|organi[sz]ations?|leaders?|folks|operators?|founders?|cfos?|ctos?|cios?|vps?|heads?|sellers?|merchants?|fleets?|providers?|platforms?|nonprofits?|charities|cities|municipalities|governments?|peers?|players?|competitors?|logos?|accounts?)`;
const RESULT = String.raw`(?:cut|cuts|cutting|reduce[sd]?|reducing|save[sd]?|saving|grew|grow|grows|growing|boost(?:ed|s)?|increase[sd]?|improve[sd]?|doubl(?:e|ed|es)|tripl(?:e|ed|es)|halve[sd]?|slash(?:ed|es)?|drove|drive|get|got|see|saw|seen|report(?:ed|s)?|hit|achieve[sd]?|went from|moved from|recover(?:ed|s)?|eliminat(?:e|ed|es)|shrank|shrunk|freed up|avoid(?:ed|s)?|won|close[sd]?|ship(?:ped|s)?)`;

const PROOF = new RegExp(
  [
    String.raw`\b(?:our|my) (?:existing |current |happy |biggest |largest |best |other |enterprise )?(?:customers|clients|users|members|partners|customer base|client base|install base|accounts|logos|case studies)\b`,
    String.raw`\b(?:one|some|several|many|most|a few|a couple|dozens|hundreds|thousands|all|each|none) of (?:our|my|the) (?:[\p{L}-]+ ){0,2}${WHO}(?: (?:we|i) (?:work|worked|partner|partnered|serve|support|talk|spoke)\w*(?: with)?)?`,
    String.raw`\b${WHO} (?:like|such as|including) (?!yours\b|you\b|your\b)[\p{L}]`,
    String.raw`\b(?:trusted|used|relied (?:up)?on|chosen|loved|adopted|deployed|preferred|powered|backed|endorsed|recommended) by\b`,
    String.raw`\b(?:rel(?:y|ies|ied) on|run(?:s|ning)? on|switch(?:ed|ing)? to|mov(?:ed|ing) to|chose|choose|trust|trusts|use|uses|used|love|loves|swear by|standardi[sz]ed on|signed (?:on|up) with|came to|turned to) (?:us|our (?:platform|product|tool|software|solution|app|team|service))\b`,
    String.raw`\bwe(?:'ve| have| had|'re| are)? (?:already |recently |just |successfully )?(?:helped|work(?:ed)? with|partner(?:ed)? with|power(?:ed)?|serve[sd]?|supported|onboarded|reduced|cut|saved|increased|improved|grew|boosted|doubled|rolled out (?:for|to|at)|saved|took|brought|got|enabled|deployed (?:at|with|for)|are (?:working|live) with|implemented for)\b`,
    String.raw`\bwe help (?:[\p{L}-]+ ){0,4}${RESULT}\b`,
    String.raw`\b(?:a|an|one|another|other|similar) (?:[\p{L}-]+ ){0,3}${WHO} (?:we|i|that we|that i|who we)(?:'ve| have)? (?:work|worked|partner|partnered|onboarded|helped|support|supported|serve|served|signed|launched|started|talk|talked|spoke)\w*\b`,
    String.raw`\b(?:${WHO}) (?:we|i) (?:work|partner|talk|speak|spoke|help|support|serve)\w* (?:with|to)?\b`,
    String.raw`\b(?:${WHO}) (?:(?:using|on|with) (?:us|our \w+)|typically|usually|often|generally|on average)\b[^.!?]{0,60}?\b${RESULT}\b`,
    String.raw`\b(?:case stud(?:y|ies)|success stor(?:y|ies)|testimonials?|references? (?:from|at)|results like|proven (?:results|track record)|track record)\b`,
    String.raw`\b(?:a |the )?(?:favou?rite|go-to|staple|hit|standard|household name) (?:among|with|for|across) `,
    String.raw`\balready\b[^.!?]{0,50}?\b(?:through|with|on|using|via|use|uses|rely on|run on|switched to)\s+(?:us|our \p{L}+)\b`,
    String.raw`\bafter (?:switching|moving|rolling out|adopting|deploying|implementing) (?:to )?(?:us|our)\b`,
  ].join('|'),
  'gu',
);

/** Content words of a claim: what a proof point must also say for the claim to be its own. */
function contentStems(text: string): string[] {
  return normalizePhrase(text)
    .split(' ')
    .map(stem)
    .filter((s) => s.length > 1 && !GENERIC.has(s));
}

/**
 * Proof points cover a claim when one of them shares its content words (two, or all it has), most
 * of its content words are somewhere in the input, and every number and name in it is the input's.
 */
function covered(sentence: string, facts: InputFacts, sources: TextFacts[]): boolean {
  const content = contentStems(sentence);
  const known = (s: string) => facts.all.stems.has(s);
  const shared = (source: TextFacts) => content.filter((s) => source.stems.has(s)).length;
  return (
    sources.some((source) => shared(source) >= Math.min(2, content.length)) &&
    content.filter(known).length >= 0.6 * content.length &&
    specifics(sentence).every(known)
  );
}

/** Numbers and capitalised words after a sentence's first word, as stems. */
function specifics(sentence: string): string[] {
  return [...sentence.matchAll(/(?<=\s)(\p{Lu}[\p{L}\p{N}&'’-]*|\d[\d,.]*%?)/gu)]
    .flatMap((m) => normalizePhrase(m[1] ?? '').split(' '))
    .map(stem)
    .filter((s) => s && !GENERIC.has(s));
}

const byProduct = new WeakMap<InputFacts, RegExp>();
/** "Regional carriers already lean on ClaimSight": customers using the sender's product by name. */
function productUse(facts: InputFacts, company: string | undefined): RegExp {
  const cached = byProduct.get(facts);
  if (cached) return cached;
  const who = String.raw`\b(?:[\p{L}-]+s|folks|people)\b(?: [\p{L}-]+){0,4}?`;
  const use = String.raw`(?:already |all |now |today |really )?(?:use|uses|rely on|relies on|lean on|leans on|run on|runs on|swear by|trust|trusts|chose|choose|switched to|moved to|love|depend on|count on)`;
  const product = company ? `|${escapeRegExp(fold(company))}` : '';
  const pattern = new RegExp(
    String.raw`${who} ${use} (?:us|it|this|them|our \p{L}+${product})\b|\balready\b[^.!?]{0,50}?\b(?:through|with|on|using|via)\s+(?:${product.slice(1) || 'us'})\b`,
    'gu',
  );
  byProduct.set(facts, pattern);
  return pattern;
}

export function checkSocialProof(
  sentences: Sentence[],
  field: TextField,
  facts: InputFacts,
  senderCompany?: string,
): RiskFlag[] {
  const flags: RiskFlag[] = [];
  const product = productUse(facts, senderCompany);
  for (const sentence of sentences) {
    const hit = hits(sentence, PROOF)[0] ?? hits(sentence, product)[0];
    if (!hit) continue;
    if (facts.proofPoints.length && covered(sentence.text, facts, facts.proofPoints)) continue;
    // "We help warehouse teams cut pick errors" may restate the offer.
    if (/^we help\b/i.test(hit.text) && covered(sentence.text, facts, [facts.sender])) continue;
    flags.push(
      claimFlag(
        'UNSOURCED_CLAIM',
        'social_proof',
        field,
        hit.index,
        hit.text.trim(),
        facts.proofPoints.length
          ? "a claim about the sender's customers or results that no approved proof point makes"
          : "a claim about the sender's customers or results, and the sender has no approved proof points",
      ),
    );
  }
  return flags;
}
