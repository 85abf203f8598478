/**
 * Prepares a graph for serving (the API's bootstrap, `npm run db:reset`): constraints and indexes
 * (idempotent), then the curated seeds when the graph has none (the API answers curated roles from then
 * on), then, on a store the first load filled from the bundled graph, what that load leaves to Cypher
 * (bundle/finishLoad.ts). Every step is idempotent, so an interrupted preparation is simply run again.
 */
import { GRAPH_LOAD_STATUS, type PreparationProgress } from '../graph/graphLoad.js';
import type { GraphDatabase } from '../neo4j/GraphDatabase.js';
import { applyGraphSchema, awaitGraphIndexes } from '../neo4j/graphSchema.js';
import { importBundle } from './bundle/bundleImport.js';
import { finishBundledLoad, readGraphLoad } from './bundle/finishLoad.js';
import { graphHasCuratedRoles, graphPredatesMethods, loadSeeds } from './seeds/loadSeeds.js';
import { readSeeds } from './seeds/readSeeds.js';

export interface PrepareGraphOptions {
  seedsDir: string;
  /** The bundled graph, for finishing a bulk-loaded store (its empty-list fixes). */
  bundleDir: string;
  progress?: PreparationProgress;
  log: (message: string) => void;
  /**
   * Load the bundled graph through Cypher (bundle/bundleImport.ts) into a graph that was empty, after the
   * seeds: for a Neo4j the project does not run (NEO4J_URI, docker compose), where neo4j-admin cannot write.
   */
  importBundleWhenEmpty?: boolean;
}

/** Applies schema and seeds once, and finishes a bulk-loaded store. Throws on any failure. */
export async function prepareGraph(db: GraphDatabase, options: PrepareGraphOptions): Promise<void> {
  const progress = options.progress;
  progress?.setStep('applying constraints and indexes');
  const timer = stepTimer(options.log);
  await applyGraphSchema(db, { awaitIndexes: false });
  timer('Applied the graph schema (constraints populated, indexes populating)');
  const load = await readGraphLoad(db);
  if (load.status !== null) {
    progress?.expectDatasets();
    progress?.markLoaded('datasets');
  }
  const hasCurated = await graphHasCuratedRoles(db);
  const hasImported = await graphHasImportedOccupations(db);
  const importBundled = load.status === null && !hasCurated && !hasImported && (options.importBundleWhenEmpty ?? false);
  if (importBundled) progress?.expectDatasets();
  if (hasCurated) {
    // Not even parsed: the API process would carry the seed files' garbage for nothing.
    options.log('Graph already seeded; leaving the data as it is.');
    if (await graphPredatesMethods(db)) {
      // Not re-seeded at start: reloading is `npm run seed`'s job (it keeps curators' edits and reports
      // conflicts, which someone must read). The API refuses to guess a method.
      options.log('WARNING: the graph predates provenance methods; provenance fields will fail until `npm run seed` (and `npm run import`) rewrite it.');
    }
  } else {
    progress?.setStep('loading the curated seeds');
    // Validated in full before the (single-transaction) load: a bad file must not leave half a graph.
    const seeds = await readSeeds(options.seedsDir);
    const summary = await loadSeeds(db, seeds);
    timer(`Seeded ${summary.roles} roles, ${summary.skills} skills, ${summary.progressions} progressions`);
  }
  progress?.markLoaded('curated');
  if (load.status === GRAPH_LOAD_STATUS.IMPORTED) {
    // A bulk-loaded store (this start's, or one whose finish was interrupted): finish it before calling it ready.
    await finishBundledLoad(db, { bundleDir: options.bundleDir, onStep: (step) => progress?.setStep(step) });
    timer('Finished the bundled graph (empty lists, links across sources, indexes)');
  } else if (importBundled) {
    progress?.setStep('loading the bundled graph through Cypher (an empty graph this process cannot bulk-load)');
    const results = await importBundle(db, options.bundleDir);
    const relationships = results.reduce((sum, result) => sum + result.summary.relationshipsWritten, 0);
    timer(`Loaded the bundled graph through Cypher (${relationships.toLocaleString('en')} relationships)`);
    progress?.markLoaded('datasets');
  } else if (load.status === null && !hasImported) {
    options.log(
      'This graph holds the curated roles only. `npm run db:reset` reloads the local instance with every O*NET and ESCO occupation ' +
        '(it deletes the local graph); `npm run import -- bundled` adds them to this graph through Cypher.',
    );
  }
  progress?.setStep('populating indexes');
  await awaitGraphIndexes(db);
  timer('Indexes online');
  progress?.markLoaded('links');
}

/** Logs each step with the seconds since the previous one. */
function stepTimer(log: (message: string) => void): (done: string) => void {
  let last = performance.now();
  return (done) => {
    const now = performance.now();
    log(`${done} in ${((now - last) / 1000).toFixed(1)} s.`);
    last = now;
  };
}

async function graphHasImportedOccupations(db: GraphDatabase): Promise<boolean> {
  const [row] = await db.readRows<{ present: boolean }>('OPTIONAL MATCH (run:ImportRun {status: $status}) WITH run LIMIT 1 RETURN run IS NOT NULL AS present', {
    status: 'SUCCEEDED',
  });
  return row?.present ?? false;
}

