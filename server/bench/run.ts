/** `pnpm bench` for the server: every benchmark in turn, each printing its numbers and targets. */
import { bench as analytics } from './analytics.ts';
import { bench as api } from './api.ts';
import { bench as enrich } from './enrich.ts';
import { bench as generation } from './generation.ts';
import { bench as growth } from './growth.ts';
import { bench as guardrails } from './guardrails.ts';
import { bench as overhead } from './overhead.ts';

await guardrails();
await generation();
await overhead();
await api();
await growth();
await enrich();
await analytics();
