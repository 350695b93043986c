/**
 * A learned reading of claims the phrase rules miss: one logistic regression per kind (events, pains,
 * sender social proof) over each sentence's words, word pairs, and the shape of its words against the
 * input (a word the input has, one it does not, a number). Trained on the labelled realistic corpora
 * (fictional leads; no person's data is in the weights) by `pnpm train:claims`; flags only sentences
 * where no rule of that kind read a claim, at the words that weigh most.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { RiskFlag, TextField } from '@personalizer/shared';
import { z } from 'zod';
import type { InputFacts } from './facts.ts';
import { claimFlag } from './flag.ts';
import { FUNCTION_WORDS, fold, lastFew, type Sentence, stem } from './text.ts';

export const MODEL_KINDS = ['event', 'pain', 'social_proof'] as const;
export type ModelKind = (typeof MODEL_KINDS)[number];

export interface ClaimModel {
  /** The probability at which a sentence is flagged. */
  threshold: number;
  bias: number[];
  /** Feature keys, ascending, and their weights: kind by kind for each key, in MODEL_KINDS order. */
  keys: Uint32Array;
  weights: Float32Array;
  /** What it was trained on. */
  trained: { corpora: string[]; messages: number; sentences: number };
}

// The model is two files: what it is (JSON) and its weights (binary: keys as 32-bit integers, then
// each key's weights as 8-bit integers times `scale`), about a megabyte rather than several.
export const MODEL_FILES = {
  meta: new URL('./claim-model.json', import.meta.url),
  weights: new URL('./claim-model.bin', import.meta.url),
};

/** The model as stored: each weight a whole number of `scale`s. */
export interface StoredModel extends Omit<ClaimModel, 'weights'> {
  steps: Int8Array;
  scale: number;
}

/** A trained model's weights rounded to 8 bits. */
export function stored(model: ClaimModel): StoredModel {
  const { weights, ...rest } = model;
  const scale = weights.reduce((max, w) => Math.max(max, Math.abs(w)), 0) / 127 || 1;
  return { ...rest, scale, steps: Int8Array.from(weights, (w) => Math.round(w / scale)) };
}

export function writeModel(model: ClaimModel): void {
  const { threshold, bias, trained, keys, steps, scale } = stored(model);
  const count = keys.length;
  const bytes = new Uint8Array(4 * count + MODEL_KINDS.length * count);
  new Uint32Array(bytes.buffer, 0, count).set(keys);
  new Int8Array(bytes.buffer, 4 * count).set(steps);
  writeFileSync(MODEL_FILES.meta, `${JSON.stringify({ threshold, bias, scale, count, trained }, null, 2)}\n`);
  writeFileSync(MODEL_FILES.weights, bytes);
}

const ModelMeta = z.object({
  threshold: z.number(),
  bias: z.array(z.number()).length(MODEL_KINDS.length),
  scale: z.number().positive(),
  count: z.number().int().nonnegative(),
  trained: z.object({ corpora: z.array(z.string()), messages: z.number(), sentences: z.number() }),
});

export function readModel(): StoredModel {
  const { threshold, bias, scale, count, trained } = ModelMeta.parse(
    JSON.parse(readFileSync(MODEL_FILES.meta, 'utf8')),
  );
  const bytes = readFileSync(MODEL_FILES.weights);
  if (bytes.length !== (4 + MODEL_KINDS.length) * count)
    throw new Error('claim-model.bin does not match claim-model.json');
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
  const keys = new Uint32Array(buffer, 0, count);
  return { threshold, bias, keys, steps: new Int8Array(buffer, 4 * count), scale, trained };
}

/**
 * A model as read per sentence: an open-addressed table of two integers a slot, the key (plus one;
 * 0 is empty) and its weights, a byte per kind in steps of `scale`, so that a lookup reads one place
 * in memory, and the table (2 MB) stays in the cache more often between messages.
 */
