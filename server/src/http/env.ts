import type { PersonalizationDeps } from '../service/personalization.ts';
import type { SenderProfileStore } from '../store/sender-profiles.ts';

/** What a handler may add to its request's log line (never message text or secrets). */
export interface LogFields {
  request_id?: string;
  provider?: string;
  attempts?: number;
}

export interface AppEnv {
  Variables: { log: LogFields };
}

export interface AppDeps extends PersonalizationDeps {
  senderProfiles: SenderProfileStore;
  apiToken: string;
  /** Exact allowed origins; null = any chrome-extension:// origin plus localhost tools. */
  corsOrigins: string[] | null;
  rateLimitPerMin: number;
  bodyLimitBytes: number;
  requestTimeoutMs: number;
  /** One JSON line per request; defaults to stdout. */
  log?: (line: Record<string, unknown>) => void;
}
