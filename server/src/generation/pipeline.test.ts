import { countWords, PersonalizeRequest, type PersonalizeRequestInput } from '@personalizer/shared';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeProvider, type Step, startFakeProvider } from '../../test-support/fake-provider.ts';
import { cleanEmailVariants, emailRequest, inventedClaimVariant } from '../../test-support/fixtures.ts';
import type { LlmConfig } from '../config.ts';
import { explainVariant, isBlocking } from '../guardrails/index.ts';
import { createProvider } from '../providers/index.ts';
import { personalize } from './pipeline.ts';
import { answerTokenBudget, buildPrompts, readPromptData } from './prompt.ts';
import type { Draft, PipelineResult } from './types.ts';

const [first, second, third] = cleanEmailVariants as [Draft, Draft, Draft];
const request = PersonalizeRequest.parse(emailRequest);

/** A grounded email well over 120 words: greeting, reasons, closing question. */
const longVariant: Draft = {
  subject: 'Freight visibility at Northwind',
  message: [
    'Hi Dana,',
    '',
    Array.from(
      { length: 8 },
      () =>
        'Northwind Logistics builds freight visibility software for mid-size shippers, and as VP of Operations you see that work every day.',
    ).join(' '),
    '',
    'Would you be open to a short intro call?',
    '',
    'Best regards',
  ].join('\n'),
};

let fake: FakeProvider;
beforeAll(async () => {
  fake = await startFakeProvider();
});
afterAll(() => fake.close());
beforeEach(() => fake.script([]));
// Every test: never more than two model calls, and no step left unused.
afterEach(() => {
  expect(fake.requests.length).toBeLessThanOrEqual(2);
  expect(fake.remaining()).toBe(0);
});

function llm(extra: Partial<LlmConfig> = {}): LlmConfig {
  return {
    provider: 'openai',
    openai: { apiKey: 'sk-test-not-a-real-key', baseURL: fake.openaiBaseURL, model: 'gpt-test' },
    anthropic: { apiKey: 'sk-ant-test', baseURL: fake.anthropicBaseURL, model: 'claude-test' },
    temperature: 0.4,
    timeoutMs: 2000,
    maxRetries: 0,
    ...extra,
  };
}

async function run(steps: Step[], input: PersonalizeRequest = request, config = llm()) {
  fake.script(steps);
  return personalize(input, { provider: createProvider(config) });
}

function expectOk(result: PipelineResult) {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result;
}

function expectFailure(result: PipelineResult) {
  if (result.ok) throw new Error('expected a failure');
  return result;
}

const json = (variants: readonly unknown[]): Step => ({ kind: 'json', variants });

describe('personalize: first attempt', () => {
  it('returns checked variants after one call when the first answer is clean', async () => {
    const result = expectOk(await run([json(cleanEmailVariants)]));
    expect(fake.requests).toHaveLength(1);
    expect(result.variants.map(({ subject, message }) => ({ subject, message }))).toEqual(cleanEmailVariants);
    for (const variant of result.variants) {
      expect(isBlocking(variant.risk_flags)).toBe(false);
      expect(variant.personalization_points).toEqual(explainVariant(request, variant).personalization_points);
    }
    expect(result.attempts).toHaveLength(1);
    expect(result.attempts[0]).toMatchObject({
      attempt: 1,
      provider: 'openai',
      model: 'gpt-test',
      temperature: 0.4,
      prompts: buildPrompts(request),
      raw_output: JSON.stringify({ variants: cleanEmailVariants }),
      variants: result.variants,
    });
    expect(fake.requests[0]?.body).toMatchObject({ max_tokens: answerTokenBudget(request) });
  });

  it('reads JSON wrapped in prose or code fences', async () => {
    const answer = JSON.stringify({ variants: cleanEmailVariants });
    for (const text of [`Here you go:\n${answer}\nGood luck!`, `\`\`\`json\n${answer}\n\`\`\``]) {
      const result = expectOk(await run([{ kind: 'text', text }]));
      expect(result.variants).toHaveLength(3);
      expect(fake.requests).toHaveLength(1);
    }
  });

  it('uses the first variant_count variants when the model writes more', async () => {
    const result = expectOk(
      await run([json([...cleanEmailVariants, { ...first, message: `${first.message} Again.` }])]),
    );
    expect(result.variants.map((v) => v.message)).toEqual(cleanEmailVariants.map((v) => v.message));
  });

  it('sends stored prompts unchanged on a replay', async () => {
    const stored = { ...buildPrompts(request), system: 'the stored system prompt' };
    fake.script([json(cleanEmailVariants)]);
    const result = expectOk(await personalize(request, { provider: createProvider(llm()) }, { firstPrompts: stored }));
    expect(result.attempts[0]?.prompts).toEqual(stored);
    expect(fake.requests[0]).toMatchObject({ system: stored.system, user: stored.user });
  });

  it('works the same through the Anthropic SDK', async () => {
    const result = expectOk(await run([json(cleanEmailVariants)], request, llm({ provider: 'anthropic' })));
    expect(result.variants).toHaveLength(3);
    expect(fake.requests[0]?.api).toBe('anthropic');
    expect(result.attempts[0]).toMatchObject({ provider: 'anthropic', model: 'claude-test' });
  });
});

