/**
 * How well checkVariant catches invented claims, on labelled corpora of messages written the way
 * models and people write outreach (test/corpus/realistic): recall per claim kind, whether the flag
 * points at the labelled words, and the share of clean messages that pass without an error.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CLAIM_CATEGORIES, type ClaimCategory, PersonalizeRequest, type RiskFlag } from '@personalizer/shared';
import { checkVariant } from './index.ts';

/** The claim kinds, then the language-independent rules the multilingual corpora label too. */
const RULE_KINDS = ['spam', 'missing_greeting', 'missing_question'] as const;
export type LabelKind = ClaimCategory | (typeof RULE_KINDS)[number];

/** Whether a flag is one of the kind labelled. */
const FLAGS_KIND: Record<LabelKind, (flag: RiskFlag) => boolean> = {
  ...(Object.fromEntries(CLAIM_CATEGORIES.map((c) => [c, (f: RiskFlag) => f.category === c])) as Record<
    ClaimCategory,
    (flag: RiskFlag) => boolean
  >),
  spam: (f) => f.category === 'spam',
  missing_greeting: (f) => f.code === 'MISSING_GREETING',
  missing_question: (f) => f.code === 'MISSING_CTA',
};

export interface CorpusEntry {
  id: string;
  request: PersonalizeRequest;
  variant: { subject: string | null; message: string };
  /** A rule kind's quote is "" (the whole message breaks it). */
  expected: { kind: LabelKind; quote: string }[];
}

/** The corpora the checker was tuned on; `quality.test.ts` holds it to its targets on these. */
export const CORPORA = ['dev', 'holdout'] as const;
/**
 * The newest sealed groups: measured, and kept out of the claim model's training so that it is
 * measured on them as on writers it never saw. Trained on them, it read sentences about the sender's
 * product or the lead's plain facts ("The dispatch desk at Northwind sees steady traffic every day")
 * as pains, which the hard negatives in `pains.test.ts` forbid.
 */
const NEWEST = [
  'blind152',
  'blind153',
  'blind154',
  'blind155',
  'blind156',
  'blind157',
  'blind158',
  'blind159',
  'blind160',
  'blind161',
  'blind162',
  'blind163',
  'blind164',
  'blind165',
  'blind166',
  'blind167',
  'blind168',
  'blind169',
  'blind170',
  'blind171',
  'blind172',
  'blind173',
  'blind174',
  'blind175',
  'blind176',
  'blind177',
  'blind178',
  'blind179',
  'blind180',
  'blind181',
  'blind182',
  'blind183',
  'blind184',
  'blind185',
  'blind186',
  'blind187',
  'blind188',
  'blind189',
  'blind190',
  'blind191',
  'blind192',
  'blind193',
  'blind194',
  'blind195',
  'blind196',
  'blind197',
  'blind198',
  'blind199',
  'blind200',
  'blind201',
  'blind202',
  'blind203',
  'blind204',
  'blind205',
  'blind206',
  'blind207',
  'blind208',
  'blind209',
  'blind210',
  'blind211',
  'blind212',
  'blind213',
  'blind214',
  'blind215',
] as const;
/**
 * Corpora printed by the bench and asserted by nothing: `train2` and `train3` (written later, tuned
 * on since), `blind` and `blind3` to `blind8` (tuned on after their first run), `blind2` (never tuned
 * on); `blind9` to `blind67` and `blind72` to `blind79` were each measured once before any change on
 * them and tuned on since (`blind19`, `blind22`, `blind24` to `blind31`, `blind34`, `blind35`,
 * `blind38` to `blind47` and `blind52` to `blind55` were sealed until measured); `blind68` to
 * `blind71` and `blind80` to `blind83` were last session's honest estimate (some of their mistakes
 * have been read since); `blind84` to `blind87` and `blind92` to `blind99` were measured once on
 * arrival and tuned on; `blind88` to `blind91` and `blind100` to `blind103` were sealed until
 * measured once and are the estimate before; `blind108` to `blind111` were measured once on arrival
 * and tuned on; `blind104` to `blind107` were sealed until measured once (their clean messages'
 * flags read after); `blind112` to `blind115` likewise (measured at 51cf4b2); `blind116` to
 * `blind119`, sealed until measured once at the final checker, with those two groups' single runs,
 * were the estimate before the learned claim reading; `blind120` to `blind123` were sealed until
 * measured once with it (1bfeaf4), and read after; `blind124` to `blind127` likewise, at 65805a5,
 * `blind128` to `blind131` at d8ad3f7, `blind132` to `blind135` at 72b154f, `blind136` to
 * `blind139` at 4787204, `blind140` to `blind143` at ea394d8, `blind144` to `blind147` at
 * 23065f6, `blind148` to `blind151` at 1c2c4b8, and `blind152` to `blind155` (written from a rewritten
 * brief, their word limits looser than the channels') at 62d216c, and `blind156` to `blind159` (the
 * brief with the channels' limits, a greeting, a fact about the lead and a question) at ae8ad67, and
 * `blind160` to `blind163` (the same brief) at 6486bd8, `blind164` to `blind167` at ffd9b22,
 * `blind168` to `blind171` at 75097ef,
 * `blind172` to `blind175` at 45abf8f, `blind176` to `blind179` at fe533b7, `blind180` to `blind183` at 13603f6,
 * `blind184` to `blind187` at 547bcde, `blind188` to `blind191` at 9d6157d,
 * `blind192` to `blind195` at f786afa, `blind196` to `blind199` at e6ff78e,
 * `blind200` to `blind203` at e3e2555, `blind204` to `blind207` at 3516388,
 * `blind208` to `blind211` at 89a7175, `blind212` to `blind215` at 8175cc0 (measured once, not yet read).
 */
