/** Starts the API: config → access token → database → provider → HTTP, and stops gracefully. */
import path from 'node:path';
import { serve } from '@hono/node-server';
import { resolveAccessToken } from './access-token.ts';
import { createApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { createSafeFetch } from './enrich/safe-fetch.ts';
import { providerChooser } from './providers/index.ts';
import { createCompanyEnricher } from './service/enrichment.ts';
import { openAuditStore, redactUri } from './store/audit-store.ts';
import { CompanyProfileStore } from './store/company-profile-store.ts';
import { type LocalDb, startLocalDb } from './store/local-db.ts';
import { SenderProfileStore } from './store/sender-profiles.ts';

async function main() {
  const config = loadConfig();
  const access = await resolveAccessToken(config.apiToken, config.dataDir);

  let localDb: LocalDb | null = null;
  if (!config.mongodb.uri) {
    localDb = await startLocalDb({ dataDir: path.join(config.dataDir, 'db'), log: console.log });
  }
  const uri = config.mongodb.uri ?? (localDb as LocalDb).uri;
  const store = await openAuditStore({ uri, db: config.mongodb.db, serializeWrites: localDb !== null });
  const interrupted = await store.failInterrupted(new Date());
  const profiles = new CompanyProfileStore(store.db);
  await profiles.ensureIndexes();
  await profiles.purgeExpired(new Date());

  const providerFor = providerChooser(config.llm);
  const provider = providerFor();
  const app = createApp({
    store,
    senderProfiles: new SenderProfileStore(store.db),
    providerFor,
    enricher: createCompanyEnricher({
      profiles,
      fetchPage: createSafeFetch({ userAgent: config.enrich.userAgent }),
      cacheDays: config.enrich.cacheDays,
    }),
    apiToken: access.token,
    corsOrigins: config.corsOrigins,
    rateLimitPerMin: config.rateLimitPerMin,
    bodyLimitBytes: config.bodyLimitBytes,
    requestTimeoutMs: config.requestTimeoutMs,
    smsRequireConsent: config.smsRequireConsent,
  });

  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const lines = [
      `Personalizer API listening on http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${info.port}`,
      `  provider: ${provider.name} (${provider.model})`,
      `  database: ${localDb ? `local FerretDB in ${path.join(config.dataDir, 'db')}` : redactUri(uri)} / ${config.mongodb.db}`,
      access.created
        ? `  access token (generated, saved in ${access.file}; shown once): ${access.token}`
        : `  access token: ${access.file ? `in ${access.file}` : 'from API_TOKEN'}`,
    ];
    if (interrupted) lines.push(`  marked ${interrupted} interrupted request(s) FAILED`);
    console.log(lines.join('\n'));
  });

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing in-flight requests…`);
    // close() stops accepting and waits for open requests; idle keep-alive sockets are closed now.
    server.close(async () => {
      await store.close();
      await localDb?.stop();
      process.exit(0);
    });
    if ('closeIdleConnections' in server) server.closeIdleConnections();
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((err) => {
  console.error(err instanceof ConfigError ? err.message : `Personalizer could not start: ${(err as Error).message}`);
  process.exit(1);
});
