import path from 'node:path';
import { ProviderName } from '@personalizer/shared';
import { z } from 'zod';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

// Site owners who see the bot in their logs look here; deployments set their own page.
const DEFAULT_CONTACT_URL = 'https://personalizer.invalid/bot';

const optionalString = z
  .string()
  .trim()
  .transform((s) => s || undefined)
  .optional();
const int = (def: number, min: number, max: number) => z.coerce.number().int().min(min).max(max).default(def);

const Env = z.object({
  PORT: int(8787, 0, 65535),
  HOST: z.string().default('127.0.0.1'),
  DATA_DIR: z.string().default(path.join(REPO_ROOT, '.data')),
  API_TOKEN: optionalString.pipe(z.string().min(16, 'must be at least 16 characters').optional()),
  MONGODB_URI: optionalString.pipe(
    z
      .string()
      .regex(/^mongodb(\+srv)?:\/\//, 'must start with mongodb:// or mongodb+srv://')
      .optional(),
  ),
  MONGODB_DB: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,63}$/, 'must be a database name')
    .default('personalizer'),
  LLM_PROVIDER: optionalString.pipe(ProviderName.optional()),
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalString.pipe(z.url().optional()),
  OPENAI_MODEL: z.string().min(1).default('gpt-4o-mini'),
  ANTHROPIC_API_KEY: optionalString,
  ANTHROPIC_BASE_URL: optionalString.pipe(z.url().optional()),
  ANTHROPIC_MODEL: z.string().min(1).default('claude-haiku-4-5'),
  LLM_TEMPERATURE: z.coerce.number().min(0).max(2).default(0.7),
  LLM_TIMEOUT_MS: int(30_000, 100, 600_000),
  LLM_MAX_RETRIES: int(2, 0, 5),
  CORS_ORIGINS: optionalString,
  RATE_LIMIT_PER_MIN: int(60, 1, 100_000),
  BODY_LIMIT_BYTES: int(64 * 1024, 1024, 10 * 1024 * 1024),
  REQUEST_TIMEOUT_MS: int(90_000, 1000, 600_000),
  ENRICH_CACHE_DAYS: int(7, 1, 365),
  ENRICH_CONTACT_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).default(DEFAULT_CONTACT_URL),
  RETENTION_DAYS: optionalString.pipe(z.coerce.number<string | undefined>().int().min(1).max(36_500).optional()),
  // Blank is unset, as for the other variables.
  SMS_REQUIRE_CONSENT: z
    .enum(['true', 'false', ''], { error: 'must be true or false' })
    .default('')
    .transform((v) => v === 'true'),
});

export interface LlmConfig {
  provider: ProviderName;
  openai: { apiKey?: string; baseURL?: string; model: string };
  anthropic: { apiKey?: string; baseURL?: string; model: string };
  temperature: number;
  timeoutMs: number;
  maxRetries: number;
}

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  apiToken?: string;
  mongodb: { uri?: string; db: string };
  llm: LlmConfig;
  /** Exact origins allowed by CORS; null means any chrome-extension:// origin plus localhost. */
  corsOrigins: string[] | null;
  rateLimitPerMin: number;
  bodyLimitBytes: number;
  requestTimeoutMs: number;
  enrich: {
    /** How long a company profile read from a website is served from the cache. */
    cacheDays: number;
    /** The User-Agent the safe fetch sends, with a contact URL for site owners. */
    userAgent: string;
  };
  /** Requests older than this many days are deleted with their prompts and outputs; null keeps all. */
  retentionDays: number | null;
  /** Refuse SMS requests whose lead's consent is not confirmed (422) instead of warning. */
  smsRequireConsent: boolean;
}

export class ConfigError extends Error {}

/** Reads the environment once; throws a ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  // Without an explicit choice, a configured key picks its provider; no key means offline.
  const provider: ProviderName =
    e.LLM_PROVIDER ?? (e.OPENAI_API_KEY ? 'openai' : e.ANTHROPIC_API_KEY ? 'anthropic' : 'offline');
  if (provider === 'openai' && !e.OPENAI_API_KEY && !e.OPENAI_BASE_URL) {
    throw new ConfigError(
      'Invalid configuration:\n  LLM_PROVIDER=openai needs OPENAI_API_KEY (or OPENAI_BASE_URL for a local server)',
    );
  }
  if (provider === 'anthropic' && !e.ANTHROPIC_API_KEY) {
    throw new ConfigError('Invalid configuration:\n  LLM_PROVIDER=anthropic needs ANTHROPIC_API_KEY');
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    apiToken: e.API_TOKEN,
    mongodb: { uri: e.MONGODB_URI, db: e.MONGODB_DB },
    llm: {
      provider,
      openai: { apiKey: e.OPENAI_API_KEY, baseURL: e.OPENAI_BASE_URL, model: e.OPENAI_MODEL },
      anthropic: { apiKey: e.ANTHROPIC_API_KEY, baseURL: e.ANTHROPIC_BASE_URL, model: e.ANTHROPIC_MODEL },
      temperature: e.LLM_TEMPERATURE,
      timeoutMs: e.LLM_TIMEOUT_MS,
      maxRetries: e.LLM_MAX_RETRIES,
    },
    corsOrigins: e.CORS_ORIGINS
      ? e.CORS_ORIGINS.split(',')
          .map((o) => o.trim())
          .filter(Boolean)
      : null,
    rateLimitPerMin: e.RATE_LIMIT_PER_MIN,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    enrich: { cacheDays: e.ENRICH_CACHE_DAYS, userAgent: `PersonalizerBot/0.1 (+${e.ENRICH_CONTACT_URL})` },
    retentionDays: e.RETENTION_DAYS ?? null,
    smsRequireConsent: e.SMS_REQUIRE_CONSENT,
  };
}
