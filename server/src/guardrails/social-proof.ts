/**
 * Sender social proof: the sender's customers, users and results ("teams like Stripe use us", "our
 * customers typically…", "trusted by leading hospitals", "a regional bank we onboarded"). Sourced
 * only by the sender's approved proof points: one of them must share the claim's content words and
 * hold every number and name it uses. "We help warehouse teams…" that only restates the offer is not
 * proof, but a result it did not state is.
 */
import type { RiskFlag, TextField } from '@personalizer/shared';
import { adoptions } from './adoption.ts';
import { containsPhrase, type InputFacts, initialsOf, normalizePhrase, type TextFacts } from './facts.ts';
import { claimFlag } from './flag.ts';
import { withDigits } from './numbers.ts';
import {
  asked,
  atWordStart,
  clauseAt,
  clauseBefore,
  escapeRegExp,
  fold,
  GENERIC,
  type Hit,
  hits,
  type Sentence,
  stem,
} from './text.ts';
import { DEMONYMS } from './us-states.ts';

const WHO = `(?:customers?|clients?|users?|teams?|companies|brands?|retailers?|hospitals?|health systems?|banks?|credit unions?|lenders?|insurers?|carriers?|shippers?|manufacturers?|distributors?|startups?|scale-?ups?|enterprises?|agencies|firms?|shops?|stores?|practices|clinics?|schools?|universities|districts?|labs?|orgs?|organi[sz]ations?|leaders?|folks|operators?|founders?|cfos?|ctos?|cios?|vps?|heads?|sellers?|merchants?|fleets?|providers?|platforms?|nonprofits?|charities|cities|municipalities|governments?|peers?|players?|competitors?|logos?|accounts?)`;
const RESULT = `(?:cut|cuts|cutting|shave[sd]?|shaving|trim(?:s|med)?|reduce[sd]?|reducing|save[sd]?|saving|grew|grow|grows|growing|boost(?:ed|s)?|increase[sd]?|improve[sd]?|doubl(?:e|ed|es)|tripl(?:e|ed|es)|halve[sd]?|slash(?:ed|es)?|drove|drive|get|got|see|saw|seen|report(?:ed|s)?|hit|achieve[sd]?|went from|moved from|recover(?:ed|s)?|eliminat(?:e|ed|es)|shrank|shrunk|freed up|avoid(?:ed|s)?|won|close[sd]?|ship(?:ped|s)?)`;

// What customers are said to get: results, and the habits that imply them.
const OUTCOME = `(?:${RESULT}|sees?|gets?|hits?|jump(?:s|ed)?|climb(?:s|ed)?|drop(?:s|ped)?|tend to|make|makes|keep|keeps|found|stopped|pass(?:es)?|finish(?:es)?|average|averages|catch(?:es)?|resolve[sd]?|push(?:ed|es)?|routinely|usually|typically|pa(?:y|ys|id) (?:it |itself |for (?:it|itself) )?back|pa(?:y|ys|id) for (?:it|itself)|break(?:s)? even|recoup\\w*|fill|fills|convert(?:s|ed)?|(?:to|through|with|on) us|since (?:switching|moving|joining|signing|adding|starting)|picked (?:it|us|them) up)`;

// What others choose, at a clause's end: "…the tool audiology groups across the South rely on —".
const PICKED = String.raw`(?:now |all |already |increasingly |pretty much all )?(?:use|uses|run|runs|rely on|run on|choose|trust|swear by|pick|schedule on|book on|count on|lean on|depend on|turn to|standardi[sz]e on)(?=\s*[,.;:!?)—–]|\s+(?:for|to|when|because|and|these days|today|now|across|in|on|every|each)\b|\s*$)`;
const NOT_OURS = String.raw`(?!(?:you|your|we|our|i|us|my)\b)`;

// Plurals before "like" that name no customers: "tools like Slack", "sounds like".
const NOT_CUSTOMERS =
  '(?:tools|platforms|systems|apps|integrations|vendors|suites|products|services|marketplaces|channels|boards|networks|databases|solutions|programs|features|crms|erps|things|places|events|shows|sites|stacks|looks|seems|sounds|feels|works|reads|acts)';