describe('personalize: the one stricter retry', () => {
  it('retries only the variant with an invented number and customer, and keeps both attempts', async () => {
    const result = expectOk(await run([json([first, inventedClaimVariant, third]), json([second])]));
    expect(fake.requests).toHaveLength(2);
    expect(result.variants.map((v) => v.message)).toEqual([first.message, second.message, third.message]);
    expect(result.variants.every((v) => !isBlocking(v.risk_flags))).toBe(true);

    const [one, two] = result.attempts;
    expect(one?.variants[1]?.message).toBe(inventedClaimVariant.message);
    expect(isBlocking(one?.variants[1]?.risk_flags ?? [])).toBe(true);
    expect(two).toMatchObject({ attempt: 2, raw_output: JSON.stringify({ variants: [second] }) });
    expect(two?.variants).toEqual(result.variants);

    const retry = fake.requests[1];
    expect(retry?.user).toContain('One variant of your previous answer must be replaced. Write exactly 1 new variant');
    expect(retry?.user).toContain('Variant 2 was rejected');
    expect(retry?.user).toMatch(/40%/);
    expect(retry?.user).not.toMatch(/Variant [13] was rejected/);
    expect(readPromptData(retry?.user ?? '')?.avoid).toEqual([
      inventedClaimVariant.message,
      first.message,
      third.message,
    ]);
    expect(retry?.system).toContain('SECOND ATTEMPT');
    expect(retry?.body).toMatchObject({ max_tokens: answerTokenBudget(request, 1) });
  });

  it('keeps a variant that still fails after the retry, with its flags', async () => {
    const stillInvented = { ...inventedClaimVariant, message: inventedClaimVariant.message.replace('40%', '35%') };
    const result = expectOk(await run([json([first, inventedClaimVariant, third]), json([stillInvented])]));
    expect(fake.requests).toHaveLength(2);
    expect(result.variants).toHaveLength(3);
    expect(result.variants[1]?.message).toBe(stillInvented.message);
    expect(isBlocking(result.variants[1]?.risk_flags ?? [])).toBe(true);
    expect(result.variants[1]?.risk_flags.map((f) => f.detail).join(' ')).toMatch(/35/);
  });

  it('keeps the original when the replacement breaks more rules', async () => {
    const worse = { subject: 'x', message: 'Act now! This free offer is guaranteed: 90% off for Acme Freight.' };
    const result = expectOk(await run([json([first, inventedClaimVariant, third]), json([worse])]));
    expect(result.variants[1]?.message).toBe(inventedClaimVariant.message);
  });

  it('truncates at a sentence boundary what is over the word limit twice', async () => {
    const result = expectOk(await run([json([first, longVariant, third]), json([longVariant])]));
    const variant = result.variants[1];
    expect(countWords(longVariant.message)).toBeGreaterThan(120);
    expect(countWords(variant?.message ?? '')).toBeLessThanOrEqual(120);
    expect(variant?.message).toMatch(/^Hi Dana,\n\nNorthwind Logistics builds/);
    expect(variant?.message).toMatch(/every day\.\n\nWould you be open to a short intro call\?\n\nBest regards$/);
    const codes = variant?.risk_flags.map((f) => f.code);
    expect(codes).toContain('TRUNCATED');
    expect(codes).not.toContain('OVER_WORD_LIMIT');
    expect(variant?.risk_flags.find((f) => f.code === 'TRUNCATED')).toMatchObject({ severity: 'warning' });
    expect(result.attempts[1]?.variants).toEqual(result.variants);
  });

  it('retries a near-identical variant as failing', async () => {
    const echo = { ...first, message: first.message.toUpperCase().replaceAll('.', '!') };
    const result = expectOk(await run([json([first, echo, third]), json([second])]));
    expect(result.variants.map((v) => v.message)).toEqual([first.message, second.message, third.message]);
    expect(fake.requests[1]?.user).toContain('DUPLICATE: repeats variant 1');
  });

  it('fails when the retry only repeats a kept variant', async () => {
    const result = expectFailure(await run([json([first, first, third]), json([first])]));
    expect(result.error.code).toBe('PROVIDER_ERROR');
    expect(result.error.message).toBe('The model returned 2 usable variants, expected 3');
    expect(result.attempts[1]?.variants.map((v) => v.message)).toEqual([first.message, third.message]);
  });

  it('retries malformed JSON once and succeeds', async () => {
    const result = expectOk(await run([{ kind: 'text', text: 'Sure! {"variants": [' }, json(cleanEmailVariants)]));
    expect(result.variants).toHaveLength(3);
    expect(result.attempts.map((a) => [a.raw_output, a.variants.length])).toEqual([
      ['Sure! {"variants": [', 0],
      [JSON.stringify({ variants: cleanEmailVariants }), 3],
    ]);
    expect(fake.requests[1]?.user).toContain('Write exactly 3 new variants');
    expect(fake.requests[1]?.user).toContain('missing: the previous answer had no usable variant here');
  });

  it('fails after malformed JSON twice, returning both attempts', async () => {
    const result = expectFailure(
      await run([
        { kind: 'text', text: 'Sure! Here are your emails: {"variants": [' },
        { kind: 'text', text: 'not json at all' },
      ]),
    );
    expect(result.error.code).toBe('PROVIDER_ERROR');
    expect(result.error.message).toMatch(/without readable JSON/);
    expect(result.attempts.map((a) => a.raw_output)).toEqual([
      'Sure! Here are your emails: {"variants": [',
      'not json at all',
    ]);
  });

  it('asks only for the missing variants when too few come back', async () => {
    const result = expectOk(await run([json([first, second]), json([third])]));
    expect(result.variants.map((v) => v.message)).toEqual([first.message, second.message, third.message]);
    expect(fake.requests[1]?.user).toContain('Variant 3 was rejected');
    expect(fake.requests[1]?.user).toContain('Write exactly 1 new variant');
  });

  it('fails with a clear message when too few usable variants remain after the retry', async () => {
    const result = expectFailure(await run([json([first, { message: '  ' }]), json([])]));
    expect(result.error.code).toBe('PROVIDER_ERROR');
    expect(result.error.message).toBe('The model returned 1 usable variant, expected 3');
    expect(result.attempts).toHaveLength(2);
  });

  it('keeps the flagged variants when the retry call itself fails', async () => {
    const result = expectOk(await run([json([first, inventedClaimVariant, third]), { kind: 'status', status: 500 }]));
    expect(result.variants[1]?.message).toBe(inventedClaimVariant.message);
    expect(isBlocking(result.variants[1]?.risk_flags ?? [])).toBe(true);
    expect(result.attempts.map((a) => a.raw_output === null)).toEqual([false, true]);
  });

  it('reports the provider error when the retry fails and variants are missing', async () => {
    const result = expectFailure(await run([json([first]), { kind: 'status', status: 500 }]));
    expect(result.error.code).toBe('PROVIDER_ERROR');
    expect(result.error.message).toMatch(/HTTP 500/);
  });
});

