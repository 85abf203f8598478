/**
 * Prepares a graph for serving (the API's bootstrap, `npm run db:reset`): constraints and indexes
 * (idempotent), then the curated seeds when the graph has none (the API answers curated roles from then
 * on), then, on a store the first load filled from the bundled graph, what that load leaves to Cypher
 * (bundle/finishLoad.ts). Every step is idempotent, so an interrupted preparation is simply run again.
 */
import { GRAPH_LOAD_STATUS, type PreparationProgress } from '../graph/graphLoad.js';
import type { GraphDatabase } from '../neo4j/GraphDatabase.js';
import { applyGraphSchema } from '../neo4j/graphSchema.js';
import { finishBundledLoad, readGraphLoad } from './bundle/finishLoad.js';
import { graphHasCuratedRoles, graphPredatesMethods, loadSeeds } from './seeds/loadSeeds.js';
import { readSeeds } from './seeds/readSeeds.js';

export interface PrepareGraphOptions {
  seedsDir: string;
  /** The bundled graph, for finishing a bulk-loaded store (its empty-list fixes). */
  bundleDir: string;
  progress?: PreparationProgress;
  log: (message: string) => void;
}

/** Applies schema and seeds once, and finishes a bulk-loaded store. Throws on any failure. */
export async function prepareGraph(db: GraphDatabase, options: PrepareGraphOptions): Promise<void> {
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

