/** Shared hooks for suites that talk to the scripted provider and the test database. */
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { GenerationError } from '../src/generation/types.ts';
import type { Stores } from '../src/store/stores.ts';
import { type FakeProvider, startFakeProvider } from './fake-provider.ts';
import { fakeOpenAi, testApp, withTestAdmin } from './test-app.ts';
import { openTestStores } from './test-db.ts';

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

/**
 * The fake provider, stores in their own database (TEST_TOKEN an admin's there), and the app on
 * the real OpenAI SDK path.
 */
export function useApiSuite() {
  const fake = useFakeProvider();
  let stores: Stores;
  let api: ReturnType<typeof testApp>;
  beforeAll(async () => {
    stores = (await openTestStores()).stores;
    await withTestAdmin(stores);
    api = testApp(stores, fakeOpenAi(fake().openaiBaseURL));
  });
  afterAll(() => stores.db.close());
  return { fake, stores: () => stores, api: () => api };
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
