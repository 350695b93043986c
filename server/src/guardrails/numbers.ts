/**
 * Numbers in text, with their offsets and values, so "40 %", "forty percent", "$2M", "2 million",
 * "$2,000,000", "3x" and "three times" compare equal to their input counterparts. Besides digits:
 * number words, multipliers ("double", "tenfold", "twice"), fractions ("half", "a third"), ranks
 * ("top five", "second-largest") and vague quantities ("dozens", "hundreds of", "most of our
 * customers"), which have no exact value and are sourced only by the same words in the input.
 */
import type { RiskFlag, TextField } from '@personalizer/shared';
import { allWordsIn, containsPhrase, type InputFacts } from './facts.ts';
import { claimFlag } from './flag.ts';
import { FUNCTION_WORDS, fold, matchesOf, opensLine, stem } from './text.ts';

export interface FoundNumber {
  text: string;
  /** What is counted: the stems of the next content words ("%" for percentages). */
  units: string[];
  /** NaN for vague quantities and ranks: those are compared by their words. */
  value: number;
  /** A multiplier ("3x", "double") is sourced only by a multiplier: "SOC 2" is no "twice". */
  multiplier: boolean;
  index: number;
  /** The character before it ("'" in "'62"). */
  prefix: string;
  /** A span of time: a unit of time right after it ("90 seconds", "two-week"). */
  duration: boolean;
}

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mm: 1e6,
  mn: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  // "four lakh kilos" (Indian English), "fifty grand".
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
  grand: 1e3,
};
const ORDINALS = 'second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth';
const MULTIPLIERS: Record<string, number> = {
  'in half': 0.5,
  twice: 2,
  double: 2,
  doubled: 2,
  doubles: 2,
  doubling: 2,
  thrice: 3,
  triple: 3,
  tripled: 3,
  triples: 3,
  tripling: 3,
  quadruple: 4,
  quadrupled: 4,
  twofold: 2,
  threefold: 3,
  fourfold: 4,
  fivefold: 5,
  tenfold: 10,
  hundredfold: 100,
  half: 0.5,
  halve: 0.5,
  halved: 0.5,
  halving: 0.5,
  halves: 0.5,
};

// A scale stays on the number's line: "since 2019\nB Corp certified" is no $2 trillion.
const SCALE_WORDS = 'thousand|million|billion|lakhs|lakh|crores|crore|k|mm|mn|m|bn|b';
const UNIT_WORDS = Object.keys(UNITS).join('|');
const PAIRED = new RegExp(
  `^\\s*(?:and|or|to|[-–])\\s*(?:\\d+(?:[.,]\\d+)?|(?:${UNIT_WORDS})(?:-(?:${UNIT_WORDS}))?)(?=[\\s%-])`,
  'i',
);
/** Where what a number counts is read from: past the second of a pair ("48 and 24 hours"). */
const pairedEnd = (text: string, end: number) => end + (PAIRED.exec(text.slice(end, end + 24))?.[0].length ?? 0);
// Digits not glued to letters (Web3, S3, EC2 and Auth0 are names, not numbers), but for a unit ("10cm").
const DIGITS = new RegExp(
  // The look-ahead lets the engine pass over letters before the slower Unicode look-behind.
  // "K-12", "F-150": a letter and a hyphen make a name. "40p" is pence ("5pm", "3PL" are not). "1.3G"
  // is a code, not the 1 before its point.
  `(?=[$€£\\s\\d])(?<![\\p{L}\\p{N}.,])(?<!\\b\\p{L}-)[$€£]?\\s?(\\d{1,3}(?:,\\d{3})+|\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+(?![\\d,.])|\\d+)(\\.\\d+|[¼½¾⅓⅔])?(?!\\.\\d)(?:(?:[ \\u00a0]?|-(?=thousand|million|billion))(${SCALE_WORDS})(?!-\\d))?(\\s?%|\\s?percent|x|×|p)?(cm|km|kg|ft|lbs?|oz|ml|ha)?(?![\\p{L}\\p{N}])`,
  'giu',
);
// "forty", "twenty-five", "a hundred and forty", "twenty-three hundred", "two million".
const NUMBER_WORDS = `${UNIT_WORDS}|hundred|thousand|million|billion`;
// "Two hundred fifty", "twenty five": a space joins number words after tens or before a scale; "one
// sixty-clinic operator" is one operator of sixty clinics.
const WORD_SPACE = String.raw` (?=(?:hundred|thousand|million|billion)\b)|(?<=\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion)) `;
const WORD_NUMBER = new RegExp(
  `\\b(?:(?:a|one) (?=hundred|thousand|million|billion))?(?:${NUMBER_WORDS})(?:(?:-|(?<=(?:hundred|thousand|million|billion)),? and |${WORD_SPACE})(?:${NUMBER_WORDS}))*\\b(?: (?:lakhs?|crores?)\\b| grand(?=\\s*(?:[.,;:!?)]|$|\\s(?:from|in|a|per|of|for|to|on|last|this|each|every|and|or)\\b)))?(?: ?(?:percent|per cent|%))?`,
  'gi',
);

// A decimal in words: "two point three million", "a four-point-nine on Google".
const WORD_DECIMAL = new RegExp(
  `\\b(${UNIT_WORDS})[ -]point[ -](${UNIT_WORDS})(?: (thousand|million|billion))?\\b`,
  'gi',
);
// "98 of every 100 calls", "nine out of ten", "nineteen out of twenty": a share, as a percentage.
const OUT_OF = new RegExp(
  `(?<![\\d.])\\b(\\d+|${UNIT_WORDS}) (?:times )?(?:out )?of (?:every |each |its |their )?(\\d+|ten|a hundred|one hundred|(?<=out of (?:every |each )?)(?:${UNIT_WORDS}))\\b|(?<![\\d.])\\b(\\d+|${UNIT_WORDS}) (?:[a-z-]+ )?in (?:every )?(\\d+|${UNIT_WORDS}|a hundred|one hundred)\\b(?! (?:minutes?|hours?|days?|weeks?|months?|years?|seconds?)\\b)`,
  'gi',
);
// "two dozen cabins": twenty-four of them.
const DOZENS = new RegExp(`\\b(\\d+|${UNIT_WORDS}) dozen\\b`, 'gi');
// "lost a couple of wedding bookings": two of them. Not what the writer offers to send or share ("a couple
// of times", "a couple of quick ideas").
const COUPLE_OF =
  /\ba couple of (?!(?:example|sample|draft|demo)s?\b|(?:[a-z-]+ ){0,2}(?:times|slots|dates|ideas|thoughts|questions|options|examples|reports|pointers|tips|notes|links|samples|suggestions)\b)(?=[a-z-]+)/gi;
// "an hour and a half": one and a half of the unit.
const UNIT_AND_A_HALF = /\ban? (minute|hour|day|week|month|year) and a half\b/gi;
// "a million and a half certificates": 1,500,000.
const SCALE_AND_A_HALF = /\b(?:a|one) (hundred|thousand|million|billion) and a half\b/gi;
// "One and a half million", "2 and a half thousand": the half belongs to the number.
// "seven-and-a-quarter-inch": a whole and a half or a quarter, in words.
const AND_A_HALF = new RegExp(
  `\\b(\\d+|${UNIT_WORDS})[ -]and[ -]a[ -](half|quarter)(?: (hundred|thousand|million|billion))?\\b`,
  'gi',
);
const GLYPH_FRACTIONS: Record<string, number> = { '¼': 0.25, '½': 0.5, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3 };

/** The value of number words: "a hundred and forty" = 140, "twenty-three hundred" = 2300. */
function wordValue(phrase: string): number {
  let total = 0;
  let current = 0;
  for (const word of phrase.toLowerCase().split(/[\s,-]+/)) {
    if (word === 'a') current = current || 1;
    else if (word in UNITS) current += UNITS[word] ?? 0;
    else if (word === 'hundred') current = (current || 1) * 100;
    else if (word in SCALES) {
      total += (current || 1) * (SCALES[word] ?? 1);
      current = 0;
    }
  }
  return total + current;
}

