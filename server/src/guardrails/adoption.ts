/**
 * Others of a kind taking the sender up: "Shellfish farms up and down the Fal are already with us",
 * "Several P&I clubs already run their salvage files through SurveyHub", "the camps we insure…".
 * Read as a clause's parts, not as phrasings: a plural subject marked as others (counted, placed,
 * named by example, served by the sender, or said to have done it already), a verb, and the sender in
 * the same clause (us, our…, its name, or "on it"). Without the mark the plural is anyone's
 * ("riders scan our code"): how the product works, not who uses it.
 */
import type { Hit, Sentence } from './text.ts';

const WORD = /[\p{L}\p{N}&'’\uA66E-]+/gu;
// Words in "s" that are no plural noun.
const NOT_PLURAL = new Set(
  'this thus plus does has was its yes always perhaps across sometimes whereas unless less news series species various serious previous famous nervous obvious bonus status campus virus census analysis basis process access business address success'.split(
    ' ',
  ),
);
const IRREGULAR = new Set(['people', 'staff', 'crematoria', 'sanatoria', 'folk', 'children', 'women', 'men']);
// Plurals that name no one: "a few things QuoteForge does well".
const NOT_OTHERS = new Set(
  'things ways reasons ideas questions steps features options times days weeks months years hours minutes'.split(' '),
);
const plural = (w: string) =>
  !NOT_OTHERS.has(w) &&
  (IRREGULAR.has(w) || (w.length >= 4 && /[a-z]s$/.test(w) && !/(?:ss|us|is|'s|’s)$/.test(w) && !NOT_PLURAL.has(w)));

// Counted or picked out as others: "many", "loads of the", "half the", "other".
// Not "no other system in India monitors…" (a claim of uniqueness, and "monitors" a verb).
const COUNT =
  /(?:^|\s)(?<!\bno )(?:many|most|several|loads of|lots of|plenty of|a (?:whole )?(?:lot|bunch|ton) of|tons of|half(?: of)? the|dozens of|hundreds of|thousands of|other|countless|a (?:few|handful of|couple of)|some of the|more and more|all the|both)(?: the)?\s(?:(?!(?:in|of|at|on|for|to|with|from|by|and|or)\s)[\p{L}&'’-]+\s){0,3}$/u;
const PLACE_WORDS = new Set([
  'country',
  'continent',
  'state',
  'region',
  'nation',
  'world',
  'province',
  'coast',
  'county',
]);
const PLACE = new Set(['across', 'around', 'round', 'throughout', 'in', 'near', 'along', 'over', 'down', 'from']);
const ADVERB = new Set(
  'already now all also increasingly consistently routinely regularly quietly almost never still really both even literally'.split(
    ' ',
  ),
);
const AUX = new Set(['have', 'has', "'ve", 'had', 'are', 'were', 'keep', 'been', 'continue', 'all']);
const PAST = /^(?:\p{L}+ed|ran|took|got|made|chose|came|went|brought|bought|switched|moved|built|won|grew|cut)$/u;
const WE = new Set(['we', 'i']);
// What the sender does for customers: "we work with", "we insure", "we monitor".
const SERVE = new Set(
  'work serve insure supply support monitor staff dress cover protect power onboard equip train deliver partner ship'.split(
    ' ',
  ),
);
const EVERYWHERE = new Set(['nationwide', 'statewide', 'countrywide', 'worldwide', 'everywhere', 'globally']);
const USING = new Set(['using', 'on', 'with', 'running']);
const RESULT = new Set(
  'see sees get gets cut cuts report reports save saves book books fill fills sell sells grow grows double halve reduce recover stop win close approve approves pass passes clear clears finish finishes collect collects'.split(
    ' ',
  ),
);
const SENDER = /\b(?:us|our|it|we)\b|\uA66E/;
// "…have switched over from Checkfront", "…end up switching": a move to what the sentence sells,
// named before it.
const SWITCHED =
  /\b(?:(?:switched|moved|migrated|swapped|come|came|jumped) (?:over|across)|(?:switched|migrated) from|end(?:ed)? up (?:switching|moving))\b/;
// Words after a plural that are no verb of it: a singular verb, a preposition, a joining word.
const NO_VERB = new Set(
  'is was has does to at in on for of with from by and or but the a an as than that which who'.split(' '),
);
const DONE_TO = new Set(['their', 'its', 'to', 'over', 'from', 'onto', 'across', 'away', 'us', 'our', 'the']);
const HEDGE = new Set(['could', 'would', 'can', 'might', 'may', 'will', 'should', "'d", "'ll", 'if', 'whether']);
const THEIRS = new Set(['your', 'you', 'yours']);
// "…have added it", "…adopted it": taking the product up.
const BEFORE_IT = new Set([
  'on',
  'onto',
  'with',
  'through',
  'via',
  'into',
  'using',
  'in',
  'from',
  'off',
  'over',
  'added',
  'adding',
  'for',
  'to',
  'adopted',
  'installed',
]);

/** Word `k` names the sender: "us", "our", its (masked) name, or "it" after "on", "with"… ("the US" and "corporate IT" do not). */
function isSender(words: Word[], k: number): boolean {
  const word = words[k];
  if (!word) return false;
  const w = word.folded;
  const exact = word.raw === w;
  return (
    (exact && w === 'us') ||
    w === 'our' ||
    w.includes('\uA66E') ||
    (exact && w === 'it' && BEFORE_IT.has(words[k - 1]?.folded ?? ''))
  );
}

/** Where a counted subject starts: at its count ("Several", "Loads of the"). */
const countStart = (counted: { index: number; 0: string }, offset: number) =>
  offset + counted.index + (counted[0].length - counted[0].trimStart().length);

interface Word {
  folded: string;
  raw: string;
  start: number;
  end: number;
}

// "We move grands for pretty much every restoration shop", "…handles installations for most cemeteries
// in the county": the sender working for all or most of a kind.
const FOR_ALL =
  /\bfor (?:pretty much |nearly |almost |virtually |just about )?(?:(?:most|all the|most of the|half the|many of the) (?:[\p{L}-]+ ){0,2}[\p{L}-]+s\b|every (?:[\p{L}-]+ ){0,2}(?:shop|firm|practice|clinic|hospital|school|carrier|restaurant|hotel|winery|brewery|yard|mill|farm|dealer|agency|studio|lab|club|gym|church|cemetery|company|operator|contractor|fleet|team|store|business)\b)/u;

/** Each clause's adoption by others, as a hit from its subject to the sender's mention. */
export function adoptions(sentence: Sentence, masked: string): Hit[] {
  const hits: Hit[] = [];
  // No sender in the sentence, no adoption of it.
  if (!SENDER.test(masked)) return hits;
  for (const part of masked.matchAll(/[^,;:—–()!?\p{Extended_Pictographic}]+/gu)) {
    const clause = part[0];
    // Every adoption names the sender in its own clause, or a move over to it.
    if (!SENDER.test(clause) && !SWITCHED.test(clause)) continue;
    const offset = part.index ?? 0;
    const words: Word[] = [...clause.matchAll(WORD)].map((m) => {
      const start = offset + (m.index ?? 0);
      return { folded: m[0], raw: sentence.text.slice(start, start + m[0].length), start, end: start + m[0].length };
    });
    const forAll = FOR_ALL.exec(clause);
    const hit =
      adoptionIn(words, clause, offset) ??
      (forAll && SENDER.test(clause.slice(0, forAll.index))
        ? { start: offset + forAll.index, end: offset + forAll.index + forAll[0].length }
        : null);
    if (hit) {
      const text = sentence.text.slice(hit.start, hit.end);
      hits.push({ index: sentence.start + hit.start, text, groups: [] });
    }
  }
  return hits;
}

function adoptionIn(words: Word[], clause: string, offset: number): { start: number; end: number } | null {
  if (words.some((w) => HEDGE.has(w.folded))) return null;
  for (let h = 0; h < words.length; h++) {
    const head = words[h] as Word;
    if (!plural(head.folded)) continue;
    // "your drivers", "we make moisture meters": the lead's, or the sender's product.
    if (words.slice(0, h).some((w) => THEIRS.has(w.folded) || WE.has(w.folded))) continue;
    // The few words before the head: a count is near it.
    const from = Math.max(0, head.start - offset - 48);
    const near = COUNT.exec(clause.slice(from, head.start - offset));
    const counted = near && { index: from + near.index, 0: near[0] };
    let marked = counted !== null;
    let i = h + 1;
    const at = (k: number) => words[k]?.folded ?? '';
    // "like the Royal Montreal Curling Club", "like Ascend": by example.
    const example = at(i + 1) === 'the' ? words[i + 2] : words[i + 1];
    if (at(i) === 'like' && /^\p{Lu}/u.test(example?.raw ?? '')) {
      marked = true;
      i++;
      while (i < words.length && (/^\p{Lu}/u.test(words[i]?.raw ?? '') || at(i) === 'the')) i++;
    }
    // "across the UK", "up and down the Fal", "around Yakima", "in Lapland": placed.
    if (at(i) === 'up' && at(i + 1) === 'and' && at(i + 2) === 'down') i += 2;
    // "right round Taupō", "all over Kent", "just outside Leeds": a place, said closer.
    if (/^(?:right|all|just)$/.test(at(i)) && PLACE.has(at(i + 1))) i++;
    if (PLACE.has(at(i))) {
      const place = words.slice(i + 1, i + 5);
      const named = place.findIndex((w) => /^\p{Lu}/u.test(w.raw) || PLACE_WORDS.has(w.folded));
      if (named >= 0) {
        marked = true;
        i += named + 2;
        while (i < words.length && /^\p{Lu}/u.test(words[i]?.raw ?? '')) i++;
      }
    }
    // "blood centers nationwide": placed everywhere.
    if (EVERYWHERE.has(at(i))) {
      marked = true;
      i++;
    }
    // "Crematoria using Everpaw see keepsake orders go up": the sender's users and what they get.
    if (USING.has(at(i)) && isSender(words, i + 1) && RESULT.has(at(i + 2))) {
      return { start: counted ? countStart(counted, offset) : head.start, end: words[i + 2]?.end ?? 0 };
    }
    // "the workboat operators we work with rarely see…", "the camps we insure almost never…": the
    // sender's customers, and whatever is said of them next is a claim.
    if (at(i) === 'we' && SERVE.has(at(i + 1)) && i + 3 < words.length) {
      const end = Math.min(words.length, i + 2 + (BEFORE_IT.has(at(i + 2)) || at(i + 2) === 'to' ? 1 : 0) + 3);
      return { start: counted ? countStart(counted, offset) : head.start, end: words[end - 1]?.end ?? 0 };
    }
    // "the camps we insure", "hospitals we deliver to": the sender's own.
    if (WE.has(at(i)) && i + 1 < words.length) {
      marked = true;
      i += 2;
      if (BEFORE_IT.has(at(i)) || at(i) === 'to' || at(i) === 'for') i++;
    } else if (/ing$/.test(at(i))) {
      // "exporting to London": what they do, before what they do with the sender.
      i += Math.min(3, words.length - i - 1);
    }
    // Counted, placed, by example or the sender's own: others, before any "have" says it is done.
    const others = marked;
    let copula = false;
    while (ADVERB.has(at(i)) || AUX.has(at(i))) {
      copula ||= ['are', 'were', 'been'].includes(at(i));
      if (at(i) === 'already' || at(i) === 'keep' || ['have', 'has', "'ve", 'had'].includes(at(i))) marked = true;
      i++;
    }
    // A verb for a plural ("studios across SoCal is awesome": the plural is no subject).
    const verb = at(i);
    // "are on it", "are already with us": where they are is what they do.
    const placedOn = copula && (verb === 'on' || verb === 'with');
    if (!verb || (NO_VERB.has(verb) && !placedOn) || THEIRS.has(verb) || WE.has(verb)) continue;
    // "moved their payments to…", "switched over": a deed ("meters calibrated for spruce" describes).
    if (PAST.test(verb) && DONE_TO.has(at(i + 1))) marked = true;
    if (!marked) continue;
    const moved = SWITCHED.exec(clause.slice((words[i]?.start ?? 0) - offset));
    if (others && moved?.index === 0) {
      return {
        start: counted ? countStart(counted, offset) : head.start,
        end: (words[i]?.start ?? 0) + moved[0].length,
      };
    }
    // The sender in the rest of the clause.
    for (let k = i; k < Math.min(words.length, i + 9); k++) {
      if (isSender(words, k))
        return { start: counted ? countStart(counted, offset) : head.start, end: words[k]?.end ?? 0 };
    }
  }
  return null;
}
