/**
 * Prepares the graph for serving: constraints and indexes (idempotent), then the curated seeds
 * when the graph has none (the API answers curated roles from then on), then, on a store the first
 * load filled from the bundled graph, what that load leaves to Cypher (src/import/bundle/finishLoad.ts).
 * Retries until Neo4j answers, so the API can start before the database.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { finishBundledLoad, readGraphLoad } from './import/bundle/finishLoad.js';
import { graphHasCuratedRoles, graphPredatesMethods, loadSeeds } from './import/seeds/loadSeeds.js';
import { GRAPH_LOAD_STATUS } from './graph/graphLoad.js';
import type { LoadProgress } from './loadProgress.js';
import { readSeeds } from './import/seeds/readSeeds.js';
import type { GraphDatabase } from './neo4j/GraphDatabase.js';
import { applyGraphSchema } from './neo4j/graphSchema.js';
import { isNeo4jUnavailable } from './errors.js';
import { GraphQLError } from 'graphql';

export interface BootstrapOptions {
  seedsDir: string;
  /** The bundled graph, for finishing a bulk-loaded store (its empty-list fixes). */
  bundleDir: string;
  /** Told what is in and what is next, for /ready. */
  progress?: LoadProgress;
  log: (message: string) => void;
  signal?: AbortSignal;
}

/** Applies schema and seeds once. Throws on any failure. */
export async function prepareGraph(db: GraphDatabase, options: BootstrapOptions): Promise<void> {
  const progress = options.progress;
  progress?.setStep('applying constraints and indexes');
  await applyGraphSchema(db);
  const load = await readGraphLoad(db);
  if (load.status !== null) {
    progress?.expectDatasets();
    progress?.markLoaded('datasets');
  }
  if (await graphHasCuratedRoles(db)) {
    // Not even parsed: the API process would carry the seed files' garbage for nothing.
    options.log('Graph already seeded; leaving the data as it is.');
    if (await graphPredatesMethods(db)) {
      // Not re-seeded here: that would overwrite curators' edits. The API refuses to guess a method.
      options.log('WARNING: the graph predates provenance methods; provenance fields will fail until `npm run seed` (and `npm run import`) rewrite it.');
    }
  } else {
    progress?.setStep('loading the curated seeds');
    // Validated in full before the (single-transaction) load: a bad file must not leave half a graph.
    const seeds = await readSeeds(options.seedsDir);
    const summary = await loadSeeds(db, seeds);
    options.log(`Seeded ${summary.roles} roles, ${summary.skills} skills, ${summary.progressions} progressions.`);
  }
  progress?.markLoaded('curated');
  if (load.status === GRAPH_LOAD_STATUS.IMPORTED) {
    // A bulk-loaded store (this start's, or one whose finish was interrupted): finish it before calling it ready.
    const started = performance.now();
    await finishBundledLoad(db, { bundleDir: options.bundleDir, onStep: (step) => progress?.setStep(step) });
    options.log(`Finished the bundled graph (links, empty lists, indexes) in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  } else if (load.status === null && !(await graphHasImportedOccupations(db))) {
    options.log(
      'This graph holds the curated roles only. `npm run db:reset` reloads the local instance with every O*NET and ESCO occupation ' +
        '(it deletes the local graph); on a remote Neo4j, `npm run import -- onet|esco|crosswalks <dir>` adds them.',
    );
  }
  progress?.markLoaded('links');
}

async function graphHasImportedOccupations(db: GraphDatabase): Promise<boolean> {
  const [row] = await db.readRows<{ present: boolean }>('OPTIONAL MATCH (run:ImportRun {status: $status}) WITH run LIMIT 1 RETURN run IS NOT NULL AS present', {
    status: 'SUCCEEDED',
  });
  return row?.present ?? false;
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
