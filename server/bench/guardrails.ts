/** Grounding quality per claim kind on the labelled corpora, and checkVariant's speed per variant. */
import { performance } from 'node:perf_hooks';
import { checkVariant } from '../src/guardrails/index.ts';
import { CORPORA, loadCorpus, scoreCorpus } from '../src/guardrails/quality.ts';

export async function bench(): Promise<void> {
  for (const name of CORPORA) {
    const corpus = loadCorpus(name);
    const { kinds, clean } = scoreCorpus(corpus);
    console.log(`\nGrounding on test/corpus/realistic/${name}.json: ${corpus.length} labelled messages`);
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

  // As the pipeline runs it: a fresh request each round, checked for each of its variants, so the
  // per-request preparation (input facts, compiled fact patterns) is paid once per request.
  const corpus = CORPORA.flatMap((name) => loadCorpus(name));
  const byRequest = Map.groupBy(corpus, (entry) => JSON.stringify(entry.request));
  const times: number[] = [];
  for (let round = 0; round < 20; round++) {
    for (const entries of byRequest.values()) {
      const request = structuredClone(entries[0]?.request) as (typeof entries)[0]['request'];
      for (const entry of entries) {
        const start = performance.now();
        checkVariant(request, entry.variant);
        if (round > 2) times.push(performance.now() - start);
      }
    }
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.floor(q * (times.length - 1))] ?? 0;
  console.log(
    `  checkVariant per variant: median ${at(0.5).toFixed(4)} ms, p95 ${at(0.95).toFixed(4)} ms over ${times.length} runs (${byRequest.size} requests, ${corpus.length} variants)  target median <= 0.2 ms`,
  );
}

if (import.meta.main) await bench();
