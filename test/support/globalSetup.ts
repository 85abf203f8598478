/**
 * Starts the project's own test Neo4j (instance "test", its own port and data) unless one is
 * running already, wipes it, applies the graph schema and loads the curated seeds. Stops the
 * server afterwards only if this run started it.
 */
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config.js';
import { startLocalNeo4j, stopLocalNeo4j } from '../../src/localNeo4j/LocalNeo4j.js';
import type { GraphDatabase } from '../../src/neo4j/GraphDatabase.js';
import { applyGraphSchema } from '../../src/neo4j/graphSchema.js';
import { openGraphDatabase } from '../../src/neo4j/openGraphDatabase.js';
import { loadSeeds } from '../../src/import/seeds/loadSeeds.js';
import { readSeeds } from '../../src/import/seeds/readSeeds.js';
import { testEnvironment } from './testEnvironment.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = loadConfig(testEnvironment());
  const started = await startLocalNeo4j(config.local, { log: (m) => console.log(`[test neo4j] ${m}`) });
  project.provide('neo4jUri', started.uri);

  const { db, close } = openGraphDatabase(config, { uri: started.uri, transactionTimeoutMs: 600_000 });
  try {
    await wipe(db);
    await applyGraphSchema(db);
    await loadSeeds(db, await readSeeds(config.seedsDir));
  } finally {
    await close();
  }

  return async () => {
    if (!started.alreadyRunning) await stopLocalNeo4j(config.local);
  };
}

/** Empties the test database in batches (a single huge delete would need a huge heap). */
async function wipe(db: GraphDatabase): Promise<void> {
  await db.writeRows('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS').catch(async () => {
    // CALL … IN TRANSACTIONS needs an implicit transaction; fall back to batched deletes.
    for (;;) {
      const [row] = await db.writeRows<{ deleted: number }>('MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted');
      if (!row || row.deleted === 0) break;
    }
  });
}
