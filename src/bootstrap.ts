/**
 * Prepares the graph for serving: constraints and indexes (idempotent), then the curated seeds
 * when the graph has none (the API answers curated roles from then on), then, on a store the first
 * load filled from the bundled graph, what that load leaves to Cypher (src/import/bundle/finishLoad.ts).
 * Retries until Neo4j answers, so the API can start before the database.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { prepareGraph, type PrepareGraphOptions } from './import/prepareGraph.js';
import type { GraphDatabase } from './neo4j/GraphDatabase.js';
import { isNeo4jUnavailable } from './errors.js';
import { GraphQLError } from 'graphql';

export { prepareGraph } from './import/prepareGraph.js';

export interface BootstrapOptions extends PrepareGraphOptions {
  signal?: AbortSignal;
}

function unavailable(error: unknown): boolean {
  return isNeo4jUnavailable(error) || (error instanceof GraphQLError && error.extensions.code === 'SERVICE_UNAVAILABLE');
}

/** Like prepareGraph, but waits out an unavailable database (other errors are fatal). */
export async function prepareGraphWhenAvailable(db: GraphDatabase, options: BootstrapOptions): Promise<void> {
  let delayMs = 500;
  for (;;) {
    try {
      await prepareGraph(db, options);
      return;
    } catch (error) {
      if (!unavailable(error) || options.signal?.aborted) throw error;
      options.log(`Neo4j is not available yet (${error instanceof Error ? error.message : error}); retrying in ${delayMs} ms.`);
      await sleep(delayMs, undefined, { signal: options.signal });
      // Capped low: once Neo4j is up, the API should be ready within seconds, not after a long backoff.
      delayMs = Math.min(delayMs * 2, 4_000);
    }
  }
}
