/**
 * Invented events: funding, acquisitions, launches, expansion, IPOs, rebrands, partnerships,
 * awards, press, new executives, promotions, recent growth — about the lead's company or the
 * sender's. Each kind of event is a family of words; it is sourced when any word of its family is in
 * the input ("Congrats on the raise" when the summary says "raised a Series B"). A Series letter
 * must match exactly. Yes/no questions and hedged sentences ("if you're expanding…") assert nothing.
 */
import type { RiskFlag, TextField } from '@personalizer/shared';
import { anyWordIn, containsPhrase, type InputFacts, knownShare, normalizePhrase, type TextFacts } from './facts.ts';
import { claimFlag } from './flag.ts';
import { withDigits } from './numbers.ts';
import {
  asked,
  atWordStart,
  clauseAt,
  clauseBefore,
  fold,
  GENERIC,
  type Hit,
  hits,
  isHedged,
  type Sentence,
  stem,
} from './text.ts';
import { REGION_NAMES } from './us-states.ts';

/** Event families: the words that state one, and the stems that source it. */
interface Family {
  name: string;
  pattern: string;
  sources: string[];
}

const FAMILY_TABLE: { name: string; pattern: string; sources: string }[] = [
  {
    name: 'funding',
    // "work orders raised in Maximo", "more invoices to raise": a ticket raised is no round.
    pattern: String.raw`(?<!\b(?:orders?|tickets?|invoices?|issues?|flags?|alerts?|alarms?|requests?|cases?|concerns?|questions?|pos|claims?|defects?) (?:to )?)rais(?:e|ed|es|ing)\b(?! (?:it|this|that|them)\b)(?! (?:the|a|an|your|this|that|these|those|our|my|some|any) (?:question|point|issue|concern|topic|bar|flag|ceiling|price|prices|awareness|eyebrows))(?! (?:or lower|and lower)\b)(?! (?:[\p{L}-]+ ){0,5}(?:alerts?|flags?|tickets?|alarms?|issues?|concerns?|questions?|prices|rates|red flags|jobs|work orders|requests|cases|orders))(?![^.!?\n]{0,50}\b(?:by|from|to) (?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\b)(?![^.!?\n]{0,50}\b\d[\d.,]*\s?(?:%|percent\b|points?\b|stars?\b))|fund(?:ed|ing) (?:round|news|announcement)|(?:new|fresh|recent|latest|big) (?:funding|capital|investment|investors?|fund)|pre-seed|funding|fundrais\w*|(?:seed|series [a-h]|growth|pre-seed|funding|investment) round|round of (?:funding|investment|financing)|series [a-h]\b|(?:vc|venture)[- ]backed|bond (?:issue|measure|referendum|sale|offering)|backed by(?! (?:a|an|our) (?!(?:[\p{L}-]+ ){0,2}(?:vc|venture|investors?|fund|firm)\b))(?! (?:data|evidence|science|research|testing|tests|results|proof|numbers)\b)|valuation|investors?|financing`,
    sources:
      'raise raised raising fund funded funding fundraise fundraising round series seed investment invested investor investors backed valuation capital financing',
  },
  {
    name: 'acquisition',
    pattern: String.raw`(?:picked up|snapped up|scooped up|acquired|bought|took over|taken on|took on) (?:the|a|an) (?:[\p{L}&-]+ ){0,3}(?:portfolio|business|company|brand|contract|book of business|book|yard|boatyard|building|property|premises|plot|lot next door|competitor|rival|practice|agency|firm)\b|(?:bought|acquired|picked up) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a few|a couple of) (?:[\p{L}-]+ )?(?:facilities|sites|locations|stores|clinics|practices|plants|companies|businesses|properties|hotels|restaurants|branches|depots|warehouses|yards|terminals)\b|(?:picked up|snapped up|scooped up|bought|added) (?:another|a new|a second|a third|its \w+) (?:[\p{L}-]+ )?(?:portfolio|company|business|brand|site|property|practice|firm|asset|competitor|location|store|plant|fleet)|acqui(?:red|sition|sitions|ring|res|re)|merg(?:er|ed|ing)|buyout|takeover|joined forces|was bought|got bought|bought by`,
    sources: 'acquire acquired acquisition acquiring merger merged merge buyout takeover bought',
  },
  {
    name: 'launch',
    // "…rose 9% after launch", "after launching it": a customer adopting the product, not news.
    pattern: String.raw`(?<!\b(?:after|since|post|spring|boat|fall|autumn) )launch(?:ed|es|ing)?(?! ramps?\b)|(?<=\b(?:after|since) )launch(?:ed|ing)?(?= (?!it\b|us\b|theirs\b|its\b|their\b|them\b|with (?:it|us)\b)\p{L})|unveil(?:ed|ing|s)?|rolled out|rolling out|(?<!\b(?:after|since|before|during|post|their|its) )roll-?out|debut(?:ed|s)?|(?<!\b(?:once|after|since|when|until) (?:it|we|they|you) )went live|(?<!\b(?:after|since|before|post) )(?:going|gone) live(?! (?:with|on) (?:us|it|our)\b)|(?<!\b(?:after|since|before|post|at|until) )go-live|(?<!\b(?:flying|flies|fly|flew|walking|walks|walked|goes|go|going|get|gets|getting|heading|heads|headed|they're|you're|we're|it's|are|is|were|was|in and) )(?<!\b(?:queue|queues|line|lines|crowd|crowds)(?:'s|'re| is| are| was| were)? )(?<!(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen)s?)(?:-\p{L}+)?(?: [\p{L}&-]+){1,4} )out the door|hit (?:the )?shelves|relaunch\w*|renovat\w*|remodel\w*|pop-?ups?|(?:topline|interim|trial|data) readouts?|going up(?! and down)(?<=\bnew\b[^.!?,;\n]{0,40}going up|\b(?:building|plant|site|facility|warehouse|hangar|barn|shed|store|depot|hall|extension|office|elevator|glasshouse|greenhouse|bins|tower|kiln|factory|mill|lodge|cabins?|yurts?|huts?|wing|annex|showroom|taproom|restaurant|hotel|units?) going up)|breaking ground|broke ground|groundbreaking|just released|new release|released (?:a|an|your|the|its)|being installed|(?:installed|installing) (?:a|an|the|your|its) new|(?:redesign|relaunch|new (?:site|website|app|menu|look))\w* (?:now |is |went )?live|now live|(?<!\b(?:every|any|each) )(?:new|latest|upcoming|recent) (?:product|platform|feature|app|release|version|line|offering|tool|module|integration|edition|collection|menu|model|game|title|album|book|season|series|show|course|program|programme|service)s?`,
    sources: 'launch launched launching launches unveil unveiled rollout release released debut broke',
  },
  {
    name: 'expansion',
    // "Hilltop's been signing up new farms", "Harbor Hop is adding a Fells Point stop", "Upright taking
    // on that big batch of tower blocks": the lead growing, in words of its own.
    pattern: String.raw`(?:moving|moved|relocating|relocated) (?:its |their |your |all )?(?:operations|ops|headquarters|hq|production|warehousing|fleet) to\b|(?:signing|signed) up (?:new|more|another|\d+) (?:[\p{L}-]+ ){0,2}?[\p{L}-]+s\b|(?<=\b(?:is|are|'s|'re|been|now) )(?:adding|opening) (?:a|an|another|new|\d+) (?!(?:lot|bit|layer|step|touch|few|couple)\b)(?:[\p{L}-]+ ){0,3}(?:stop|route|location|site|store|shop|branch|office|clinic|depot|line|service|wing|floor|ward|campus|warehouse|plant|facility|market|region|venue|hall|hub|yard|terminal|dock|pier|base|kitchen|studio|school)s?\b|(?:taking|took|taken) on (?:that|the|a|an) (?:big |huge |large |new )?(?:batch|portfolio|tranche|slate|run) of\b|the (?:brand[- ])?new (?:[\p{L}-]+ ){0,2}(?:you|they|the team)(?:'ve| have)? (?:just |recently )?(?:opened|built|added|finished|completed|put in|put up)\b|up and running|under construction|being built|\bmove (?:into|to) (?:a |the )?(?:bigger|larger)\b|(?:taken|took|taking) (?:over (?:the|a|an) (?:old |former |neighbou?ring )?|on (?:the|a|an) (?:old|former|neighbou?ring) )[\p{L}-]+|\bopen (?:a|an) (?:new |second |third )?(?:[\p{L}-]+ ){0,2}(?:showroom|store|shop|location|office|clinic|branch|site|warehouse|studio|gym|restaurant|cafe|taproom)s?|(?:is|are|'s|'re) opening (?:a|an|its|their) |(?:recent|latest|new|big) (?:move|push|foray|entry|venture) into|(?:getting ready|preparing|gearing up|about|planning|set) to (?:open|launch|expand|add)\b|(?:added|adding|opened|opening) (?:a|an|the|your) (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|new) (?:[\p{L}-]+ ){0,2}(?:extension|annex|wing|pontoon|dock|building|cave|cellar|shop|store|site|location|clinic|office|branch|taproom|bar|restaurant|cafe|studio|gym|salon|school|campus|warehouse|plant|depot|yard)s?|expan(?:d|ds|ded|ding|sion|sions)(?! on\b)|re-?open(?:ed|ing|s)?|(?:new|upcoming) (?:[\p{L}-]+ ){1,3}opening|(?:office|hub|site|location|facility|plant|warehouse|store|clinic|campus|wing|branch|lab) (?:opening|launch|expansion|move)|(?:new|newest|second|third|latest|upcoming|brand-new) (?:[\p{L}-]+ ){0,2}(?:office|hub|site|location|facility|plant|warehouse|store|clinic|campus|headquarters|hq|market|region|branch|depot|lab|center|centre|factory|fulfil?lment center|distribution center|restaurant|hotel|school|flagship|showroom|terminal|port|line|wing|packhouse|greenhouse|barn|studio|venue|theater|theatre|gallery|shop|kitchen|mill|yard|dock|berth|taproom|bar|cafe|gym|salon|campus|exhibit|exhibition|attraction|ride|room|rink|arena|suite|habitat|enclosure|aviary|pavilion|pool|course|dc)s?|open(?:ed|ing)(?: up)? (?:a |an |the |your |its |their )?(?:new |second |third )?(?:[\p{L}-]+ ){0,2}(?:shop|showroom|office|hub|site|location|facility|plant|warehouse|store|clinic|campus|headquarters|branch|depot|lab|center|centre|factory|floor|annex|wing|base|hangar)|(?:moving|moved) into (?:a|an|the|their|its|your|new|bigger|larger)\b|(?<!\b(?:findings|data|orders|results|records|reports|invoices|jobs|tickets|alerts|events|readings|photos|it|they|them|are|is|get|gets|were|was|been|be) )(?:pushing|pushed|branching out|branched out) into (?!one\b|an?\b|the\b|your\b|their\b)|(?:adding|added) (?:[\p{L}-]+ ){0,2}(?:vessels|trucks|aircraft|planes|rigs|cranes|buses|boats|ambulances|vans) to (?:the|its|their|your) (?:fleet|roster|lineup)|taking on (?:new |more )?[\p{L}-]+ (?:work|clients|customers|accounts|markets?)|add(?:ed|ing|s)? (?:a |an )?(?:new |second |third )?(?:[\p{L}-]+ ){0,2}(?:practice|division|office|location|line of business|business unit|product line|service line|team in|clinic|plant|site|venue|store|studio|gym|restaurant|shop|branch)|enter(?:ing|ed) (?:the |a |new )?[\p{L}-]+ markets?|relocat\w*|new markets?`,
    sources:
      'expand expanded expanding expansion opened opening opens reopened reopening relocate relocated relocating',
  },
  {
    // "your new winemaker", "opened new padel courts": something new at the lead's is news.
    name: 'news',
    pattern: String.raw`(?:big|great|exciting|good|fantastic|wonderful|amazing|happy) news (?:on|about|re|of)\b|winning (?:the|a|an) (?:new |big )?(?:[\p{L}-]+ ){0,2}(?:contract|tender|bid|deal|account)\b|(?:adding|opening|building|added|opened|built) another (?:[\p{L}-]+ ){0,2}(?:center|centre|warehouse|plant|site|location|store|shop|office|branch|facility|dc|depot|clinic)s?\b|(?:signed|inked|landed|secured|took on|taken on|picked up) (?:a|an|the|that) (?:new |big |major )?(?:[\p{L}\p{N}-]+ ){0,3}(?:deal|contract|agreement|grant|tender|date)s?\b|contract (?:win|award)\b|(?:new|latest|recent) (?:(?!of\b)[\p{L}&-]+ ){0,3}(?:contract|tender|grant)s?\b(?! (?:translators?|workers?|staff|labou?r|employees|nurses|drivers|hires|roles)\b)|new (?:[\p{L}-]+ ){0,3}(?:joining|arriving|coming on|coming online|rolling in|going in|going up|now running|now live|up and running|(?:were|was) (?:finished|completed)|went up)\b|(?:has|have|got|welcomed|hired|appointed|named|brought on|brought in) (?:a |an )?new (?:[\p{L}-]+ ){0,2}(?:ceo|cfo|coo|cto|cmo|cio|president|director|head|chief|manager|master|lead|leader|owner|owners|principal|superintendent|dean|chair|commissioner|administrator|gm|vp)\b|(?:board|council|city|county|state|voters|regulators?|commission) (?:has |have )?(?:approved|signed off on|green-?lit|voted (?:through|for))|your (?:brand[- ])?new (?:[\p{L}-]+ )?[\p{L}-]+|(?:opened|unveiled|debuted|added|built|finished|completed|started) (?:a |an |the |its |their |your )?(?:brand[- ])?new (?:[\p{L}-]+ )?[\p{L}-]+|(?:you|they|the team) (?:just |recently )?(?:landed|won(?!['’]t)|secured|closed|signed|hired|brought on|broke ground on)\b|(?:got|received|secured|won|was granted|were granted) (?:[\p{L}-]+ ){0,2}(?:approval|permission|permit|go-ahead|green light|sign-off|clearance|consent)|(?:saw|seeing|loved|noticed|spotted) the (?:brand[- ])?new (?:[\p{L}'’-]+ ){0,3}[\p{L}-]+`,
    sources: 'new opened unveiled debuted added built finished completed landed won secured closed signed hired',
  },
  {
    name: 'milestone',
    pattern: String.raw`(?:mov|advanc|enter|progress)(?:es|ed|ing|s)? (?:[\p{L}-]+ ){0,4}(?:into|to) phase (?:\d|i{1,3}|iv)\b|phase (?:\d|i{1,3}|iv) (?:readout|data|results|trial)|(?:fda|ce) (?:approval|clearance)|(?:approved|cleared) by the fda`,
    sources: 'phase approval clearance approved cleared',
  },
  {
    name: 'ipo',
    // "listed on Shopify and Etsy" is where goods are sold: only a market of shares lists a company.
    pattern: `ipo|went public|going public|go public|public listing|listed on (?:the )?(?:nasdaq|nyse|lse|tsx|asx|aim|jse|nse|bse|stock|london stock|main market|exchange)|(?:nasdaq|nyse) debut`,
    sources: 'ipo public listing listed nasdaq nyse',
  },
  {
    name: 'rebrand',
    pattern: String.raw`rebrand\w*|new (?:name|logo|brand|look|identity)|renam(?:ed|ing)`,
    sources: 'rebrand rebranded rebranding renamed name logo brand identity',
  },
  {
    name: 'partnership',
    pattern: String.raw`partner(?:ed|ing|ship|ships|s)? (?:with|between)(?<!\bpartner(?:s|ing)? with)|partner(?:s|ing)? with(?! (?:us\b|(?:[\p{Ll}-]+ ){0,3}[\p{Ll}-]+s\b))|new partner(?:ship)?s?|partnership|teamed up|alliance with|tie-up`,
    sources: 'partner partnered partnership alliance',
  },
  {
    name: 'award',
    pattern: String.raw`\bchamps\b|\bchampions\b|\d+-point (?:score|rating) from|(?:taking|took|taken|won|winning|earned|bagged) (?:a )?(?:double )?(?:gold|silver|bronze|first place|best in show)\b|\bdouble gold\b|\b(?:(?:gold|silver|bronze) )?medal(?:s|led|ed)?\b|(?:won|win|wins|received|earned|picked up|took home|scooped|bagged)(?: [\p{L}-]+){0,3} (?:award|prize|title|honou?r)s?|awards? (?:for|from|at|night|win)|awarded\b(?! the contract| contracts)|\bre-?certif\w*|certification\b(?<=\b(?:the|your|their|its|new|recent) (?:[\p{L}-]+ ){0,2}certification)|\bre-?accredit\w*|an? (?:[\p{L}-]+ )?award\b|the (?:[\p{L}'’-]+ ){0,4}awards?\b|award-winning|won (?:the|a|an|best|top)|(?<!-)recogni[sz](?:ed|ition)|named (?:to|one of|a|an|the|in|on)|(?:named|crowned|voted) (?:[\p{L}'’-]+ ){0,4}(?:of the year|best|top|favou?rite)\b|(?<!\bbe )honou?r(?:ed|ee)|finalist|shortlisted|made the (?:list|cut)|inc\.? 5000|forbes (?:list|30)|40 under 40|30 under 30|best places to work|great place to work|winning (?:best|top|the)|(?:earn|earned|earning|received|achieved|got) (?:[\p{L}-]+ ){0,3}(?:certification|accreditation|certified|designation|status)`,
    sources:
      'award awarded awards medal certification won winner recognized recognised recognition honored honoree finalist shortlisted',
  },
  {
    name: 'press',
    pattern: `announc(?:ed|ing)|(?:the|your|their|its|recent|latest|big) announcement|featured (?:in|on|by|as)|feature in|press coverage|media coverage|write-?up in|profiled (?:in|by)|mentioned in|quoted in|in the (?:news|press|headlines)|press (?:release|coverage|mention)|made headlines`,
    sources: 'announced announcement featured feature coverage press profiled quoted news headline article',
  },
  {
    name: 'executive',
    pattern: String.raw`(?:bringing|brought|bring) (?:on |in )?(?:[\p{L}\d]+ )?new (?:partners?|hires?|leaders?|principals?)|new (?:ceo|cto|cfo|coo|cmo|cro|cio|ciso|cpo|chro|president|vp|svp|evp|head|chief|leadership|leader|gm|director|hire|(?<=(?:your|recent|latest|the) new )hires|controller|cfo|general manager|managing director|partner|board member|chair)|(?:appointed|appointment|welcomed|brought on|hired|added) (?:a |an |as |the )?(?:new )?(?:ceo|cto|cfo|coo|cmo|cro|cio|ciso|president|vp|head|chief|director|controller|gm|general manager|managing director)|joined as|(?:as|the) (?:new|incoming) (?:ceo|cto|cfo|coo|cmo|cro|cio|vp|head|director)|new (?:[\p{L}-]+ )?(?:clerk|principal|superintendent|dean|chair|chairman|chairwoman|coach|editor|producer|curator|conductor|artistic director|executive director|medical director|administrator|commissioner|mayor|manager|partner|hire)|leadership (?:change|transition|shake-?up|team change)`,
    sources: 'appointed appointment hired joined welcomed incoming',
  },
  {
    name: 'promotion',
    pattern: `promot(?:ed|ion)|new role|new position|new title|new gig|stepp(?:ed|ing) (?:into|up)|moved up|took over as|taking over as|well[- ]deserved`,
    sources: 'promoted promotion stepped hired appointed named',
  },
  {
    // "last spring's recall scare", "January's ice storm": something that befell the lead.
    name: 'incident',
    // "after the phishing incident", "since the price increase in spring", "X's recent EPA audit turned up…".
    pattern: String.raw`(?:(?:last|this) (?:week|month|year|spring|summer|fall|autumn|winter)'s|(?:january|february|march|april|may|june|july|august|september|october|november|december)'s|the recent|after the|since the) (?:[\p{L}-]+ ){0,2}(?:recall|storm|outage|breach|fire|flood|strike|scare|shutdown|closure|layoffs?|cyberattack|hack|lawsuit|freeze|price (?:change|increase|hike)|main breaks?|incident)|recent(?<=\b(?:the|your|\p{L}+'s) recent) (?:[\p{L}-]+ ){0,2}(?:audit|review|inspection|exam)\b`,
    sources:
      'recall storm outage breach fire flood strike scare shutdown closure layoff layoffs cyberattack hack lawsuit freeze price break breaks incident audit review inspection exam',
  },
  {
    name: 'growth',
    pattern: `(?:growing|expanding|scaling|building out) (?:the|your) (?:[\\p{L}-]+ ){0,3}team|(?:recent|rapid|impressive|explosive|fast|strong|huge|incredible|massive|big|crazy|amazing|steady) growth|growth (?:spurt|streak|trajectory|story)|hypergrowth|(?:growing|grew|scaling|scaled) (?:so |as |really |incredibly |very )?(?:fast|quickly|rapidly|like crazy)|doubl(?:ed|ing) (?:the |your |its )?(?:team|headcount|revenue|customers|size)|tripl(?:ed|ing) (?:the |your |its )?(?:team|headcount|revenue)|on a (?:tear|roll)|taking off|booming|(?:fleet|team|headcount|client base|customer base|membership|network|portfolio|footprint|roster) (?:growing|grew|has grown|doubling|doubled) (?:to|past|beyond|from)\b|record (?:quarter|year|month|growth|revenue|sales)`,
    sources: 'growth growing grew grown scaling scaled doubled tripled headcount momentum record milestone anniversary',
  },
];

