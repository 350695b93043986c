/**
 * Superlatives and uniqueness ("the only", "the fastest", "bar none", "industry-leading"): claims
 * no input can back unless the sender's approved proof points say so. Questions ("what's the best
 * way to reach you?") and sign-offs ("All the best") are not claims.
 */
import type { RiskFlag, TextField } from '@personalizer/shared';
import { containsPhrase, type InputFacts, normalizePhrase } from './facts.ts';
import { claimFlag } from './flag.ts';
import { asked, atWordStart, clauseAt, fold, hits, type Sentence } from './text.ts';

// "Our largest project so far was…": the sender's own record, a claim about a customer, not a ranking.
const OWN_RECORD = String.raw`our (?:largest|biggest) (?:project|deployment|rollout|install(?:ation)?|customer|client|account|contract)s?\b`;
// Words in "-est" that rank nothing of the sender's ("latest", "interest", "hardest").
const NOT_SUPERLATIVE =
  '(?:latest|nearest|closest|hardest|trickiest|busiest|earliest|oldest|slowest|messiest|interest|request|rest|test|guest|west|contest|harvest|quest|suggest|digest|manifest|protest|invest|honest|modest|forest|chest|nest|pest|crest|arrest|unrest|conquest|behest|bequest)';
// What follows "the best" when it ranks nothing: "the best way to reach you", "the best of health".
const NOT_RANKED_AFTER = String.raw`(?! (?:way to (?:reach(?= (?:you|me|out)\b)|connect|get in touch)|time|person|people|contact|fit for you|place to (?:start|reach)|regards|wishes|(?:[\p{L}-]+ )?address|(?:number|email) (?:to|for)|of (?:health|luck|times)|(?:line|part|bit|seat)s? (?:of|in)|order(?=\s*[.,;!?—–]|\s*$)|ones|of them|bits|sense|(?:kind|sort) of|way(?<=\bin the best way))\b)`;
// Comparatives a sender ranks its offer with: "no smarter way", "a clearer block". A word list, not
// any "-er" word: "there's no driver app to install" ranks nothing.
const COMPARATIVE = String.raw`(?:better|more [\p{L}-]+|faster|easier|simpler|smarter|cheaper|clearer|quicker|safer|stronger|tighter|cleaner|sharper|smoother|lighter|tougher|greater|finer|richer|sturdier|steadier|kinder|wider|deeper|broader|neater|tidier|friendlier|handier|nicer|calmer|quieter|fresher|crisper|brighter|truer|healthier|happier|leaner|slicker|sweeter|warmer|sounder|wiser|bolder|fuller|gentler|hardier|cosier|cozier|keener)`;
// What a sender offers, ranked: "there's no faster route into US distribution".
const OFFERED =
  '(?:tool|platform|product|option|system|app|solution|software|service|partner|programme|program|course|cover|policy|choice|way|supplier|maker|vendor|provider|source|fit|deal|bet|pick|route|path|road|method|answer|portal|marketplace|connection|network|coverage|kit|gear)';
