/** Opens the test Neo4j that globalSetup started (a driver per test file, closed in afterAll). */
import { inject } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { loadConfig, type Config } from '../../src/config.js';
import type { GraphDatabase } from '../../src/neo4j/GraphDatabase.js';
import { openGraphDatabase } from '../../src/neo4j/openGraphDatabase.js';
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
  const { db, close } = openGraphDatabase(config, { uri: config.neo4j.uri!, transactionTimeoutMs: 600_000 });
  return { config, driver: db.driver, db, close };
}
