/**
 * The generation pipeline without a model: LLM calls per request when 20% of first answers hold one
 * failing variant, the pipeline's own time per request (model time excluded), and the offline
 * writer's pass rate through the guardrails over a grid of inputs.
 */
import {
  CHANNELS,
  MULTI_STEP_MIN_WORDS,
  PersonalizeRequest,
  type PersonalizeRequestInput,
  Tone,
  WORD_LIMITS,
} from '@personalizer/shared';
import { personalize } from '../src/generation/pipeline.ts';
import { buildPrompts, readPromptData } from '../src/generation/prompt.ts';
import { personalizeInSteps } from '../src/generation/steps.ts';
import type { Draft, Prompts } from '../src/generation/types.ts';
import { checkVariant, isBlocking } from '../src/guardrails/index.ts';
import { INPUT_FLAGS } from '../src/guardrails/sms-compliance.ts';
import { createOfflineProvider, writeOffline } from '../src/providers/offline.ts';
import type { Provider } from '../src/providers/provider.ts';
import { emailRequest } from '../test-support/fixtures.ts';

const REQUESTS = 500;
const WARM_UP = 50;
/** Every fifth first answer carries an invented statistic and customer in its second variant. */
const FAILING_EVERY = 5;
/** The tightest word limit in the grid: the offline writer needs about this many for three angles. */
const TIGHT_WORDS = 12;
const PLANTED = ' Companies like Acme Freight cut delays by 40% with our platform.';

const CONTEXTS: Record<string, Partial<PersonalizeRequestInput>> = {
  rich: {},
  'title and company': {
    lead: { first_name: 'Sam', title: 'Head of Finance', company_name: 'Acme' },
    company_context: {},
  },
  'keywords and tech': { company_context: { keywords: ['route planning'], tech_stack: ['HubSpot'] } },
  'first name only': { lead: { first_name: 'Sam' }, company_context: {} },
};

function grid(): PersonalizeRequest[] {
  return Object.values(CONTEXTS).flatMap((context) =>
    CHANNELS.flatMap((channel) =>
      Tone.options.flatMap((tone) =>
        [WORD_LIMITS[channel].default, Math.max(WORD_LIMITS[channel].min, TIGHT_WORDS)].flatMap((max_words) =>
          [1, 3].map((variant_count) =>
            PersonalizeRequest.parse({
              ...emailRequest,
              ...context,
              channel,
              tone,
              constraints: { max_words, variant_count },
            }),
          ),
        ),
      ),
    ),
  );
}

/** A zero-latency model: a primed first answer, then offline-written replacements for the retry. */
function scriptedModel() {
  let calls = 0;
  let modelMs = 0;
  let firstAnswer = '';
  const provider: Provider = {
    name: 'openai',
    model: 'scripted',
    temperature: 0,
    async complete(prompts: Prompts) {
      const started = performance.now();
      calls++;
      const retry = calls > 1 ? readPromptData(prompts.user) : null;
      const answer = retry ? JSON.stringify({ variants: writeOffline(retry) }) : firstAnswer;
      modelMs += performance.now() - started;
      return answer;
    },
  };
  return {
    provider,
    /** Starts a request whose first model answer is `answer`. */
    prime(answer: string) {
      firstAnswer = answer;
      calls = 0;
      modelMs = 0;
    },
    spent: () => ({ calls, modelMs }),
  };
}