export interface ReadyModel {
  model: StoredModel;
  table: Int32Array;
}
const SLOT = 2;
export function ready(m: StoredModel): ReadyModel {
  const size = 2 ** Math.ceil(Math.log2(1.5 * m.keys.length + 1));
  const table = new Int32Array(size * SLOT);
  m.keys.forEach((key, i) => {
    let slot = key & (size - 1);
    while (table[slot * SLOT] !== 0) slot = (slot + 1) & (size - 1);
    table[slot * SLOT] = key + 1;
    let packed = 0;
    for (let k = 0; k < MODEL_KINDS.length; k++)
      packed |= ((m.steps[i * MODEL_KINDS.length + k] ?? 0) & 0xff) << (8 * k);
    table[slot * SLOT + 1] = packed;
  });
  return { model: m, table };
}
/** Kind `k`'s weight, in steps, of the key whose weights are at `place`. */
const stepAt = (table: Int32Array, place: number, k: number) => ((table[place] as number) << (24 - 8 * k)) >> 24;
/** The shipped model, read on first use. */
let shipped: ReadyModel | undefined;
const shippedModel = () => {
  shipped ??= ready(readModel());
  return shipped;
};
/** Where a key's weights start in the table, or -1. */
function placeOf(table: Int32Array, key: number): number {
  const mask = table.length / SLOT - 1;
  for (let slot = key & mask; ; slot = (slot + 1) & mask) {
    const held = table[slot * SLOT] as number;
    if (held === key + 1) return slot * SLOT + 1;
    if (held === 0) return -1;
  }
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

// Features are 30-bit hashes of what they are made of: numbers, not strings, built per word.
const hashText = (text: string) => {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
};
function key(family: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(family + 1, 0x9e3779b1);
  h = Math.imul(h ^ a, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h ^ b, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h ^ c, 0x85ebca6b);
  h ^= h >>> 13;
  return (h ^ (h >>> 16)) & 0x3fffffff;
}
const SHAPE = { known: hashText('<in>'), novel: hashText('<new>'), number: hashText('<n>') };
// The families of features, kept apart in their keys.
const FAMILY = { word: 0, pair: 1, wordShape: 2, shapeWord: 3, shapes: 4, sentence: 5 };

/** What a word is to the features: its hash, and its stem unless it is a function word or a number. */
interface WordForm {
  hash: number;
  /** The shape the word has whatever the input: itself (function word) or a number; 0 when the input decides. */
  shape: number;
  stem: string;
}
// Kept by word: the same words come back in every message.
const formOf = lastFew((word): WordForm => {
  const hash = hashText(word);
  const shape = FUNCTION_WORDS.has(word) ? hash : /\d/.test(word) ? SHAPE.number : 0;
  return { hash, shape, stem: shape ? '' : stem(word) };
}, 50_000);

/** A sentence's words with their offsets, and its features, each with the first and last word it is made of. */
export interface SentenceFeatures {
  words: { text: string; index: number }[];
  keys: number[];
  /** -1 for a feature of the whole sentence. */
  from: number[];
  to: number[];
}

/**
 * Each word, each pair of words, a word with the next one's shape (and the reverse), and runs of three
 * shapes; a word's shape is itself if it is a function word, else whether the input has it, or a number.
 */
export function sentenceFeatures(
  folded: string,
  inputStems: Set<string>,
  first: boolean,
  question: boolean,
): SentenceFeatures {
  const words: SentenceFeatures['words'] = [];
  const hashes: number[] = [];
  const shapes: number[] = [];
  let novel = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(folded); m; m = WORD.exec(folded)) {
    const form = formOf(m[0]);
    words.push({ text: m[0], index: m.index });
    hashes.push(form.hash);
    if (form.shape) shapes.push(form.shape);
    else if (inputStems.has(form.stem)) shapes.push(SHAPE.known);
    else {
      novel++;
      shapes.push(SHAPE.novel);
    }
  }
  const out: SentenceFeatures = { words, keys: [], from: [], to: [] };
  const add = (k: number, from: number, to: number) => {
    out.keys.push(k);
    out.from.push(from);
    out.to.push(to);
  };
  if (first) add(key(FAMILY.sentence, 1), -1, -1);
  if (question) add(key(FAMILY.sentence, 2), -1, -1);
  add(key(FAMILY.sentence, 3, Math.min(novel, 8)), -1, -1);
  const n = words.length;
  for (let i = 0; i < n; i++) {
    const h = hashes[i] as number;
    add(key(FAMILY.word, h), i, i);
    if (i + 1 >= n) break;
    const h1 = hashes[i + 1] as number;
    const s = shapes[i] as number;
    const s1 = shapes[i + 1] as number;
    add(key(FAMILY.pair, h, h1), i, i + 1);
    add(key(FAMILY.wordShape, h, s1), i, i + 1);
    add(key(FAMILY.shapeWord, s, h1), i, i + 1);
    if (i + 2 < n) add(key(FAMILY.shapes, s, s1, shapes[i + 2] as number), i, i + 2);
  }
  return out;
}

const WHAT: Record<ModelKind, string> = {
  event: 'news about the lead',
  pain: "a problem of the lead's",
  social_proof: "a claim about the sender's customers or results",
};

