import { readFileSync } from 'node:fs';
import { PersonalizeRequest } from '@personalizer/shared';
import { checkVariant } from '/work/main/server/src/guardrails/index.ts';
import { isHedged, sentences } from '/work/main/server/src/guardrails/text.ts';

const c = JSON.parse(readFileSync(process.argv[2]!, 'utf8'));
const e = c.find((x: any) => x.id === process.argv[3]);
const r = PersonalizeRequest.parse(e.request);
for (const s of sentences(e.variant.message)) console.log(JSON.stringify(s), isHedged(s.text));
console.log(checkVariant(r, e.variant));