const SUPERLATIVE = atWordStart(
  [
    String.raw`\b(?:the|our|its|their) only (?!(?:question|ask|thing i|reason i|one i|way to know|catch|request)\b)`,
    String.raw`\bonly (?:we|us|our (?:platform|product|tool|team|solution))\b`,
    // "Nobody casts thicker panels than we do", "You won't find an inventory app that's easier".
    String.raw`\b(?:nobody|no one) (?:[\p{L}-]+ ){0,10}?\p{L}+er (?:[\p{L}-]+ ){0,3}than (?:we|us|ours)\b|\b(?:you won't|you will not|you'll never|you can't|you cannot) find (?:a|an|any) (?:[\p{L}-]+ ){0,3}?(?:(?:that's |that is |which is )?(?:\p{L}+er|more [\p{L}-]+)|that (?:[\p{L}-]+ ){1,4}(?:better|more (?:closely|carefully|deeply)))\b`,
    // "the earliest casualty alerts of any system available": ranked against all the rest.
    String.raw`\bthe (?:\p{L}{3,}est|most [\p{L}-]+) (?:[\p{L}-]+ ){0,3}(?:of|among) any\b`,
    // "Only platform built for fire protection", "Only order tracker built just for taxidermists", opening a line.
    String.raw`only(?<=(?:^|[.!?\n—–:•]|\p{Extended_Pictographic})\s*only) (?:(?:[\p{L}-]+ ){0,2}(?:platform|tool|product|solution|system|software|app|vendor|provider|company|tracker|service|supplier|maker)\b|(?:[\p{L}-]+ ){1,3}(?:built|made|designed|purpose-built|tailored) (?:just |specifically |solely |only |entirely )?for\b)`,
    // "more than any other plant sourcing tool", "longer than anyone else's", "no … out there that comes close".
    String.raw`\bmore than any other\b|than (?:anyone|anything|any other \p{L}+) else(?:'s)?(?!\p{L})(?<=\b\p{L}+er than [^.!?\n]{0,30})|\bno (?:[\p{L}-]+ ){1,4}(?:out there|on the market) (?:that )?comes? close\b`,
    // "there isn't a better melt analytics tool going".
    // "There simply isn't a better seed bead supplier in the country".
    String.raw`\bthere(?: (?:simply|really|just|honestly|truly))?(?: isn't| is not|'s not|(?: is|'s)(?: (?:simply|really|just|honestly|truly))? no) (?:a |an |any )?${COMPARATIVE} (?:[\p{L}\p{N}-]+ ){0,3}${OFFERED}\b`,
    String.raw`\b(?:no|not a single) other (?:platform|product|tool|vendor|solution|company|provider|team|system|software|app)\b`,
    String.raw`\b(?:nobody|no one|no-one|none) else\b`,
    String.raw`\bthe (?:one|only) (?:[\p{L}-]+ ){0,3}(?:every|any) [\p{L}-]+\b|\bno one does (?:[\p{L}-]+ ){0,3}better\b|\b(?:the|our) (?:top|first|number[- ]one|#1) (?:choice|pick|option|platform|tool|solution|name)\b|\bthe (?:top|number[- ]one|#1) (?:place|spot|destination|site|marketplace)\b|\bas good as it gets\b|\b(?:you|you'll)\s*(?:won'?t|will not|never) find (?:a |an )?(?:[\p{L}]+er|more [\p{L}-]+)\b`,
    String.raw`\b(?:miles|leagues|years|light[- ]years|way|far) ahead of\b|\bahead of (?:anything|everything|everyone|the competition|the pack|the rest)\b`,
    String.raw`\bno (?:competitor|one|other [\p{L}-]+|alternative|vendor|rival|(?:[\p{L}-]+ ){1,3}(?:app|tool|platform|product|vendor|system|software|solution|competitor|rival)) (?:can|could|will|comes close|is|are) (?:match|beat|touch|compete|easier|faster|better|cheaper|simpler|more|close)\b`,
    // "outlast anything else on the market", "outsells every other brand".
    String.raw`\bout(?:last|perform|sell|run|wear|class|do|shine|score|pace|ship)s? (?:anything|anyone|everything|everyone|all|any|every)(?: (?:other|else))?\b`,
    String.raw`\b(?:above|over|beyond) all (?:others|the rest|alternatives)\b|\b(?:easier|faster|better|cheaper|simpler|more [\p{L}-]+|less [\p{L}-]+) than (?:any|every|all|anyone|anything|everyone|the rest|the competition|competitors|alternatives)\b(?! (?:[\p{L}-]+ )?(?:would|wants|likes|expects|needs|could|can|cares|should|planned|expected|imagined|predicted|anticipated|thought)\b)|\boutperforms? (?:everything|everyone|every|any|all)\b`,
    String.raw`\b(?:nothing|no one|nobody) else [\p{L} -]{0,40}? (?:as|this|that) (?:fast|quickly|well|easily|cheaply|accurately|reliably|\p{L}+ly)\b`,
    String.raw`\bno other (?:[\p{L}-]+ ){0,3}(?:tool|platform|product|vendor|solution|company|provider|team|system|software|app)\b[^.!?\n]{0,60}?\blike (?:we do|us|ours|we can)\b`,
    String.raw`\b(?:nobody|no one) (?:[\p{L}-]+,? ){0,6}?(?:faster|better|cheaper|quicker|more [\p{L}-]+) than\b|\b(?:nobody|no one) (?:[\p{L}-]+ ){1,8}?(?:better|more|faster|cheaper)\b|\bnothing (?:simpler|easier|faster|better|cheaper) (?:exists|is out there|on the market)\b`,
    String.raw`\bnothing else (?:on the market|out there|available|like it)\b|\b(?:better|faster|cheaper|easier|more [\p{L}-]+) (?:[\p{L}-]+ ){1,3}than (?:any|every|all|anyone|anything)\b(?! (?:[\p{L}-]+ )?(?:would|wants|likes|expects|needs|could|can|cares|should|planned|expected|imagined|predicted|anticipated|thought)\b)`,
    String.raw`\b(?:no|not a single) other (?:[\p{L}-]+ ){1,3}(?:platform|product|tool|vendor|solution|company|provider|team|system|software|app|portal|service|api)\b`,
    String.raw`\b(?:nobody|no one|no other [\p{L}-]+|nothing(?: else)?(?: on the market| out there)?) (?:[\p{L}+&-]+ ){0,8}?like (?:we do|us|ours|we can)\b`,
    // "#1 in failed payment recovery", "the one eligibility tool dental groups can't live without".
    String.raw`(?<=(?:^|\s)#)1 (?:in|for|among)\b|\bnumber[- ]one (?:in|among) (?!(?:line|the queue|your|our)\b)|\bno other (?:[\p{L}-]+ ){1,3}(?:comes? close|compares)\b|\bthe one (?:[\p{L}-]+ ){1,4}[\p{L}-]+s (?:actually |really |genuinely )?(?:can't live without|enjoy|love|trust|swear by)\b`,
    String.raw`\bno ${COMPARATIVE} ${OFFERED}\b`,
    // "Nobody builds a clearer block", "no one pours a smoother floor": the sender's work ranked above all.
    String.raw`\b(?:nobody|no one|no-one) (?:else )?(?!(?:wants|needs|likes|expects|enjoys|deserves|asks|misses|loves)\b)\p{L}+s (?:a |an |the )?${COMPARATIVE} [\p{L}-]+`,
    // "exchange rates you won't beat anywhere", "a price you can't beat.".
    String.raw`\b(?:you|you'll) (?:won['’]t|will not|can['’]t|cannot|never|will never) (?:beat|match|top)(?=\s*(?:anywhere|elsewhere|on price|in (?:town|the (?:country|region|area|uk|us)))\b|\s*[.!?,;—–]|\s*$)`,
    // "There's simply nothing better for keeping a reed stable", "there's no more accurate tester on the
    // market", "nothing out there makes quotes look this good".
    String.raw`\bthere(?:'s| is) (?:simply |really |just |honestly |literally )?nothing (?:out there |on the market |around )?(?:${COMPARATIVE}|quite like (?:it|this|ours))\b|\bno (?:more|better|(?!(?:longer|other|further|later|never|matter|number|order|fewer|under|over|after|ever|rather|proper)\b)\p{L}{3,}er) [\p{L}-]+ (?:[\p{L}-]+ ){0,5}?(?:on the market|out there|anywhere)\b|\bnothing (?:else )?(?:out there|on the market|around) (?:that )?[\p{L} -]{0,40}?\b(?:this|as) (?:good|well|fast|easy|clean|sharp|accurate)\b`,
    // A superlative opening a line or the subject: "Fastest path from OMS to customer", "Hal — simplest tool you'll find".
    String.raw`(?=(?:fastest|easiest|simplest|quickest|cheapest|smartest|deepest|broadest|widest|strongest|safest|biggest|largest|best)\b)(?<=(?:^|[.!?\n—–:]|\p{Extended_Pictographic})\s*)(?:fastest|easiest|simplest|quickest|cheapest|smartest|deepest|broadest|widest|strongest|safest|biggest|largest|best)\b(?! (?:time|times|way to (?:reach(?= (?:you|me|out)\b)|connect)|regards|wishes|of luck|practices?)\b|,|\s*(?:\n|$))`,
    // "nothing else this simple for repair shops", "nothing on the market that seals better", "without doubt
    // best tool for boat rentals".
    String.raw`\bnothing else (?:out there |on the market |around )?(?:this|as|so) [\p{L}-]+|\bnothing (?:else )?(?:on the market|out there|around) (?:that )?\p{L}+s ${COMPARATIVE}\b|\b(?:without (?:a )?doubt|hands down|by far) (?:the )?(?:best|fastest|easiest|simplest|cheapest|safest|most [\p{L}-]+)\b`,
    // "the compliance system to beat", "rated the top recall platform".
    String.raw`(?=to beat\b)(?<=\bthe (?:[\p{L}-]+ ){0,3})(?<!\b(?:hard|tough|difficult) )to beat\b|\b(?:rated|ranked|voted|named) (?:as )?(?:the )?(?:top|best|#1|number[- ]one|no\. ?1)\b`,
    String.raw`\bnothing (?:else )?(?:[\p{L} ]{0,24}?)(?:compares|comes close|comes near|beats? (?:it|us|our|them)|matches (?:it|us|our [\p{L}-]+))\b`,
    String.raw`\b(?:unlike|better than|faster than|cheaper than|beats?|outperforms?) (?:any|every|all|anyone|anything)(?: (?:other|else|of (?:the|them)))?\b(?! (?:[\p{L}-]+ )?(?:would|wants|likes|expects|needs|could|can|cares|should|planned|expected|imagined|predicted|anticipated|thought)\b)`,
    String.raw`\blike no other\b|(?<!\b(?:every|each)\b[^.!?\n]{0,40})\bone of a kind\b|\bfirst and only\b|\buniquely\b|\bunmatched\b|\bunrivall?ed\b|\bunparall?eled\b|\bunbeatable\b|\bsecond to none\b|\bbar none\b|\bhead and shoulders\b|\bin a (?:league|class) of (?:its|our|their) own\b`,
    String.raw`\b(?:you|you'll|you will) (?:simply |just |really )?(?:won'?t|not|never|will not) find (?:a |an |anything |anyone )?(?:better|faster|easier|simpler|cheaper)\b`,
    // "the #1 win-back tool", "the UK's leading platform", "the most-used video MPI", "industry-standard".
    String.raw`\b(?:the|our|its) (?:#1|number[- ]one|no\. ?1)\b|(?<=\p{L}(?:'s|s'|’s) )(?:leading|best-known|best|biggest|largest|number[- ]one|no\. ?1|#1)\b|\b(?:the )?(?:world|country|nation|industry|market|region|state|city|uk|us|america|europe)['’]s (?:\p{L}{3,}est\b(?<!\b${NOT_SUPERLATIVE})|most \p{L}+)|\bmost[- ](?:used|popular|trusted|loved|installed|downloaded|widely[- ]used)\b|\bindustry[- ]standard\b`,
    String.raw`\bbest[- ]in[- ]class\b|\bbest[- ]of[- ]breed\b|\bworld[- ]class\b|\b(?:industry|market|category)[- ](?:leading|leader|defining)\b|\b(?:the|a) (?:clear |recognized |global )?(?:leading|leader in)\b|\bleader in\b|\btop[- ](?:rated|ranked|tier|notch)\b|\b(?:best|highest)[- ]rated\b|\bwithout (?:equal|peer|rival)\b|\bpeerless\b|\bunequall?ed\b|\bthe one (?:[\p{L}-]+ ){1,3}(?:in|on) (?:this|the) (?:space|market|industry|category)\b|\baward[- ]winning\b|\bgold[- ]standard\b|\bgo-to\b|\bpremier\b|\b(?:the|our) (?:foremost|ultimate|preeminent|pre-eminent)\b|\bcutting[- ]edge\b|\bstate[- ]of[- ]the[- ]art\b|\bgame[- ]chang(?:ing|er)\b|\brevolutionary\b|\bgroundbreaking\b|\bnext[- ]level\b`,
    String.raw`(?!${OWN_RECORD})(?<!\b(?:all|at|hope for) )\b(?:the|our|its|their) (?:very )?(?:best|easiest|fastest|simplest|quickest|cheapest|smartest|safest|strongest|greatest|highest|lowest|biggest|largest|widest|deepest|broadest|lowest[- ]cost|most (?:advanced|powerful|complete|comprehensive|accurate|reliable|trusted|secure|flexible|affordable|intuitive|popular|innovative|scalable|efficient|effective|robust|loved|widely used|user-friendly|cost-effective|proven|capable))\b${NOT_RANKED_AFTER}`,
    String.raw`\b(?:best|fastest|easiest|simplest|quickest|deepest|broadest|smartest|highest|lowest|cheapest|biggest|largest|widest|strongest|top|most \w+) [\p{L} -]{0,30}\b(?:in the (?:industry|market|business|space|world|country|category|sector|state|region)|on the market|out there|anywhere|available today|money can buy|you'll find|you will find)\b`,
    String.raw`\b(?:the|our|its) most (?!(?:expensive|costly|painful|frustrating|difficult|time-consuming|overlooked|underrated|important|common|likely|relevant|useful|interesting|of|from|part|time|out)\b)[\p{L}-]+,? [\p{L}\p{N}-]+`,
    String.raw`(?!${OWN_RECORD})\b(?:the|our|its) (?!${NOT_SUPERLATIVE}\b)\p{L}{3,}est\b${NOT_RANKED_AFTER}`,
    String.raw`\bmost (?:advanced|powerful|complete|comprehensive|accurate|reliable|trusted|innovative|scalable|robust|loved|widely used|cost-effective)\b`,
    // "No other device on the market reads the rope core as precisely", "no crate maker in Europe
    // protects glass better": none of a kind does what it does as well.
    String.raw`\bno (?:other )?(?:[\p{L}-]+ ){0,2}[\p{L}-]+ (?:(?:in|on|across|from|at) (?:the )?(?:[\p{L}-]+ ){0,2}?[\p{L}-]+ )?\p{L}+s (?:[\p{L}-]+ ){0,3}?(?:better|tighter|faster|cheaper|closer|more [\p{L}-]+ly|(?:as|this|so) [\p{L}-]+(?:ly|ised|ized)|(?:as|this|so) (?:deep|wide|broad|good|cheap|fast|quick|easy|simple|accurate|precise|reliable|tough|strong))\b`,
    // "No other lab offers that turnaround", "no one in Australia matches our print quality".
    String.raw`\bno other [\p{L}-]+(?: [\p{L}-]+)? (?:offers|gives|matches|provides|combines|delivers|comes close)\b|\b(?:nobody|no one) (?:in (?:[\p{L}-]+ ){1,3})?(?:matches|beats|rivals|touches) (?:us|our|ours)\b`,
    // "Clearest low-volume masks made", "— clearest footage you'll get", opening a sentence or after a dash.
    String.raw`(?=\p{L}{3,}est\b)(?<=(?:^|[.!?\n—–:]|\p{Extended_Pictographic})\s*)\p{L}{3,}est(?<!\b${NOT_SUPERLATIVE}) (?:[\p{L}-]+ ){0,3}(?:made|going|around|available|anywhere|you can (?:buy|get|find)|you'll (?:get|find|see))\b`,
  ],
  'gu',
);