// Read by three patterns: fewer would pass the size V8 optimizes (see `atWordStart`).
const PROOF_LIST = [
  String.raw`\b(?:our|my) (?:[\p{L}-]+ ){0,2}(?:customers|clients|users|members|partners|customer base|client base|install base|accounts|logos|case studies)\b`,
  // Each looks for its words first, then for the plural before them: a lookbehind tried at every
  // position is slow. "PT groups that switch to CallPilot tell us…", "Districts that adopt…".
  String.raw`(?=(?:that|who) )(?<=\b[\p{L}\p{N}-]+s (?:(?:in|near|across|around|from) [\p{L}-]+ )?)(?:that|who)(?: have| had|'ve)? (?:switch|move|adopt|tried|try|roll out|roll\w* (?:it|us|them) out|turn (?:it|us|them) on|bring (?:it|us|them) in|use|run|start using|sign up|join|go live|add|install|implement|deploy|turn on|partner)\w*\b[^.!?\n]{0,60}?(?<!\b(?:can|could|would|will|may|might|must|should) )\b${OUTCOME}\b`,
  // "Makers who add our spins tell us…": users reporting what it did.
  String.raw`(?=(?:that|who) )(?<=\b[\p{L}-]+s )(?:that|who)(?: have|'ve)? (?:use|add|try|tried|run|switch\w*|adopt\w*|join\w*) (?:it|us|our [\p{L}-]+)\b[^.!?\n]{0,20}?\b(?:tell us|say|report|swear|reckon)\b`,
  // "Loads of chainsaw carvers joined after the last show", "loads of centres have switched over".
  String.raw`\b(?:loads|lots|plenty|heaps|dozens|hundreds|scores|a good few|a load) of (?!(?:your|their)\b)(?:[\p{L}-]+ ){0,3}?[\p{L}-]+s (?:have )?(?:joined|signed up|signed on|come on board|came on board|switched over|moved over)\b`,
  // "Groups like yours that switch… save", "subs like yours usually see…".
  String.raw`(?=(?:like you(?:rs)?|your size|in your position|in your situation|in your shoes)\b)(?<=\b[\p{L}-]+s (?:(?:much|very|just|a lot) )?)(?:like you(?:rs)?|your size|in your position|in your situation|in your shoes)\b(?! (?:often |usually |typically |sometimes |generally |tend to )?(?:weigh|wonder|ask|debate|consider|think|worry|struggle|juggle|face|wrestle|grapple|question)\b)[^.!?\n]{0,50}?\b(?:${OUTCOME}|moved|(?:on|with|through|onto) (?:it|us|our \p{L}+))\b`,
  // "Most pharmacies on our platform see…", "CROs using us pass…".
  String.raw`(?=(?:on|using|running|with) (?:us|our) ?)(?<=\b[\p{L}-]+s )(?:on|using|running|with) (?:us|our (?:[\p{L}-]+ ){0,2}?(?:platform|product|app|program|programme|tool|software|system|service|routing|texting|texts|reminders|emails|campaigns|flows|alerts|messages|scheduler|planner|portal|dashboard|marketplace|network))\b`,
  // "Renowned violin makers are regularly ordering from us", "Gilders who tried our leaf have continued
  // ordering from us": others buying from the sender.
  String.raw`(?=(?:order|buy|bought|sourc|reorder|purchas)\p{L}* (?:[\p{L}'-]+ ){0,3}?from us\b)(?<=\b[\p{L}-]+s (?:[\p{L}'-]+ ){0,7})\p{L}+ (?:[\p{L}'-]+ ){0,3}?from us\b`,
  // "State DOTs already accept our reports": others vouching for the sender's work.
  String.raw`(?=(?:already |now |all )?(?:accept|approve|recogni[sz]e|endorse)s? (?:our|us)\b)(?<=\b[\p{L}-]+s (?:[\p{L}'-]+ ){0,2})(?:already |now |all )?\p{L}+ (?:our|us)\b`,
  // "The crews on it reckon they've clawed back…": users saying what it did.
  String.raw`(?=on (?:it|us) (?:reckon|say|tell|swear|report|find|found|saw|see|got|get)\b)(?<=\b[\p{L}-]+s )on (?:it|us) \p{L}+`,
  // "We set this up for a tuning shop in St. Paul", "We've built booking pages for taxidermy shops all
  // over Wyoming": a customer by kind, or customers across a place.
  String.raw`\bwe(?:'ve| have)? (?:set (?:this|it|that) up|built (?:this|it|that)|rolled (?:this|it) out|installed (?:this|it)|did (?:this|the same)) for (?:a|an|one|another)\b|\bwe(?:'ve| have)? (?:built|set up|installed|designed|made|fitted|supplied) (?:[\p{L}'-]+ ){0,4}?for (?:[\p{L}-]+ ){0,3}[\p{L}-]+s (?:all over|across|throughout|up and down|around)\b`,
  // "Districts leveraging it consistently report happier parents", "growers who install them rarely
  // lose a bin again", "services … that hand us their billing": others using it, and what came of it.
  String.raw`(?=(?:leveraging|using|running|on) (?:it|us|them|our [\p{L}-]+) )(?<=\b[\p{L}-]+s )(?:leveraging|using|running|on) (?:it|us|them|our [\p{L}-]+) (?:consistently |routinely |typically |usually |often )?(?:report|see|get|say|find|tell)\b|(?=(?:that|who) )(?<=\b[\p{L}-]+s )(?:that|who) (?:install|use|run|adopt|try|tried|switch to|move to) (?:them|it|us|our [\p{L}-]+) (?:rarely|never|no longer|don't|stop)\b|(?=(?:that|who) )(?<=\b[\p{L}-]+s (?:[\p{L}'-]+ ){0,3})(?:that|who) (?:hand|give|send|trust|entrust) us\b`,
  // "We've cooled AI halls for three of the five biggest colos": a share of the best-known customers.
  String.raw`\bwe(?:'ve| have)? (?:[\p{L}-]+ ){1,4}?for (?:[\p{L}\d-]+ )of the (?:[\p{L}\d-]+ )?(?:biggest|largest|top|leading)\b`,
  // "the fragrance brands we ship for tend to see…": the sender's customers' results.
  String.raw`(?=we )(?<=\b[\p{L}-]+s )we (?:[\p{L}-]+ ){1,2}?for (?:tend to |usually |typically |often |all )?(?:see|get|report|say|tell|find|have seen|saw|got)\b`,
  // "Near enough every pollination broker … tracks placement with us": all of a kind, using it.
  String.raw`\b(?:every|each) (?!(?:one of )?(?:your|our|my)\b)(?:[\p{L}-]+ ){1,7}?[\p{L}-]+s (?:[\p{L}-]+ ){0,3}(?:with|on|through|via) us\b`,
  String.raw`(?=(?:(?:already|now|all) )?(?:using|running) (?:our|it|us)\b)(?<=\b[\p{L}-]+s )(?:(?:already|now|all) )?(?:using|running) (?:our [\p{L}-]+(?: [\p{L}-]+)?|it|us)\b`,
  // "pawn shops that list with us": others doing their work through the sender.
  String.raw`(?=(?:that|who) )(?<=\b[\p{L}-]+s )(?:that|who) [\p{L}]+ (?:[\p{L}-]+ ){0,5}?(?:with|on|through|via) us\b`,
  // "safety managers at other carriers say…": the word of the sender's other customers.
  String.raw`(?:at|from) (?:other|another|several|many|dozens of) (?:[\p{L}\p{N}-]+ ){0,3}[\p{L}\p{N}-]+ (?:(?:have |has )?(?:stopped|no longer)|say|says|said|tell|told|report|reported|swear|mention|mentioned|call|calls|called|describe|rate|rave)\b`,
  // "a mid-sized aquarium on our client list", "glowing reviews": the sender's customers and their word.
  String.raw`(?:on|in|among|from) our (?:client|customer) (?:list|roster|base|books)\b|(?:glowing|rave|five-star|5-star|stellar) reviews\b`,
  // "our studios see lapsed members back", "Our venues book 2 out of 3 tours": the sender's customers by kind
  // ("the kind of trips our team loves to support" is the sender's own people).
  String.raw`\bour (?!(?:team|staff|founders?)\b)(?:[\p{L}-]+ )?(?:${WHO}|studios|gyms|venues|restaurants|hotels|salons|dealers|dealerships|wineries|breweries|pharmacies|libraries|marinas|airports|properties|communities|co-ops|members|sites|locations|centers|centres|clubs|roasters) (?:${OUTCOME}|book|fill|add|recoup|love|loves|rave)\b`,
  // "airports typically see ROI", "sixty libraries have cut turnaround": others' results, in general or counted.
  String.raw`(?=(?:typically|usually|routinely|generally|consistently) )(?<=\b[\p{L}-]+s )(?:typically|usually|routinely|generally|consistently) (?:see|get|cut|save|hit|report|make|recoup|break even|double|triple|pay (?:\p{L}+ )?(?:it )?back|pay off|pay for (?:it|itself))\b`,
  // "…since 1987 has seen formats come and go": a year and its verb, no count of customers.
  String.raw`\b(?:\d[\d,.]*\+?|dozens of|hundreds of|thousands of|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)) (?:[\p{L}-]+ )?(?!(?:has|was|is|does)\b)[\p{L}-]+s (?:have |has )?(?:${RESULT})\b`,
  // Recommendations: "pharmacists keep recommending us".
  String.raw`\brecommend(?:s|ed|ing)? (?:us|it|them)\b`,
  // Testimonials: "describe it as transformational", "called us the best thing they've added".
  String.raw`\b(?:describe[sd]?|call(?:s|ed)?) (?:it|us) (?:as |the |a |an )|\bcalled it ['"“‘]`,
  // "…cut its hold times with our texting": a result got with the sender's product.
  String.raw`(?=with (?:us|our) ?)(?<=\b${RESULT}\b[^.!?\n]{0,50}?)with (?:us|our (?:platform|product|app|tool|software|system|service|texting|routing))\b`,
  String.raw`\b(?:one|some|several|many|most|a few|a couple|dozens|hundreds|thousands|all|each|none|loads|lots) of (?:our|my|the) (?:[\p{L}-]+ ){0,3}${WHO}(?! (?:behind|at|from|who (?:built|make|run)))(?: (?:we|i) (?:work|worked|partner|partnered|serve|support|talk|spoke)\w*(?: with)?)?`,
  // "customers like to know where it stands", "If your corporate clients like showing staff…": "like" the
  // verb names no one.
  String.raw`(?<!\byour (?:[\p{L}-]+ )?)\b${WHO} (?:like(?! (?:to|it|when|knowing|being|having|seeing|that|this|\p{L}+ing)\b)|such as|including)(?= (?!yours\b|you\b|your\b)\p{L})`,
  // "…backed by data": evidence, no one's endorsement.
  String.raw`\b(?:trusted|used|relied (?:up)?on|chosen|loved|adopted|deployed|preferred|powered|endorsed|recommended) by\b|\bbacked by\b(?! (?:data|evidence|science|research|testing|tests|results|proof|numbers)\b)`,
  String.raw`\b(?:count(?:s)? (?:on|with)|rel(?:y|ies|ied) on|run(?:s|ning)? on|switch(?:ed|ing)? to|mov(?:ed|ing) to|chose|choose|trust|trusts|use|uses|used|love|loves|swear by|standardi[sz]ed on|signed (?:on|up) with|came to|comes? to|turned to|shifted to) (?:us|our (?:platform|product|tool|software|solution|app|team|service))\b`,
  String.raw`\bwe(?:'ve| have| had|'re| are)? (?:already |also |recently |just |successfully )?(?:helped|work(?:ed)? with|partner(?:ed)? with|power(?:ed)?|serve[sd]?|supported|onboarded|reduced|cut|saved|increased|improved|grew|boosted|doubled|trimmed|shaved|lifted|raised|lowered|halved|rolled out (?:for|to|at)|saved|took|brought|got(?<!'ve got)|enabled|deployed (?:at|with|for)|are (?:working|live) with|implemented for|look(?:ed)? after(?! (?:you|your)\b)|cater(?:ed)? (?:for|to)(?! (?:you|your)\b))\b`,
  String.raw`\bwe help (?:[\p{L}-]+ ){0,4}${RESULT}\b`,
  // "Many leading law firms entrust us", "Plenty of media companies already route…", "agencies send our
  // white-label reports", "what we hear from every cheese plant engineer", "we've had the honor of translating…".
  String.raw`\bentrust(?:s|ed)? us\b|\b(?:plenty|lots|loads|a lot|dozens|hundreds) of (?:[\p{L}-]+ ){0,2}[\p{L}-]+s (?:already|now) \p{L}+|(?=(?:send|resell|offer|deploy|install)s? our )(?<=\b(?<!\byour )[\p{L}-]+s )(?:send|resell|offer|deploy|install)s? our\b|\bwhat (?:we|i) hear from (?:every|most|many|our)\b|\bwe(?:'ve| have)? had the (?:honou?r|privilege|pleasure) of \p{L}+ing\b`,
  // "We've digitized title plants for abstract companies much like yours".
  String.raw`\bwe(?:'ve| have| had)? (?:already |now )?\p{L}+ed\b[^.!?\n]{0,60}?\bfor (?:[\p{L}-]+ ){0,3}[\p{L}-]+s (?:(?:much|very|just|a lot) )?like (?:you|yours)\b`,
  // "I help marinas across Georgia clear theirs": customers across a region.
  String.raw`\b(?:we|i) help (?:[\p{L}-]+ ){1,3}(?:across|throughout|all over|up and down) `,
  // "our fuel monitoring has cut fuel burn", "our colonies now pollinate for roughly a third of…".
  String.raw`\bour (?:[\p{L}-]+ ){1,3}(?:has|have) (?:already |consistently )?(?:cut|reduced|saved|lowered|halved|doubled|tripled|boosted|increased|improved|shaved|trimmed)\b|\b(?:our [\p{L}-]+|we) (?:now |already )?[\p{L}]+ for (?:roughly |about |around |nearly |almost |over |more than )?(?:a third|a quarter|a fifth|half|two-thirds|most|many|\d+%?) of\b`,
  // "A product liability boutique we signed last quarter", "a hub we went live at".
  String.raw`(?=(?:we|i|that|who)\b)(?<=\b(?:a|an|one|another|other|similar|every|each|all) (?:[\p{L}-]+ ){1,5})(?:we|i|that we|that i|who we)(?:'ve| have)? (?:worked|partnered|onboarded|helped|supported|served|signed|launched|started working|went live|set up|rolled out|brought on|implemented|deployed|switched|moved|migrated|equipped|trained|installed|advised|consulted (?:for|with)|coached|built for|work with|partner with|support|serve)\b`,
  String.raw`(?=(?:we|i)(?:'ve| have| had)? )(?<=\b(?:${WHO}|[\p{L}-]+s) )(?:we|i)(?:'ve| have| had)? (?:(?:work|partner|talk|speak|spoke|help|support|serve|supply|onboard|sign|equip|train|advise|consult|look after|set up|set (?:this|it|them) up|survey|audit|inspect|assess|map)\w* (?:with|to|for)?|built for|roll(?:ed)? (?:this|it|us) out(?: with| to| for| at)?|\p{L}+ed (?=(?:usually|typically|often|generally|all|now|tend to|have|has|see|saw|cut)\b))\b`,
  // Others who took the product up: "brokers who've moved to it", "firms in the North West that
  // use our intake", "co-ops have switched their ordering over to us", "GCs have trusted it".
  // "shops that switched from paper tags book more": leaving the old way for the sender's product.
  String.raw`(?=(?:that|who)(?:'ve| have)? (?:switched|moved|migrated) )(?<=\b[\p{L}-]+s )(?:that|who)(?:'ve| have)? (?:switched|moved|migrated) (?:over )?(?:away )?from\b`,
  // "the Field Museum team uses it": a named customer's team.
  String.raw`(?<!\byour )\bteam (?:at [\p{L}-]+ )?(?:uses|runs|relies on|swears by|loves) (?:it|us)\b`,
  // "platforms that pipe our fan data into Braze see better open rates", "restorers who fit our sensors… catch".
  String.raw`(?=(?:that|who) [\p{L}-]+ our )(?<=\b[\p{L}-]+s )(?:that|who) [\p{L}-]+ our\b[^.!?\n]{0,60}?\b${OUTCOME}\b`,
  String.raw`(?=(?:that|who)(?:'ve| have| had)? )(?<=\b[\p{L}-]+s\b(?: [\p{L}'-]+){0,5} )(?:that|who)(?:'ve| have| had)? (?:already |recently |now )?(?:switch|move|migrate|adopt|use|run|rely on|trust|work with|partner with|add|install|deploy|roll out|implement|bring in|turn on)\w*(?: [\p{L}'-]+){0,3}?(?: (?:over )?(?:to|on|onto|into|with))? (?:us|it|our \p{L}+)\b`,
  // "A large regional carrier's maintenance arm cut its AOG hours": an anonymous customer's result.
  String.raw`\b(?:a|an|one) (?:large|big|major|leading|mid-sized|midsize|regional|national|global|top|fortune \d+) (?:[\p{L}'-]+ ){1,4}(?:cut|reduced|saved|doubled|halved|grew|increased|improved|lifted|boosted)\b`,
  // "Libraries nationwide handle room reservations with our booking tool".
  String.raw`(?=(?:handle|run|manage|track|book|schedule|process|route|send|file|submit|take|count|plan)\w* )(?<=\b[\p{L}-]+s (?:[\p{L}-]+ ){0,3})(?:handle|run|manage|track|book|schedule|process|route|send|file|submit|take|count|plan)\w* [^.!?\n]{0,40}?\b(?:with|through|via) our [\p{L}-]+`,
  // "Talent buyers who've switched say…": those who moved, speaking of it.
  String.raw`(?=(?:that|who)(?:'ve| have)? (?:switch|move|made the switch|tried|used)\w* )(?<=\b[\p{L}-]+s )(?:that|who)(?:'ve| have)? (?:switch(?:ed)?|move[sd]?|made the switch|tried (?:it|us)|used (?:it|us)) (?:say|says|tell|report|find|swear)\b`,
  // "Park owners around the state have been really happy with it", "firms that switched haven't had a
  // phish since", "every course that tried it kept it", "Cintas depots saw similar results", "restaurant
  // groups already count inventory this way", "the tool behind the best-run branches in Texas".
  String.raw`(?=(?:have been|are|'ve been|were) )(?<=\b[\p{L}-]+s (?:[\p{L}-]+ ){0,4})(?:have been|are|'ve been|were) (?:really |very |so |all |more than )?(?:happy|thrilled|pleased|delighted) with (?:it|us|our \p{L}+)\b|(?=(?:that|who)(?:'ve| have)? (?:switched|moved|signed up|joined|tried it|used it)\b)(?<=\b[\p{L}-]+s )(?:that|who)(?:'ve| have)? (?:switched|moved|signed up|joined|tried it|used it)\b[^.!?\n]{0,20}? (?:haven't|have not|never|no longer|stopped|kept it|renewed|stayed)\b|\b(?:saw|seen|got|see|get) (?:similar|comparable) (?:results|gains|savings)\b|\b(?:saw|seen|got) the same (?:results|gains|savings)\b|(?=already )(?<=\b[\p{L}-]+s (?:[\p{L}-]+ ){0,3})already \p{L}+ (?:[\p{L}-]+ ){0,3}this way\b|\b(?:the|our) (?:tool|platform|app|software|system|engine|name) behind (?:the |most |many )?(?:[\p{L}-]+ ){0,3}[\p{L}-]+s\b`,
  // "Siemens Mobility's maintenance teams plan every weekend in it", "Americold and Ryder run their docks
  // on it", "Ridgeview and Gusbourne both switched over", "most owners say it's…", "runs in most Magnet
  // hospitals", "a handful of supervisors have been testing my app", "we've digitised records for cemeteries across Ohio".
  String.raw`(?=(?:every|all|their|its) )(?<=(?:\b(?<!\b(?:your|our|you|we|if|to) )[\p{L}-]+s (?:already |now )?|\b(?:and|&) [\p{L}'’-]+ (?:both )?)\p{L}+ )(?:every|all|their|its) (?:[\p{L}-]+ ){0,4}(?:in|on|with|through|via) (?:it|us)\b|\bboth (?:already )?(?:switched|moved|signed|migrated|made the switch|came over)\b|\b(?:most|many|all|every) (?:[\p{L}-]+ ){0,2}[\p{L}-]+ (?:say|says|tell us|agree|swear)\b(?= (?:it|this|we|our|that))|\b(?:runs|running|installed|deployed|live) (?:in|at|across) (?:most|many|all|hundreds of|dozens of|half of|half the)\b|\b(?:a handful of|several|a few|some|a couple of|dozens of) (?:[\p{L}-]+ ){0,3}[\p{L}-]+s (?:have been|are|'ve been) (?:testing|trialing|trialling|piloting|using|running)\b(?= (?:my|our|it|us|the)\b)|\bwe(?:'ve| have| had)? (?:already |now )?\p{L}+ed\b[^.!?\n]{0,60}?\bfor (?:[\p{L}-]+ ){0,2}[\p{L}-]+s (?:across|throughout|all over|up and down) \p{L}+`,
  // "Drillers across Texas who've started GPS-tagging their well logs say…": the word of those who did.
  String.raw`(?=(?:that|who)(?:'ve| have)? \p{L}+ed )(?<=\b[\p{L}-]+s (?:(?:in|near|across|around|from) [\p{L}-]+ )?)(?:that|who)(?:'ve| have)? \p{L}+ed\b[^.!?\n]{0,60}? (?:say|says|tell us|tell me|report|swear)\b`,
  // "keep ripping out their agents for us", "rolled us out last spring": others replacing what they had.
  String.raw`\b(?:ripp(?:ing|ed) out|replac(?:e|es|ed|ing)|dropp(?:ed|ing)|ditch(?:ed|ing)|swapp(?:ed|ing))\b[^.!?\n]{0,40}?\bfor us\b|\b(?:rolled|rolls|rolling) (?:us|it) out\b`,
  String.raw`(?=(?:have|has|'ve) )(?<=(?<!\byour )\b[\p{L}-]+s\b(?: [\p{L}'-]+){0,5} ?)(?:have|has|'ve) (?:already |all |recently |since |mostly |largely |quietly )?(?:(?:switched|moved|migrated|brought)\b[^.!?\n]{0,40}?\b(?:over |across )?(?:to|onto) (?:us|it|our \p{L}+)|(?:trusted|adopted|relied on|standardi[sz]ed on|rolled out) (?:us|it|our \p{L}+))\b`,
  String.raw`\b(?:${WHO}) (?:(?:using|on|with) (?:us|our \w+|[\p{L}-]+ tend to)|typically|usually|often|generally|on average)\b[^.!?\n]{0,60}?\b${RESULT}\b`,
  String.raw`\b(?:case stud(?:y|ies)|success stor(?:y|ies)|testimonials?|references? (?:from|at)|results like|proven (?:results|track record)|track record)\b`,
  String.raw`\b(?:(?:a |the )?(?:favou?rite|go-to|staple|standard|household name)|(?:a|the) (?:big |huge |real )?hit) (?:among|with|for|across) `,
  // "the intake tool every serious PI firm in Texas relies on", "the crew most brokerages call",
  // "like most shops in town already do": what all or most others choose.
  String.raw`\b(?:every|most|nearly every|almost every|all the|half the) (?:[\p{L}'-]+ ){0,5}?(?:(?:rel(?:y|ies) on|ends? up on|seems? to end up on|turns? to|swear by)(?=[,.;:!?)]|\s+(?:when|for|and|because|these days|today|now)\b|$)|(?:call|calls|choose|chooses|use|uses|trust|trusts|recommend|recommends)(?=\s+(?:when|for|first|because|these days|today|now)\b))|\blike (?:most|all|many|other|the other) (?:[\p{L}'-]+ ){0,4}already (?:do|does|use|run|have)\b`,
  // Others who did it "this way", "from Brooklyn to Portland", or "made it part of their Wednesday routine".
  String.raw`\b(?:lots|loads|plenty|dozens|hundreds) of (?:[\p{L}-]+ ){0,3}[\p{L}-]+s (?:[\p{L}-]+ ){0,4}this way\b|\b[\p{L}-]+s (?:that|who) (?:[\p{L}-]+ ){1,3}this way (?:generally |usually |typically |often |tend to )?(?:find|see|get|say)\b|\b[\p{L}-]+s from [\p{L}-]+(?: [\p{L}-]+)? to [\p{L}-]+(?: [\p{L}-]+)? (?:[\p{L}-]+ ){0,2}(?:with|through|on) (?:us|it)\b|\b[\p{L}-]+s (?:[\p{L} -]{0,50} )?(?:have|'ve) made (?:it|us) (?:part of|a staple of|a fixture)\b`,
  // A waitlist, a referral, the talk of the trade, a quoted customer: "already point their clients our way".
  String.raw`\b(?:a |the )?wait(?:ing )?list of\b(?! (?:roughly |about |around |nearly |almost |over |more than )?(?:a|an|one|two|three|four|five|six|\d+|several|a few) (?:(?:and a half|or so) )?(?:days?|weeks?|months?|years?|(?:year|month)s? and a half)\b)|\b(?:point|send|refer|steer)s? (?:[\p{L}-]+ ){0,3}(?:our way|to us|our direction)\b|\bthe talk of (?:every|the)\b|\band [\p{L}'’-]+(?: [\p{L}'’-]+)? among them\b|\b(?:a |at least a )?(?:pilots?|trials?) (?:running |live )?with us\b|\b(?:one|a|another) (?:[\p{L}-]+ ){0,4}(?:put it|told (?:me|us)|said|wrote)\b[^.!?\n]{0,30}[,:] ?["“]|\bthe go-to (?:[\p{L}-]+ ){0,3}(?:for|among|with|across|in)\b|\bincluding\b(?<=\b(?:used|trusted|relied on|chosen|loved) by\b[^.!?\n]{0,60}?including)`,
  // Renewals and a customer's deal grown: "every center that tried it last year renewed", "we just expanded our rollout at…".
  String.raw`\b(?:every|each|all|most) (?:[\p{L}-]+ ){0,3}(?:that|who)(?:'s|'ve| has| have)? (?:tried|used|bought|started|signed|joined|\p{L}+ed|flown|run|done)[^.!?\n]{0,40}?\b(?:renewed|stayed|came back|expanded|upgraded)\b|\bwe(?:'ve| have)? (?:just |recently )?expanded (?:our|the) (?:rollout|deployment|contract|footprint|work|partnership) (?:at|with|to)\b`,
  // Reach and counts of customers served: "for bakeries up and down Victoria", "for over 400 beekeeping
  // outfits", "like it does for most branches", "already runs ramp scheduling for Signature". Not a call's
  // length: "we could speak for 15 minutes".
  String.raw`\bfor (?:[\p{L}-]+ ){0,3}[\p{L}-]+s up and down |\bwe [\p{L}]+ (?:[\p{L}-]+ ){0,3}for (?:over |more than |nearly |almost )?\d[\d,]*\+? (?!(?:minutes?|mins?|hours?|hrs?)\b)|\bwe [\p{L}]+ (?:[\p{L}-]+ ){0,3}for (?:lots of|a lot of|dozens of|hundreds of|plenty of) |\b(?:like|as) it does for (?:most|many|all|other|[\p{L}-]+s)\b|\balready (?:runs|powers|handles|manages|schedules) (?:[\p{L}-]+ ){0,3}for\b`,
  // "sold by more than 300 shops", "a good chunk of the specialty pharmacy world", "co-ops across the
  // Prairies made the switch", "we look after a lot of Sydney's pool builders", "all along the Gulf Coast".
  String.raw`\b(?:sold|stocked|carried|installed|deployed|used|live) (?:by|in|at) (?:more than |over |nearly |almost )?\d|\bruns in (?:more than |over |well over |nearly |almost )?(?:\d|(?:a|one|two|three|four|five|several|a few) (?:hundred|thousand)|hundreds|thousands|dozens)|\ba (?:good |big |large |huge )?(?:chunk|share|slice|portion) of (?:the )?[\p{L} -]{1,40}?(?:already |now )?(?:runs?|uses?|relies?|is) (?:on )?(?:us|it|our)\b|(?=made the (?:switch|move|jump))(?<=\b[\p{L}-]+s\b[^.!?\n]{0,60})made the (?:switch|move|jump)|\bwe (?:already |now )?(?:look after|work with|serve|support|help|supply|stock|equip|outfit|power) (?:a lot of|lots of|many|most|dozens of|hundreds of|several|plenty of|a number of)\b|\bwe (?:already|also) (?:supply|equip|outfit|stock)\b|\bfor (?:[\p{L}-]+ ){0,3}[\p{L}-]+s all along\b`,
  // "Cleveland Clinic tracks its linen with us": a company doing its own work through the sender.
  String.raw`(?=(?:its|their) )(?<=\b(?<!\b(?:can|could|would|will|may|might|to|you|we|i|your|our) )(?:\p{L}+s|[\p{L}-]+s (?:already |now |all )?\p{L}+) )(?:its|their) (?:[\p{L}-]+ ){0,4}(?:with|through|via|on) (?:us|it)\b`,
  // "We run freight audit for Wayfair's logistics team": a customer's team, by its name.
  String.raw`\bwe (?:run|handle|manage|do|process|power|schedule|support)\b[^.!?\n]{0,30}? for (?!your\b|you\b)[\p{L}&-]+(?: [\p{L}&-]+)?'s (?:[\p{L}-]+ ){0,2}(?:team|group|department|ops|operations)\b`,
  // "a fixture in academic medical centers", "swear by", "…almost never leave", "in our network".
  String.raw`\b(?:a|the) (?:fixture|mainstay|staple|household name|fan favou?rite) (?:in|at|among|across|with|for)\b|\bswear(?:s)? by\b(?<!\b(?:i|we|you) (?:\w+ )?swears? by)|(?:never|rarely|seldom) (?:leave|leaves|churn|churns|cancel|cancels|switch away)\b(?! (?:much|any|room|a |an |enough|time|the |their|your|his|her|its)\b)|\b(?:that's|that has|who've|who have) tried it\b|\b(?:has|have) kept (?:it|us)\b|\b(?:in|on|across|within) our (?:network|community|portfolio)\b|\bpa(?:id|ys) for itself\b`,
  // "have all moved…", "those that moved off Acuity say…", "are already in gift shops…", "we've digitized… up and down the state".
  String.raw`(?=(?:that|who)(?:'ve| have)? (?:switched|moved|migrated) (?:off|from|away from|over from) )(?<=\b[\p{L}-]+s )(?:that|who)(?:'ve| have)? (?:switched|moved|migrated) (?:off|from|away from|over from) [^.!?\n]{1,40}? (?:say|says|tell|report|find|swear)\b|\b(?:are|is|'re|'s) already (?:in|at|stocked (?:in|at|by)|carried (?:in|at|by)|sold (?:in|at)) (?:[\p{L}'-]+ ){0,3}[\p{L}-]+(?<!s)s\b|\bwe(?:'ve| have| had)? (?:already |now )?\p{L}+ed\b[^.!?\n]{0,60}?\b(?:up and down|all over|across|throughout) the (?:state|country|region|nation|coast|world)\b`,
  String.raw`\balready\b[^.!?\n]{0,50}?\b(?:through|with|on|using|via|use|uses|rely on|run on|switched to)\s+(?:us|our \p{L}+)\b`,
  // Customers' words and moves: "organizers tell us…", "robotics startups have been adopting this".
  String.raw`(?=(?:tell|told|tells|keep telling) )(?<=\b(?:[\p{L}-]+s|folks|people|everyone|they|team|customer|client|one) (?:[\p{L}\p{N}'-]+ ){0,6})(?:tell|told|tells|keep telling) (?:us|me|our [\p{L}-]+(?: [\p{L}-]+)?)\b`,
  // Demo reactions: "every CISO I've shown this to", "each ops lead we've walked through it".
  String.raw`(?:every|each|all the|most|many) (?:[\p{L}-]+ ){1,3}(?:i|we)(?:'ve| have)? (?:shown|demoed|pitched|walked through|briefed)\b`,
  // "Brokers near you are already using it": others using the product now.
  String.raw`(?=(?:are|have been|'ve been|were) (?:already |now |all )?(?:using|piloting|trialing|trialling|testing|running|adopting|rolling out) )(?<=(?<!\byour )\b[\p{L}-]+s\b(?: [\p{L}'-]+){0,5} ?)(?:are|have been|'ve been|were) (?:already |now |all )?(?:using|piloting|trialing|trialling|testing|running|adopting|rolling out) (?:us|it|our [\p{L}-]+)\b`,
  // "laundries in the North of England have already made the switch", "co-ops … have used our risk scores".
  String.raw`(?=(?:have|'ve) (?:already )?(?:made the (?:switch|move|jump)|used our))(?<=\b[\p{L}-]+s\b[^.!?\n]{0,60})(?:have|'ve) (?:already )?(?:made the (?:switch|move|jump)|used our \p{L}+)`,
  String.raw`(?=(?:have been|are|keep|started|began) )(?<=\b[\p{L}-]+s (?:[\p{L}-]+ ){0,4})(?:have been|are|keep|started|began) (?:(?:switching|moving|migrating)(?= (?:[\p{L}'-]+ ){0,4}?(?:to|over|onto|toward|towards|from|away|off)\b)|flocking|adopting|turning to|signing up|lining up|standardi[sz]ing)\b`,
  String.raw`(?=${PICKED})(?<=\b(?:what|that) (?:${NOT_OURS}[\p{L}'-]+ ){0,6}?(?!(?:has|is|was|does|this|its|his|us|yes|less|across|always|perhaps|thus|plus|unless)\b)[\p{L}-]+s (?:${NOT_OURS}[\p{L}'-]+ ){0,5})(?<!\b(?:can|could|would|will|may|might|to) )${PICKED}`,
  // "Every laundromat owner in your area has already switched".
  String.raw`\b(?:every|nearly every|almost every|most) (?:[\p{L}'-]+ ){0,10}?(?:has|have) (?:already |since |now )?(?:switched|moved over|signed up|made the switch|come on board|adopted (?:it|us))\b`,
  // Retention, reach, standing and scores: "we haven't lost a wind operator yet", "it's already in
  // laundromats from coast to coast", "has become the default for physio clinics", "a reputation
  // among cemeteries", "the name recyclers recommend to each other", "our NPS among ER hospitals".
  String.raw`(?:haven't|have not|never) (?:lost|churned) (?:a|one|any)\b|(?:haven't|never) looked back\b|\b(?:rarely|never|seldom) look(?:s|ed)? back\b|(?:rarely|never|seldom|don't|do not|won't|will never|would never) (?:want to )?(?:go|going|went|switch|switching) back\b|can't live without (?:it|us)\b|\bfrom coast to coast\b|(?:it's|it is|we're|we are) (?:already |now )?(?:in|at|live (?:in|at)) (?:hundreds of |dozens of |thousands of )?(?:[\p{L}-]+ ){0,2}[\p{L}-]+s\b`,
  // "We're already live at UPMC", "the refill platform of choice for independents".
  String.raw`\b(?:it's|it is|we're|we are|we've been) (?:already |now )?(?:running|live|deployed|installed|in use) (?:in|at|across|with) \p{L}|\bof choice (?:for|among|across|with|in)\b`,
  // "commissary owners love how…": others' liking of the product; "your guests love…" is the lead's.
  String.raw`(?=lov(?:e|es) (?:how|that|the way|using|it|us|our|what)\b)(?<=(?<!\b(?:your|their|whose|my) (?:[\p{L}-]+ )?)\b[\p{L}-]+s (?:(?:on|using|with) [\p{L}-]+ )?)lov(?:e|es) (?:how|that|the way|using|it|us|our|what)\b|\blov(?:e|es) \w+ing\b[^.!?\n]{0,30}?\b(?:through|with|on|via) (?:us|our)\b`,
  String.raw`(?:has become|became|become|becoming|is now|is fast becoming) the (?:default|standard|go-to|de facto standard|tool of choice)(?: [\p{L}-]+){0,3} (?:for|among|in|with)\b|\b(?:earned|built|has|have|with) (?:quite |such )?(?:a|an) (?:strong |solid |great |excellent )?reputation (?:among|with|in)\b`,
  String.raw`\brecommend(?:s|ed|ing)? (?:\w+ )?to (?:each other|one another|their peers|friends|colleagues)\b|\brave[sd]? about\b|\bour (?:[\p{L}-]+ )?(?:nps|csat|net promoter score|g2 rating|retention rate|renewal rate|churn rate)\b|\bour (?:ratings?|reviews?)\b`,
  // "we've seen agencies shave days off", "Other marinas fill slips faster with our online booking",
  // "title agencies in Texas balance disclosures in minutes with our add-on", "museums that pair tours
  // with surveys see conversions jump": others' results, seen or got with the sender's product.
  String.raw`\bwe(?:'ve| have)? seen (?:[\p{L}-]+ ){0,3}[\p{L}-]+s (?:[\p{L}-]+ )?${OUTCOME}\b|\bother (?:[\p{L}-]+ ){0,2}[\p{L}-]+s (?:have )?(?:saw|see|seen|got|report(?:ed)?)\b|\bother (?:[\p{L}-]+ ){0,3}[\p{L}-]+s (?!(?:can|could|would|will|might|may)\b)[\p{L}-]+ (?:[\p{L}'-]+ ){0,5}?(?:with|through|via|using) (?:our|us)\b|(?=(?:in|across|around|near|all over|up and down|throughout) )(?<=\b[\p{L}-]+s )(?:in|across|around|near|all over|up and down|throughout) (?:the )?[\p{L}'-]+(?: [\p{L}'-]+)? (?!(?:can|could|would|will|might|may)\b)(?:[\p{L}-]+ (?:[\p{L}'-]+ ){0,5}?(?:(?:with|through|via|using|to) (?:our|us)|on (?:it|us))\b|(?:send|sends|hand|hands|give|gives|bring|brings|route|routes) us\b|(?:[\p{L}'-]+ ){1,4}?(?:our|my(?! (?:eye|attention|interest|radar|inbox|feed)\b))\b|(?:have|has) (?:already )?${RESULT}\b)|(?=(?:that|who) )(?<=\b[\p{L}-]+s )(?:that|who) [^.!?;:—–\n]{1,60}? (?:see|saw|get|report)s? (?:[\p{L}'-]+ ){0,4}(?:jump|rise|climb|drop|fall|doubl|tripl|grow|improv|shrink)\w*`,
  // Named customers listed ("ballparks like Wrigley Field and Fenway"), the sender's customers by kind
  // ("our builders close more deals"), and a result in customers' first weeks.
  String.raw`(?=(?:like|such as|including) )(?<=\b(?!${NOT_CUSTOMERS}\b)[\p{L}-]+s )(?:like|such as|including) (?!an?\b|your\b|you\b)(?:the )?[\p{L}'.+-]+(?: [\p{L}'.+-]+){0,2}(?:,| and) (?:the )?[\p{L}'.+-]+|(?=like )(?<=\b(?!(?:looks|seems|sounds|feels|works|reads|acts|is|was|has|does)\b)[\p{L}-]+s )like (?!an?\b|your\b|you\b|yours\b|th(?:at|is|ese|ose)\b|it\b|them\b|to\b)(?:the )?[\p{L}'.+-]+(?: [\p{L}'.+-]+){0,2} (?:have |has )?(?:usually |typically |often )?(?:${OUTCOME}|seen|book|books|fill|fills|win|wins|breeze through|sail through)\b|\bour (?!(?:team|teams|engineers|developers|reps|consultants|analysts|specialists|experts|founders|designers|coaches|staff|people|folks|products|features|integrations|tools|apps|customers|clients|users|partners|prices|plans|rates|fees|numbers|results|reports|dashboards|alerts|texts|emails|sensors|cameras|devices|models|systems)\b)[\p{L}-]+s (?:${OUTCOME}|plan|book|fill|run|ship|sell|close|average|quote|hold|holds|retain|retains|win|wins)\b|\b(?:in|within) (?:their|its) (?:very )?first (?:\d+ |few |couple of |two |three |six )?(?:days?|weeks?|months?|quarters?|years?|seasons?)\b`,
  // "some of our earliest adopters", "we already run reservations for other ferry operators", "Yards
  // around you are already selling parts through it", "Growers who replaced Inkbird setups with ours".
  String.raw`\bour (?:earliest|first|early|biggest|longest-standing|most loyal|happiest) (?:adopters|customers|clients|users|accounts)\b|(?=for (?:other|several|many) )(?<=\bwe(?:'ve| have|'re| are)? (?:already |also )?[^.!?\n]{0,50})for (?:other|several|many) (?:[\p{L}-]+ ){0,2}[\p{L}-]+s\b|\bwe already \p{L}+ (?:[\p{L}-]+ ){0,5}?for (?:[\p{L}-]+ ){0,2}[\p{L}-]+s\b|(?=(?:around|near|close to) you )(?<=\b[\p{L}-]+s )(?:around|near|close to) you [^.!?\n]{0,60}?\b(?:it|us|our [\p{L}-]+)\b|(?=(?:that|who)(?:'ve| have)? (?:replaced|swapped|traded|ditched|dropped) )(?<=\b[\p{L}-]+s )(?:that|who)(?:'ve| have)? (?:replaced|swapped|traded|ditched|dropped)\b[^.!?\n]{0,40}?\b(?:with|for) (?:ours|us|it|our \p{L}+)\b`,
  // "the centers on it see donors come back", "Locksmiths who hand us their after-hours calls…".
  String.raw`(?=(?:on|using|running) it )(?<=\b[\p{L}-]+s )(?:on|using|running) it ${OUTCOME}\b|(?=(?:that|who) )(?<=\b[\p{L}-]+s )(?:that|who) (?:hand|send|give|route|forward|pass|refer)\w* us\b`,
  // "Climbing gyms that plug us into Rock Gym Pro usually see…", "We've mapped routes for a number of library systems".
  String.raw`(?=(?:that|who) )(?<=\b[\p{L}-]+s )(?:that|who) \p{L}+ (?:us|it) (?:into|onto|in|on)\b[^.!?\n]{0,40}?\b${OUTCOME}\b|\bwe(?:'ve| have)? \p{L}+ed (?:[\p{L}-]+ ){0,3}for (?:a number of|several|many|dozens of|hundreds of|a lot of|lots of|other) `,
  // "several co-ops have moved off Excel with our help", "We've set this up for districts across
  // Minnesota", "Movers all over Colorado have switched to video estimates".
  String.raw`(?=with our (?:help|support|guidance)\b)(?<=\b(?:have|has|'ve|had)\b[^.!?\n]{0,60})with our (?:help|support|guidance)\b|\bwe(?:'ve| have| had)? (?:already )?(?:set (?:this|it|that) up|rolled (?:this|it|that) out|done (?:this|it|that|the same)) (?:for|at|with|across) (?:[\p{L}'-]+ ){0,3}[\p{L}-]+s\b|(?=(?:all over|across|throughout|up and down) )(?<=\b[\p{L}-]+s )(?:all over|across|throughout|up and down) (?:the )?[\p{L}-]+(?: [\p{L}-]+)? (?:have |'ve |are )?(?:all |already )?(?:switched|moved|migrated|switching|moving|made the switch|standardi[sz]ed)\b`,
  // "Gong power users love…", "our agency users swear by", "among our most loyal customers".
  String.raw`(?<!\byour )\b(?:users|customers|clients|fans|members) (?:love(?! (?:hearing|seeing|getting|knowing|having|being|when|to)\b)|swear by|rave about|can't stop)\b|\b(?:our|my) (?:biggest|best|most loyal|happiest) (?:fans|customers|clients|users|advocates)\b|\bamong our (?:[\p{L}-]+ ){0,2}(?:customers|clients|users|adopters|accounts)\b`,
  // Someone else doing it "with us" / "on us": "ISPs across the Nordics run their deflection on us".
  String.raw`(?=(?:with|on|through|via) us\b)(?<=\b[\p{L}-]+s (?:[\p{L}-]+ ){0,3}(?:have|are|run|runs|book|books|moved|gone|went|switched|use|handle|track|manage|quote|quotes|order|orders|pay|pays|sell|sells|plan|plans|schedule|schedules|ship|ships)\b[^.!?\n]{0,60})(?:with|on|through|via) us\b`,
  String.raw`\b(?:a|one|another) (?:competitor|neighbo(?:u)?r|peer|rival)\w* (?:of yours|of theirs|nearby|next door|down the road)?[^.!?\n]{0,60}\b(?:moved|switched|signed|went|rolled|started)\b`,
  String.raw`\btelling (?:their|his|her) (?:friends|peers|colleagues|network) about us\b`,
  // Peers and neighbours who already moved: "your competitors in Phoenix have been automating this",
  // "a practice down the road from you cut…", "groups in your area already run it".
  String.raw`\b(?:your|their) (?:competitors|rivals|neighbou?rs|peers)\b[^.!?\n]{0,50}?\b(?:have been|already|switched|moved|made the (?:move|switch)|signed|adopted|rolled out|went live|started (?:using|automating))\b`,
  String.raw`\b(?:down|up) the (?:road|street)(?: from you)?\b[^.!?\n]{0,50}?\b(?:switched|moved|signed|adopted|rolled out|went live|started|cut|saved|halved|doubled|already)\b`,
  String.raw`(?=(?:in|around|near) your )(?<=\b[\p{L}-]+s )(?:in|around|near) your (?:area|region|state|city|market|neighbou?rhood)\b[^.!?\n]{0,30}?\b(?:already|have (?:switched|moved|adopted|automated)|switched|moved|signed|adopted)\b`,
  // "I work with several practices near Phoenix": the writer's own customers.
  String.raw`\bi(?:'ve| have)? (?:work|worked|partner|partnered|been working) with (?!your?\b)(?:(?:a few|several|many|dozens of|hundreds of|lots of|a number of|some|other|a handful of|plenty of) )?(?:[\p{L}-]+ ){0,2}${WHO}\b`,
  String.raw`\bafter (?:switching|moving|rolling out|adopting|deploying|implementing) (?:to )?(?:us|our)\b`,
  // "CalMac and Western Ferries both roster with us", "mills have our log scanning on their yards".
  String.raw`\bboth \p{L}+ (?:[\p{L}'-]+ ){0,4}?(?:with|through|via|on) us\b|(?=(?:now |already |all )?(?:have|run|use|rely on) our )(?<=(?<!\b(?:your|you|if|we|to|could|would|can|might|may) )\b[\p{L}-]+s )(?:now |already |all )?(?:have|run|use|rely on) our \p{L}+`,
  // "every venue owner I talk to says so": all of them, agreeing.
  String.raw`\b(?:every|each) (?:[\p{L}-]+ ){1,3}(?:i|we)(?:'ve| have)? (?:talk|talked|speak|spoke|spoken|meet|met)(?: to| with)? (?:says so|agrees|swears by it|loves it)\b`,
  // One named customer: "Leagues like North Valley Youth Soccer" (a capital, read in `namedExample`).
  String.raw`(?=(?:like|such as|including) )(?<=\b(?!${NOT_CUSTOMERS}\b)[\p{L}-]+s )(?:like|such as|including) (?!an?\b|your\b|you\b|yours\b|th(?:at|is|ese|ose)\b|it\b|them\b)[\p{L}'’.&+-]+`,
  // "…used at 6 rail yards, including CN's Geismar yard": counted customers, one named.
  String.raw`(?=including )(?<=\b(?:\d[\d,]*\+?|dozens of|hundreds of|several|many) (?:[\p{L}-]+ ){0,3}[\p{L}-]+s, )including (?!an?\b|your\b|you\b|th(?:at|is|ese|ose)\b)[\p{L}'’.&+-]+`,
  // "…like we did for Swissport", "the way we did for a Leeds brewery": the same done for another.
  String.raw`\b(?:like|as|the way|just as|same as) (?:we|i) (?:did|have done|'ve done) (?:for|with|at) (?!you\b|your\b|yours\b)\p{L}+`,
  // "a customer who made the switch last spring": one of the sender's, by what they did.
  String.raw`\b(?:a|one|another) (?:[\p{L}-]+ )?(?:customer|client|user|member) (?:who|that) (?:made the switch|switched|moved over|signed on|came over|came across)\b`,
];
const PROOF = [PROOF_LIST.slice(0, 30), PROOF_LIST.slice(30, 60), PROOF_LIST.slice(60)].map((part) =>
  atWordStart(part, 'gu'),
);
// "studios taking deposits online cut no-shows by 70%": others doing something, and a counted result.
// Read only in sentences with a digit: a word in "-ing" is too common to try at every word.
const COUNTED_RESULT =
  /\b(?=\p{L}+ing )(?<=\b[\p{L}-]+s )\p{L}+ing (?:[\p{L}-]+ ){0,4}?(?:cut|cuts|reduced?|slash(?:ed|es)?|halved?|doubled?|tripled?|boost(?:ed|s)?|grew|grow|saw|see|sees|lifted|raised)\b[^.!?\n]{0,40}?\d/gu;

