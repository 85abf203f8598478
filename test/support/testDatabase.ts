/** Opens the test Neo4j that globalSetup started (a driver per test file, closed in afterAll). */
import { inject } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { loadConfig, type Config } from '../../src/config.js';
import { createDriver } from '../../src/neo4j/createDriver.js';
import { GraphDatabase } from '../../src/neo4j/GraphDatabase.js';
import { testEnvironment } from './testEnvironment.js';

export interface TestDatabase {
  config: Config;
  driver: Driver;
  db: GraphDatabase;
  close(): Promise<void>;
}

export function testConfig(): Config {
  const config = loadConfig(testEnvironment());
  return { ...config, neo4j: { ...config.neo4j, uri: inject('neo4jUri') } };
}

export function openTestDatabase(): TestDatabase {
  const config = testConfig();
  const driver = createDriver({ uri: config.neo4j.uri!, user: config.neo4j.user, password: config.neo4j.password });
  const db = new GraphDatabase(driver, { database: config.neo4j.database, transactionTimeoutMs: 600_000 });
  return { config, driver, db, close: () => driver.close() };
}
