/**
 * Invented observations: the writer says they saw, read, heard or noticed something about the lead
 * (a post, a talk, a podcast, a review, hiring, a launch) that the input does not hold. Three
 * shapes: a perception ("I came across…", "saw you're hiring…", "great to see…") whose object is not
 * in the input; the lead's own artifact ("your recent post on…", "your talk at…"); and the lead's
 * own act ("you mentioned…", "you spoke at…"). Seeing what the input says ("I noticed Acme focuses
 * on freight visibility") is fine.
 */
import type { RiskFlag, TextField } from '@personalizer/shared';
import { anyWordIn, type InputFacts, normalizePhrase } from './facts.ts';
import { claimFlag } from './flag.ts';
import { withDigits } from './numbers.ts';
import { asked, fold, GENERIC, type Hit, hits, type Sentence, stem } from './text.ts';

const ARTIFACT =
  'posts?|posting|call-?outs?|shout-?outs?|reels?|tiktoks?|carousel|stories|article|piece|blog(?: post)?|write-?up|op-?ed|newsletter|thread|comments?|tweets?|talk|keynote|session|panel|fireside(?: chat)?|webinar|presentation|podcast|episode|interview|video|ama|remarks|quote|book|paper|whitepaper|speech|appearance|reviews?|job (?:posting|post|listing|ad)s?|openings?|open roles?|announcement|press release|story|case study|deck|slides|report|survey|study|essay|update|livestream|stream|demo|launch|hiring|listings?|photos?|campaign|ads?|repl(?:y|ies)|responses?|answers?|segment|shout-?out|mention';
const OPINION = 'take|thoughts|perspective|point|insights?|views?|framework|advice|breakdown|analysis|lessons';

const THING = new RegExp(
  String.raw`\b(?:${ARTIFACT}|${OPINION}|spoke|wrote|posted|shared|published|mentioned|said|tweeted|commented|talked|presented|discussed|hosted|appeared|featured|quoted|talk|panel|argued|noted|pointed|highlighted)\b`,
);

const PERCEPTION =
  /\bi(?:'ve| have| had|'d)?\s+(?:just |recently |really |actually |also |finally |definitely |was |been )?(?:saw|seen(?! work)|see|seeing|reading|watching|browsing|browsed|scrolling through|noticed|notice|read|came across|come across|caught|heard|hear|listened to|watched|loved|enjoyed|liked|spotted|stumbled (?:on|upon|across)|ran across|found|followed|following|been following|bookmarked|devoured|skimmed|was (?:struck|impressed|inspired) by)\b|\bwe(?:'ve| have| had)?\s+(?:just |recently |also )?(?:saw|noticed|came across|heard|loved|enjoyed|spotted|caught)\b|(?<!\b(?:be|'d be|would be|will be) )\b(?:great|good|nice|cool|glad|exciting|fun|awesome|interesting|amazing|impressive) to (?:see|read|hear|watch)\b|\b(?:loved|enjoyed) (?:seeing|reading|hearing|watching)\b|\b(?:came|popped|showed) up (?:in|on) my (?:feed|timeline|radar)\b|\bword is\b|\brumou?r has it\b|\bi'?m told\b|\bi hear\b|\b(?:big|huge|massive|long-?time) fan of\b|\b(?:i )?keep hearing\b|(?<=(?:^|[,—–:.!?\n])\s*)been (?:following|reading|watching|listening to|scrolling through)\b|\bi(?:'ve| have) been hearing\b|\bhear(?:d)? (?:that )?you(?:'re| are)\b|\bfrom what i(?:'ve)? (?:hear|heard|gather)\b/g;
const OWN_ARTIFACT = new RegExp(
  String.raw`\byour (?:recent |latest |last |new |great |excellent |thoughtful |sharp |insightful |viral |popular |candid |honest |brilliant |fantastic |awesome |killer |smart |fascinating |interesting |linkedin |medium |substack |youtube |instagram |tiktok |facebook |x )*(?:(?:[a-z-]+ )?(?:talk|keynote|panel|presentation|podcast|episode|interview|article|webinar|essay|newsletter|video|post|reel|clip|write-?up|postmortem|post-mortem|retro)|${ARTIFACT})(?![\w-])|\byour (?:${OPINION}) (?:on|about|around|re)\b[^.!?\n]*?\b(?:resonated|stuck|struck|landed|hit home|caught my eye|got me|made me|was spot on|was sharp|nailed)`,
  'g',
);
// "Noticed Acme is hiring…", "Saw your…": the perception with its subject left out.
const BARE_PERCEPTION =
  /^[^\p{L}]*(?:(?:(?:hi|hey|hello|dear) )?[^,!—–\p{Extended_Pictographic}]{1,40}[,!—–\p{Extended_Pictographic}]\s*)?(?:just |also )?(?:been )?(?:took|tried|visited|went through|rang|phoned|reading|stopped by|grabbed|picked up|popped (?:in|into|by)|swung by|ordered|called|checked out|noticed|saw|spotted|caught|read|came across|loved|enjoyed|heard|seeing|noticing|stumbled (?:on|upon|across)|watched|listened to)\b/gu;
