/**
 * The one way a process opens its connection to the graph: a driver (createDriver) wrapped in a
 * GraphDatabase that names the configured database. Where the server runs is the caller's business
 * (NEO4J_URI, or the local Neo4j it started: src/localNeo4j/), so this module stays free of process
 * concerns and only connects.
 */
import type { Config } from '../config.js';
import { createDriver } from './createDriver.js';
import { GraphDatabase } from './GraphDatabase.js';

export interface OpenGraphDatabaseOptions {
  /** The server to connect to: NEO4J_URI, or the URI of the local Neo4j the caller started. Required. */
  uri: string;
  /** Server-side timeout of every transaction. Default: config.neo4j.transactionTimeoutMs (NEO4J_TX_TIMEOUT_MS). */
  transactionTimeoutMs?: number;
  /** Connections kept by the driver. Default: createDriver's (100, for the API's concurrency). */
  maxConnectionPoolSize?: number;
  /**
   * How long transient failures are retried, by the driver for managed transactions and by
   * GraphDatabase for single-statement reads. Default: their 1,000 ms (the API fails fast; batch
   * commands pass more to wait out a database restart).
   */
  retryMs?: number;
}

export interface OpenedGraphDatabase {
  db: GraphDatabase;
  /** Closes the driver; call it in `finally` (or on shutdown). */
  close(): Promise<void>;
}

export function openGraphDatabase(config: Pick<Config, 'neo4j'>, options: OpenGraphDatabaseOptions): OpenedGraphDatabase {
  const driver = createDriver({
    uri: options.uri,
    user: config.neo4j.user,
    password: config.neo4j.password,
    maxConnectionPoolSize: options.maxConnectionPoolSize,
    maxTransactionRetryTimeMs: options.retryMs,
  });
  const db = new GraphDatabase(driver, {
    database: config.neo4j.database,
    transactionTimeoutMs: options.transactionTimeoutMs ?? config.neo4j.transactionTimeoutMs,
    readRetryMs: options.retryMs,
  });
  return { db, close: () => driver.close() };
}
