import { describe, expect, it } from 'vitest';
import { CORPORA, loadCorpus, scoreCorpus } from './quality.ts';

describe.each(CORPORA)('grounding on the %s corpus (messages written as models and people write them)', (name) => {
  const corpus = loadCorpus(name);
  const { kinds, clean, mistakes } = scoreCorpus(corpus);
  const report = mistakes.join('\n');

  it('is large and labelled in every claim kind', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(name === 'dev' ? 400 : 250);
    for (const k of kinds) expect(k.total, k.kind).toBeGreaterThanOrEqual(20);
    expect(clean.total).toBeGreaterThanOrEqual(name === 'dev' ? 200 : 140);
  });

  it.each(kinds.map((k) => [k.kind, k] as const))(
    'catches %s claims (recall >= 0.95), pointing at the words',
    (_, k) => {
      expect(k.recall, report).toBeGreaterThanOrEqual(0.95);
      expect(k.pointed / k.total, report).toBeGreaterThanOrEqual(0.9);
    },
  );

  it('passes clean messages (>= 0.95)', () => {
    expect(clean.rate, report).toBeGreaterThanOrEqual(0.95);
  });
});