function firstAnswer(request: PersonalizeRequest, planted: boolean): string {
  const drafts = writeOffline({ request, count: request.constraints.variant_count, avoid: [] });
  const target = drafts[1] ?? drafts[0];
  if (planted && target) target.message += PLANTED;
  return JSON.stringify({ variants: drafts });
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

async function pipelineRun() {
  const inputs = grid();
  const model = scriptedModel();
  const times: number[] = [];
  let calls = 0;
  let retried = 0;
  let failed = 0;
  for (let i = 0; i < WARM_UP + REQUESTS; i++) {
    const request = inputs[i % inputs.length] as PersonalizeRequest;
    model.prime(firstAnswer(request, i % FAILING_EVERY === 0));
    const started = performance.now();
    const result = await personalize(request, { provider: model.provider });
    const elapsed = performance.now() - started;
    const taken = model.spent();
    if (i < WARM_UP) continue;
    if (!result.ok) failed++;
    times.push(elapsed - taken.modelMs);
    calls += taken.calls;
    if (taken.calls > 1) retried++;
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  return {
    calls: calls / REQUESTS,
    retried: retried / REQUESTS,
    failed,
    mean,
    p50: percentile(times, 0.5),
    p99: percentile(times, 0.99),
  };
}

async function offlineRun() {
  const provider = createOfflineProvider();
  let variants = 0;
  let clean = 0;
  let noFlags = 0;
  let complete = 0;
  const inputs = grid();
  for (const request of inputs) {
    const drafts: Draft[] = JSON.parse(await provider.complete(buildPrompts(request), { maxTokens: 1 })).variants;
    if (drafts.length === request.constraints.variant_count) complete++;
    for (const draft of drafts) {
      const flags = checkVariant(request, draft);
      variants++;
      if (!isBlocking(flags)) clean++;
      // SMS consent and a missing sender profile are flags on the request, whatever the wording.
      if (flags.every((f) => INPUT_FLAGS.has(f.code))) noFlags++;
    }
  }
  return { inputs: inputs.length, variants, clean, noFlags, complete };
}

/**
 * SINGLE against MULTI_STEP on the same scripted model: every FAILING_EVERY-th first call (not a
 * retry) plants an invented claim in one variant, so a request made of more calls meets more of them.
 * Tokens are estimated as characters / 4, prompts and answers together.
 */
async function modesRun() {
  let firstCalls = 0;
  let calls = 0;
  let chars = 0;
  const provider: Provider = {
    name: 'openai',
    model: 'scripted',
    temperature: 0,
    async complete(prompts: Prompts) {
      calls++;
      const data = readPromptData(prompts.user);
      const drafts = data ? writeOffline(data) : [];
      const retry = prompts.system.includes('SECOND ATTEMPT.');
      if (!retry && firstCalls++ % FAILING_EVERY === 0 && drafts[0]) drafts[0].message += PLANTED;
      const answer = JSON.stringify({ variants: drafts });
      chars += prompts.system.length + prompts.user.length + answer.length;
      return answer;
    },
  };
  const inputs = grid().filter((r) => r.channel !== 'SMS' && r.constraints.max_words >= MULTI_STEP_MIN_WORDS);
  const run = async (mode: 'SINGLE' | 'MULTI_STEP') => {
    calls = 0;
    chars = 0;
    firstCalls = 0;
    let firstPass = 0;
    let failed = 0;
    for (const input of inputs) {
      const request = { ...input, mode };
      const before = calls;
      const result =
        mode === 'SINGLE' ? await personalize(request, { provider }) : await personalizeInSteps(request, { provider });
      if (!result.ok) failed++;
      if (calls - before === (mode === 'SINGLE' ? 1 : 3)) firstPass++;
    }
    return {
      calls: calls / inputs.length,
      tokens: chars / 4 / inputs.length,
      firstPass: firstPass / inputs.length,
      failed,
    };
  };
  return { inputs: inputs.length, single: await run('SINGLE'), multi: await run('MULTI_STEP') };
}

export async function bench(): Promise<void> {
  const pipeline = await pipelineRun();
  const offline = await offlineRun();
  const row = (name: string, value: string, target = '') =>
    console.log(`  ${name.padEnd(44)} ${value.padStart(12)}  ${target}`);
  const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;
  console.log(
    `\nGeneration: pipeline on a zero-latency scripted model, ${REQUESTS} requests, 1 in ${FAILING_EVERY} first answers with a failing variant`,
  );
  row('LLM calls per request', pipeline.calls.toFixed(3), 'target <= 1.25');
  row('requests that needed the retry', pct(pipeline.retried, 1), `(${pct(1, FAILING_EVERY)} planted)`);
  row('failed requests', String(pipeline.failed), 'target 0');
  row('pipeline time per request, mean (ms)', pipeline.mean.toFixed(3), 'model time excluded');
  row(
    'pipeline time per request, p50 / p99 (ms)',
    `${pipeline.p50.toFixed(3)} / ${pipeline.p99.toFixed(3)}`,
    'target p99 <= 5',
  );
  console.log(
    `\nOffline writer through the guardrails: ${offline.inputs} inputs (contexts x channels x tones x limits x counts)`,
  );
  row(
    'variants without error flags',
    `${offline.clean}/${offline.variants}`,
    `${pct(offline.clean, offline.variants)}, target 100%`,
  );
  row(
    'variants without a flag on their wording',
    `${offline.noFlags}/${offline.variants}`,
    pct(offline.noFlags, offline.variants),
  );
  row('inputs answered with every variant asked for', `${offline.complete}/${offline.inputs}`, 'target all');

  const modes = await modesRun();
  console.log(
    `\nSINGLE against MULTI_STEP: ${modes.inputs} EMAIL and LINKEDIN inputs, 1 in ${FAILING_EVERY} first calls with a failing variant`,
  );
  for (const [name, m] of [
    ['SINGLE', modes.single],
    ['MULTI_STEP', modes.multi],
  ] as const) {
    row(`${name}: LLM calls per request`, m.calls.toFixed(2));
    row(`${name}: tokens per request (chars / 4)`, m.tokens.toFixed(0));
    row(`${name}: requests clean on the first try`, pct(m.firstPass, 1));
    row(`${name}: failed requests`, String(m.failed), 'target 0');
  }
}

if (import.meta.main) await bench();
