import { describe, expect, it } from 'vitest';
import { loadCorpus, scoreCorpus } from './quality.ts';

describe('guardrail quality on the labelled corpus', () => {
  const corpus = loadCorpus();
  const { byCode, precision, mistakes } = scoreCorpus(corpus);
  const recall = (code: string) => byCode.find((s) => s.code === code)?.recall ?? 0;

  it('has a corpus of at least 150 messages, clean and faulty', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    expect(corpus.filter((e) => e.expected.length === 0).length).toBeGreaterThanOrEqual(15);
  });

  it('meets the recall targets', () => {
    expect(recall('UNSOURCED_NUMBER'), mistakes.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(recall('SPAM_PHRASE'), mistakes.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(recall('UNSOURCED_CLAIM'), mistakes.join('\n')).toBeGreaterThanOrEqual(0.9);
    for (const code of ['MISSING_GREETING', 'MISSING_CTA', 'UNFILLED_PLACEHOLDER']) {
      expect(recall(code), `${code}\n${mistakes.join('\n')}`).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('meets the precision target overall', () => {
    expect(precision, mistakes.join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});
