import type { AuthUser, ErasedCounts } from '@personalizer/shared';
import type { CompanyEnricher } from '../service/enrichment.ts';
import type { ProviderChooser } from '../service/personalization.ts';
import type { Stores } from '../store/stores.ts';

/** What a handler may add to its request's log line (never message text, personal data or secrets). */
export interface LogFields {
  user_id?: string;
  request_id?: string;
  provider?: string;
  attempts?: number;
  erased?: ErasedCounts;
  /** POST /enrich: answered from the company_profiles cache or read from the website. */
  enrich_cache?: 'hit' | 'miss';
}

export interface AppEnv {
  Variables: {
    log: LogFields;
    /** The authenticated user (routes behind the token check only). */
    user: AuthUser;
  };
}

export interface AppDeps {
  stores: Stores;
  providerFor: ProviderChooser;
  /** Reads companies' websites for POST /enrich (a refusing one in tests: no network). */
  enricher: CompanyEnricher;
  now?: () => Date;
  /** SMS_REQUIRE_CONSENT: an SMS request without the lead's consent answers 422. */
  smsRequireConsent?: boolean;
  /** Exact allowed origins; null = any chrome-extension:// origin plus localhost tools. */
  corsOrigins: string[] | null;
  bodyLimitBytes: number;
  requestTimeoutMs: number;
  /** The built prompt lab served at /lab; server/lab/dist unless a test gives another folder. */
  labDir?: string;
  /** One JSON line per request; defaults to stdout. */
  log?: (line: Record<string, unknown>) => void;
}