// "Toughest inspection app on the market": any "-est" word, with where it is the most. Looked for only
// where such a place is named: a word in "-est" is too common to try at every word.
const WHERE = String.raw`(?:on the market|out there|in the (?:industry|business|world|country)|money can buy|on (?:the (?:water|planet|road|slopes)|earth)|anywhere)\b`;
const NAMES_WHERE = new RegExp(String.raw`\b${WHERE}`);
const EST_WHERE = new RegExp(String.raw`\b\p{L}{3,}est(?<!\b${NOT_SUPERLATIVE}) [\p{L} -]{0,30}\b${WHERE}`, 'gu');

const SAME_RANK: Record<string, string> = { biggest: 'largest', largest: 'biggest' };
// A hedged generalisation ("donors are often the most reliable part") claims nothing about the sender.
const GENERALISES =
  /\b(?:if|whether|might|may|often|usually|typically|tend to|tends to|generally|in general|probably|likely|i can think of|i can (?:picture|imagine)|(?:has|have) to be|must be|can't be)\b/;
const ABOUT_SENDER = /\b(?:we|we're|we've|our|us|ours)\b/;

export function checkSuperlatives(
  sentences: Sentence[],
  field: TextField,
  facts: InputFacts,
  senderCompany?: string,
): RiskFlag[] {
  const flags: RiskFlag[] = [];
  const sender = senderCompany ? fold(senderCompany) : null;
  for (const sentence of sentences) {
    const text = sentence.folded;
    // A hedged generalisation claims nothing, read in the claim's own clause: "It's the smartest survey
    // tool…, and agencies using it rebook far more often" ranks the product whatever the "often" after it.
    const namesSender = sender !== null && text.includes(sender);
    const generalises = (index: number) => {
      const clause = fold(clauseAt(sentence, index));
      return GENERALISES.test(clause) && !ABOUT_SENDER.test(clause) && !namesSender;
    };
    const found = hits(sentence, SUPERLATIVE);
    if (NAMES_WHERE.test(text)) found.push(...hits(sentence, EST_WHERE));
    for (const hit of found) {
      // "What's the best way to reach you?" asks; "the only platform that does X — want a demo?" says.
      if (asked(sentence, hit.index) || generalises(hit.index)) continue;
      const words = hit.text.trim();
      const before = text.slice(0, hit.index - sentence.start);
      // "…because nobody else covered that stretch": a story's "nobody else" ranks no sender.
      if (
        /^(?:nobody|no one|no-one|none) else$/.test(words) &&
        /^\s*(?:\w+ed|was|were|had|did|could)(?=\s|$)/.test(text.slice(before.length + hit.text.length))
      )
        continue;
      // "…sounds like the best possible end to a wet Kerry day": the writer's taste, of the lead's thing.
      if (/\b(?:sounds?|looks?|seems?) like (?:\S+ ){0,2}$/.test(before) && !ABOUT_SENDER.test(text) && !namesSender)
        continue;
      // "You'll know scrap rates better than any vendor": the lead's own knowledge, not a ranking.
      if (/\bknows? (?:[\p{L}-]+ ){0,3}$/u.test(before)) continue;
      // "Not revolutionary, but useful": a superlative denied is modesty.
      if (/\b(?:not|never|hardly|far from|isn't|aren't|rarely|seldom)\s+$/.test(before)) continue;
      if (containsPhrase(facts.all.text, normalizePhrase(words))) continue;
      // The lead's own words about themselves ("its biggest cost problem"), said back without "the".
      const bare = normalizePhrase(words).replace(/^(?:the|our|its|their|your) /, '');
      // "Fuel is Bahía's biggest operating cost" for "fuel is the largest operating cost".
      const said = [bare, SAME_RANK[bare]].filter((w) => w !== undefined);
      if (!ABOUT_SENDER.test(text) && !bare.includes(' ') && said.some((w) => containsPhrase(facts.lead.text, w)))
        continue;
      flags.push(
        claimFlag(
          'UNSOURCED_CLAIM',
          'superlative',
          field,
          hit.index,
          words,
          'a superlative or uniqueness claim not in the input',
        ),
      );
    }
  }
  return flags;
}
