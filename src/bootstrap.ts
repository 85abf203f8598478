/**
 * Prepares the graph for serving: constraints and indexes (idempotent), then the curated seeds
 * when the graph has none. Retries until Neo4j answers, so the API can start before the database.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { graphHasCuratedRoles, graphPredatesMethods, loadSeeds } from './import/seeds/loadSeeds.js';
import { readSeeds } from './import/seeds/readSeeds.js';
import type { GraphDatabase } from './neo4j/GraphDatabase.js';
import { applyGraphSchema } from './neo4j/graphSchema.js';
import { isNeo4jUnavailable } from './errors.js';
import { GraphQLError } from 'graphql';

export interface BootstrapOptions {
  seedsDir: string;
  log: (message: string) => void;
  signal?: AbortSignal;
}

/** Applies schema and seeds once. Throws on any failure. */
export async function prepareGraph(db: GraphDatabase, options: BootstrapOptions): Promise<void> {
  await applyGraphSchema(db);
  if (await graphHasCuratedRoles(db)) {
    // Not even parsed: the API process would carry the seed files' garbage for nothing.
    options.log('Graph already seeded; leaving the data as it is.');
    if (await graphPredatesMethods(db)) {
      // Not re-seeded here: that would overwrite curators' edits. The API refuses to guess a method.
      options.log('WARNING: the graph predates provenance methods; provenance fields will fail until `npm run seed` (and `npm run import`) rewrite it.');
    }
    return;
  }
  // Validated in full before the (single-transaction) load: a bad file must not leave half a graph.
  const seeds = await readSeeds(options.seedsDir);
  const summary = await loadSeeds(db, seeds);
  options.log(`Seeded ${summary.roles} roles, ${summary.skills} skills, ${summary.progressions} progressions.`);
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
