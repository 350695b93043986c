/** Grounding quality per claim kind on the labelled corpora, and checkVariant's speed per variant. */
import { performance } from 'node:perf_hooks';
import { inputFacts } from '../src/guardrails/facts.ts';
import { checkVariant } from '../src/guardrails/index.ts';
import {
  CORPORA,
  type CorpusName,
  hasCorpus,
  loadCorpus,
  MEASURED,
  MULTILINGUAL,
  scoreCorpus,
} from '../src/guardrails/quality.ts';

export async function bench(): Promise<void> {
  // Multilingual: the corpus tuned on, then the one never tuned on (the honest estimate).
  const multilingual = MULTILINGUAL.flatMap((l): CorpusName[] => [`multilingual/${l}`, `multilingual-blind/${l}`]);
  const names: CorpusName[] = [...CORPORA, ...MEASURED.filter(hasCorpus), ...multilingual.filter(hasCorpus)];
  for (const name of names) {
    const corpus = loadCorpus(name);
    const { kinds, clean } = scoreCorpus(corpus);
    console.log(
      `\nGrounding on test/corpus/${name.includes('/') ? name : `realistic/${name}`}.json: ${corpus.length} labelled messages`,
    );
    console.log(
      `  ${'claim kind'.padEnd(14)} ${'caught'.padStart(8)} ${'recall'.padStart(7)} ${'pointed'.padStart(8)}  target`,
    );
    for (const k of kinds) {
      const caught = `${k.caught}/${k.total}`;
      console.log(
        `  ${k.kind.padEnd(14)} ${caught.padStart(8)} ${k.recall.toFixed(3).padStart(7)} ${String(k.pointed).padStart(8)}  recall >= 0.95`,
      );
    }
    const passed = `${clean.passed}/${clean.total}`;
    console.log(
      `  ${'clean pass'.padEnd(14)} ${passed.padStart(8)} ${clean.rate.toFixed(3).padStart(7)} ${''.padStart(8)}  >= 0.95`,
    );
  }

  // As the pipeline runs it: a fresh request each round, prepared once (its input facts), then
  // checked for each of its variants. The preparation is timed on its own, per request.
  const corpus = CORPORA.flatMap((name) => loadCorpus(name));
  const byRequest = Map.groupBy(corpus, (entry) => JSON.stringify(entry.request));
  const times: number[] = [];
  const prepared: number[] = [];
  for (let round = 0; round < 20; round++) {
    for (const entries of byRequest.values()) {
      const request = structuredClone(entries[0]?.request) as (typeof entries)[0]['request'];
      const start = performance.now();
      inputFacts(request);
      if (round > 2) prepared.push(performance.now() - start);
      for (const entry of entries) {
        const begin = performance.now();
        checkVariant(request, entry.variant);
        if (round > 2) times.push(performance.now() - begin);
      }
    }
  }
  const at = (xs: number[], q: number) => xs.sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))] ?? 0;
  console.log(
    `  checkVariant per variant: median ${at(times, 0.5).toFixed(4)} ms, p95 ${at(times, 0.95).toFixed(4)} ms over ${times.length} runs (${byRequest.size} requests, ${corpus.length} variants)  target median <= 0.2 ms`,
  );
  console.log(`  input facts per request (once): median ${at(prepared, 0.5).toFixed(4)} ms`);
}

if (import.meta.main) await bench();