/**
 * Flags for sentences the model reads as an unsourced event, pain or social proof, where no rule of
 * that kind read a claim (`read`) or flagged one (`ruled`). Each points at the run of words that weighs most.
 */
export function checkClaimModel(
  sentences: Sentence[],
  field: TextField,
  facts: InputFacts,
  ruled: RiskFlag[],
  read: Record<ModelKind, Set<Sentence>>,
  { model: m, table }: ReadyModel = shippedModel(),
): RiskFlag[] {
  const flags: RiskFlag[] = [];
  const kinds = MODEL_KINDS.length;
  for (const [i, sentence] of sentences.entries()) {
    // A question asks, offers or wonders: what it claims, the rules read.
    if (sentence.question) continue;
    const end = sentence.start + sentence.text.length;
    const open = MODEL_KINDS.map(
      (kind) =>
        !read[kind].has(sentence) &&
        !ruled.some((f) => f.category === kind && f.span && f.span.start < end && sentence.start < f.span.end),
    );
    if (!open.includes(true)) continue;
    const { words, keys, from, to } = sentenceFeatures(sentence.folded, facts.all.stems, i === 0, sentence.question);
    const places = keys.map((k) => placeOf(table, k));
    const steps = new Int32Array(kinds);
    for (const place of places)
      if (place >= 0) for (let k = 0; k < kinds; k++) steps[k] = (steps[k] ?? 0) + stepAt(table, place, k);
    for (const [k, kind] of MODEL_KINDS.entries()) {
      const z = (m.bias[k] ?? 0) + m.scale * (steps[k] ?? 0);
      if (!open[k] || 1 / (1 + Math.exp(-z)) < m.threshold) continue;
      // Customers or results are others, counted or named: "We've got hourly prep space" names none.
      if (kind === 'social_proof' && !namesOthers(sentence.text, words, facts.greeting)) continue;
      // Each feature's weight shared among its words; the flag points at the heaviest run of them.
      const byWord = new Float64Array(words.length);
      places.forEach((place, f) => {
        const [a, b] = [from[f] ?? -1, to[f] ?? -1];
        if (place < 0 || a < 0) return;
        for (let j = a; j <= b; j++) byWord[j] = (byWord[j] ?? 0) + stepAt(table, place, k) / (b - a + 1);
      });
      // "Hi Dana, nearly every shipper…": the greeting is no part of the claim.
      const opening = afterGreeting(words, facts.greeting);
      const [first, last] = heaviestRun(byWord.subarray(opening)).map((at) => at + opening) as [number, number];
      const start = words[first]?.index ?? 0;
      const stop = (words[last]?.index ?? 0) + (words[last]?.text.length ?? sentence.text.length);
      flags.push(
        claimFlag(
          'UNSOURCED_CLAIM',
          kind,
          field,
          sentence.start + start,
          sentence.text.slice(start, stop),
          `read as ${WHAT[kind]} that the input does not give (a reading learned from labelled messages)`,
        ),
      );
    }
  }
  return flags;
}

/** A plural, a number or a name past the sentence's first word (the lead's first name aside). */
function namesOthers(text: string, words: { text: string; index: number }[], name: string): boolean {
  const lead = fold(name);
  return words.some(
    (w, i) =>
      /\d/.test(w.text) ||
      (w.text.length > 3 && w.text.endsWith('s') && !FUNCTION_WORDS.has(w.text) && !/(?:ss|us|is)$/.test(w.text)) ||
      (i > 0 &&
        /^\p{Lu}/u.test(text.slice(w.index)) &&
        !FUNCTION_WORDS.has(w.text.replace(/['’]/g, '')) &&
        w.text !== lead),
  );
}

/** The first word after "Hi Dana," when a sentence opens on the greeting, else 0. */
function afterGreeting(words: { text: string }[], name: string): number {
  const at = words.slice(0, 3).findIndex((w) => w.text === fold(name));
  return at >= 0 && at + 1 < words.length ? at + 1 : 0;
}

/** The run of words whose weights sum highest (at least one word). */
export function heaviestRun(weights: ArrayLike<number>): [number, number] {
  let best: [number, number] = [0, 0];
  let bestSum = Number.NEGATIVE_INFINITY;
  let from = 0;
  let sum = 0;
  for (let i = 0; i < weights.length; i++) {
    if (sum <= 0) {
      from = i;
      sum = 0;
    }
    sum += weights[i] ?? 0;
    if (sum > bestSum) {
      bestSum = sum;
      best = [from, i];
    }
  }
  return best;
}
