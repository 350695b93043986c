import { startFakeProvider } from '@personalizer/server/test-support/fake-provider';
import { cleanEmailVariants, emailRequest } from '@personalizer/server/test-support/fixtures';
import { expect, inject, it } from 'vitest';
import { startServer } from '../support/server.ts';

it('finishes an in-flight request after SIGTERM, then exits', async () => {
  const fake = await startFakeProvider();
  const server = await startServer({
    MONGODB_URI: inject('mongodbUri'),
    LLM_PROVIDER: 'openai',
    OPENAI_BASE_URL: fake.openaiBaseURL,
    OPENAI_API_KEY: 'sk-e2e-not-real',
  });
  try {
    fake.script([{ kind: 'json', variants: cleanEmailVariants, delayMs: 800 }]);
    const pending = fetch(`${server.url}/personalize`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(emailRequest),
    });
    await expect.poll(() => fake.requests.length).toBe(1);
    const stopped = server.stop();
    const res = await pending;
    expect(res.status).toBe(200);
    expect((await res.json()).variants).toHaveLength(3);
    await stopped;
    expect(server.output()).toContain('SIGTERM: finishing in-flight requests');
    await expect(fetch(`${server.url}/health`)).rejects.toThrow();
  } finally {
    await fake.close();
  }
});