const FAMILIES: Family[] = FAMILY_TABLE.map((f) => ({ ...f, sources: f.sources.split(' ') }));
const EVENT = atWordStart(
  FAMILIES.map((f) => `(\\b(?:${f.pattern})\\b)`),
  'gu',
);
// "congrats on Kaikōura Kayak Co.’s tourism award": a full stop inside a name's possessive ends nothing.
const CONGRATS =
  /\b(?:congrats|congratulations|kudos|hats off|cheers|well done|hongera|felicidades|felicitaciones|parabéns|parabens|complimenti|gefeliciteerd|félicitations|felicitations) (?:on|to|for)\b(?:\s+(?:the|your|a|an|all|this|that|such|what|everyone|you|team|\w+'s))*\s+((?:[^,.!?—–;:\n]|\.(?=['’]s\b)){2,60})/gu;
// What a congratulation is about, when it names the news itself: "the hospital contract".
const NEWS =
  /\b(?:contract|deal|grant|approval|win|award|launch|opening|round|raise|hire|appointment|partnership|acquisition|merger|expansion|move|milestone|anniversary|certification|accreditation|designation|listing|funding|promotion|role|rebrand|release|investment|recognition|nomination|title|championship|record|facility|office|building|wing|tender|bid|license|licence|permit|patent|clearance)s?\b/;