const MULTIPLIER = new RegExp(`\\b(${Object.keys(MULTIPLIERS).join('|')}|(\\w+)-fold)\\b`, 'gi');
// "a third of", "nine-tenths of": a share, its numerator counted.
const FRACTION =
  /\b(?:a|one|two|three|four|five|six|seven|eight|nine)[ -](third|thirds|quarter|fifth|tenth)s?\b(?= of| off| less| more| fewer| the| faster| cheaper| below| above| under| or (?:more|so|better))|(?<=\b(?:by|to|cut|cuts|reduced?|dropp?(?:ed|s)?|down|up|shrank|fell|roughly|about|around|nearly|almost|over|than|close to) )(?:a|one|two|three|four|five|six|seven|eight|nine)[ -](third|thirds|quarter|fifth|tenth)s?\b|\b(a fraction of)\b/gi;
const RANK = new RegExp(
  `\\btop[ -](\\d+|${UNIT_WORDS}|handful)\\b|\\b(${ORDINALS})[ -](largest|biggest|fastest|fastest-growing|most|best|highest|leading)\\b|\\bnumber one\\b|#\\s?\\d+\\b`,
  'gi',
);
// Round figures: "a couple hundred", "a quarter of a million", "half a million".
const ROUGH =
  /\b(?:a (couple) (hundred|thousand)|(?:a |one )?(quarter|third|half) (?:of )?(?:an? )?(thousand|million|billion))\b/gi;
const VAGUE =
  /\b(?:from |cut )?(?:days|weeks|months|hours) (?:down )?to (?:hours|minutes|days|seconds)\b|\b(?:in|within|inside) (?:about |just |only |roughly |around )?(?:a (?:few|couple(?: of)?) (?:minutes|hours|days|weeks|months|years|seasons)|(?:a|one) (?:day|week|month) or (?:so|two)|(?:a|one) (?:fortnight|term))\b|\b(?:in |within )?(?:under|less than|fewer than|just|only) (?:a|an|one) (?:single )?(?:minute|hour|day|week|month|year|quarter|afternoon|morning|season)\b|(?<=\b(?:takes?|took|taking) (?:just |only |about |around )?)one (?:single )?(?:morning|afternoon|evening|day|week|weekend|shift|visit|hour)\b|\bwithin (?:a|an|one) (?:single )?(?:minute|hour|day|week|month|season)\b|\b(?:a|one) (?:day|week|month|year) (?:earlier|sooner|faster|quicker)\b|\bsav(?:e|es|ed|ing) (?:you |your team |them )?(?:a|an|one) (?:full )?(?:day|week|month|afternoon|morning)\b|\b(?:a|the past|the last) couple (?:of )?(?:minutes|hours|days|weeks|months|years|seasons|quarters|cycles|clicks|steps)\b|\b(?:a|one) (?:good |solid |full )?dozen\b|\bdozens\b|\bby the (?:dozen|hundred|thousand)s?\b|\b(?:a couple|a few|several) (?:hundred|thousand|dozen)\b|\bhundreds\b|\bthousands\b|\bmillions\b|\bbillions\b|\ba handful of\b|\bscores of\b|\bcountless\b|\b(?:the )?(?:vast )?majority of\b|\b(?:nearly|almost|virtually) (?:all|every)\b(?= (?:(?:one )?of (?:our|them|the|those|these)\b|(?:[a-z-]+ ){0,2}(?:customer|client|user|team|compan(?:y|ies)|brand|shop|firm|clinic|practice|hospital|school|agenc(?:y|ies)|operator|carrier|lab|studio|venue|dealer|retailer|fleet|member|partner|account|business(?:es)?|organi[sz]ation|district|buyer|owner|manager|leader|grower|farm|producer|winer(?:y|ies)|restaurant|hotel|store|site|plant|bank|credit union|city|cities|town|county|counties|state|contractor|installer|broker|insurer|provider|platform|distributor|manufacturer|cancellation|no-show|appointment|slot|lead|claim|deal|ticket|return|delivery|deliveries|shipper|hauler|trucker|driver|vet|dentist|doctor|physician|lawyer|attorney|accountant|landlord|tenant|homeowner|patient|guest|famil(?:y|ies)|parent|student|teacher|coach|crew|yard|mill|mine|port|airport|airline|church(?:es)?|parish(?:es)?|nonprofit|charit(?:y|ies)|club|gym|salon|spa|baker(?:y|ies)|brewer(?:y|ies)|distiller(?:y|ies)|marina|campground|park|museum|librar(?:y|ies)|theat(?:er|re)|cinema)s?\b))|(?<!\b(?:matters?|mattered|helps?|counts?|cares?|needs?) )\bmost (?:of (?:the |our |my )?)?(?:[a-z-]+ ){0,2}[a-z-]+(?<!s)s (?=(?:we|i|that|who)\b)|(?<!\b(?:than|the|matters?|mattered|helps?|counts?|cares?|needs?) )\bmost (?:of (?:our|them|those|these)\b|of the (?:[a-z-]+ ){0,2}(?:time|calls|hours|work|day|week|budget|spend|revenue|volume|orders|jobs|tickets|requests)\b|(?:of the )?(?:[a-z-]+ ){0,2}(?:customers|clients|users|teams|companies|leaders|brands|people|folks|orgs|organizations|shops|firms|retailers|hospitals|banks|buyers|founders|engineers|managers|operators|carriers|shippers|practices|clinics|schools|agencies|groups|operations|departments|partners|sellers|merchants|fleets|labs|plants|sites|cfos|ctos|cios|ceos|vps)\b)/gi;
// "your 75th anniversary", "our 500th clinic": a count in an ordinal ("the 15th" is a date).
const DIGIT_ORDINAL =
  /\b(\d+)(?:st|nd|rd|th)(?= (?:anniversary|birthday|year|season|location|store|site|branch|office|clinic|customer|client|member|install\w*|consecutive|straight)\b)/gi;
// "Congrats on opening your second location", "hiring a fourth vet": a count in an ordinal word, where
// the lead's things are counted; "a second look", "my second note", "the third week of May" count none.
const WORD_ORDINAL = new RegExp(
  `\\b(?:the|a|an|your|its|their) (${ORDINALS})(?=[ -](?!(?:${[
    'time|times|note|email|e-mail|message|try|attempt|look|glance|opinion|nature|thoughts?|guess\\w*|set|pair',
    'half|quarter|chance|wind|hand|life|language|party|world|wheel|step|reminder|follow-up|round|pass|read|call',
    'meeting|demo|option|choice|reason|point|thing|question|idea|benefit|week|weekend|month|day|year of|of',
    'below|above|less|more|off|cheaper|faster|fewer|floor|grade|string|fiddle|place|tier|layer|line|opinions',
    // "the second-largest" is a rank (RANK).
    'largest|biggest|fastest\\S*|most|best|highest|leading',
  ].join('|')})\\b)\\p{L})`,
  'giu',
);
// What opens, hires or adds one more: "hiring a second seamstress", "A sixth location…" at a line's start.
const GETTING =
  /(?:^|[.!?\n]\s*|\b(?:open(?:s|ed|ing)?|add(?:s|ed|ing)?|hir(?:e|es|ed|ing)|brought on|bring(?:s|ing)? on|launch(?:es|ed|ing)?|welcom(?:e|es|ed|ing)|buil(?:t|ds?|ding)|acquir(?:e|es|ed|ing)|tak(?:es|ing) on|took on|sign(?:s|ed|ing)|land(?:s|ed|ing)|onboard(?:s|ed|ing)?|on) )$/i;
