// The server package's public surface, for tools and tests outside it.
export { createApp } from './app.ts';
export { loadConfig } from './config.ts';
export { checkVariant, explainVariant } from './guardrails/index.ts';
export { LocalDbInUseError, startLocalDb, stopProcess } from './store/local-db.ts';
export { openStores } from './store/stores.ts';
