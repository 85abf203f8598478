import neo4j, { type Driver } from 'neo4j-driver';

export interface DriverOptions {
  uri: string;
  user: string;
  password: string;
  /** Connections kept per server; the API's concurrency is bounded by this. */
  maxConnectionPoolSize?: number;
}

/**
 * One driver per process. Works with bolt:// (one server), neo4j:// (routing: clusters, Aura)
 * and their +s / +ssc TLS variants: the scheme alone selects routing and encryption.
 */
export function createDriver(options: DriverOptions): Driver {
  return neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
    maxConnectionPoolSize: options.maxConnectionPoolSize ?? 100,
    connectionAcquisitionTimeout: 10_000,
    // Fail fast when the database is down, so the API answers SERVICE_UNAVAILABLE promptly.
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 5_000,
    disableLosslessIntegers: false,
    // Connection failures surface as API errors already; only the driver's own errors are worth logging.
    logging: { level: 'error', logger: (level, message) => console.error(`[neo4j-driver ${level}] ${message}`) },
  });
}
