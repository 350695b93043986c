/** Shared hooks for suites that talk to the scripted provider and the test database. */
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { GenerationError } from '../src/generation/types.ts';
import type { AuditStore } from '../src/store/audit-store.ts';
import { type FakeProvider, startFakeProvider } from './fake-provider.ts';
import { fakeOpenAi, testApp } from './test-app.ts';
import { openTestStore } from './test-db.ts';

/** One fake provider for the file, its script emptied before each test. */
export function useFakeProvider(): () => FakeProvider {
  let fake: FakeProvider;
  beforeAll(async () => {
    fake = await startFakeProvider();
  });
  afterAll(() => fake.close());
  beforeEach(() => fake.script([]));
  return () => fake;
}

/** The fake provider, a store in its own database, and the app on the real OpenAI SDK path. */
export function useApiSuite() {
  const fake = useFakeProvider();
  let store: AuditStore;
  let api: ReturnType<typeof testApp>;
  beforeAll(async () => {
    store = (await openTestStore()).store;
    api = testApp(store, fakeOpenAi(fake().openaiBaseURL));
  });
  afterAll(() => store.close());
  return { fake, store: () => store, api: () => api };
}

/** The GenerationError a promise rejects with (fails the test if it resolves or throws another). */
export async function generationFailure(promise: Promise<unknown>): Promise<GenerationError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(GenerationError);
  return err as GenerationError;
}