// A time anchor that makes a statement news: "just", "now that", "last month", "on the heels of".
const RECENT =
  /(?<!\bneed (?:it|them|this|that) )\b(?:just(?<!\b(?:than|not|i|we|i'd|we'd|to) just)(?! (?:as|like|let|reply|say|tell|send|drop|give|ping|grab|shout|text|ring|(?:hit|call|ring) (?:reply|me|us)|(?:pick|book) (?:a|one|whichever|whatever))\b)(?<!\blike (?:they've|they have|it's|it has|you've|you have) just)|recently|newly|now that|on the heels of|fresh off|hot off|this (?:week|month|quarter|spring|summer|fall|autumn|winter|year|season)|last (?:week|month|quarter|spring|summer|fall|autumn|winter|year|season)(?!['’]s)|earlier this (?:week|month|year)|the other day|yesterday)\b/g;
// A deed: a past-tense or perfect verb, or news nouns.
const DID =
  /\b(?:is|are|'s|'re) (?:adding|opening|hiring|launching|expanding|building|moving)\b|\b(?:adding|opening|launching|building|rolling out) (?:the |a |an |its |their |more |another )?new\b|\b(?:(?!hundred\b)\w+ed|won(?!'t)|began|begun|built|bought|brought|closed|opened|signed|hired|launched|took|made|got|went|moved|grew|broke|hit|became|sold|struck|landed|secured|announced|unveiled|released|rolled|completed|finished|earned|received|joined|left|named|started)\b|\b(?:deal|win|contract|grant|award|round|raise|opening|launch|hire|expansion|acquisition|merger|partnership|certification|approval|milestone)s?\b/;

/**
 * A clause the input does not hold. A paraphrase of an event the input states keeps most of its
 * words ("three communities added this year" for "took over 3 new communities in 2025"); the
 * words in `skip` (time words, the company's name) count for nothing.
 */
function unsourced(clause: string, facts: InputFacts, skip: Set<string>): boolean {
  return knownShare(withDigits(clause), facts.all, skip) < 0.6;
}
const NEWS_SKIP = new Set(['new', 'brand', 'your', 'opened', 'added', 'built', 'just', 'recently'].map(stem));
const RECENT_STEMS = new Set(
  'just recently newly now heels fresh hot week month quarter spring summer fall autumn winter year season earlier yesterday other last this'
    .split(' ')
    .map(stem),
);

// "two New Jersey centers": a place's name, nothing new.
const NEW_PLACES = [
  ...Object.values(REGION_NAMES).filter((name) => name.startsWith('new ')),
  ...['new england', 'new zealand', 'new orleans', 'new haven', 'new south wales', 'new delhi'],
];
const PLACE_NEW = new RegExp(`^(?:${NEW_PLACES.join('|')})\\b`, 'i');
const PLACES_NEW = new RegExp(`\\b(?:${NEW_PLACES.join('|')})\\b`, 'gi');
// "…gas, water, and new guests arriving on the towpath": the people who come every week, no news.
const ROUTINE_NEW =
  /^new (?:guests|customers|visitors|clients|members|students|patients|riders|players|families|hikers|campers|arrivals|faces|bookings|orders|enquiries|inquiries)\b/i;

const ROLE =
  /\bnew ((?:[\p{L}-]+ ){0,2}(?:ceo|cfo|coo|cto|cmo|cio|president|director|head|chief|manager|master|lead|leader|owner|owners|principal|superintendent|dean|chair|commissioner|administrator|gm|vp))$/iu;

const CONTRACT = /\b(?:contract|tender|grant|deal|agreement|date)s?$/i;

const WRITERS_OWN =
  /^\W*my (?:sister|brother|wife|husband|partner|kids?|son|daughter|friend|mum|mom|dad|family|nephew|niece|uncle|aunt|cousin|neighbou?r)\b/;

const YES_NO =
  /^\W*(?:(?:hi|hey|hello|dear) [^,]{1,40},\s*)?(?:are|is|do|does|did|have|has|will|would|could|can|any|anything|curious|wondering|might|should)\b/i;

/** `read`, when given, collects the sentences that name an event, flagged or not: the rule's to judge. */
export function checkEvents(
  sentences: Sentence[],
  field: TextField,
  facts: InputFacts,
  read?: Set<Sentence>,
): RiskFlag[] {
  const flags: RiskFlag[] = [];
  const flag = (index: number, text: string, why: string, category: 'event' | 'pain' = 'event') =>
    flags.push(claimFlag('UNSOURCED_CLAIM', category, field, index, text, why));
  // Time words and the company's name source no event: read once for all the sentences.
  const skip = new Set([...RECENT_STEMS, ...facts.companyStems]);
  for (const [i, sentence] of sentences.entries()) {
    if (read && [EVENT, CONGRATS].some((pattern) => hits(sentence, pattern).length > 0)) read.add(sentence);
    if (sentence.question && YES_NO.test(sentence.text)) continue;
    // Hedges count in the event's own clause: "with the Series C in the bank, scaling usually…".
    const hedged = (index: number) => isHedged(clauseAt(sentence, index));
    // A named event, sourced or not, is the sentence's news; hedged ones say nothing.
    let named = false;
    let sourcedBefore = false;
    for (const found of hits(sentence, EVENT)) {
      const family = FAMILIES[found.groups.findIndex((g) => g !== undefined)];
      // "Great news about…" says what the news is after it: read with its words.
      const about = /\bnews (?:on|about|re|of)$/i.test(found.text)
        ? /^[^,.!?;:—–\n]{1,60}/.exec(sentence.field.text.slice(found.index + found.text.length))?.[0].trimEnd()
        : undefined;
      const hit = about ? { ...found, text: found.text + about } : found;
      if (!family || hedged(hit.index) || PLACE_NEW.test(hit.text) || ROUTINE_NEW.test(hit.text)) continue;
      // "(no extracts, no new warehouse)": an event denied is none; "crews can launch": what
      // may be done, not news; "honoured to help": the writer's modesty, no award.
      const lead = sentence.folded.slice(0, hit.index - sentence.start);
      if (/\b(?:no|not|without|never|can|could|would|may|might)\s+$/.test(lead)) continue;
      // "before they sign a partnership", "every vet clinic partnership", "new arenas every week": a kind
      // of thing, or one that recurs, not news.
      if (
        !congratulated(sentence, hit.index) &&
        (/\b(?:sign|any|each|every)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}$/.test(lead) ||
          /^\s+(?:every|each)\s+(?:week|month|season|year|day|time)\b/.test(
            sentence.folded.slice(hit.index - sentence.start + hit.text.length),
          ))
      )
        continue;
      if (
        /^honou?red$/i.test(hit.text) &&
        /^\s+to\b/.test(sentence.folded.slice(hit.index - sentence.start + hit.text.length))
      )
        continue;
      // "Congrats on Best Pinot Noir at the 2024 Oregon Wine Awards — well deserved": praise of the
      // sourced event before it, no promotion of its own.
      // "Congratulations on the … prize. It is well deserved": the congratulation just before.
      const previous = sentences[i - 1];
      if (
        /^well[- ]deserved$/i.test(hit.text) &&
        (sourcedBefore ||
          // "BBC Scotland featuring your taxidermy in 2022 was well deserved": praise of what the input tells.
          knownShare(withDigits(lead), facts.leadAndGoal, skip) >= 0.6 ||
          congratulated(sentence, hit.index) ||
          (previous !== undefined && hits(previous, CONGRATS).length > 0))
      )
        continue;
      named = true;
      const aboutLead = facts.leadRef.test(fold(clauseAt(sentence, hit.index)));
      // "New tugs joining your fleet", "congratulations on the new felucca joining the fleet": the tugs
      // may be the input's, the change must be too. Asked, "new brand identity work" is a kind of work, not news.
      const changeUntold =
        (aboutLead || congratulated(sentence, hit.index)) &&
        CHANGE.test(hit.text.replace(PLACES_NEW, '')) &&
        !changeTold(facts) &&
        !asked(sentence, hit.index);
      sourcedBefore =
        !changeUntold && (sourced(hit.text, family, facts, aboutLead, lead) || sendersWords(sentence, hit, facts));
      if (!sourcedBefore) {
        // "After last spring's recall": an incident that befell the lead is news, and a problem presumed
        // about them (writers call it either).
        if (family.name === 'incident')
          flag(hit.index, hit.text, 'a problem presumed about the lead that the input does not state', 'pain');
        flag(hit.index, hit.text, `an event (${family.name}) that is not in the input`);
      }
    }
    if (named) continue;
    // Something the lead did lately, in words no family has: "the beer garden you opened this month".
    for (const hit of hits(sentence, RECENT)) {
      const clause = clauseAt(sentence, hit.index);
      // "Got 15 minutes this week?" (", before the season starts?" too) asks for time; it reports nothing.
      // "My sister booked a party there last spring": the writer's own story, no news of the lead's.
      if (
        hedged(hit.index) ||
        asked(sentence, hit.index) ||
        (sentence.question && /^\W*got\b/i.test(clause)) ||
        WRITERS_OWN.test(fold(clause)) ||
        !DID.test(fold(clause)) ||
        // "…ask how reporting is going now that the cider is headed out to 150 stores": what follows
        // "now that" is the news, the writer's words before it are not.
        !unsourced(
          /^(?:now that|since|after)$/i.test(hit.text)
            ? clause.slice(clause.toLowerCase().indexOf(hit.text.toLowerCase()))
            : clause,
          facts,
          skip,
        )
      )
        continue;
      // The deed and its time together: "adding the new Loganair routes this year".
      const clauseStart = hit.index - clauseBefore(sentence, hit.index).length;
      const deed = DID.exec(fold(clause));
      // "Fifteen hundred cargo bikes delivered last year" for "delivered 1,500 bikes last year": the deed and
      // its time are the input's.
      const verb = deed?.[0].split(' ').at(-1) ?? '';
      if (
        verb &&
        facts.leadAndGoal.stems.has(stem(verb)) &&
        containsPhrase(facts.leadAndGoal.text, normalizePhrase(hit.text))
      )
        continue;
      const start = Math.min(hit.index, deed ? clauseStart + deed.index : hit.index);
      const end = Math.max(hit.index + hit.text.length, deed ? clauseStart + deed.index + deed[0].length : 0);
      flag(start, sentence.field.text.slice(start, end), 'a recent event that is not in the input');
    }
    // "Word is Oak Hollow is adding a columbarium", "I saw Prairie Gold is building two new elevators":
    // the lead in the middle of a deed is news.
    for (const hit of hits(sentence, DOING)) {
      const before = sentence.folded.slice(Math.max(0, hit.index - sentence.start - 48), hit.index - sentence.start);
      // The lead by name, right before the verb: its subject ("you" are reading, not news).
      const lead = facts.leadRef.exec(before);
      const subject = lead && !/^you/.test(lead[0]) && before.trimEnd().endsWith(lead[0]);
      if (!subject || hedged(hit.index) || asked(sentence, hit.index)) continue;
      const clause = clauseAt(sentence, hit.index);
      const deed = clause.slice(clause.toLowerCase().indexOf(hit.text.toLowerCase()));
      if (!unsourced(deed, facts, skip) && changeTold(facts)) continue;
      flag(hit.index, deed.trim().replace(/[.!?…]+$/, ''), 'an event that is not in the input');
    }
    // "Congrats on …" names an event even in words no family has; the company's own name sources
    // nothing ("Congrats on Luna Verde's new food truck").
    for (const hit of hits(sentence, CONGRATS)) {
      // "Congratulations to the team and the volunteers": to whom, not what for; "…to the team on the
      // new site" says what after "on".
      const to = /^\S+(?: \S+)? to\b/i.test(hit.text) ? /\b(?:on|for) (.+)$/.exec(hit.groups[0] ?? '') : undefined;
      if (to === null) continue;
      const what = to?.[1] ?? hit.groups[0] ?? '';
      // "Congratulations on building it": what was said before is the news, read there.
      // "(congrats on that one, it sounds heavenly)": it points back at what was said.
      if (what.split(/\s+/).every((w) => GENERIC.has(w)) || /^(?:(?:that|this|those|these) )?ones?$/i.test(what.trim()))
        continue;
      // "the rating upgrade at Bastion Title": the company's name is not the news.
      const news = what
        .toLowerCase()
        .split(/\s+/)
        .filter((word) => !facts.companyStems.has(stem(word)))
        .join(' ')
        .match(NEWS)?.[0];
      // "Congrats on adding more grow rooms", "…the new yurts going up": the change is the news, and the
      // input must say it, not only name the rooms.
      const change = CHANGE.exec(what)?.[0];
      // "the move to a fully digital workflow" for "moved to a fully digital workflow": the news as a verb.
      const said = news
        ? [news, `${news}d`, `${news}ed`].some((form) => anyWordIn(form, facts.leadAndGoal))
        : knownShare(withDigits(what), facts.leadAndGoal, skip) >= 0.6;
      // "Congrats on picking up Wildlife Tour of the Year": a title the input must name, whatever else it holds.
      const title = /\bof the year\b/i.test(what) && !containsPhrase(facts.leadAndGoal.text, 'of the year');
      // "Congratulations on landing the concert hall restoration contract" for a firm that restores concert
      // halls: the win is the news, and the input must tell of one.
      const win = WINNING.test(what) && !WIN_TOLD.test(facts.leadAndGoal.text);
      if (said && !title && !win && (!change || changeTold(facts))) continue;
      flag(hit.index, hit.text.trimEnd(), 'an event that is not in the input');
    }
  }
  return flags;
}

const WINNING = /^(?:landing|winning|securing|clinching|bagging|scooping|signing|picking up|taking home)\b/i;
const WIN_TOLD =
  /\b(?:won|wins?|winning|winners?|landed|landing|secured|securing|awarded|awards?|named|crowned|voted|signed|signing|clinched|bagged|picked up|took home)\b/i;
const CHANGE =
  /\b(?:new|adding|added|more|another|opening|opened|expanding|expanded|going up|launching|launched|joining|moving)\b/i;
// The input telling of a change in any form: "recently added a ductless line" for "adding the line".
const CHANGED =
  /\b(?:new|newly|add(?:s|ed|ing)?|open(?:s|ed|ing)|expan\w*|launch\w*|more|another|built|building|grew|growing|rebrand\w*|renovat\w*|relocat\w*|moved|moving|merg\w*|acqui\w*|upgrad\w*|install\w*|replac\w*)\b/;

// The lead's deed under way: "is adding", "are opening", "'s bringing on", "is building two new
// elevators" ("is building outdoor gear" is their trade; "is hiring" is read as what the writer saw).
const DOING =
  /\b(?:is|are|'s|'re) (?:now |currently |busy |already )?(?:adding|opening|launching|expanding|bringing on|moving|rolling out|taking on|renovating|acquiring|merging|relocating|building(?= (?:[\p{L}\d-]+ ){0,2}new\b| (?:a|an|another) (?:second|third|bigger|larger)\b))\b/gu;

/** The input tells of a change of the lead's, in any form ("recently added", "opened"); "New England" is none. */
// Read once per request: every variant, and every event in it, asks again.
const told = new WeakMap<InputFacts, boolean>();
function changeTold(facts: InputFacts): boolean {
  let said = told.get(facts);
  if (said === undefined) {
    said = CHANGED.test(facts.leadAndGoal.text.replace(PLACES_NEW, ''));
    told.set(facts, said);
  }
  return said;
}

/** A congratulation before `index` in the sentence: what follows praises its news. */
function congratulated(sentence: Sentence, index: number): boolean {
  return hits(sentence, CONGRATS).some((h) => h.index < index);
}

/** "Same-day funding on approved loads" from the proof point of that name: the sender's wording, no news. */
function sendersWords(sentence: Sentence, hit: Hit, facts: InputFacts): boolean {
  // "FinanceNest offers your buyers financing" for the offer "Consumer financing for tiny home buyers":
  // what the sender sells, named as it does.
  if (
    !/\s/.test(hit.text.trim()) &&
    facts.sender.stems.has(stem(hit.text)) &&
    /\b(?:offer|provid)\w*/.test(sentence.folded)
  )
    return true;
  const words = sentence.text.slice(hit.index - sentence.start).split(/\s+/);
  // "we're now live at 22 regional airports" for "Live at 22 regional airports".
  // "we partner with 900 MSPs" for "Partners with 900 MSPs": compared word by stemmed word.
  // "named NFDA Supplier of the Year", "named us a Top Software Vendor": the honour is the proof point's.
  const phrase = (count: number) =>
    normalizePhrase(withDigits(words.slice(0, count).join(' ')))
      .replace(/^(?:(?:now|just|recently|already|named|voted|won|awarded|received|earned|us|it|a|an|the) )+/, '')
      .split(' ')
      .map(stem);
  return [4, 6].some((count) => {
    const said = phrase(count);
    return (
      said.length >= 3 && [facts.sender, ...facts.proofPoints].some((s) => containsPhrase(s.stemmed, said.join(' ')))
    );
  });
}

/**
 * A named round or phase is sourced only by its own name (a Series B is no seed round, Phase 2 no
 * Phase 3); any other event by a word of its family in the input — the lead's facts for the
 * lead's events, the sender's too for the sender's.
 */
const RESTATABLE = new Set(['award', 'expansion']);
/** `before`: the sentence before the event's words, folded ("the new state certification"). */
function sourced(text: string, family: Family, facts: InputFacts, aboutLead: boolean, before = ''): boolean {
  const sources = aboutLead ? [facts.leadAndGoal] : [facts.leadAndGoal, facts.sender, ...facts.proofPoints];
  const named = /\b(series [a-h]|pre-seed|seed|phase (?:\d|i{1,3}|iv))\b/i.exec(text);
  if (named) {
    const phrase = normalizePhrase(named[1] ?? '');
    // A "seed company" sells seeds: its seed round needs the input's word for funding too.
    const funded = (source: TextFacts) =>
      phrase !== 'seed' || /\b(?:round|fund\w*|rais\w*|invest\w*)\b/.test(source.text);
    return sources.some((source) => containsPhrase(source.text, phrase) && funded(source));
  }
  // Something new is sourced by that thing, not by "new": "new communities" is no new clubhouse.
  // A new role or contract only by its whole name: "a new harbor master" is not the harbor pilots'
  // association, nor "service manager" the lead's "General Manager", nor "the new tower inspection
  // contract" a drone firm's towers.
  if (family.name === 'news') {
    const thing = ROLE.exec(text)?.[1] ?? CONTRACT.exec(text)?.[0];
    return sources.some(
      (source) =>
        knownShare(text, source, NEWS_SKIP) >= 0.5 && (!thing || containsPhrase(source.text, normalizePhrase(thing))),
    );
  }
  // "the new wing" for "a capital campaign for a new wing": the event's own words are the input's.
  // An award or a growth the lead's facts tell in another form: "the certification" for "certified
  // Fair Trade", "adding the second warehouse" for "added a second warehouse" (not "a new office":
  // a new thing needs its newness told).
  return (
    family.sources.some((w) => sources.some((source) => containsPhrase(source.text, w))) ||
    sources.some((source) => containsPhrase(source.text, normalizePhrase(text))) ||
    (RESTATABLE.has(family.name) &&
      !/\bnew\b/i.test(`${before.slice(-24)} ${text}`) &&
      knownShare(text, facts.leadAndGoal) >= 0.75)
  );
}
