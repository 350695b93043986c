import {
  MongoError,
  MongoNetworkError,
  MongoNotConnectedError,
  MongoServerSelectionError,
  MongoTopologyClosedError,
} from 'mongodb';

/** The database could not be reached; the API answers 503. */
export class DatabaseUnavailableError extends Error {
  readonly code = 'DATABASE_UNAVAILABLE';
  constructor(cause: unknown) {
    super('The database is unavailable', { cause });
    this.name = 'DatabaseUnavailableError';
  }
}

function isConnectivityError(err: unknown): boolean {
  return (
    err instanceof MongoServerSelectionError ||
    err instanceof MongoNetworkError ||
    err instanceof MongoNotConnectedError ||
    err instanceof MongoTopologyClosedError ||
    (err instanceof MongoError && /connection|socket|closed|ECONNREFUSED/i.test(err.message)) ||
    // A socket the database closed under a write surfaces as Node's own error ("This socket has been
    // ended by the other party", EPIPE), not the driver's.
    (err instanceof Error &&
      /^(?:EPIPE|ECONNRESET|ECONNREFUSED|ETIMEDOUT|ENOTCONN)$/.test(String((err as { code?: unknown }).code)))
  );
}

/** Runs a database operation, turning lost-connection errors into DatabaseUnavailableError. */
export async function withDatabase<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (err) {
    throw isConnectivityError(err) ? new DatabaseUnavailableError(err) : err;
  }
}
