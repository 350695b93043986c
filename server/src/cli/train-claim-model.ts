/**
 * `pnpm train:claims [--exclude blind120,blind121]`: fits the claim model on every
 * labelled realistic corpus except the asserted ones (dev, holdout), those held out to measure it
 * (MODEL_HELD_OUT) and those excluded, and writes it.
 */
import { parseArgs } from 'node:util';
import { MODEL_FILES, writeModel } from '../guardrails/claim-model.ts';
import { labelledSentences, trainClaimModel } from '../guardrails/claim-training.ts';
import { hasCorpus, loadCorpus, MEASURED, MODEL_HELD_OUT } from '../guardrails/quality.ts';

const { values } = parseArgs({ options: { exclude: { type: 'string', default: '' } } });
const excluded = new Set(values.exclude.split(',').filter(Boolean));
const corpora = MEASURED.filter((name) => hasCorpus(name) && !excluded.has(name) && !MODEL_HELD_OUT.includes(name));
const entries = corpora.flatMap((name) => loadCorpus(name));
const rows = labelledSentences(entries);
const model = trainClaimModel(rows, { corpora: [...corpora], messages: entries.length, sentences: rows.length });
writeModel(model);
console.log(
  `${model.keys.length} features from ${rows.length} sentences of ${entries.length} messages → ${MODEL_FILES.weights.pathname}`,
);
