import { readFileSync } from 'node:fs';
import { PersonalizeRequest } from '@personalizer/shared';
import { scoreCorpus } from '/work/main/server/src/guardrails/quality.ts';

const file = process.argv[2]!;
const raw = JSON.parse(readFileSync(file, 'utf8'));
const corpus = raw.map((e: any) => ({ ...e, request: PersonalizeRequest.parse(e.request) }));
const s = scoreCorpus(corpus);
const show = process.argv[3] ?? '';
for (const m of s.mistakes) if (!show || m.includes(show)) console.log(m);
for (const k of s.kinds)
  console.log(k.kind.padEnd(14), `${k.caught}/${k.total}`, k.recall.toFixed(2), 'pointed', k.pointed);
console.log('clean', `${s.clean.passed}/${s.clean.total}`, s.clean.rate.toFixed(2));