// Number words that are not quantities in outreach: "one of", "two quick questions", "one small
// thing"; "two small passenger ferries" and "two short sessions" count.
const SMALL_TALK = /^(one|two|three)$/i;
const SMALL_TALK_NEXT =
  /^[ -](quick|(?:short|simple|small) (?:questions?|ideas?|thoughts?|things?|favou?rs?|points?|requests?|asks?|suggestions?|notes?|tweaks?|changes?|steps?)|questions?|ideas?|thoughts?|things|ways|options|sentences?|lines?|words?|jobs|hats)\b/i;

// "Two-way texting", "two-factor login": a kind of thing, not a count.
const COMPOUND = /^-(?:way|factor|sided)\b/i;

// Read before "two": "a week or two", "one or two", "a distributor or two".
const VAGUE_OR_TWO = /\b(?:(?:minute|hour|day|week|month|year)s?|one|an? [\p{L}-]+) or $/iu;
const ANAPHORA_NEXT =
  /^(?:[.,;:!?)]|\s(?:today|now|on|in|at|within|against|without|when|while|stay|stays|are|were|work|go|talk|meet|match|agree|fit|connect|sync|compare|overlap|ever|never|always|often|really|still|can|could|will|would|should|might|have|had|do|did|don't|get|gets|line up|of (?:you|them|us)|together|combined|apart|is|was|matters?)\b)/i;
const DOUBLE_WORK =
  /^[ -](?:entry|entries|entering|data entry|booking|bookings|booked|check|checks|counting|keying|handling|work|shifts?|charges?|ups?)\b/i;
// "Entered twice", "think twice": a repetition; "twice as fast", "twice the output" is a claim.
const TWICE_CLAIM =
  /^\s(?:as|the|more|less|over|that|what|\p{L}+er|(?:your|their|its) (?:size|volume|headcount|revenue))\b/iu;

// Every word the patterns above start from: most clauses hold none, and one pass says so.
const MAY_COUNT = new RegExp(
  String.raw`\d|#|\b(?:${NUMBER_WORDS}|${ORDINALS}|half|halv\w*|twice|thrice|doubl\w*|tripl\w*|quadrupl\w*|\w*fold|thirds|quarters?|fifths|tenths|fraction|top|number one|couple|dozens?|hundreds|thousands|millions|billions|handful|scores|countless|majority|most|(?:nearly|almost|virtually) (?:all|every)|(?:under|than|just|only|within) (?:a|an|one)|a (?:day|week|month|year) (?:earlier|sooner|faster|quicker)|sav(?:e|es|ed|ing)|(?:days|weeks|months|hours) (?:down )?to|or so|or two|few|fortnight|term|season)\b`,
  'i',
);

const SPAN_IN = /\b(?:minute|hour|day|week|month|quarter|year)s?\b/i;
// "fourteen-year-olds" is an age, not a span of time.
const TIME_UNIT =
  /^[\s-]*(?:full |whole |straight |working )?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|mos?|quarters?|years?|yrs?|decades?|century|centuries)\b(?!-old)/i;

