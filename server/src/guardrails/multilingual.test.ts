/**
 * The guardrails on messages written natively in Spanish, French, German, Portuguese, Italian and
 * Dutch (test/corpus/multilingual, 30 per language). The checks were tuned on these, so they are
 * held to targets here; multilingual-blind (never tuned on) is printed by `pnpm bench` instead.
 */
import { describe, expect, it } from 'vitest';
import { type KindScore, loadCorpus, MULTILINGUAL, scoreCorpus } from './quality.ts';

const scores = MULTILINGUAL.map((language) => ({ language, ...scoreCorpus(loadCorpus(`multilingual/${language}`)) }));
const report = scores.flatMap((s) => s.mistakes).join('\n');

describe('grounding in six languages (messages written as natives write them)', () => {
  it.each(scores.map((s) => [s.language, s] as const))('has clean and faulty messages in %s', (_, s) => {
    expect(s.clean.total).toBeGreaterThanOrEqual(10);
    expect(s.kinds.reduce((n, k) => n + k.total, 0)).toBeGreaterThanOrEqual(18);
  });

  const pooled = new Map<string, { caught: number; total: number }>();
  for (const k of scores.flatMap((s) => s.kinds as KindScore[])) {
    const p = pooled.get(k.kind) ?? { caught: 0, total: 0 };
    pooled.set(k.kind, { caught: p.caught + k.caught, total: p.total + k.total });
  }
  it.each([...pooled])('catches %s across the languages (>= 0.8)', (_, { caught, total }) => {
    expect(total).toBeGreaterThanOrEqual(12);
    expect(caught / total, report).toBeGreaterThanOrEqual(0.8);
  });

  it.each(scores.map((s) => [s.language, s] as const))('passes clean messages in %s (>= 0.8)', (_, s) => {
    expect(s.clean.rate, report).toBeGreaterThanOrEqual(0.8);
  });
});
