/** Precision and recall of checkVariant per risk-flag code on the labelled corpus (test/corpus). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PersonalizeRequest, type RiskFlagCode } from '@personalizer/shared';
import { checkVariant } from './index.ts';

export interface CorpusEntry {
  id: string;
  request: PersonalizeRequest;
  variant: { subject: string | null; message: string };
  expected: RiskFlagCode[];
}

export interface CodeScore {
  code: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

const CORPUS = path.resolve(import.meta.dirname, '../../../test/corpus/guardrails.json');

export function loadCorpus(): CorpusEntry[] {
  const raw = JSON.parse(readFileSync(CORPUS, 'utf8')) as (Omit<CorpusEntry, 'request'> & { request: unknown })[];
  return raw.map((e) => ({ ...e, request: PersonalizeRequest.parse(e.request) }));
}

/** Scores error-severity flags only: warnings are advice, not verdicts. */
export function scoreCorpus(corpus: CorpusEntry[]) {
  const scores = new Map<string, { tp: number; fp: number; fn: number }>();
  const mistakes: string[] = [];
  const score = (code: string) => {
    const existing = scores.get(code);
    if (existing) return existing;
    const fresh = { tp: 0, fp: 0, fn: 0 };
    scores.set(code, fresh);
    return fresh;
  };
  for (const entry of corpus) {
    const fired = new Set<string>(
      checkVariant(entry.request, entry.variant)
        .filter((f) => f.severity === 'error')
        .map((f) => f.code),
    );
    const expected = new Set<string>(entry.expected);
    for (const code of new Set([...fired, ...expected])) {
      const s = score(code);
      if (fired.has(code) && expected.has(code)) s.tp++;
      else if (fired.has(code)) {
        s.fp++;
        mistakes.push(`${entry.id}: unexpected ${code}`);
      } else {
        s.fn++;
        mistakes.push(`${entry.id}: missed ${code}`);
      }
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const byCode: CodeScore[] = [...scores].map(([code, s]) => ({
    code,
    ...s,
    precision: ratio(s.tp, s.tp + s.fp),
    recall: ratio(s.tp, s.tp + s.fn),
  }));
  const total = byCode.reduce((t, s) => ({ tp: t.tp + s.tp, fp: t.fp + s.fp }), { tp: 0, fp: 0 });
  return { byCode, precision: ratio(total.tp, total.tp + total.fp), mistakes };
}