/** Content words of a claim: what a proof point must also say for the claim to be its own. */
// "1,400 of them use it now": when a use holds is no content of the claim.
const WHEN = new Set(['now', 'today', 'currently']);

function contentStems(text: string): string[] {
  // Each once: "Q-Park" and "car parks" share one word with "parking", not two.
  const stems = normalizePhrase(text)
    .split(' ')
    .map(stem)
    .filter((s) => (s.length > 1 || /\d/.test(s)) && !GENERIC.has(s) && !WHEN.has(s));
  return [...new Set(stems)];
}

const initials = new WeakMap<TextFacts, Set<string>>();
function initialsIn(source: TextFacts): Set<string> {
  let set = initials.get(source);
  if (!set) {
    set = initialsOf([source.raw]);
    initials.set(source, set);
  }
  return set;
}

/** "LSPs", "DCs": a short word, or its plural, that some words' initials spell. */
const acronymIn = (initials: Set<string>, s: string) => s.length <= 5 && initials.has(s.replace(/s$/, ''));

/** A word of the source, or one it begins: "dealerships" for "dealers" (five letters or more in common). */
function has(source: TextFacts, s: string): boolean {
  if (source.stems.has(s)) return true;
  if (s.length <= 6) return false;
  for (const t of source.stems) if (t.length >= 5 && s.startsWith(t)) return true;
  return false;
}