export function extractNumbers(text: string): FoundNumber[] {
  if (!MAY_COUNT.test(text)) return [];
  const found: FoundNumber[] = [];
  const add = (m: RegExpMatchArray, value: number, multiplier = false, units?: string[]) => {
    // "48 and 24 hours", "ten or fifteen minutes": the first of a pair counts what the second does.
    const end = pairedEnd(text, (m.index ?? 0) + m[0].length);
    // "5-8%": the first of a range is a share too.
    const percent = /%|per ?cent/i.test(m[0]) || /^\s?(?:%|per ?cent)/i.test(text.slice(end));
    found.push({
      text: m[0].trim(),
      value,
      multiplier,
      units: units ?? (percent ? ['%'] : unitsAround(text, m.index ?? 0, end)),
      index: (m.index ?? 0) + (m[0].length - m[0].trimStart().length),
      prefix: text.slice(Math.max(0, (m.index ?? 0) - 1), m.index ?? 0),
      // "three months", "a year and a half", "half an hour"; "a 35% year" is a share.
      duration:
        !percent &&
        (TIME_UNIT.test(text.slice(end, end + 20).replace(/^\s+(?:of\s+)?an?(?=\s)/, '')) || SPAN_IN.test(m[0])),
    });
  };
  const times = (m: RegExpMatchArray) => /^\s*(?:x\b|times\b|×)/i.test(text.slice((m.index ?? 0) + m[0].length));
  for (const m of matchesOf(DIGITS, text)) {
    // "2,000" and "180 000": thousands grouped by commas or spaces.
    // "7¼-inch", "2½ hours": a whole and a fraction in one glyph.
    const glyph = GLYPH_FRACTIONS[m[2] ?? ''];
    const base =
      Number(`${(m[1] ?? '').replace(/[,\s\u00a0\u202f]/g, '')}${glyph === undefined ? (m[2] ?? '') : ''}`) +
      (glyph ?? 0);
    const multiplier = /x|×/i.test(m[4] ?? '') || times(m);
    // "250 m resolution", "16mm film": a length; "$2m", "$3mm" and "2M users" are millions.
    const length = !/[$€£]/.test(m[0]) && (/^mm$/i.test(m[3] ?? '') || /\d[ \u00a0]m$/i.test(m[0]));
    if (length) {
      add(m, base, false, [m[3]?.length === 1 ? 'metre' : 'millimetre']);
      continue;
    }
    // "10cm", "2kg": a measure with its unit glued on.
    if (m[5]) {
      add(m, base, false, [fullUnit(m[5].toLowerCase())]);
      continue;
    }
    add(m, base * (m[3] ? (SCALES[m[3].toLowerCase()] ?? 1) : 1), multiplier);
  }
  for (const m of matchesOf(DIGIT_ORDINAL, text)) add(m, Number(m[1]));
  for (const m of matchesOf(WORD_ORDINAL, text)) {
    const next = /^[ -]([\p{L}'-]+)/u.exec(text.slice((m.index ?? 0) + m[0].length))?.[1] ?? '';
    // "a second copy", "feels like a second job": one more of a kind, unless the lead is getting it.
    const another = /^an? /i.test(m[0]) && !GETTING.test(text.slice(Math.max(0, (m.index ?? 0) - 24), m.index));
    if (!another && !FUNCTION_WORDS.has(next.toLowerCase()))
      add(m, ORDINAL_VALUES.indexOf((m[1] ?? '').toLowerCase()) + 2);
  }
  for (const m of matchesOf(WORD_DECIMAL, text)) {
    const [whole = '', tenths = '', scale = ''] = m.slice(1).map((w) => w?.toLowerCase());
    add(m, ((UNITS[whole] ?? 0) + (UNITS[tenths] ?? 0) / 10) * (SCALES[scale] ?? 1));
  }
  for (const m of matchesOf(OUT_OF, text)) {
    // "nine out of ten", "two in five": a share ("3 in 10 minutes" is none).
    const [part, whole] = [m[1] ?? m[3] ?? '', m[2] ?? m[4] ?? ''].map(
      (w) => UNITS[w.toLowerCase()] ?? (w.match(/hundred/) ? 100 : Number(w)),
    );
    const within = m[4] === undefined || ((part ?? 0) > 0 && (whole ?? 0) <= 100);
    if (part !== undefined && whole && part < whole && within) add(m, (100 * part) / whole, false, ['%']);
  }
  for (const m of matchesOf(SCALE_AND_A_HALF, text)) add(m, 1.5 * wordValue(m[1] ?? ''));
  for (const m of matchesOf(UNIT_AND_A_HALF, text)) add(m, 1.5, false, [stem(m[1] ?? '')]);
  for (const m of matchesOf(DOZENS, text)) add(m, 12 * (UNITS[(m[1] ?? '').toLowerCase()] ?? Number(m[1])));
  for (const m of matchesOf(COUPLE_OF, text)) add(m, 2);
  for (const m of matchesOf(AND_A_HALF, text)) {
    const whole = m[1] ?? '';
    const scale = m[3] ? wordValue(m[3]) : 1;
    add(m, ((UNITS[whole.toLowerCase()] ?? Number(whole)) + (/quarter/i.test(m[2] ?? '') ? 0.25 : 0.5)) * scale);
  }
  for (const m of matchesOf(WORD_NUMBER, text)) {
    const words = m[0].replace(/\s*(percent|per cent|%)$/i, '');
    if (/^one$/i.test(words) || COMPOUND.test(text.slice((m.index ?? 0) + m[0].length))) continue;
    if (SMALL_TALK.test(words) && SMALL_TALK_NEXT.test(text.slice((m.index ?? 0) + m[0].length))) continue;
    // "in the next week or two", "one or two of your boats", "a distributor or two": a vague few, no count.
    if (/^two$/i.test(words) && VAGUE_OR_TWO.test(text.slice(Math.max(0, (m.index ?? 0) - 30), m.index))) continue;
    // "in the next two weeks": a window for the call.
    if (/\b(?:in|within|over) the (?:next|coming) $/i.test(text.slice(Math.max(0, (m.index ?? 0) - 20), m.index)))
      continue;
    // "Thanks a million": gratitude, no count.
    if (/^a million$/i.test(words) && /\bthanks\s+$/i.test(text.slice(Math.max(0, (m.index ?? 0) - 8), m.index)))
      continue;
    // "rather than starting from zero": from scratch, no count ("from zero to 40 stores" is one).
    if (
      /^zero$/i.test(words) &&
      /\b(?:start|starts|started|starting|begin|begins|beginning)(?: again| over)? from $/i.test(
        text.slice(0, m.index),
      ) &&
      !/^ to\b/i.test(text.slice((m.index ?? 0) + m[0].length))
    )
      continue;
    // "So the two stay in sync", "both of them": a count of things just named, not a claim.
    if (
      /\b(?:the|those|these|all) $/i.test(text.slice(0, m.index)) &&
      ANAPHORA_NEXT.test(text.slice((m.index ?? 0) + m[0].length))
    )
      continue;
    add(m, wordValue(words), times(m));
  }
  for (const m of matchesOf(MULTIPLIER, text)) {
    const word = m[1]?.toLowerCase() ?? '';
    const fold = m[2] ? (UNITS[m[2].toLowerCase()] ?? Number(m[2])) : undefined;
    if (word === 'twice' && !TWICE_CLAIM.test(text.slice((m.index ?? 0) + m[0].length))) continue;
    // "no double entry", "double-booking": a kind of work, not a multiple.
    if (word === 'double' && DOUBLE_WORK.test(text.slice((m.index ?? 0) + m[0].length))) continue;
    // "a blast and a half": more of it, no share.
    if (
      word === 'half' &&
      /\ban? (?!(?:minute|hour|day|week|month|year|dozen|hundred|thousand|million)\b)[\p{L}-]+ and a $/iu.test(
        text.slice(Math.max(0, (m.index ?? 0) - 30), m.index),
      )
    )
      continue;
    // "half-term", "half-time": names of a time, not a share.
    if (
      word === 'half' &&
      /^(?:-(?:term|time)| an eye| a mind| the (?:battle|fun))\b/i.test(text.slice((m.index ?? 0) + m[0].length))
    )
      continue;
    const value = MULTIPLIERS[word] ?? fold ?? Number.NaN;
    add(m, value, value !== 0.5);
  }
  for (const m of matchesOf(FRACTION, text)) {
    const unit = (m[1] ?? m[2])?.toLowerCase().replace(/s$/, '');
    const part = unit ? { third: 1 / 3, quarter: 0.25, fifth: 0.2, tenth: 0.1 }[unit] : undefined;
    const numerator = UNITS[/^\p{L}+/u.exec(m[0])?.[0].toLowerCase() ?? ''] || 1;
    add(m, part === undefined ? Number.NaN : numerator * part);
  }
  for (const m of matchesOf(RANK, text)) add(m, Number.NaN);
  for (const m of matchesOf(ROUGH, text)) {
    const [, couple, hundreds, part = '', scale = ''] = m.map((g) => g?.toLowerCase());
    const fraction = { quarter: 0.25, third: 1 / 3, half: 0.5 }[part] ?? 1;
    add(m, couple ? 2 * (hundreds === 'thousand' ? 1000 : 100) : fraction * (SCALES[scale] ?? 1));
  }
  // "A dozen" is twelve: "a dozen rodeo associations" for "12 rodeo associations".
  for (const m of matchesOf(VAGUE, text))
    add(m, /^(?:a|one) (?:good |solid |full )?dozen$/i.test(m[0]) ? 12 : Number.NaN);
  // One number, one flag: a later pattern inside an earlier one's words is the same number.
  found.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  return found.filter((n, i) => !found.slice(0, i).some((o) => n.index < o.index + o.text.length));
}

/**
 * What the input's own figures imply: the ratio of a change it states ("from 6 days to 3" is a
 * halving, "40 to 80" a doubling), and the count in an ordinal ("third-generation" is three
 * generations).
 */
export function impliedNumbers(text: string): {
  ratios: number[];
  changes: string[];
  counts: FoundNumber[];
  lists: number[];
} {
  const found = extractNumbers(text);
  const pairs = changesIn(text, found);
  const ratios = pairs
    .map(([a, b]) => Math.max(a.value, b.value) / Math.min(a.value, b.value))
    // "nearly in half" for "3.1 days to 1.6": a change reads as its nearest whole ratio.
    .filter((ratio) => Math.abs(ratio - Math.round(ratio)) < 0.1)
    .map(Math.round);
  const counts = [...text.matchAll(ORDINAL_OF)].map((m) =>
    countOf(m, ORDINAL_VALUES.indexOf((m[1] ?? '').toLowerCase()) + 2, m[2]),
  );
  // "Phase II and III": roman numerals count as their values, of what they number.
  for (const m of text.matchAll(ROMAN_OF)) {
    for (const numeral of (m[2] ?? '').toLowerCase().split(/[^ivx]+/)) {
      const value = ROMAN_VALUES.indexOf(numeral) + 1;
      if (value > 0) counts.push(countOf(m, value, m[1]));
    }
  }
  // "Twin-pad rink", "dual-site": two of them.
  for (const m of text.matchAll(PAIR_OF)) counts.push(countOf(m, 2, m[1]));
  // "Cuts excise admin by 2/3": a share, as "two thirds" says it.
  for (const m of text.matchAll(SLASHED_SHARE)) {
    const [part, whole] = [Number(m[1]), Number(m[2])];
    if (part < whole) counts.push(countOf(m, part * (1 / whole)));
  }
  // "Bäckerei Lindner and 45 other German food producers": forty-six of them.
  for (const m of text.matchAll(AND_OTHERS)) counts.push(countOf(m, Number(m[1]) + 1, m[2]));
  // "Net-60 payment terms": sixty days to pay.
  for (const m of text.matchAll(NET_TERMS)) counts.push(countOf(m, Number(m[1]), 'day'));
  // "2 cats with 12 guests each": twenty-four guests.
  for (const [i, b] of found.entries()) {
    const a = found[i - 1];
    const end = b.index + b.text.length;
    if (!a || a.multiplier || b.multiplier || !EACH_AFTER.test(text.slice(end, end + 30))) continue;
    if (b.index - a.index > 60 || /[.!?;\n]/.test(text.slice(a.index, b.index))) continue;
    counts.push({ ...b, value: a.value * b.value });
  }
  // "Houston and San Antonio": the names listed are a count of places, systems or sides.
  const lists = [...text.matchAll(LISTED_NAMES)].map((m) => m[0].split(/, | and /).length);
  return { ratios, changes: pairs.map(change), counts, lists };
}
const SLASHED_SHARE = /(?<![\d/])([1-9])\/([2-9]|10)(?![\d/])/g;
const NET_TERMS = /\bnet[- ]?(\d{1,3})\b/gi;
const AND_OTHERS = /\band (\d+) others? ([\p{L}-]+)/giu;
const EACH_AFTER = /^\s+[\p{L}-]+(?: [\p{L}-]+)? each\b/u;
/** A count the input implies, `value` of what `unit` names. */
const countOf = (m: RegExpMatchArray, value: number, unit = ''): FoundNumber => ({
  text: m[0],
  value,
  multiplier: false,
  units: [stem(unit)],
  index: m.index ?? 0,
  prefix: '',
  duration: false,
});
const NAME = String.raw`\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+)*`;
// What names in a list can be counted as: "two metros", "both sets of stock counts", "two systems".
const LISTED_KINDS = new Set(
  'state city metro market region site location office country county province territory area place campus branch store shop plant facility warehouse system tool platform app set side brand channel language'.split(
    ' ',
  ),
);
const LISTED_NAMES = new RegExp(`${NAME}(?:, ${NAME})*,? and ${NAME}`, 'gu');

/** Two figures of one change: "6 days to 3", "2 days instead of 5", "down from 40". */
function changesIn(text: string, found: FoundNumber[]): [FoundNumber, FoundNumber][] {
  const pairs: [FoundNumber, FoundNumber][] = [];
  for (let i = 1; i < found.length; i++) {
    const [a, b] = [found[i - 1], found[i]] as [FoundNumber, FoundNumber];
    const between = text.slice(a.index + a.text.length, b.index);
    // "2 days instead of 6" is "from 6 days to 2": each pair is kept as before, then after.
    if (a.value > 0 && b.value > 0 && CHANGE.test(between)) pairs.push(AFTER_FIRST.test(between) ? [b, a] : [a, b]);
  }
  return pairs;
}
const change = ([a, b]: [FoundNumber, FoundNumber]) => `${a.value}>${b.value}`;
const AFTER_FIRST = /\b(?:instead of|rather than|down from|up from)\s*$/i;
const CHANGE = /^(?:\s+[\p{L}-]+)?\s*(?:(?:down|up|back) to|to|instead of|rather than|down from|up from|→|->)\s*$/iu;
const ORDINAL_VALUES = ORDINALS.split('|');
const ROMAN_VALUES = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'];
const ROMAN = '(?:i{1,3}|iv|vi{0,3}|ix|x)';
const ROMAN_OF = new RegExp(
  String.raw`\b(phase|tier|stage|level|type|class)e?s? (${ROMAN}(?:(?:,|\/| and| &| or) ${ROMAN})*)\b`,
  'gi',
);
const PAIR_OF = /\b(?:twin|dual)[- ](\p{L}+)/giu;
// "Third-generation", and "opened a second roastery": two roasteries.
const ORDINAL_OF = new RegExp(
  `\\b(${ORDINALS})[ -](generation|year|season|location|store|office|site|edition|(?<=\\b(?:a|an|its|their|our) (?:${ORDINALS})[ -])[a-z]+(?=s?\\b))s?\\b`,
  'gi',
);

/** Number words as digits ("Twenty-three hundred" → "2300"), so they compare with proof points. */
export function withDigits(text: string): string {
  let out = '';
  let from = 0;
  for (const n of extractNumbers(text)) {
    if (Number.isNaN(n.value)) continue;
    out += `${text.slice(from, n.index)}${n.value}${n.units[0] === '%' ? '%' : ''}`;
    from = n.index + n.text.length;
  }
  return out + text.slice(from);
}

/**
 * What a number counts: the content words right after it ("2,000-litre bioreactors" → litre,
 * bioreactor) and the label right before it ("Phase 2", "Tier 1").
 */
// Up to three words after a number; hyphenated words stay whole: "co-ops", "in-house".
const UNIT_WORD = String.raw`([\p{L}'’]+(?:-[\p{L}'’]+)*)`;
const NEXT_WORDS = new RegExp(String.raw`^[\s-]*${UNIT_WORD}(?:\s+${UNIT_WORD})?(?:\s+${UNIT_WORD})?`, 'u');

const AFTER_THREE = new RegExp(String.raw`^[\s-]*(?:\S+\s+){3}${UNIT_WORD}`, 'u');

const COUNT_VERB =
  /^(?:use|uses|used|run|runs|rely|relies|trust|trusts|have|has|had|are|were|say|said|love|switched|moved|signed|joined|chose|picked)$/i;

// "(60 so far)", "live at 45 today": how far a count has got, not what it counts.
const HOW_FAR = new Set(['today', 'now', 'far', 'so', 'already', 'currently', 'total', 'overall', 'alone'].map(stem));

function unitsAround(text: string, start: number, end: number): string[] {
  // "2–8°C", "-18 °F": degrees, a measure and not a count of anything.
  if (/^(?:\s?[–-]\s?-?\d+(?:[.,]\d+)?)?\s?°/.test(text.slice(end, end + 12))) return ['°'];
  // "rated down to minus forty": a temperature too.
  if (/\bminus\s+$/i.test(text.slice(Math.max(0, start - 8), start))) return ['°'];
  // "from just 20 at a time": how many go together; what they are was named before.
  if (/^\s(?:at a time|at once|in one go)\b/i.test(text.slice(end, end + 14))) return [];
  const next = NEXT_WORDS.exec(text.slice(end, end + 60));
  if (/^(percent|per)$/i.test(next?.[1] ?? '')) return ['%'];
  // "…community banks, and 60 of them use us": the count is of what was just named.
  if (/^of$/i.test(next?.[1] ?? '') && /^(?:them|those|these)$/i.test(next?.[2] ?? '')) return [];
  // A label names the number ("Phase 2", "Tier 1"): on the same line, and no verb ("running three gyms").
  // "a team of fourteen": the noun before "of".
  const before = /([\p{L}]+)(?: of)?[ \t(-]*$/u.exec(text.slice(Math.max(0, start - 24), start))?.[1];
  const label = before && !/ing$/i.test(before) ? before : undefined;
  // "…for ferry operators — 11 use it": a verb after the count; what it counts was named before.
  if (COUNT_VERB.test(next?.[1] ?? '')) return label ? [stem(label)] : [];
  // "beyond the 12 this year": the count of what the input names, said back.
  if (/^the$/i.test(label ?? '') && FUNCTION_WORDS.has(stem(next?.[1] ?? ''))) return [];
  // "47 electric and broadband co-ops": what is counted comes after the pair of words before it.
  const head = /^(?:and|or|&)$/i.test(next?.[2] ?? '') ? AFTER_THREE.exec(text.slice(end, end + 80))?.[1] : undefined;
  return [label, next?.[1], next?.[2], next?.[3], head]
    .map((w) => stem(w ?? ''))
    .filter((w) => w.length > 1 && !FUNCTION_WORDS.has(w) && !HOW_FAR.has(w));
}

/**
 * A number is sourced by the same value in the input counting the same thing: "two weeks" is not
 * sourced by "two grading stations". Where either side names nothing, the value alone decides.
 */
// A span of time in days, so "three months" is "90 days" and "6 mo" is "6 months".
const DAYS: Record<string, number> = {
  second: 1 / 86400,
  sec: 1 / 86400,
  minute: 1 / 1440,
  min: 1 / 1440,
  hour: 1 / 24,
  hr: 1 / 24,
  day: 1,
  week: 7,
  wk: 7,
  month: 30,
  mo: 30,
  quarter: 91,
  year: 365,
  yr: 365,
  decade: 3652,
  century: 36525,
  centurie: 36525,
};
// "600-year-old" is 600 years.
const daysIn = (unit: string) => DAYS[unit.replace(/-old$/, '').replace(/s$/, '')];

/** The same span of time in another unit: "about three months" for "90 days" (within a tenth). */
function sameDuration(n: FoundNumber, facts: InputFacts): boolean {
  // "forty boards a month" counts boards: the span must be what the number counts.
  if (!n.duration) return false;
  const unit = n.units.map(daysIn).find((d) => d !== undefined);
  return unit !== undefined && spanInInput(n.value * unit, facts);
}

/** "within a week" for "within 7 days": one of a unit of time, said in words. */
function spanInWords(n: FoundNumber, facts: InputFacts): boolean {
  // "in a day or so" hedges a span of its own.
  const unit = /\b(?:a|an|one) (second|minute|hour|day|week|fortnight|month|year)\b(?! or )/i
    .exec(n.text)?.[1]
    ?.toLowerCase();
  return unit !== undefined && spanInInput(unit === 'fortnight' ? 14 : (daysIn(unit) ?? 0), facts);
}

function spanInInput(days: number, facts: InputFacts): boolean {
  for (const [value, units] of facts.numbers) {
    for (const other of [...units].map(daysIn)) {
      if (other !== undefined && Math.abs(value * other - days) <= 0.1 * days) return true;
    }
  }
  return false;
}

// "zero dollars" for "$0": money said in words.
const MONEY = new Set(['dollar', 'pound', 'euro', 'buck', 'quid', 'rand', 'rupee', 'naira', 'peso']);
function sameQuantity(n: FoundNumber, facts: InputFacts): boolean {
  // "'62" for the founding year 1962.
  if (
    n.value < 100 &&
    /['’]$/.test(n.prefix) &&
    (facts.numbers.has(1900 + n.value) || facts.numbers.has(2000 + n.value))
  )
    return true;
  const counted = facts.numbers.get(n.value);
  if (!counted) return sameDuration(n, facts);
  // Large values, decimals ("that 4.9" for "rated 4.9") and money ("$4", "40p") rarely meet by chance; small counts
  // do ("two weeks", "two stations").
  if (
    n.value >= 100 ||
    !Number.isInteger(n.value) ||
    /[$€£]|\dp$/.test(n.text) ||
    n.units.some((u) => MONEY.has(u)) ||
    n.units.length === 0 ||
    counted.has('')
  )
    return true;
  // The same count of the same thing, or of something the input names ("six dealerships"); or the
  // same span of time ("three months" for "90 days" where the input also has "3 offices").
  return sameThing(n, counted, facts) || sameDuration(n, facts);
}

/**
 * What a number counts is what the input's counts: the same word, or a word the input uses. A span
 * of time counts time: "about 90 seconds per bus" is not the input's "90 fleets" of buses.
 */
function sameThing(n: FoundNumber, counted: Set<string>, facts: InputFacts): boolean {
  // "from 50 units" for "Minimum order 50": units, items and pieces are any thing counted.
  if (n.units.length > 0 && n.units.every((u) => COUNTED_ANYTHING.has(u))) return true;
  // "twenty-four people" for the input's 24 guests: people are whoever the input counts.
  if (n.units[0] === 'people') return true;
  const units = n.duration ? n.units.filter((u) => daysIn(u) !== undefined) : n.units;
  return units.some((u) => facts.all.stems.has(u) || [...counted].some((c) => sameWord(u, c)));
}

const COUNTED_ANYTHING = new Set(['unit', 'item', 'piece', 'pc']);

/** "age" and "aged", "hectare" and "hectares": one word for counting purposes. */
// Units as people shorten them: "12 pts", "6 mo", "3 hrs".
const SHORT_UNITS: Record<string, string> = {
  pt: 'point',
  mo: 'month',
  yr: 'year',
  wk: 'week',
  hr: 'hour',
  min: 'minute',
  bbl: 'barrel',
  pb: 'petabyte',
  tb: 'terabyte',
  sq: 'square',
  gw: 'gigawatt',
  mw: 'megawatt',
  kw: 'kilowatt',
  // "two kilos" for "2 kg".
  kg: 'kilogram',
  km: 'kilometre',
  cm: 'centimetre',
  ml: 'millilitre',
  ha: 'hectare',
  // "six-to-seven foot" for "6-7ft", "300-pound blocks" for "300 lb blocks".
  ft: 'foot',
  feet: 'foot',
  lb: 'pound',
  oz: 'ounce',
  mi: 'mile',
};

/** A unit as written in full: "kg" and "kgs" are "kilogram"; other words stay as they are. */
const fullUnit = (unit: string) => SHORT_UNITS[unit.replace(/s$/, '')] ?? unit;

// The people a number counts, whatever they are called: "a 45-person studio" for "45 staff".
const PEOPLE = new Set(
  'person people staff employee headcount fte worker member strong team crew developer engineer nurse technician driver agent clinician caregiver teacher tutor volunteer'.split(
    ' ',
  ),
);
// The places a number counts, whatever they are called: "11 sites" for "11 facilities".
const PLACES = new Set([
  'site',
  'location',
  'facility',
  'facilitie',
  'branch',
  'property',
  'campus',
  'school',
  // "your 11 locations" for "11 family funeral homes".
  'home',
  'store',
  'shop',
  'office',
  'workshop',
  'studio',
]);
// The craft a number counts: "four boats" for "4 vessels".
const VESSELS = new Set(['vessel', 'boat', 'ship', 'ferry', 'ferrie', 'tug', 'barge', 'trawler', 'craft']);
const sameWord = (a: string, b: string) => {
  if ([PEOPLE, PLACES, VESSELS].some((kind) => kind.has(a) && kind.has(b))) return true;
  // "co-ops" and "cooperatives": hyphens apart, a shared start of four letters.
  const [x, y] = [a, b].map((w) => fullUnit(w.replace(/-/g, ''))) as [string, string];
  return (
    x === y ||
    (Math.min(x.length, y.length) >= 3 && (x.startsWith(y) || y.startsWith(x))) ||
    (x.length >= 4 && y.length >= 4 && x.slice(0, 4) === y.slice(0, 4))
  );
};

/** Every number must come from the input: by value, or (vague ones) by the same words. */
// "a 10-min call", "15 minutes on Thursday?": the length of the meeting asked for, not a claim.
const MINUTES = /^\s*-?\s*(?:min|mins|minutes?)\b/i;
const MEETING_WORD =
  /\b(?:call|chat|natter|meeting|demo|conversation|walkthrough|walk-through|intro|catch-up|zoom|slot|show you|walk you through)\b/i;
// "giz two minutes": the time asked for, in any voice.
const MEETING = new RegExp(
  `${MEETING_WORD.source}|\\b(?:tops|max|would do|would be plenty|giz|gimme|give me|give us|lend me)\\b|\\?`,
  'i',
);
/**
 * "1. Coral Current handles…", "2) …": a numbered list's markers; "Three reasons I'm writing:" over
 * such a list counts its items.
 */
function numbersAList(text: string, n: FoundNumber): boolean {
  const after = text.slice(n.index + n.text.length);
  if (opensLine(text, n.index) && /^[.)]\s/.test(after)) return true;
  // "…an idea for Keel & Crate: 1) one board, 2) carriers book their own slots": items counted inline.
  if (/^\)\s/.test(after) && /(?:^|[:;,]\s*|\s)$/.test(text.slice(Math.max(0, n.index - 2), n.index))) {
    const next = `${n.value + 1})`;
    const previous = `${n.value - 1})`;
    if (text.includes(next, n.index) || (n.value > 1 && text.lastIndexOf(previous, n.index) >= 0)) return true;
  }
  // "Step 1: connect Kafka. Step 2: …".
  // "Llamas, round two?": a second go, no count.
  if (/\b(?:step|option|part|round)\s+$/i.test(text.slice(Math.max(0, n.index - 8), n.index))) return true;
  return /^[^\n.!?]*:[ \t]*\n\s*(?:1[.)]|[•*-])\s/.test(after);
}

function meetingLength(text: string, n: FoundNumber): boolean {
  const after = text.slice(pairedEnd(text, n.index + n.text.length));
  // "15 minutes", "half an hour".
  const length = MINUTES.test(after) || (n.value === 0.5 && /^\s+an?\s+hour\b/i.test(after));
  if (!(n.value > 0 && n.value <= 60) || !length) return false;
  // "matches requests in under 4 minutes": how fast something is done, not the meeting's length; "I can
  // show everything in 15 minutes" is the call's.
  const before = text.slice(Math.max(0, n.index - 24), n.index);
  const shown = /\b(?:i|we)(?:'ll| can| could| will)? (?:show|walk|demo|talk)\b[^.!?\n]{0,30}$/i.test(
    text.slice(Math.max(0, n.index - 50), n.index),
  );
  if (
    !shown &&
    /\b(?:in|within|under|inside|takes?|took|only)\s+(?:about |around |roughly |just |under |less than )?$/i.test(
      before,
    )
  ) {
    return false;
  }
  // "a 25-minute wait": a length of something else.
  if (
    /^\s*-?\s*(?:min|mins|minutes?)\s+(?:wait|waits|delay|delays|hold|holds|queue|queues|line|lines|drive|commute|response|turnaround|lag)\b/i.test(
      after,
    )
  )
    return false;
  // Its own sentence only: "Setup takes about ten minutes" after a question proposes no meeting.
  const start = Math.max(...['.', '!', '?', '\n'].map((c) => text.lastIndexOf(c, n.index - 1))) + 1;
  const end = text.slice(n.index).search(/[.!?\n]/);
  if (MEETING.test(text.slice(start, end < 0 ? undefined : n.index + end + 1))) return true;
  // "Fancy a quick natter Thursday? Ten minutes, tops.": the length of the call just asked for.
  const asked = text.slice(0, start).trimEnd();
  return asked.endsWith('?') && MEETING_WORD.test(asked.slice(-80));
}

// "calls at 11 p.m.", "8am": a time of day, not a claim.
const CLOCK = /^\s?(?:a\.?m\.?|p\.?m\.?|o'clock)(?![\p{L}])/iu;
const DAY_AT =
  /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)\.?|tomorrow|today|weekdays?|weekends?|mornings?|afternoons?|evenings?)(?: (?:morning|afternoon|evening))? (?:(?:at|around|about|after|before|from|say) )?(?:half )?$/i;
