import neo4j, { type Driver } from 'neo4j-driver';

export interface DriverOptions {
  uri: string;
  user: string;
  password: string;
  /** Connections kept per server; the API's concurrency is bounded by this. Default: 100. */
  maxConnectionPoolSize?: number;
  /**
   * How long a managed transaction is retried on transient failures (deadlocks, a lost
   * connection) before its error is returned. Default: 1,000 ms, so that with the database down an
   * API request fails within about a second instead of waiting out the driver's default 30 s
   * (batch commands, which would rather wait out a restart, pass more).
   */
  maxTransactionRetryTimeMs?: number;
}

/**
 * One driver per process. Works with bolt:// (one server), neo4j:// (routing: clusters, Aura)
 * and their +s / +ssc TLS variants: the scheme alone selects routing and encryption.
 */
export function createDriver(options: DriverOptions): Driver {
  return neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
    maxConnectionPoolSize: options.maxConnectionPoolSize ?? 100,
    // Fail fast when the database is down or hangs, so the API answers SERVICE_UNAVAILABLE promptly.
    // connectionTimeout bounds the TCP connect only; the acquisition timeout also bounds the Bolt
    // handshake, which a starting Neo4j accepts and then leaves unanswered until it is ready.
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 5_000,
    maxTransactionRetryTime: options.maxTransactionRetryTimeMs ?? 1_000,
    // Integers arrive as JavaScript numbers: every integer we store (salaries, counts, years, ranks)
    // is far inside 2^53, and decoding into Integer objects and converting them back cost ~5% of the
    // API's CPU on a role lookup (docs/performance.md).
    disableLosslessIntegers: true,
    // Connection failures surface as API errors already; only the driver's own errors are worth logging.
    logging: { level: 'error', logger: (level, message) => console.error(`[neo4j-driver ${level}] ${message}`) },
  });
}
