import { readFileSync } from 'node:fs';
import { PersonalizeRequest } from '@personalizer/shared';
import { inputFacts, normalizePhrase } from '/work/main/server/src/guardrails/facts.ts';
import { GENERIC, stem } from '/work/main/server/src/guardrails/text.ts';

const c = JSON.parse(readFileSync('/tmp/dev-partial.json', 'utf8'));
const e = c.find((x: any) => x.id === 'part-02.json#44');
const f = inputFacts(PersonalizeRequest.parse(e.request));
const sent = 'Customers see double the reply rates on intent-based sequences, and 300 B2B sales teams use us today.';
const content = normalizePhrase(sent)
  .split(' ')
  .map(stem)
  .filter((s) => s.length > 1 && !GENERIC.has(s));
console.log(
  content,
  content.map((s) => f.all.stems.has(s)),
  f.proofPoints.map((p) => [...p.stems]),
);