// "open till half nine", "say half ten?": half past the hour, as the British say it.
const HALF_HOUR = new RegExp(`^half (?:${Object.keys(UNITS).slice(1, 13).join('|')})\\b`, 'i');
const BEFORE_HOUR = /\b(?:till|until|at|say|from|by|around|about|before|after|or)\s+$/i;
// "Wednesday at 10:00", "14:30 UK time": both halves of a clock time.
function timeOfDay(text: string, n: FoundNumber): boolean {
  const after = text.slice(n.index + n.text.length);
  if (n.value <= 24 && (CLOCK.test(after) || /^:[0-5]\d\b/.test(after))) return true;
  const before = text.slice(Math.max(0, n.index - 32), n.index);
  if (HALF_HOUR.test(text.slice(n.index, n.index + 12)) && BEFORE_HOUR.test(before)) return true;
  if (n.value <= 12 && /\bhalf\s+$/i.test(before) && BEFORE_HOUR.test(before.replace(/half\s+$/i, ''))) return true;
  // "Thursday at 3?", "Tuesday at 1 or Thursday at 4", "Weds at 11": an hour offered for the call; "Thursday
  // at 14" on a 24-hour clock.
  const hour = n.value <= 12 || (n.value <= 23 && /\bat\s+$/i.test(before));
  if (Number.isInteger(n.value) && n.value >= 1 && hour && DAY_AT.test(before)) return true;
  return n.value < 60 && /\b(?:[01]?\d|2[0-4]):$/.test(text.slice(Math.max(0, n.index - 3), n.index));
}