export const MEASURED = [
  'train2',
  'train3',
  'blind',
  'blind2',
  'blind3',
  'blind4',
  'blind5',
  'blind6',
  'blind7',
  'blind8',
  'blind9',
  'blind10',
  'blind11',
  'blind12',
  'blind13',
  'blind14',
  'blind15',
  'blind16',
  'blind17',
  'blind18',
  'blind20',
  'blind21',
  'blind19',
  'blind22',
  'blind23',
  'blind24',
  'blind25',
  'blind26',
  'blind27',
  'blind28',
  'blind29',
  'blind30',
  'blind31',
  'blind32',
  'blind33',
  'blind34',
  'blind35',
  'blind36',
  'blind37',
  'blind38',
  'blind39',
  'blind40',
  'blind41',
  'blind42',
  'blind43',
  'blind44',
  'blind45',
  'blind46',
  'blind47',
  'blind48',
  'blind49',
  'blind50',
  'blind51',
  'blind52',
  'blind53',
  'blind54',
  'blind55',
  'blind56',
  'blind57',
  'blind58',
  'blind59',
  'blind60',
  'blind61',
  'blind62',
  'blind63',
  'blind64',
  'blind65',
  'blind66',
  'blind67',
  'blind68',
  'blind69',
  'blind70',
  'blind71',
  'blind72',
  'blind73',
  'blind74',
  'blind75',
  'blind76',
  'blind77',
  'blind78',
  'blind79',
  'blind80',
  'blind81',
  'blind82',
  'blind83',
  'blind84',
  'blind85',
  'blind86',
  'blind87',
  'blind92',
  'blind93',
  'blind94',
  'blind95',
  'blind96',
  'blind97',
  'blind98',
  'blind99',
  'blind88',
  'blind89',
  'blind90',
  'blind91',
  'blind100',
  'blind101',
  'blind102',
  'blind103',
  'blind104',
  'blind105',
  'blind106',
  'blind107',
  'blind108',
  'blind109',
  'blind110',
  'blind111',
  'blind112',
  'blind113',
  'blind114',
  'blind115',
  'blind116',
  'blind117',
  'blind118',
  'blind119',
  'blind120',
  'blind121',
  'blind122',
  'blind123',
  'blind124',
  'blind125',
  'blind126',
  'blind127',
  'blind128',
  'blind129',
  'blind130',
  'blind131',
  'blind132',
  'blind133',
  'blind134',
  'blind135',
  'blind136',
  'blind137',
  'blind138',
  'blind139',
  'blind140',
  'blind141',
  'blind142',
  'blind143',
  'blind144',
  'blind145',
  'blind146',
  'blind147',
  'blind148',
  'blind149',
  'blind150',
  'blind151',
  ...NEWEST,
] as const;
/** Measured, and kept out of the claim model's training (NEWEST). */
export const MODEL_HELD_OUT: readonly CorpusName[] = NEWEST;

