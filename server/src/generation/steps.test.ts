import { countWords, PersonalizeRequest, type PersonalizeRequestInput } from '@personalizer/shared';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeProvider, groundedResponder, startFakeProvider } from '../../test-support/fake-provider.ts';
import { emailRequest, sender } from '../../test-support/fixtures.ts';
import { fakeOpenAi } from '../../test-support/test-app.ts';
import { isBlocking } from '../guardrails/index.ts';
import { createProvider } from '../providers/index.ts';
import { readPromptData } from './prompt.ts';
import { personalizeInSteps, stepRequest } from './steps.ts';
import type { PipelineResult } from './types.ts';

const request = PersonalizeRequest.parse({ ...emailRequest, sender, mode: 'MULTI_STEP' });
const INVENTED = ' Teams like Acme Freight cut delays by 40% with us.';

let fake: FakeProvider;
beforeAll(async () => {
  fake = await startFakeProvider();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.script([]);
  fake.reply(null);
});

const provider = () => createProvider(fakeOpenAi(fake.openaiBaseURL));

function expectOk(result: PipelineResult) {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result;
}

const dataOf = (i: number) => readPromptData(fake.requests[i]?.user ?? '');

describe('MULTI_STEP: opener → body → call to action', () => {
  it('writes each part in its own call on the text so far, and returns whole messages in paragraphs', async () => {
    const result = expectOk(await personalizeInSteps(request, { provider: provider() }));
    expect(fake.requests).toHaveLength(3);
    expect(result.attempts.map((a) => [a.attempt, a.step])).toEqual([
      [1, 'OPENER'],
      [2, 'BODY'],
      [3, 'CTA'],
    ]);
    const openers = result.attempts[0]?.variants.map((v) => v.message) ?? [];
    expect(dataOf(0)?.soFar).toBeUndefined();
    expect(dataOf(1)?.soFar).toEqual(openers);
    expect(dataOf(2)?.soFar?.map((text) => text.split('\n\n')[0])).toEqual(openers);

    expect(result.variants).toHaveLength(3);
    for (const [i, variant] of result.variants.entries()) {
      const paragraphs = variant.message.split('\n\n');
      expect(paragraphs).toHaveLength(3);
      expect(paragraphs[0]).toBe(openers[i]);
      expect(paragraphs[0]).toMatch(/^Hi Dana[,!]/);
      expect(paragraphs[2]).toMatch(/\?$/);
      expect(variant.subject).toBeTruthy();
      expect(isBlocking(variant.risk_flags)).toBe(false);
      expect(countWords(variant.message)).toBeLessThanOrEqual(request.constraints.max_words);
    }
  });

  it('retries only the failing step, on the same text so far, and keeps the invented claim out', async () => {
    let bodies = 0;
    fake.reply((recorded) => {
      const answer = groundedResponder(recorded) as { kind: 'json'; variants: { message: string }[] };
      if (!/Write 3 body variants/.test(recorded.user) || bodies++ > 0) return answer;
      const [firstBody, ...rest] = answer.variants;
      return { kind: 'json', variants: [{ ...firstBody, message: `${firstBody?.message}${INVENTED}` }, ...rest] };
    });
    const result = expectOk(await personalizeInSteps(request, { provider: provider() }));
    expect(result.attempts.map((a) => a.step)).toEqual(['OPENER', 'BODY', 'BODY', 'CTA']);
    expect(fake.requests[2]?.user).toContain('Acme Freight');
    expect(dataOf(2)?.soFar).toEqual([result.attempts[0]?.variants[0]?.message]);
    for (const variant of result.variants) {
      expect(variant.message).not.toContain('Acme Freight');
      expect(isBlocking(variant.risk_flags)).toBe(false);
    }
  });

  it('stops at a step the provider fails, with every call so far audited', async () => {
    fake.script([
      { kind: 'json', variants: [] },
      { kind: 'status', status: 500 },
    ]);
    fake.reply((recorded) => groundedResponder(recorded));
    const result = await personalizeInSteps(request, { provider: provider() });
    expect(result.ok).toBe(false);
    expect(result.attempts.map((a) => a.step)).toEqual(['OPENER', 'OPENER']);
  });

  it('gives each part its share of the word budget', () => {
    const parts = (['OPENER', 'BODY', 'CTA'] as const).map((step) => stepRequest(request, step));
    expect(parts.map((p) => p.slot)).toEqual(['OPENER', 'BODY', 'CTA']);
    expect(parts.reduce((sum, p) => sum + p.constraints.max_words, 0)).toBeLessThanOrEqual(
      request.constraints.max_words,
    );
    expect(parts.map((p) => p.constraints.include_subjects)).toEqual([true, false, false]);
  });

  it.each([
    [{ channel: 'SMS', constraints: { sms_consent: true } }, ['mode']],
    [{ slot: 'OPENER' }, ['mode']],
    [{ channel: 'LINKEDIN' }, []],
    [{ constraints: { max_words: 30 } }, ['constraints.max_words']],
  ] as [Partial<PersonalizeRequestInput>, string[]][])(
    'accepts MULTI_STEP only for whole email and LinkedIn messages (%j)',
    (patch, paths) => {
      const parsed = PersonalizeRequest.safeParse({ ...emailRequest, mode: 'MULTI_STEP', ...patch });
      expect(parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'))).toEqual(paths);
    },
  );
});