// "Your recent listings caught my eye", "Acme's ad popped up in my feed": noticing it is an observation.
const CAUGHT_EYE =
  /(?:\byour (?:recent |latest |last |new )?|[\p{L}]['’]s )[\p{L}\p{N}&' -]{2,50}?\b(?:caught my eye|popped up|all over my|showed up in my|came up in my|crossed my|landed in my|stood out|stuck with me|got my attention|grabbed my attention|made me|impressed me|jumped out)/gu;
// "saw the TechCrunch write-up", "saw Crossdock is hiring 200 pickers": a seen thing, mid-sentence.
const SAW_THING = new RegExp(
  String.raw`\b(?:saw|read|caught|spotted|noticed) (?:the|that|a|an|your) (?:[\p{L}&'-]+ ){0,3}(?:${ARTIFACT})\b|\b(?:saw|noticed|spotted|heard) (?:that )?(?!you\b|your\b)[\p{L}&' -]{2,40}? (?:is|are|was|were|has been|have been) (?:hiring|recruiting|expanding|opening|launching|moving|growing)\b`,
  'gu',
);
// First-hand experience of the lead's business: "I stayed at…", "I called your store…".
const EXPERIENCE =
  /\bi(?:'ve| have)? (?:recently |just |once |actually |finally |been )?(?:using|used|filled out|submitted|requested|subscribed|emailed|messaged|chatted|took|stayed|visited|was at|were at|grabbed|picked up|popped (?:in|into|by)|swung by|called|tried|ordered|bought|shopped|dined|ate|walked|drove|flew|signed up|downloaded|tested|demoed|toured|attended|went to|went through|drove through|came through|stopped by|checked out|rode|booked|played|installed|tasted|sampled|stopped (?:in front of|outside)|walked past|drove past)\b/gu;
// Praise of the lead's own pages is a claim to have looked: "the bouquets in your gallery are stunning".
const PRAISED_PAGE =
  /\b(?:in|on|from) your (?:gallery|portfolio|instagram|feed|menu|website|site|page|blog|channel|catalog|catalogue|showroom|photos|reviews)\b[^.!?\n]*\b(?:stunning|beautiful|gorgeous|lovely|amazing|impressive|great|fantastic|incredible|delicious|awesome)\b/g;
// Praise of pictures of theirs is a claim to have seen them: "the photos of the rig going up looked amazing",
// "that bear shot from your hide was incredible".
const PRAISED_PICTURES =
  /\b(?:the|your|those|that) (?:[\p{L}-]+ ){0,2}(?:photos?|pictures?|pics|footage|shots?|clips?|reels?)\b[^.!?\n]{0,60}?\b(?:looked|looks|look|was|were|is|are) (?:so |really |absolutely |just )?(?:amazing|stunning|beautiful|gorgeous|incredible|fantastic|lovely|brilliant|epic|unreal|spectacular)\b/gu;
// Where the writer says they looked: "I noticed on your site", "saw on IG", "judging by your last few
// Instagram stories", "I noticed in your annual report".
const SEEN_IN =
  /\b(?:saw|seen|noticed|spotted|read|caught|judging by|going by|looking at|looked at|scrolling) (?:on |in |through )?(?:your |the )?(?:(?:last|latest|recent|most recent) (?:few )?)?(?:site|website|web ?page|instagram|ig|insta|facebook|fb|linkedin|tiktok|stories|feed|page|annual report|impact report|newsletter|reviews|google reviews|careers page|jobs page|job board|job posts?|listing|listings)(?: (?:stories|posts|page|feed|reels|grid))?\b/g;

// The lead's team recruiting is something seen, whoever says it.
const HIRING =
  /\b(?:you(?:'re| are)?|your (?:team|company|group|office|firm)(?:'s| is| are)?|with you) (?:\w+ )?(?:hiring|recruiting|staffing up|adding headcount|growing the team)\b/g;
const OWN_ACT =
  /\b(?:you|your team)(?:'ve| have)? (?:recently |just |once |also )?(?:been (?:posting|sharing|writing|publishing|talking about)|ran|did|put out|aired|streamed|dropped|spokewrote|posted|shared|published|mentioned|said|tweeted|commented|talked about|presented|discussed|hosted|appeared|were featured|were quoted|were on|gave a talk|went on|joined a panel|argued|noted|pointed out|highlighted)\b/g;
// Words in the perceived thing that say something happened or was made.
const HAPPENING = new RegExp(
  String.raw`\b(?:${ARTIFACT}|hiring|recruiting|expand\w*|expansion|launch\w*|rais\w*|fund\w*|acqui\w*|open\w*|grow\w*|growth|scal\w*|mov(?:e|ed|es|ing)|rolling|rolled|announc\w*|won|award\w*|promot\w*|join\w*|new)\b`,
);

/** The perceived thing: the words after the perception, up to a clause break. */
function perceived(sentence: Sentence, after: number): string {
  const rest = sentence.text.slice(after);
  // "serves 48,000 members": a comma between digits groups thousands.
  return (rest.split(/,(?!\d{3}\b)|[;:()—–]|\s-\s|\band\b(?= i\b)|\bwhich\b|\bso\b|\bbut\b/)[0] ?? '').slice(0, 120);
}

const USE_OF_IT =
  /^\s*(?:that )?(?:you(?:['’]re| are)?|[\p{L}&'’-]+(?: [\p{L}&'’-]+)?(?: is)?) (?:already |also |now )?(?:use|uses|using|run|runs|running|rely on|relies on|work with|works with|are on|is on)\W*$|^\s*(?:are|is) (?:already |also )?(?:in|part of) your (?:tech )?stack\W*$/iu;

/** "…with ParentSquare, which I noticed you use", "…on Power BI, which I see Ridgeway already uses": the last words before the relative clause. */
function antecedent(sentence: Sentence, index: number): string {
  const before = sentence.text.slice(0, index - sentence.start);
  // "…Shopify and Discord (which I see you're already using!)": an aside in brackets too.
  const relative = /([^\s,;:—–()]+(?:\s+[^\s,;:—–()]+)?),?\s+\(?(?:which|that|whom?)\s+$/.exec(before);
  return relative?.[1] ?? '';
}

/** Content words the input lacks may be a paraphrase ("brought on" for "hired"), up to this share. */
const PARAPHRASE_SHARE = 0.25;

// "the New York Times write-up" for "featured in the New York Times": the feature, in other words.
const PRESS_PIECE = /^(?:write-?ups?|pieces?|features?|articles?|stor(?:y|ies)|coverage|spreads?|profiles?|segments?)$/;
const FEATURED = stem('featured');
const pressPiece = (word: string, facts: InputFacts) => PRESS_PIECE.test(word) && facts.all.stems.has(FEATURED);
function unsourcedContent(text: string, facts: InputFacts): boolean {
  // "New York" names a place: its "New" is no news.
  const told = text.replace(/\bNew(?= \p{Lu})/gu, '');
  if (HAPPENING.test(told.toLowerCase()) && !happeningSourced(told, facts)) return true;
  const content = normalizePhrase(withDigits(text))
    .split(' ')
    .filter((w) => {
      const s = stem(w);
      // "I see you're running Shopify and Zendesk already": when is no part of what was seen.
      return s.length > 2 && !GENERIC.has(w) && !GENERIC.has(s) && w !== 'already' && !pressPiece(w, facts);
    });
  const unknown = content.filter((w) => !facts.all.stems.has(stem(w)));
  // A short object is all claim: one unknown word in three is one too many.
  return unknown.length > 0 && (content.length < 4 || unknown.length / content.length > PARAPHRASE_SHARE);
}

function happeningSourced(text: string, facts: InputFacts): boolean {
  const found = text.toLowerCase().match(HAPPENING)?.[0] ?? '';
  // "Reel Deal runs rentals…": a word of the lead's name ("reel") is their name, not a reel seen.
  return (
    (found !== 'new' && anyWordIn(found, facts.leadAndGoal)) ||
    facts.companyStems.has(stem(found)) ||
    pressPiece(found, facts)
  );
}

export function checkObservations(sentences: Sentence[], field: TextField, facts: InputFacts): RiskFlag[] {
  const flags: RiskFlag[] = [];
  const flag = (index: number, text: string) =>
    flags.push(
      claimFlag('UNSOURCED_CLAIM', 'observation', field, index, text, 'an observation the input does not hold'),
    );
  for (const sentence of sentences) {
    // The first observation in reading order: an artifact praised, or what the writer says they saw.
    let artifact: Hit | undefined;
    for (const hit of [
      ...hits(sentence, OWN_ARTIFACT),
      ...hits(sentence, OWN_ACT),
      ...hits(sentence, CAUGHT_EYE),
      ...hits(sentence, HIRING),
      ...hits(sentence, PRAISED_PAGE),
      ...hits(sentence, PRAISED_PICTURES),
      ...hits(sentence, SEEN_IN),
    ]) {
      // "…whether drop-off comes up in your reviews": wondered, not seen. "Book your survey online": their service.
      if (asked(sentence, hit.index)) continue;
      if (
        /\b(?:book|books|booked|booking|schedule|arrange|request|order)\s+$/i.test(
          sentence.field.text.slice(Math.max(0, hit.index - 12), hit.index),
        )
      )
        continue;
      // "Your reply either way helps": the answer asked for, nothing seen.
      if (
        /^your (?:repl(?:y|ies)|response|answer|feedback|thoughts)$/i.test(hit.text) &&
        !/^\s+(?:to|on)\b/i.test(sentence.field.text.slice(hit.index + hit.text.length))
      )
        continue;
      const thing = hit.text.toLowerCase().match(THING)?.[0] ?? hit.text;
      // "your recent listings" claims a particular one was seen, even where listings are the business.
      const particular = /\b(recent|latest|last|new)\b/i.test(hit.text);
      if (particular || !anyWordIn(thing, facts.leadAndGoal)) {
        artifact = hit;
        break;
      }
    }
    let seenThing: Hit | undefined;
    // Seeing, and first-hand experience ("I called your store…"): judged by what was seen or done.
    const sawThings = hits(sentence, SAW_THING);
    for (const hit of [
      ...hits(sentence, PERCEPTION),
      ...hits(sentence, BARE_PERCEPTION),
      ...hits(sentence, EXPERIENCE),
      ...sawThings,
    ]) {
      // "Would it be fun to see…?" wonders; it saw nothing. "…a gift-box experience if ever I saw one": an idiom.
      if (sentence.question && /\bto (?:see|read|hear|watch)\b/i.test(hit.text)) continue;
      if (/\bif (?:ever )?$/.test(sentence.folded.slice(0, hit.index - sentence.start))) continue;
      const end = hit.index - sentence.start + hit.text.length;
      // "From what I hear, Price & Daughter is…": what was heard follows the comma.
      const comma = /^from what/i.test(hit.text) ? (/^\s*,/.exec(sentence.text.slice(end))?.[0].length ?? 0) : 0;
      const object = perceived(sentence, end + comma);
      // "saw the TechCrunch write-up": the thing seen is in the hit itself.
      // "…ParentSquare, which I noticed you already use": what was seen is ParentSquare in use.
      const inUse = USE_OF_IT.test(object) ? antecedent(sentence, hit.index) : '';
      const seen = inUse || (sawThings.includes(hit) ? `${hit.text.replace(/^\S+\s+/, '')}${object}` : object);
      if (!unsourcedContent(seen, facts)) continue;
      // "I have noticed that the delays … tend to arise in the handoffs": what the writer saw of the trade.
      const rest = fold(sentence.text.slice(hit.index - sentence.start + hit.text.length).split(/[,;:—–]/)[0] ?? '');
      if (/\b(?:tend to|tends to|generally|typically|usually|in general)\b/.test(rest) && !facts.leadRef.test(rest))
        continue;
      const text = `${sentence.text.slice(hit.index - sentence.start, end + comma)}${object}`.trimEnd();
      seenThing = { index: hit.index, text, groups: [] };
      break;
    }
    // The artifact is the more exact words where what was seen runs into it ("Saw your callout…").
    const first =
      seenThing && (!artifact || seenThing.index + seenThing.text.length <= artifact.index) ? seenThing : artifact;
    if (first) flag(first.index, first.text);
  }
  return flags;
}
