/**
 * Starts the API: config → access token → database → first admin → provider → HTTP, and stops gracefully.
 * `pnpm start` runs it with `--no-regexp-tier-up`: each pattern is compiled to machine code on its first
 * run, where V8 would interpret the guardrails' long patterns again after garbage collections (about a
 * fifth of checkVariant). The flag goes on the command line: set from code (v8.setFlagsFromString)
 * after start-up, it crashed Node 24 now and then with a segmentation fault.
 */
import path from 'node:path';
import { serve } from '@hono/node-server';
import { resolveAccessToken } from './access-token.ts';
import { createApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { createSafeFetch } from './enrich/safe-fetch.ts';
import { providerChooser } from './providers/index.ts';
import { createCompanyEnricher } from './service/enrichment.ts';
import { housekeeping } from './service/housekeeping.ts';
import { redactUri } from './store/database.ts';
import { type LocalDb, LocalDbInUseError, startLocalDb } from './store/local-db.ts';
import { openStores } from './store/stores.ts';

const log = (line: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(line)}\n`);

async function main() {
  const config = loadConfig();
  const access = await resolveAccessToken(config.apiToken, config.dataDir);

  let localDb: LocalDb | null = null;
  if (!config.mongodb.uri) {
    localDb = await startLocalDb({ dataDir: path.join(config.dataDir, 'db'), log: console.log });
  }
  const uri = config.mongodb.uri ?? (localDb as LocalDb).uri;
  const stores = await openStores({
    uri,
    db: config.mongodb.db,
    rateLimitPerMin: config.rateLimitPerMin,
  });
  await localDb?.indexNow();
  const admin = await stores.users.ensureAdmin(access.token, 'Admin');
  const adopted = await stores.audit.adoptUnlisted(admin.user.user_id);
  const chores = housekeeping({
    stores,
    retentionDays: config.retentionDays,
    requestTimeoutMs: config.requestTimeoutMs,
    log,
  });
  chores.start();
  await stores.companies.purgeExpired(new Date());

  const providerFor = providerChooser(config.llm);
  const provider = providerFor();
  const app = createApp({
    stores,
    providerFor,
    enricher: createCompanyEnricher({
      profiles: stores.companies,
      fetchPage: createSafeFetch({ userAgent: config.enrich.userAgent }),
      cacheDays: config.enrich.cacheDays,
    }),
    corsOrigins: config.corsOrigins,
    bodyLimitBytes: config.bodyLimitBytes,
    requestTimeoutMs: config.requestTimeoutMs,
    log,
    smsRequireConsent: config.smsRequireConsent,
  });

  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const tokenOwner = `admin "${admin.user.name}" (${admin.user.user_id})`;
    const lines = [
      `Personalizer API listening on http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${info.port}`,
      `  provider: ${provider.name} (${provider.model})`,
      `  database: ${localDb ? `local FerretDB in ${path.join(config.dataDir, 'db')}` : redactUri(uri)} / ${config.mongodb.db}`,
      access.created
        ? `  access token of ${tokenOwner} (generated, saved in ${access.file}; shown once): ${access.token}`
        : `  access token of ${tokenOwner}: ${access.file ? `in ${access.file}` : 'from API_TOKEN'}`,
      `  retention: ${config.retentionDays ? `${config.retentionDays} days` : 'keeps every request (RETENTION_DAYS unset)'}`,
    ];
    if (admin.revoked) lines.push('  that token is revoked: use a token from `pnpm users add`');
    if (adopted) lines.push(`  gave ${adopted} request(s) stored before users existed to ${tokenOwner}`);
    console.log(lines.join('\n'));
  });

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing in-flight requests…`);
    // close() stops accepting and waits for open requests; idle keep-alive sockets are closed now.
    server.close(async () => {
      await chores.stop();
      await stores.db.close();
      await localDb?.stop();
      process.exit(0);
    });
    if ('closeIdleConnections' in server) server.closeIdleConnections();
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((err) => {
  if (err instanceof LocalDbInUseError) {
    console.error(
      `Personalizer could not start: ${err.message}.\n` +
        '  Only one process may serve a local database folder. To run several servers on one database,\n' +
        '  start it on its own (`pnpm db`) and give every server MONGODB_URI, or use MongoDB;\n' +
        '  or give this server another DATA_DIR for a database of its own.',
    );
  } else {
    console.error(err instanceof ConfigError ? err.message : `Personalizer could not start: ${(err as Error).message}`);
  }
  process.exit(1);
});