/** Messages written natively in each language other than English (test/corpus/multilingual). */
export const MULTILINGUAL = ['es', 'fr', 'de', 'pt', 'it', 'nl'] as const;
export type CorpusName =
  | (typeof CORPORA)[number]
  | (typeof MEASURED)[number]
  | `multilingual/${(typeof MULTILINGUAL)[number]}`
  | `multilingual-blind/${(typeof MULTILINGUAL)[number]}`;

const DIR = path.resolve(import.meta.dirname, '../../../test/corpus');
/** "dev" is realistic/dev.json; "multilingual/es" is multilingual/es.json (tuned on); "multilingual-blind/es" never was. */
const file = (name: CorpusName) => path.join(DIR, name.includes('/') ? `${name}.json` : `realistic/${name}.json`);

export const hasCorpus = (name: CorpusName) => existsSync(file(name));

export function loadCorpus(name: CorpusName): CorpusEntry[] {
  const raw = JSON.parse(readFileSync(file(name), 'utf8')) as (Omit<CorpusEntry, 'request'> & {
    request: unknown;
  })[];
  return raw.map((e) => ({ ...e, request: PersonalizeRequest.parse(e.request) }));
}

export interface KindScore {
  kind: LabelKind;
  total: number;
  caught: number;
  /** Caught with a span that overlaps the labelled words. */
  pointed: number;
  recall: number;
}

export interface CorpusScore {
  kinds: KindScore[];
  clean: { total: number; passed: number; rate: number };
  mistakes: string[];
}

/** The labelled words' span in the field they are in (start -1 when they are in neither). */
export function labelSpan(entry: CorpusEntry, quote: string) {
  const inMessage = entry.variant.message.indexOf(quote);
  if (inMessage >= 0) return { field: 'message', start: inMessage, end: inMessage + quote.length };
  const inSubject = entry.variant.subject?.indexOf(quote) ?? -1;
  return { field: 'subject', start: inSubject, end: inSubject + quote.length };
}

const overlaps = (flag: RiskFlag, label: ReturnType<typeof labelSpan>) =>
  flag.field === label.field && flag.span !== null && flag.span.start < label.end && label.start < flag.span.end;

export function scoreCorpus(corpus: CorpusEntry[]): CorpusScore {
  // Every claim kind is scored; a rule kind only where the corpus labels it.
  const labelled = new Set(corpus.flatMap((e) => e.expected.map((x) => x.kind)));
  const kinds = new Map<LabelKind, KindScore>(
    [...CLAIM_CATEGORIES, ...RULE_KINDS.filter((k) => labelled.has(k))].map((kind) => [
      kind,
      { kind, total: 0, caught: 0, pointed: 0, recall: 0 },
    ]),
  );
  const clean = { total: 0, passed: 0, rate: 0 };
  const mistakes: string[] = [];
  for (const entry of corpus) {
    // The corpora label claims and were written before SMS compliance rules: those are tested apart.
    const errors = checkVariant(entry.request, entry.variant).filter(
      (f) => f.severity === 'error' && f.category !== 'compliance',
    );
    if (entry.expected.length === 0) {
      clean.total++;
      if (errors.length === 0) clean.passed++;
      else
        mistakes.push(
          `${entry.id}: clean message flagged: ${errors.map((f) => `${f.category} ${f.detail}`).join('; ')}`,
        );
      continue;
    }
    for (const { kind, quote } of entry.expected) {
      const score = kinds.get(kind) as KindScore;
      score.total++;
      const ofKind = errors.filter(FLAGS_KIND[kind]);
      if (ofKind.length === 0) {
        mistakes.push(`${entry.id}: missed ${kind} “${quote}”`);
        continue;
      }
      score.caught++;
      // A rule broken by the whole message has no words to point at.
      if (quote === '' || ofKind.some((f) => overlaps(f, labelSpan(entry, quote)))) score.pointed++;
      else mistakes.push(`${entry.id}: ${kind} flagged elsewhere than “${quote}”`);
    }
  }
  for (const s of kinds.values()) s.recall = s.total ? s.caught / s.total : 1;
  clean.rate = clean.total ? clean.passed / clean.total : 1;
  return { kinds: [...kinds.values()], clean, mistakes };
}
