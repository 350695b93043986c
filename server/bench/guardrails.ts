/** Guardrail quality on the labelled corpus and checkVariant's speed per variant. */
import { performance } from 'node:perf_hooks';
import { checkVariant } from '../src/guardrails/index.ts';
import { loadCorpus, scoreCorpus } from '../src/guardrails/quality.ts';

const TARGETS: Record<string, string> = {
  UNSOURCED_NUMBER: 'recall >= 0.95',
  SPAM_PHRASE: 'recall >= 0.95',
  UNSOURCED_CLAIM: 'recall >= 0.90',
};

export async function bench(): Promise<void> {
  const corpus = loadCorpus();
  const { byCode, precision } = scoreCorpus(corpus);
  console.log(`\nGuardrails: ${corpus.length} labelled messages (test/corpus/guardrails.json)`);
  console.log(
    `  ${'code'.padEnd(22)} ${'precision'.padStart(9)} ${'recall'.padStart(7)} ${'support'.padStart(8)}  target`,
  );
  for (const s of byCode) {
    console.log(
      `  ${s.code.padEnd(22)} ${s.precision.toFixed(3).padStart(9)} ${s.recall.toFixed(3).padStart(7)} ${String(s.tp + s.fn).padStart(8)}  ${TARGETS[s.code] ?? ''}`,
    );
  }
  console.log(`  ${'overall precision'.padEnd(22)} ${precision.toFixed(3).padStart(9)}  target >= 0.95`);

  // Fresh request objects per round so the per-request cache is measured too.
  const times: number[] = [];
  for (let round = 0; round < 40; round++) {
    for (const entry of corpus) {
      const request = round === 0 ? entry.request : structuredClone(entry.request);
      const start = performance.now();
      checkVariant(request, entry.variant);
      if (round > 4) times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.floor(q * (times.length - 1))] ?? 0;
  console.log(
    `  checkVariant per variant: median ${at(0.5).toFixed(4)} ms, p95 ${at(0.95).toFixed(4)} ms over ${times.length} runs  target median <= 0.2 ms`,
  );
}

if (import.meta.main) await bench();
