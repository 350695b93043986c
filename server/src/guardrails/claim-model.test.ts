import { PersonalizeRequest } from '@personalizer/shared';
import { describe, expect, it } from 'vitest';
import { emailRequest, sender } from '../../test-support/fixtures.ts';
import {
  checkClaimModel,
  heaviestRun,
  MODEL_KINDS,
  readModel,
  ready,
  sentenceFeatures,
  stored,
} from './claim-model.ts';
import { labelledSentences, TRAINING, trainClaimModel } from './claim-training.ts';
import { inputFacts } from './facts.ts';
import { checkVariant } from './index.ts';
import { hasCorpus, MEASURED, MODEL_HELD_OUT } from './quality.ts';
import { type Sentence, sentences } from './text.ts';

const request = PersonalizeRequest.parse({ ...emailRequest, sender });
/** The model's flags on a message, as [kind, the words pointed at]. */
function learned(message: string, over = {}): [string, string][] {
  const text = `Hi Dana, ${message} Open to a call?`;
  return checkVariant(PersonalizeRequest.parse({ ...request, ...over }), {
    subject: 'Freight visibility at Northwind',
    message: text,
  })
    .filter((f) => f.detail.includes('a reading learned from labelled messages'))
    .map((f) => [f.category, text.slice(f.span?.start, f.span?.end)]);
}

const entry = (message: string, quote?: string) => ({
  id: message,
  request,
  variant: { subject: null, message },
  expected: quote ? [{ kind: 'pain' as const, quote }] : [],
});
const corpus = [
  ...['churn', 'turnover', 'downtime', 'rework'].map((w) =>
    entry(`Hi Dana, I know ${w} has been brutal for your team. Open to a call?`, `${w} has been brutal`),
  ),
  ...['lanes', 'docks', 'yards', 'depots'].map((w) => entry(`Hi Dana, we map ${w} for shippers. Open to a call?`)),
];
const rows = labelledSentences(corpus);
const toyModel = trainClaimModel(
  rows,
  { corpora: [], messages: 8, sentences: rows.length },
  {
    ...TRAINING,
    minCount: 1,
    prune: 0,
  },
);
/** A model of eight messages: "… has been brutal" is a pain. */
const toy = ready(stored(toyModel));
const unread = () => ({ event: new Set<Sentence>(), pain: new Set<Sentence>(), social_proof: new Set<Sentence>() });

describe('the learned claim reading', () => {
  it('flags a sentence the model reads as a claim, at its words, past the greeting', () => {
    const facts = inputFacts(request);
    const text = 'Hi Dana, I know backlog has been brutal for your team. We map lanes for shippers.';
    const flags = checkClaimModel(sentences(text), 'message', facts, [], unread(), toy);
    expect(flags.map((f) => [f.category, text.slice(f.span?.start, f.span?.end)])).toEqual([
      ['pain', 'I know backlog has been brutal for your team'],
    ]);
    expect(flags[0]?.detail).toContain('a reading learned from labelled messages');
  });

  it('leaves a sentence a rule of the kind read, and a question, to the rules', () => {
    const facts = inputFacts(request);
    const text = 'Hi Dana, I know backlog has been brutal for your team. Has rework been brutal for your team?';
    const parts = sentences(text);
    const read = unread();
    read.pain.add(parts[0] as Sentence);
    expect(checkClaimModel(parts, 'message', facts, [], read, toy)).toEqual([]);
  });

  it('with the shipped model, leaves to the rules the sentences they read, and reads no question', () => {
    // The rules read a sourced raise, and a product's file formats, as no claim.
    const seriesB = { company_context: { summary: 'Northwind raised a Series B in 2024.' } };
    expect(learned('Congrats on the raise.', seriesB)).toEqual([]);
    expect(learned('We work with memoQ and XTM exports.')).toEqual([]);
    expect(learned('Did Northwind get dinged on dwell-time records at its last DOT audit?')).toEqual([]);
  });

  it('is trained on every labelled corpus the bench measures, but those held out to measure it', () => {
    const model = readModel();
    expect(model.trained.corpora).toEqual(MEASURED.filter((n) => hasCorpus(n) && !MODEL_HELD_OUT.includes(n)));
    expect(model.keys.every((key, i) => i === 0 || key > (model.keys[i - 1] ?? 0))).toBe(true);
    expect(model.steps.length).toBe(model.keys.length * MODEL_KINDS.length);
  });
});

describe('sentence features', () => {
  it('shape a word by whether the input has it, and keep function words as they are', () => {
    const keys = (stems: string[]) => sentenceFeatures('i know churn is up', new Set(stems), false, false).keys;
    expect(keys([])).toEqual(keys([]));
    expect(keys(['churn'])).not.toEqual(keys([]));
    // "up" is a function word: whether the input has it changes nothing.
    expect(keys(['up'])).toEqual(keys([]));
  });

  it('point at the heaviest run of words', () => {
    expect(heaviestRun([-1, 2, 3, -10, 4])).toEqual([1, 2]);
    expect(heaviestRun([-3, -1, -2])).toEqual([1, 1]);
    expect(heaviestRun([1, -0.5, 2])).toEqual([0, 2]);
  });
});

describe('training', () => {
  it('labels the sentence that holds the quoted words', () => {
    const rows = labelledSentences(corpus.slice(0, 1));
    expect(rows.map((r) => [...r.kinds])).toEqual([['pain'], []]);
  });

  it('gives the same model from the same corpora, and learns what they label', () => {
    const options = { ...TRAINING, minCount: 1, prune: 0 };
    const a = trainClaimModel(rows, { corpora: [], messages: 8, sentences: rows.length }, options);
    const b = trainClaimModel(rows, { corpora: [], messages: 8, sentences: rows.length }, options);
    expect([...a.weights]).toEqual([...b.weights]);
    const at = new Map(Array.from(a.keys, (key, i) => [key, i]));
    const PAIN = MODEL_KINDS.indexOf('pain');
    const pain = (sentence: string) => {
      const z = sentenceFeatures(sentence, new Set(), false, false).keys.reduce(
        (sum, key) => sum + (a.weights[(at.get(key) ?? -1) * MODEL_KINDS.length + PAIN] ?? 0),
        a.bias[PAIN] ?? 0,
      );
      return 1 / (1 + Math.exp(-z));
    };
    expect(pain('hi dana, i know backlog has been brutal for your team.')).toBeGreaterThan(0.5);
    expect(pain('hi dana, we map ports for shippers.')).toBeLessThan(0.5);
  });
});