/**
 * Proof points cover a claim when one of them shares its content words (two, or all it has), most
 * of its content words are somewhere in the input, and every number and name in it is the input's.
 */
function covered(sentence: string, facts: InputFacts, sources: TextFacts[], result = false): boolean {
  const content = contentStems(withDigits(sentence));
  // "LSPs" for "language service providers", "Irish" for "Ireland": the input's words, shortened.
  const known = (s: string) =>
    facts.all.stems.has(s) || acronymIn(facts.initials, s) || facts.all.stems.has(DEMONYMS[s] ?? '');
  const shared = (source: TextFacts) =>
    content.filter((s) => has(source, s) || acronymIn(initialsIn(source), s)).length;
  // "Agencies in your region", "groups like yours": narrower than any proof point says.
  const narrowed = NARROWER.exec(fold(sentence));
  // "Typically", "on average", "every wash": a rule about all customers, wider than one proof point's.
  const widened = WIDER.exec(fold(sentence));
  // "…call QAssure a game-changer": praise no proof point gives.
  const praise = PRAISE.exec(fold(sentence));
  // "200 venues use it" for "Used by 200 escape rooms": the count, of the kind the input names.
  const counted = (source: TextFacts) =>
    content.length <= 3 &&
    content.some((s) => /^\d/.test(s) && has(source, s)) &&
    content.filter(known).length >= content.length - 1;
  // "Gyms on SendLog see members climbing more often" for "Used at 140 climbing gyms": a result
  // needs a proof point that states one.
  const results = result ? sources.filter((source) => RESULTS.test(source.text)) : sources;
  const byCount = results.some(counted);
  return (
    (byCount || results.some((source) => shared(source) >= Math.min(2, content.length))) &&
    // "On average" is said by "Average 11 days faster": the widening's own words, not its phrasing.
    (!widened || sources.some((s) => says(s, widened[0]))) &&
    (!praise || sources.some((s) => containsPhrase(s.text, normalizePhrase(praise[0])))) &&
    (byCount || content.filter(known).length >= 0.6 * content.length) &&
    specifics(sentence).every(known) &&
    placedIn(sentence, sources) &&
    timedIn(sentence, sources) &&
    (!narrowed || sources.some((s) => says(s, narrowed[0])))
  );
}

