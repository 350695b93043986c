import type { CompanyEnricher } from '../service/enrichment.ts';
import type { PersonalizationDeps } from '../service/personalization.ts';
import type { SenderProfileStore } from '../store/sender-profiles.ts';

/** What a handler may add to its request's log line (never message text or secrets). */
export interface LogFields {
  request_id?: string;
  provider?: string;
  attempts?: number;
  /** POST /enrich: answered from the company_profiles cache or read from the website. */
  enrich_cache?: 'hit' | 'miss';
}

export interface AppEnv {
  Variables: { log: LogFields };
}

export interface AppDeps extends PersonalizationDeps {
  senderProfiles: SenderProfileStore;
  enricher: CompanyEnricher;
  apiToken: string;
  /** Exact allowed origins; null = any chrome-extension:// origin plus localhost tools. */
  corsOrigins: string[] | null;
  /** Per token and minute, for generation and (separately) for enrichment. */
  rateLimitPerMin: number;
  bodyLimitBytes: number;
  requestTimeoutMs: number;
  /** One JSON line per request; defaults to stdout. */
  log?: (line: Record<string, unknown>) => void;
}
