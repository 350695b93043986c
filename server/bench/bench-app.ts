/** The app as the benchmarks run it: a zero-latency scripted model, no rate limit in the way. */
import { createApp } from '../src/app.ts';
import type { Provider } from '../src/providers/provider.ts';
import type { Stores } from '../src/store/stores.ts';
import { cleanEmailVariants } from '../test-support/fixtures.ts';
import { offlineEnricher } from '../test-support/test-app.ts';

const answer = JSON.stringify({ variants: cleanEmailVariants });
export const instantProvider: Provider = {
  name: 'openai',
  model: 'scripted',
  temperature: 0,
  complete: async () => answer,
};

export function benchApp(stores: Stores, log: (line: Record<string, unknown>) => void = () => {}) {
  return createApp({
    stores,
    providerFor: () => instantProvider,
    enricher: offlineEnricher(stores),
    corsOrigins: null,
    bodyLimitBytes: 64 * 1024,
    requestTimeoutMs: 60_000,
    log,
  });
}