const RESULTS =
  /\b(?:tell us|tells us|told us|say|says|said|swear|prefer|prefers|no more|no longer|stopped|seen|same[- ]day|(?:more|fewer|less)(?! than)|faster|quicker|sooner|higher|lower|better|cut|cuts|reduced?|saved?|saves|grew|grow|boost\w*|increased?|improved?|doubled?|tripled?|halved?|half the|twice as|trim(?:s|med)?|shaved?|slash\w*|fell|jump(?:ed|s)|climb(?:ed|s)|back)\b|%|\bpercent\b/;

const PURPOSE = /\b(?:to|so|for) \p{L}/u;

// "in their first month" for a first-quarter result: a time no proof point gives.
const TIMED = /\b(?:day|week|month|quarter|season|year)s?\b/g;
function timedIn(sentence: string, sources: TextFacts[]): boolean {
  const times = [...fold(sentence).matchAll(TIMED)].map((m) => stem(m[0]));
  return times.every(
    (t) => sources.some((s) => s.stems.has(t)) || !/\bfirst|within|in (?:a|one|their|the)\b/.test(fold(sentence)),
  );
}

// "GCs across Colorado", "yards up and down the Delaware": customers placed somewhere no proof point names.
const PLACED = /\b(?:across|throughout|all over|around|up and down|along) (?:the )?(\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)*)/u;
function placedIn(sentence: string, sources: TextFacts[]): boolean {
  const place = PLACED.exec(sentence)?.[1];
  if (!place) return true;
  // The whole place: "across Africa" is not "in South Africa" ("Meets Indiana…" opens with a capital).
  const named = new RegExp(
    String.raw`(?<![\p{L}])(?<![\p{L}\p{N}]\s\p{Lu}\p{L}*\s)${escapeRegExp(place)}(?![\p{L}])`,
    'u',
  );
  return sources.some(
    (s) => named.test(s.raw) || (!s.raw.includes(place) && containsPhrase(s.text, normalizePhrase(place))),
  );
}
/** The proof point says the words: their content words, or the words themselves ("nearly every"). */
function says(source: TextFacts, words: string): boolean {
  const content = contentStems(words);
  return content.length ? content.every((w) => has(source, w)) : containsPhrase(source.text, normalizePhrase(words));
}
const PRAISE =
  /\brecommend(?:s|ed|ing)? (?:\w+ )?to (?:each other|one another|their peers|friends|colleagues)\b|\b(?:game[- ]?changer|lifesaver|life[- ]saver|lov(?:e|es|ed) (?:it|us)|rave|glowing|favou?rite|indispensable|can't live without|swear by|no-brainer)\b/;
const WIDER =
  /\b(?:(?:have|are|were|'ve) all|all the|typically|usually|on average|routinely|consistently|always|invariably|every (?:one|time|customer|client|team)|all (?:of )?(?:our|my|them)|most (?:of )?(?:our|them|the)|(?:nearly|almost|pretty much|virtually|near enough|just about) (?:all|every)|(?<!\bthe )most (?:[a-z-]+ ){0,3}[a-z-]+s)\b/;
const NARROWER =
  /\b(?:top|leading|biggest|largest|larger|bigger|major|big|best|highest[- ]rated|top[- ]rated|best[- ]run|fastest[- ]growing|most successful)(?: [a-z-]+){0,2} [a-z-]+s\b|\byou compete with\b|\byour (?:competitors|rivals)\b|\b(?:in|across|around) your (?:region|state|area|city|county|country|market|space|industry|sector|niche|neighbou?rhood)\b|\b(?:down the road|near you|around you|close to you|nearby|next door|like yours|your size|in your position|in your shoes|local)\b/;

/** Numbers, and capitalised words after a sentence's first word, as stems. */
function specifics(sentence: string): string[] {
  // A number counts wherever it stands ("A couple hundred techs…" opens on 200).
  // The first word is no name, after a bullet or an emoji too ("• Already powers…").
  return [
    ...withDigits(sentence.replace(/^[^\p{L}\p{N}]+/u, '')).matchAll(
      /(?<=\s)(\p{Lu}[\p{L}\p{N}&'’-]*)|(?<![\p{L}\p{N}.,])(\d[\d,.]*%?)(?![\d\p{L}])/gu,
    ),
  ]
    .flatMap((m) => normalizePhrase(m[1] ?? m[2] ?? '').split(' '))
    .map(stem)
    .filter((s) => (s.length > 1 || /\d/.test(s)) && !GENERIC.has(s));
}

/**
 * "Regional carriers already lean on ClaimSight": customers using the sender's product by name. The
 * name is given as a pattern that carries its own word edges: the sender's name masked in the text
 * (see `maskProduct`), or "us" when there is no sender. Two fixed patterns, not one per sender: a
 * pattern compiled per request costs more than the scan.
 */
function productUse(name: string, product: string): RegExp {
  // The verb is looked for first: a lookbehind at every position would be slow.
  // "Your margins depend on it", "turnaround times depend on it": things, no customers.
  const who = String.raw`(?<=\b[\p{L}'’-]+ )(?<!\b(?:times|margins|costs|lives|jobs|results|numbers|outcomes|revenue|schedules|deadlines|ratings|renewals|budgets|safety) )`;
  const use = `(?:already |all |now |today |really )?(?:(?:has|have|'ve) (?:been )?used|use|uses|run|runs|recommend|recommends|rely on|relies on|lean on|leans on|run on|runs on|swear by|trust|trusts|chose|choose|switched to|moved to|love|depend on|count on)`;
  // Someone else adopting the product by name: "election offices … already run scheduling on
  // PollCrew", "a resort down the road switched to Roomflow", "the rescues using FosterLink".
  const adoption = String.raw`\b(?:tr(?:y|ies|ied)(?= ${name})|stick(?:s|ing)? with|stay(?:s|ed|ing)? (?:with|on)|renew(?:s|ed)? with|swapped|swap|replaced|traded|moved|move|moves|switched|switch|switches|migrate|migrates|standardi[sz](?:ed|ing) on|filling|fill(?:ed)?|pilot(?:ed|s)?|roll(?:ed)? out|count(?:s)? (?:on|with)|expand(?:ed)? (?:to|with)|went live on|go live on|runs?|ran|running|switched to|switching to|moved to|turn(?:s|ed)? to|shift(?:s|ed)? to|send|sends|sent|signed (?:up )?with|chose|picked|adopted|rolled out|rel(?:y|ies) on|using|use[sd]?|fill|fills|ship|ships|power|powers|manage|manages|handle|handles|track|tracks|book|books|schedule|schedules)\b[^.!?,;:—–\n]{0,40}?(?:\b(?:on|with|to|through|via) )?${name}`;
  return atWordStart(
    [
      String.raw`(?=${use} )${who}${use} (?:\b(?:us|it|this|them|our \p{L}+)\b${product})`,
      // "a 40-bed hospice in Ohio rebuilt its rotation with CareShift": one customer's result, by name.
      String.raw`\b(?:a|an|one|another) (?:[\p{L}\p{N}-]+ ){1,5}(?:\w+ed|rebuilt|built|cut|got|won|made|ran|took|went|found|saw|caught|kept|grew)\b[^.!?,\n]{0,50}?\b(?:with|using|on|via|through) ${name}`,
      String.raw`\bmade (?:\b(?:us|it)\b|${name}) (?:their|the|a) (?:default|standard|go-to|first choice|tool of choice)\b`,
      String.raw`\b(?:already|now)\b[^.!?\n]{0,50}?\b(?:through|with|on|using|via|from|in)\s+${name}`,
      String.raw`\b(?:call|calls|called|describe|describes|described) ${name} (?:as |the |a |an )|\b(?:consider|considers|considered|regard|regards|regarded) (?:\b(?:us|it)\b|${name}) (?=\p{L})`,
      // "Vialtrack is already running in gene therapy labs…": the product in others' hands.
      String.raw`(?=(?:already |now )?(?:running|live|deployed|installed|in use) (?:in|at|across|with)\b)(?<=${name}(?:'s| is) )(?:already |now )?(?:running|live|deployed|installed|in use) (?:in|at|across|with)\b`,
      // "An executive director told me CaseBridge gave her staff their Mondays back", "paid for Gownly".
      String.raw`\btold (?:me|us)(?: that)? ${name} (?:\w+ed|gave|got|made|saved|cut|took|brought|won|paid)\b|\bpa(?:id|ys|y) for ${name}`,
      String.raw`\b(?:named|voted|ranked|chose) (?:\b(?:us|it)\b|${name}) (?:their|the|as) `,
      // "…'s team allocates its jobs through LinguaOps", "have rolled EchoCare out", "have been on StudBook Pro".
      String.raw`(?=(?:that|who)(?:'ve| have| had)? )(?<=\b[\p{L}-]+s )(?:that|who)(?:'ve| have| had)? [\p{L}]+(?: in| on| up)? (?:(?:[\p{L}-]+ ){0,3}?(?:with|on|through|via|using|to|onto|into) )?${name}|\b(?:through|via) ${name}|\b(?:rolled|rolls|rolling) ${name} out\b|\b(?:have|has|'ve) been (?:on|using|with) ${name}`,
      // "island operators up and down the coast plan their decks with DeckPlan": others across a place, by name.
      String.raw`(?=(?:in|across|around|near|all over|up and down|throughout) )(?<=\b[\p{L}-]+s )(?:in|across|around|near|all over|up and down|throughout) (?:the )?[\p{L}'-]+(?: [\p{L}'-]+)? (?:(?:[\p{L}-]+ )(?:[\p{L}'-]+ ){0,5}?(?:with|through|via|using|on) |(?:call|calls|use|uses|run|runs|trust|trusts|pick|picks|choose|chooses|book|books|hire|hires) )${name}`,
      // "Generator and St Christopher's Inns both price their dorm beds with BunkRate".
      String.raw`\bboth (?:[\p{L}]+ (?:[\p{L}'-]+ ){0,4}?(?:with|through|via|using|on|to) |(?:use|run|rely on|swear by|chose|picked|switched to|moved to) )${name}`,
      String.raw`\bwhere ${name} (?:really )?(?:took off|caught on|grew fastest|found its footing)`,
      // "BloodTrack Vet customers say they've nearly stopped discarding…": the product's users speaking.
      String.raw`(?=(?:customers|clients|users|members) )(?<=${name}(?:'s)? )(?:customers|clients|users|members) (?:(?:typically|usually|often|routinely|consistently) \p{L}+|say|says|tell|report|find|see|swear)\b`,
      String.raw`\bentrust(?:ed|s)? (?:[\p{L}'-]+ ){0,4}?to ${name}`,
      // "Firms like yours collect client documents weeks earlier with Docket".
      String.raw`(?=(?:like you(?:rs)?|your size)\b)(?<=\b[\p{L}-]+s )(?:like you(?:rs)?|your size)\b[^.!?\n]{0,60}?\b(?:with|through|on|using|via) ${name}`,
      // "insurers consistently rate ClaimPath's FNOL experience above their legacy portals".
      String.raw`\brate[sd]? (?:\b(?:us|it)\b|${name})(?:'s)? (?:[\p{L}-]+ ){0,3}(?:above|over|higher|better|first)\b`,
      adoption,
      // "RecallWise is the recall tool audiology groups across the South rely on", "Colleges credit AgentDesk with…".
      String.raw`(?=${PICKED})(?<=(?:\b(?:it|this|that|which)|${name})(?:'s| is) the (?:${NOT_OURS}[\p{L}'-]+ ){0,6}?[\p{L}-]+s (?:${NOT_OURS}[\p{L}'-]+ ){0,5})${PICKED}|\bcredit(?:s|ed)? (?:\b(?:us|it)\b|${name}) (?:with|for)\b`,
      String.raw`(?=(?:on|using|running) ${name})(?<=\b(?:[\p{L}-]+s|every [\p{L}-]+) )(?:on|using|running) ${name}`,
    ],
    'gu',
  );
}
// The sender's name in the text, masked letter for letter by a character no text has (offsets kept).
const MARK = '\uA66E';
// At least four marks, as `maskProduct` masks no shorter name: written out, they are words the patterns'
// plans need, so the branches that need the name are passed over where the text has none.
const MARKED = String.raw`(?<![\p{L}\p{N}])${MARK.repeat(4)}${MARK}*(?![\p{L}\p{N}])`;
const BY_NAME = productUse(MARKED, `|${MARKED}`);
const BY_US = productUse(String.raw`\bus\b`, '');

// "YardBird" for "YardBird Software": the product goes by the company's name without its last word.
const CORPORATE =
  /\s+(?:software|inc|llc|ltd|labs?|technologies|tech|systems|group|co|solutions|analytics|security|services?|ai|app|hq|health|data|cloud|io)\.?$/;

/** The sentences with the sender's name masked, as `BY_NAME` reads them; as they are without one. */
function maskProduct(sentences: Sentence[], company: string | undefined): Sentence[] {
  const field = sentences[0]?.field;
  const full = company ? fold(company) : '';
  const names = [full, full.replace(CORPORATE, '')].filter((n, i, all) => n.length > 3 && all.indexOf(n) === i);
  if (!field || !names.some((name) => field.folded.includes(name))) return sentences;
  let folded = field.folded;
  const edge = (c: string | undefined) => c === undefined || !/[\p{L}\p{N}]/u.test(c);
  // "EstiMate" is written as it is spelled: "send the estimate" names no product.
  const camel = company !== undefined && /\p{Ll}\p{Lu}/u.test(company);
  const asWritten = (at: number, name: string) => !camel || /^\p{Lu}/u.test(field.text.slice(at, at + name.length));
  for (const name of names) {
    for (let at = folded.indexOf(name); at >= 0; at = folded.indexOf(name, at + name.length)) {
      if (edge(folded[at - 1]) && edge(folded[at + name.length]) && asWritten(at, name)) {
        folded = folded.slice(0, at) + MARK.repeat(name.length) + folded.slice(at + name.length);
      }
    }
  }
  const masked = { ...field, folded, matches: new Map<RegExp, RegExpMatchArray[]>() };
  return sentences.map((s) => ({ ...s, field: masked, folded: folded.slice(s.start, s.start + s.text.length) }));
}

/** "**Track record**" on a line of its own: a heading over the claims below, each read on its own. */
function heading(sentence: Sentence, hit: Hit): boolean {
  const { text } = sentence.field;
  const lineStart = text.lastIndexOf('\n', hit.index - 1) + 1;
  const lineEnd = text.indexOf('\n', hit.index);
  const line = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
  return /^[\s*#_]*$/.test(line.replace(hit.text, '').replace(/[:.]/g, ''));
}

/** "We work with memoQ and XTM exports": the files the product takes, no customers. */
function formatsWorkedWith(sentence: Sentence, hit: Hit): boolean {
  return (
    /\bwork(?:ed)? with$/i.test(hit.text) &&
    FORMATS.test(sentence.field.folded.slice(hit.index + hit.text.length, hit.index + hit.text.length + 80))
  );
}
const FORMATS = /^ (?:[\p{L}-]+ (?:and |or )?){0,4}?(?:exports?|files?|formats?|feeds?|apis?|integrations?)\b/u;

/** "Marinas using DockWise…", "CROs on our platform": others in the plural, whatever stands before them. */
function others(sentence: Sentence, hit: Hit): boolean {
  // "our studios see…": the sender's customers in the plural.
  if (/^our (?:[\p{L}-]+ )?[\p{L}-]+s (?!like\b)/iu.test(hit.text)) return true;
  // "Tracks using Tote Loyalty…" opening a sentence: the plural is in the words.
  if (/^\p{L}[\p{L}-]+s (?:on|using|running|with)\b/iu.test(hit.text)) return true;
  const before = sentence.text.slice(0, hit.index - sentence.start);
  // "Hotels along your stretch of the beach already take bookings through StayDirect": a plural
  // subject; "Pinnacle Textile Services" is a name.
  const clause = clauseBefore(sentence, hit.index);
  const subject =
    /^\W*(?:(?:the|other|most|many|some|all|several)\s+)?(?:[\p{L}-]+\s+){0,2}\p{L}[\p{L}-]+s(?=\s+(?!is\b|was\b))/u.exec(
      clause,
    )?.[0];
  const capitals = subject?.match(/(?:^|\s)\p{Lu}/gu)?.length ?? 0;
  // "Your dispatchers could…": the lead's people are no others.
  const theirs = subject !== undefined && /^\W*(?:your|our|my)\b/i.test(subject);
  if (subject && !theirs && (capitals === 0 || (capitals === 1 && /^\W*\p{Lu}/u.test(subject)))) return true;
  return (
    (/^(?:on|using|running)\b/i.test(hit.text) && /\b[\p{L}-]+s\s$/u.test(before)) ||
    // "Carriers from Houston to Dallas run RouteLoop": a plural a few words before the verb.
    (/^(?:run|runs|use|uses|recommend\w*)\b/i.test(hit.text) &&
      /\b\p{L}[\p{L}-]+s\b(?:\s+[\p{L}-]+){0,5}\s$/u.test(before))
  );
}
// A proof point about one customer: "…60% at Bayside Marina", "…for Crumb & Co"; "…for carriers"
// is a kind of customer, told apart by the capital.
// "Harbor Freight cut empty miles by 18%", "Jim's Mowing franchisees saved…": one customer, named first.
const NAMED_FIRST = /^\p{Lu}[\p{L}&'’.-]*(?: \p{Lu}[\p{L}&'’.-]*)+/u;
const NAMED_AFTER = /(?<= (?:at|for) )(?!least\b|scale\b|once\b|a time\b)\p{Lu}[\p{L}&'’.-]*(?: \p{Lu}[\p{L}&'’.-]*)*/u;
const ONE_CUSTOMER = new RegExp(
  `${NAMED_AFTER.source}|${NAMED_FIRST.source}(?: \\p{Ll}+){0,2} (?:cut|saved|grew|won|got|hit|\\p{L}+ed)\\b`,
  'u',
);

/** The lead named by its name right before the words, not as "you" ("Since Splashwater Cove already runs…"). */
const byLeadsName = (clause: string, facts: InputFacts) => {
  const lead = facts.leadRef.exec(clause);
  // "leagues like Chesapeake Lacrosse already run…" are others of the lead's kind.
  if (!lead || /\byou/.test(lead[0]) || /\b(?:like|such as|including)\s+$/.test(clause.slice(0, lead.index)))
    return false;
  // "splashwater" found in "since splashwater cove": the rest of the name may follow it.
  const rest = clause.slice(lead.index + lead[0].length).trim();
  return rest === '' || rest.split(/\s+/).every((word) => facts.companyStems.has(stem(word)));
};

/** "We run on…", "you could use…", "if you switched to…": the sender's or the lead's own use. */
function ownUse(sentence: Sentence, index: number): boolean {
  const before = fold(sentence.text.slice(0, index - sentence.start));
  // "We route orders through X", "you can book via X": whoever opens the clause.
  if (/^(?:through|via)\b/.test(sentence.folded.slice(index - sentence.start)))
    return /^\W*(?:we|i|you|your|our|if|to|so)\b/.test(fold(clauseBefore(sentence, index)));
  // "…down the road from you switched to Roomflow": the pronoun there is no subject.
  const subject =
    /(?<!\b(?:from|near|to|for|with|like|than|around|by|of|beside|past) )\b(?:we|i|you|your team|if|could|would|can|might|(?<!\b(?:tend|tends|used|started|begin|began|continue|continued|come|came) )to)\b\s*(?:\w+\s*)?$/;
  return subject.test(before) || /^\s*$/.test(before);
}

/** "We help museums run it": the offer, others doing it with the sender's help. */
function offered(sentence: Sentence, index: number): boolean {
  return /\b(?:we|i) (?:help|let|enable|allow)s? (?:[\p{L}-]+\s+){0,3}$/u.test(
    sentence.folded.slice(0, index - sentence.start),
  );
}

/** "Growers like Mastronardi": an example by name, not "growers like these" nor the lead itself. */
function namedExample(sentence: Sentence, hit: Hit, facts: InputFacts): boolean {
  const example = /^(?:like|such as|including)\s+(?:the\s+)?(\S+)$/i.exec(hit.text)?.[1];
  if (!example) return true;
  // The name goes on past the hit's one word: "parks like Oak Hollow" is the lead, Oak Hollow Memorial Park.
  const at = hit.index + hit.text.length - example.length;
  return /^\p{Lu}/u.test(example) && facts.leadRef.exec(fold(sentence.field.text.slice(at, at + 60)))?.index !== 0;
}

/** "helps carriers like Lone Star Flatbed": the lead itself, named as the kind of customer helped. */
function leadAsKind(sentence: Sentence, hit: Hit, facts: InputFacts): boolean {
  // "carriers like" and "like Apex Karting Center, …": the example follows the word.
  const kind = /^(?:like|such as|including)\s+|(?:like|such as|including)\s*$/i.exec(hit.text);
  if (!kind) return false;
  const { text } = sentence.field;
  const example = hit.index + kind.index + kind[0].length;
  const after = normalizePhrase(text.slice(example, example + 40));
  if (!facts.companyStems.has(stem(after.split(' ')[0] ?? ''))) return false;
  const before = fold(text.slice(Math.max(0, hit.index - 40), hit.index));
  if (/\b(?:helps?|for|serves?|supports?|built for)\s+(?:[\p{L}-]+\s+){0,3}$/u.test(before)) return true;
  // "Independent practices like Pemberton Opticians often weigh whether…": the lead as the kind's
  // example, with no result said of them ("Shippers like Northwind usually win back a day" has one).
  if (WEIGHS.test(fold(clauseAt(sentence, hit.index)))) return true;
  // "…reorder flows to WooCommerce stores like Greer Apiary Supply": what is offered to the lead's kind.
  return (
    /\b(?:to|at|with)\s+(?:[\p{L}-]+\s+){0,3}$/u.test(before) && !RESULTS.test(fold(clauseAt(sentence, hit.index)))
  );
}
// What a kind of business considers, not what it got: "often weigh whether", "tend to wonder if".
const WEIGHS = /\b(?:often |sometimes |usually )?(?:weigh|wonder|ask|debate|consider|look at|think about)s?\b/;

// What others say of the product or of a result: "…told us detention charges disappeared".
const TOLD_RESULT =
  /\b(?:us|our|we|we've|disappear\w*|vanish\w*|went away|gone|faster|easier|quicker|cheaper|fewer|less|better|best|lov\w+|saved?|cut|reduced|doubled|tripled|halved|grew|boosted|increased|improved|recovered|eliminated|paid for itself|switched|moved|adopted|automated|already|since (?:switching|moving|adding))\b/;

/**
 * "A lot of ops leads tell me prior auth is where the week goes", "coordinators I talk to often say
 * check-in gets messy": what peers say of a problem is a hedged generalisation, no customer's word.
 */
function peersOnAProblem(sentence: Sentence, hit: Hit, senderCompany: string | undefined): boolean {
  const told = /^(?:tell|told|tells|keep telling) (?:us|me)$/i.test(hit.text);
  if (!told && !/^(?:we|i)(?:['’]ve| have| had)? (?:talk|speak|spoke|meet|met)\b/i.test(hit.text)) return false;
  const speakers = sentence.folded.slice(0, hit.index - sentence.start);
  if (told && !/\b(?:a lot of|lots of|many|plenty of|most|a number of)\b[^.!?]{0,60}$/.test(speakers)) return false;
  // "Many bakeries we work with tell us…": the sender's customers speaking, no peers'.
  if (
    /\b(?:we|i)(?:'ve| have)? (?:work|worked|partner|serve|support|onboard)\w* (?:with )?$|\bour (?:customers|clients|users)\b/.test(
      speakers,
    )
  )
    return false;
  const rest = sentence.folded.slice(hit.index - sentence.start + hit.text.length);
  return !TOLD_RESULT.test(rest) && !(senderCompany && rest.includes(fold(senderCompany)));
}

/** "I work with lenders on KYB": whom the writer serves, by kind; "a few teams near Denver" is more. */
const SERVES_KIND =
  /^i(?:'ve| have)? (?:work|worked|partner|partnered|been working) with (?:[\p{L}-]+ ){0,2}[\p{L}-]+s$/iu;

const TREND =
  /(?<!\b(?:after|since|before|by) )\b(?:expanded|renewed|switching|moving|flocking|migrating|adopting|turning to|signing up|lining up|standardi[sz]ing)\b/i;

// A use on its own: "140 marine dealers use it", "Remote-first companies trust PayGlobe".
const USE_ALONE =
  /^(?:(?:already|now|all) )?(?:use|uses|run|runs|rely on|relies on|trust|trusts|choose|chose|swear by|depend on|count on) \S+$/i;

/**
 * The words a claim stands in: its clause, or less where the clause says more than the claim; a
 * heading or a kind of customer may also be read with what goes with it. `used`: where the hit's
 * words end in the clause.
 */
function claimWords(sentence: Sentence, hit: Hit, clause: string, used: number): string[] {
  const at = hit.index - sentence.start;
  // "(the Envoy build team runs it)": an aside is its own claim.
  const open = sentence.text.lastIndexOf('(', at);
  const close = sentence.text.indexOf(')', at);
  if (open >= 0 && close > at && !sentence.text.slice(open, at).includes(')'))
    return [sentence.text.slice(open + 1, close)];
  // "…use it to keep leads organised", "…trust PayGlobe for payroll because…": the use, not its reasons.
  if (USE_ALONE.test(hit.text) && /^ (?:to|for|because|since) \p{L}/u.test(clause.slice(used)))
    return [clause.slice(0, used)];
  // "Track record: 150 cold storage sites": a heading claims what follows its colon.
  const after = sentence.text.slice(at + hit.text.length);
  if (/^\s*:/.test(after)) return [`${hit.text}${after.split(/[;.!?\n]/)[0]}`, clause];
  // "…a familiar picture for the utilities we work with.": the kind served, when nothing follows.
  const kind = /\b(?:the|our) ((?:[\p{L}-]+ ){0,2}[\p{L}-]+s) $/u.exec(sentence.text.slice(0, at));
  if (kind && /^(?:we|i)\b/i.test(hit.text) && /^\W*$/.test(clause.slice(used)))
    return [`${kind[1]} ${hit.text}`, clause];
  // "One of our partners, Buckeye Reporting, brought…": a name set off by commas goes on with the claim.
  if (/^\W*$/.test(clause.slice(used)) && APPOSITION.test(after)) return [clause, sentence.text.slice(at)];
  // "…used by 200 textile mills and can pull batch data from SAP": what it can do is another claim.
  const capability = CAPABILITY_AFTER.exec(clause.slice(used));
  return capability ? [clause, clause.slice(0, used + capability.index)] : [clause];
}
const CAPABILITY_AFTER =
  /\s+and\s+(?:it\s+)?(?:can|could|will|also|integrates|works|plugs|syncs|connects|supports|pulls|imports|exports)\b/;
const APPOSITION = /^,\s+\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*)*,\s/u;

const CASE_STUDY = /\bcase stud(?:y|ies)\b/i;
const CAPITALISED_RUN = /\p{Lu}[\p{L}&'’.-]*(?: \p{Lu}[\p{L}&'’.-]*)*/gu;
/** A name the proof point gives ("Tablas Ridge Estate"), said in the sentence. */
function namesIn(proofPoint: TextFacts, sentence: Sentence): boolean {
  return (proofPoint.raw.match(CAPITALISED_RUN) ?? []).some(
    (name) => name.length > 3 && !CASE_STUDY.test(name) && name !== 'Case' && sentence.text.includes(name),
  );
}

/** `clause`: the clause the hit stands in (`clauseAt`), found once by the caller. */
function claimCovered(sentence: Sentence, hit: Hit, clause: string, facts: InputFacts): boolean {
  if (leadAsKind(sentence, hit, facts)) return true;
  // "Tablas Ridge Estate wrote up their experience in a case study" for "Case study: Tablas Ridge
  // Estate": the approved case study, by its customer's name.
  if (/^case stud/i.test(hit.text) && facts.proofPoints.some((p) => CASE_STUDY.test(p.raw) && namesIn(p, sentence)))
    return true;
  const used = clause.indexOf(hit.text) + hit.text.length;
  // "…facilities teams on HVAC use in hospitals" names a topic; "…teams near Denver" places customers.
  if (SERVES_KIND.test(hit.text) && !/^\s*(?:near|in|around|across|like)\b/i.test(clause.slice(used))) return true;
  // Many customers said to get what one named customer got ("Marinas using DockWise cut calls 60%"
  // from "…60% at Bayside Marina") is wider than the proof point.
  // "Beauty brands are flocking to Replenish": a movement toward the product is the proof point's
  // only when it says so, whatever else the sentence shares with it.
  const at = hit.index - sentence.start;
  const trend = TREND.exec(sentence.text.slice(Math.max(0, at - 12), at + hit.text.length))?.[0];
  // "Tri-State Tankers … using it" for "Tri-State Tankers passed…": the one customer, named again.
  const names = (p: TextFacts) =>
    sentence.text.includes((NAMED_FIRST.exec(p.raw) ?? NAMED_AFTER.exec(p.raw))?.[0] ?? '\0');
  const sources = (
    others(sentence, hit) ? facts.proofPoints.filter((p) => !ONE_CUSTOMER.test(p.raw) || names(p)) : facts.proofPoints
  ).filter((p) => !trend || p.stems.has(stem(trend)));
  // A result said from the claim's words on ("…see members climbing more often"), not the offer before them.
  const claimed = fold(clause.slice(Math.max(0, used - hit.text.length)));
  // "…used by 600 AEC firms to build them faster": what it is used for is the offer, no result of theirs.
  const result = RESULTS.test(claimed.slice(0, PURPOSE.exec(claimed)?.index));
  if (sources.length && claimWords(sentence, hit, clause, used).some((claim) => covered(claim, facts, sources, result)))
    return true;
  // "We help warehouse teams cut pick errors" may restate the offer.
  return /^we help\b/i.test(hit.text) && covered(clause, facts, [facts.sender]);
}

/**
 * "Five earth houses in the Peak District… Guests clearly love them.": before the message names the
 * sender or what it sells, what is loved is the lead's.
 */
function beforeTheSender(masked: Sentence, hit: Hit): boolean {
  if (!/\blove[sd]? (?:it|them|this)$/i.test(hit.text)) return false;
  const before = masked.field.folded.slice(0, hit.index);
  return !before.includes(MARK) && !/\b(?:we|our|us|i'm|i am)\b/.test(before);
}

// "…the board your dispatchers already use": the lead using something is no customer of the sender's,
// and the rule has judged the sentence.
const LEADS_OWN_USE =
  /\byour (?:[\p{L}'’-]+ ){0,2}(?:already |now |all )?(?:use|uses|run|runs|rely on|relies on|trust|trusts|love|loves)\b/u;

/** `read`, when given, collects the sentences that hold a claim's words, flagged or not: the rule's to judge. */
export function checkSocialProof(
  sentences: Sentence[],
  field: TextField,
  facts: InputFacts,
  senderCompany?: string,
  read?: Set<Sentence>,
): RiskFlag[] {
  const flags: RiskFlag[] = [];
  const product = senderCompany ? BY_NAME : BY_US;
  const masked = maskProduct(sentences, senderCompany);
  for (const [i, sentence] of sentences.entries()) {
    // A question offers, wonders or asks ("could Pixel Harbor use it?"); it claims no customer.
    // "Since Splashwater Cove already runs Accesso…": the lead's own tools are no customer of the sender's.
    const said = (h: Hit) =>
      !asked(sentence, h.index) &&
      !(/^already\b/i.test(h.text) && byLeadsName(fold(clauseBefore(sentence, h.index)), facts));
    // In reading order: the first claim no proof point covers is the one pointed at.
    const proof = [...PROOF, ...(/\d/.test(sentence.text) ? [COUNTED_RESULT] : [])].flatMap((pattern) =>
      hits(sentence, pattern),
    );
    const byProduct = hits(masked[i] ?? sentence, product);
    const adopted = adoptions(sentence, (masked[i] ?? sentence).folded);
    if (proof.length + byProduct.length + adopted.length > 0 || LEADS_OWN_USE.test(sentence.folded))
      read?.add(sentence);
    const candidates = [
      ...proof.filter(
        (h) => said(h) && namedExample(sentence, h, facts) && !formatsWorkedWith(sentence, h) && !heading(sentence, h),
      ),
      ...byProduct.filter(
        (h) =>
          said(h) &&
          !offered(sentence, h.index) &&
          !beforeTheSender(masked[i] ?? sentence, h) &&
          // "A co-op not far from you found… with LeakLens": one customer, named by kind.
          (others(sentence, h) || /^(?:a|an|one|another)\s/i.test(h.text) || !ownUse(sentence, h.index)),
      ),
      ...adopted.filter(said),
    ].sort((a, b) => a.index - b.index);
    // Peers' general word on a problem makes the sentence a hedge ("administrators I speak with call it
    // the job behind the job"); otherwise each claim on its own: one covered does not cover the next.
    if (candidates.some((h) => peersOnAProblem(sentence, h, senderCompany))) continue;
    // Each clause's claims no proof point covers, pointed at as one: "Teams like Stripe use us" is one
    // claim, "…the go-to board; Midwest shops everywhere run it" two.
    const byClause = new Map<string, Hit[]>();
    for (const hit of candidates) {
      const clause = clauseAt(sentence, hit.index);
      const claim = byClause.get(clause);
      // A clause once found unsourced stays so: its further words only widen what is pointed at.
      if (claim) claim.push(hit);
      else if (!claimCovered(sentence, hit, clause, facts)) byClause.set(clause, [hit]);
    }
    for (const claim of byClause.values()) {
      const start = claim[0]?.index ?? 0;
      const end = Math.max(...claim.map((h) => h.index + h.text.trimEnd().length));
      flags.push(
        claimFlag(
          'UNSOURCED_CLAIM',
          'social_proof',
          field,
          start,
          sentence.field.text.slice(start, end),
          facts.proofPoints.length
            ? "a claim about the sender's customers or results that no approved proof point makes"
            : "a claim about the sender's customers or results, and the sender has no approved proof points",
        ),
      );
    }
  }
  return flags;
}