const MONTH = String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?`;
const MONTH_AFTER = new RegExp(String.raw`^(?:st|nd|rd|th)?(?: of)? ${MONTH}\b`, 'i');
const MONTH_BEFORE = new RegExp(String.raw`\b${MONTH} $`, 'i');
/** "the week of 12 May", "by March 3rd": a date, set for a call or a deadline. */
function dayOfMonth(text: string, n: FoundNumber): boolean {
  if (!(/\d/.test(n.text) && Number.isInteger(n.value) && n.value >= 1 && n.value <= 31)) return false;
  const after = text.slice(n.index + n.text.length, n.index + n.text.length + 16);
  return MONTH_AFTER.test(after) || MONTH_BEFORE.test(text.slice(Math.max(0, n.index - 12), n.index));
}

/** "more than doubled" for "2.4x": a bound below the input's multiple, and near it. */
function atLeast(text: string, n: FoundNumber, facts: InputFacts): boolean {
  if (!ABOVE.test(text.slice(Math.max(0, n.index - 16), n.index))) return false;
  return [...facts.multipliers].some((m) => m > n.value && m < n.value * 1.5);
}

const PEERS_SAID = /^\s*(?:i|we)(?:'ve)? (?:talk|speak|spoke|meet|met|hear from)\b/i;
// "about a third" for 35%, "a couple hundred cafés" for 210: a hedged round figure near the input's.
const APPROXIMATELY =
  /\b(?:about|around|roughly|nearly|almost|close to|approximately|some|just over|just under|over|more than|north of|upwards of)\s+$/i;
const ABOVE = /\b(?:just over|over|more than|north of|upwards of)\s+$/i;
const BELOW = /\b(?:nearly|almost|just under|close to)\s+$/i;
function approximates(text: string, n: FoundNumber, facts: InputFacts): boolean {
  const before = text.slice(Math.max(0, n.index - 16), n.index);
  const hedged = APPROXIMATELY.test(before) || /^a couple\b/i.test(n.text);
  if (!hedged || Number.isNaN(n.value) || n.multiplier) return false;
  // A fraction is a share: "a third" near 35%.
  const target = n.value < 1 ? n.value * 100 : n.value;
  for (const [value, units] of facts.numbers) {
    // A fraction in words is rounder than a figure in digits: "about a third" for 35 %, not "12 %" for 14 %.
    const tolerance = /\d/.test(n.text) ? 0.1 : 0.15;
    if (!(value > 0) || Math.abs(value - target) > tolerance * value) continue;
    // "More than half" is not 45 %, nor "nearly 50" 52: a bound says on which side the figure is.
    if ((value < target && ABOVE.test(before)) || (value > target && BELOW.test(before))) continue;
    if (n.value < 1 ? units.has('%') : sameThing(n, units, facts)) return true;
  }
  return false;
}

// "two offices, Glasgow and Edinburgh", "four stores (Ford, Toyota, Honda and Kia)": names in a list.
const NAMED_LIST =
  /^[^.!?\n]{0,30}?[,:(—–]\s*((?:\p{Lu}[\p{L}'’&.-]+(?: \p{Lu}[\p{L}'’&.-]+)*)(?:(?:,|,? and|,? &) \p{Lu}[\p{L}'’&.-]+(?: \p{Lu}[\p{L}'’&.-]+)*)+)/u;

/** "two metros" for "Houston and San Antonio": as many places, systems or sides as the input lists names. */
const countsInputList = (n: FoundNumber, facts: InputFacts) =>
  facts.listedCounts.has(n.value) && n.units.some((u) => LISTED_KINDS.has(u.replace(/(?<=[^s])s$/, '')));

/**
 * "…in the visitor's own language (it supports twelve)" for "12 languages": a count with no word after
 * it counts what its sentence named before it.
 */
function countsNamedBefore(text: string, n: FoundNumber, facts: InputFacts): boolean {
  const counted = facts.numbers.get(n.value);
  if (!counted || !/^\s*(?:[),.;:!?—–]|$)/.test(text.slice(n.index + n.text.length))) return false;
  const before =
    text
      .slice(0, n.index)
      .split(/[.!?\n]/)
      .pop() ?? '';
  // "6 days instead of 2": what another figure counts is that figure's.
  const countedThere = new Set(extractNumbers(before).flatMap((m) => m.units));
  // Common nouns: a name near the input's figure ("2 at Dakota Plains Ag") is no thing it counts.
  const named = (before.match(/(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*/gu) ?? []).map(stem);
  return named.some((w) => !FUNCTION_WORDS.has(w) && !countedThere.has(w) && [...counted].some((c) => sameWord(w, c)));
}

/** A small count of the names listed right after it, every one of them the input's. */
function countsNamedList(text: string, n: FoundNumber, facts: InputFacts): boolean {
  if (!(n.value >= 2 && n.value <= 12)) return false;
  const list = NAMED_LIST.exec(text.slice(n.index + n.text.length, n.index + n.text.length + 200))?.[1];
  const names = list?.split(/,? and |,? & |, /) ?? [];
  return names.length === n.value && names.every((name) => allWordsIn(name, facts.all));
}

/** "By 50%" for "by half", "25%" for "a quarter": the input's share, as a percentage. */
const shareAsPercent = (n: FoundNumber, facts: InputFacts) =>
  n.units.includes('%') && [...facts.numbers.keys()].some((v) => v > 0 && v < 1 && Math.abs(v * 100 - n.value) < 1);

/**
 * A vague quantity in the input's other words: "in under an hour" for "in under 1 hour", "less than a
 * week" for "in under a week", and the other way round.
 */
const SAID_ANOTHER_WAY: [RegExp, string][] = [
  [/\b(?:an?|one)(?= \p{L})/iu, '1'],
  [/\b(?:less|fewer) than\b/i, 'under'],
  [/\bunder\b/i, 'less than'],
];

/** "listed on both Airbnb and Booking.com… the two calendars": the pair its sentence just named. */
const restatesBoth = (text: string, n: FoundNumber) =>
  n.value === 2 &&
  !n.multiplier &&
  /\bboth\b(?:[^.!?\n]|\.(?=\S))*$/i.test(text.slice(Math.max(0, n.index - 120), n.index));

/**
 * "Summer hikers and winter skiers make two quite different seasons", "on Etsy and at craft fairs
 * means stock in two places": the two things its own sentence has just named, counted.
 */
const countsThePair = (text: string, n: FoundNumber) =>
  n.value === 2 &&
  /^two$/i.test(n.text) &&
  !n.multiplier &&
  !n.duration &&
  /^\s+(?:(?:very|quite|completely|entirely|totally|rather) )?(?!(?:more|new|extra|additional|other|of)\b)[\p{L}-]+/iu.test(
    text.slice(n.index + n.text.length),
  ) &&
  // Two things joined, not two clauses: "…buyers, and we just placed two Austin sauces" counts anew.
  /(?<![,;])\s(?:and|plus|&)\s+(?!(?:we|i|you|they|it|he|she)\b)[^.!?\n]*$/i.test(
    text.slice(text.slice(0, n.index).search(/[^.!?\n]*$/), n.index),
  );

/** "zero transaction fees" for "No transaction fees": none, in a number's words. */
function noneAsZero(text: string, n: FoundNumber, facts: InputFacts): boolean {
  const what = /^\s+([\p{L}-]+)/u.exec(text.slice(n.index + n.text.length))?.[1];
  return (
    n.value === 0 && /^zero$/i.test(n.text) && what !== undefined && containsPhrase(facts.all.text, `no ${fold(what)}`)
  );
}

/** A share in words ("half", "a fifth"), not a span of time ("half an hour"). */
const share = (text: string, n: FoundNumber) =>
  n.value > 0 &&
  n.value < 1 &&
  !/\d/.test(n.text) &&
  // "half an hour", "half-hour flights".
  !/^(?: of an? | an? |-| )(?:second|minute|hour|day|week|month|year)\b/i.test(text.slice(n.index + n.text.length));

export function checkNumbers(text: string, field: TextField, facts: InputFacts): RiskFlag[] {
  const flags: RiskFlag[] = [];
  const found = extractNumbers(text);
  // "went from 9 days to 3" for "from 9 days to 3": the input's change, its second figure unitless.
  const restated = new Set(
    changesIn(text, found)
      .filter((pair) => facts.changes.has(change(pair)))
      .flat(),
  );
  // "Nine branches means nine calendars": a sourced count said again in its sentence is the same count;
  // "which of those 45 shelves" points back to it anywhere after.
  const sourcedAt: FoundNumber[] = [];
  const saidAgain = (n: FoundNumber) =>
    !n.multiplier &&
    sourcedAt.some(
      (m) =>
        m.value === n.value &&
        (!/[.!?\n]/.test(text.slice(m.index + m.text.length, n.index)) ||
          /\b(?:those|these)\s+$/i.test(text.slice(Math.max(0, n.index - 7), n.index))),
    );
  for (const n of found) {
    const sourced = Number.isNaN(n.value)
      ? allWordsIn(n.text, facts.all) ||
        SAID_ANOTHER_WAY.some(([from, to]) => allWordsIn(n.text.replace(from, to), facts.all)) ||
        // "I'm curious whether most of those bookings…": a share asked about, not told.
        /\b(?:whether|if)\b[^.!?\n]*$/i.test(text.slice(Math.max(0, n.index - 60), n.index)) ||
        spanInWords(n, facts) ||
        // "most of them heading abroad" for "sold mostly to bands overseas".
        (/^most of (?:them|those|these)$/i.test(n.text) && facts.all.stems.has('mostly')) ||
        // "Most clinic managers I talk to say…": peers' general word, no count of anyone's.
        (/^most\b/i.test(n.text) && PEERS_SAID.test(text.slice(n.index + n.text.length, n.index + n.text.length + 30)))
      : n.multiplier
        ? facts.multipliers.has(n.value) || atLeast(text, n, facts)
        : // "Halved", "cut by a fifth": a percentage, or a change the input states ("6 days to 3"); no
          // count or span of time ("in half the hours" is no "30-minute call").
          (share(text, n)
            ? facts.numbers.has(n.value) ||
              facts.numbers.get(Math.round(n.value * 100))?.has('%') ||
              facts.multipliers.has(Math.round(1 / n.value))
            : sameQuantity(n, facts)) ||
          countsNamedList(text, n, facts) ||
          shareAsPercent(n, facts) ||
          countsInputList(n, facts) ||
          countsNamedBefore(text, n, facts) ||
          // "fifty cent per ticket" for "€0.50 per ticket".
          (n.units.includes('cent') && facts.numbers.has(n.value / 100)) ||
          restated.has(n) ||
          approximates(text, n, facts);
    if (sourced && !Number.isNaN(n.value) && !n.multiplier) sourcedAt.push(n);
    if (
      sourced ||
      saidAgain(n) ||
      restatesBoth(text, n) ||
      countsThePair(text, n) ||
      noneAsZero(text, n, facts) ||
      meetingLength(text, n) ||
      timeOfDay(text, n) ||
      dayOfMonth(text, n) ||
      numbersAList(text, n)
    )
      continue;
    const what = Number.isNaN(n.value) ? 'a quantity' : 'a number';
    flags.push(claimFlag('UNSOURCED_NUMBER', 'number', field, n.index, n.text, `${what} that is not in the input`));
  }
  return flags;
}