describe('personalize: provider failures', () => {
  it('answers PROVIDER_ERROR on a 500 without a retry, recording the attempt', async () => {
    const result = expectFailure(await run([{ kind: 'status', status: 500 }]));
    expect(result.error.code).toBe('PROVIDER_ERROR');
    expect(result.error.message).not.toContain('sk-test');
    expect(result.attempts).toHaveLength(1);
    expect(result.attempts[0]).toMatchObject({ attempt: 1, raw_output: null, variants: [] });
  });

  it('answers PROVIDER_TIMEOUT when the model hangs', async () => {
    const result = expectFailure(await run([{ kind: 'hang' }], request, llm({ timeoutMs: 150 })));
    expect(result.error.code).toBe('PROVIDER_TIMEOUT');
    expect(result.attempts).toHaveLength(1);
  });

  it('lets the SDK retry a 429 inside one attempt', async () => {
    const result = expectOk(
      await run(
        [{ kind: 'status', status: 429, headers: { 'retry-after-ms': '10' } }, json(cleanEmailVariants)],
        request,
        llm({ maxRetries: 2 }),
      ),
    );
    expect(result.attempts).toHaveLength(1);
    expect(fake.requests).toHaveLength(2);
  });
});

describe('personalize: offline provider', () => {
  const inputs: [string, Partial<PersonalizeRequestInput>][] = [
    ['rich email', {}],
    ['LinkedIn, thin', { channel: 'LINKEDIN', tone: 'FRIENDLY', lead: { first_name: 'Sam' }, company_context: {} }],
    ['SMS, direct', { channel: 'SMS', tone: 'DIRECT' }],
  ];
  it.each(inputs)('%s: clean variants in one call', async (_, patch) => {
    const input = PersonalizeRequest.parse({ ...emailRequest, ...patch });
    const result = expectOk(await personalize(input, { provider: createProvider(llm({ provider: 'offline' })) }));
    expect(result.attempts).toHaveLength(1);
    expect(result.variants).toHaveLength(3);
    expect(result.variants.every((v) => !isBlocking(v.risk_flags))).toBe(true);
  });
});
