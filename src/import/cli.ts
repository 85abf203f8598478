/**
 * Data commands (package.json scripts):
 *
 *   npm run seed [-- --check]                      validate the curated seeds; without --check, load them
 *   npm run import -- onet <dir>                   import an O*NET text release (e.g. ../shared/datasets/onet/29.3)
 *   npm run import -- esco <dir>                   import an ESCO CSV release (e.g. ../shared/datasets/esco/v1.1.1)
 *   npm run import -- crosswalks <dir>             store Nesta's ESCO→O*NET crosswalk and link the occupations
 *                                                  (e.g. ../shared/datasets/crosswalks); any order with onet/esco
 *   npm run import -- remove <onet|esco|crosswalks> delete everything one import source wrote
 *   npm run import -- bundled [<dir>]              the bundled graph (default data/graph) through Cypher: every
 *                                                  source in it, as the release imports would write it
 *   npm run db:reset [-- --yes]                    empty the local Neo4j and load it afresh: the bundled graph
 *                                                  (neo4j-admin bulk import, NEO4J_FIRST_LOAD=bundled), seeds,
 *                                                  links; asks first on a terminal, needs --yes otherwise
 *
 * (`npm run export` has its own CLI, src/export/cli.ts.)
 *
 * Uses NEO4J_URI when set; otherwise starts (or reuses) the project's local Neo4j, and stops it
 * afterwards only if this command started it and NEO4J_KEEP_RUNNING is not set. Expected
 * failures (bad arguments, missing files, invalid seeds, database down) print one clear message
 * and exit 1 (2 for usage); only a bug prints a stack trace.
 */
import { resolve } from 'node:path';
import { localNeo4jPaths, startLocalNeo4j, stopLocalNeo4j, wipeLocalDatabase } from '../localNeo4j/LocalNeo4j.js';
import { openGraphDatabase } from '../neo4j/openGraphDatabase.js';
import { importBundle } from './bundle/bundleImport.js';
import { prepareGraph } from './prepareGraph.js';
import { runBatchCommand, UsageError, withGraphDatabase } from '../commands/batchCommand.js';
import { loadConfig, type Config } from '../config.js';
import { CROSSWALK_MATCHES_SOURCE, ESCO_SOURCE, ONET_SOURCE } from '../graph/sources.js';
import type { GraphDatabase } from '../neo4j/GraphDatabase.js';
import { applyGraphSchema } from '../neo4j/graphSchema.js';
import { importEsco } from './esco/index.js';
import { removeImportedSource, type ImportOptions, type ImportResult, type RemovedCounts } from './importRun.js';
import { importOccupationCrosswalk, removeOccupationCrosswalk } from './occupationCrosswalk/index.js';
import { importOnet } from './onet/index.js';
import { ImportProgress, formatCount, formatSummary } from './progress.js';
import { loadSeeds } from './seeds/loadSeeds.js';
import { formatSeedConflicts } from './seeds/keepCuratorEdits.js';
import { SeedValidationError, readSeeds } from './seeds/readSeeds.js';
import { TabularError } from './tabular.js';
import { BundleError } from '../localNeo4j/bundledGraph.js';
import { confirm } from '../terminal/confirm.js';

const USAGE = `usage:
  npm run db:reset [-- --yes]
  npm run seed [-- --check]
  npm run import -- <onet|esco|crosswalks> <release dir>
  npm run import -- bundled [<bundle dir>]
  npm run import -- remove <onet|esco|crosswalks>`;

interface Importer {
  source: string;
  run: (db: GraphDatabase, dir: string, options: ImportOptions) => Promise<ImportResult>;
  remove: (db: GraphDatabase) => Promise<RemovedCounts>;
}

const IMPORTERS: Record<string, Importer> = {
  onet: { source: ONET_SOURCE, run: importOnet, remove: (db) => removeImportedSource(db, ONET_SOURCE) },
  esco: { source: ESCO_SOURCE, run: importEsco, remove: (db) => removeImportedSource(db, ESCO_SOURCE) },
  crosswalks: { source: CROSSWALK_MATCHES_SOURCE, run: importOccupationCrosswalk, remove: removeOccupationCrosswalk },
};

async function seed(config: Config, args: string[]): Promise<number> {
  const unknown = args.filter((arg) => arg !== '--check');
  if (unknown.length > 0) throw new UsageError(`unknown argument(s) for seed: ${unknown.join(' ')}`);
  const data = await readSeeds(config.seedsDir);
  const counts = `${data.families.length} families, ${data.skills.length} skills, ${data.roles.length} roles`;
  if (args.includes('--check')) {
    console.log(`Seeds in ${config.seedsDir} are valid: ${counts}.`);
    return 0;
  }
  const summary = await withGraphDatabase(config, async (db) => {
    await applyGraphSchema(db);
    return loadSeeds(db, data);
  });
  console.log(
    `Seeded ${counts} (${summary.requirements} skill requirements, ${summary.progressions} progressions) from ${config.seedsDir}.`,
  );
  if (summary.keptCuratorFields > 0) console.log(`Kept ${summary.keptCuratorFields} field(s) curators changed through the API.`);
  if (summary.conflicts.length > 0) console.log(formatSeedConflicts(summary.conflicts));
  return 0;
}

async function runImportCommand(config: Config, args: string[]): Promise<number> {
  const [what, argument, ...rest] = args;
  if (rest.length > 0) throw new UsageError(`unexpected argument(s): ${rest.join(' ')}`);
  if (what === 'remove') {
    const importer = IMPORTERS[argument ?? ''];
    if (!importer) throw new UsageError(`remove needs a source: ${Object.keys(IMPORTERS).join(', ')}`);
    const removed = await withGraphDatabase(config, (db) => importer.remove(db));
    console.log(
      `Removed ${importer.source}: ${formatCount(removed.nodesDeleted)} nodes, ${formatCount(removed.relationshipsDeleted)} relationships.`,
    );
    return 0;
  }
  if (what === 'bundled') {
    const dir = resolve(argument ?? config.local.bundleDir);
    const results = await withGraphDatabase(config, async (db) => {
      await applyGraphSchema(db);
      return importBundle(db, dir, { progress: new ImportProgress('bundled'), ...config.import });
    });
    for (const result of results) console.log(formatSummary(`Imported from the bundled graph in ${dir} (run ${result.runId})`, result.summary));
    return 0;
  }
  const importer = IMPORTERS[what ?? ''];
  if (!importer) throw new UsageError(`unknown import source "${what ?? ''}" (expected ${Object.keys(IMPORTERS).join(', ')})`);
  if (!argument) throw new UsageError(`import ${what} needs the release directory`);
  const dir = resolve(argument);
  const progress = new ImportProgress(what);
  const result = await withGraphDatabase(config, async (db) => {
    await applyGraphSchema(db);
    return importer.run(db, dir, { progress, ...config.import });
  });
  console.log(formatSummary(`Imported ${importer.source} from ${dir} (run ${result.runId})`, result.summary));
  return 0;
}

/** `npm run db:reset`: wipe the local instance's graph, bulk-load the bundle, seed and link it. */
async function reset(config: Config, args: string[]): Promise<number> {
  const unknown = args.filter((arg) => arg !== '--yes');
  if (unknown.length > 0) throw new UsageError(`unknown argument(s) for db:reset: ${unknown.join(' ')}`);
  if (config.neo4j.uri) {
    throw new UsageError(`db:reset resets the project's local Neo4j, but NEO4J_URI is set (${config.neo4j.uri}); unset it, or empty that database yourself.`);
  }
  const home = localNeo4jPaths(config.local).home;
  const what = `the local graph in ${home} (curators' edits included)`;
  if (!args.includes('--yes') && !(await confirm(`This deletes ${what} and loads it afresh. Continue? [y/N] `))) {
    console.error(process.stdin.isTTY ? 'Nothing was changed.' : `Refused: this deletes ${what}; run \`npm run db:reset -- --yes\` to confirm.`);
    return 1;
  }
  const started = performance.now();
  const log = (message: string) => console.error(message);
  const { wasRunning } = await wipeLocalDatabase(config.local);
  log(`Deleted ${what}.`);
  const server = await startLocalNeo4j(config.local, { log, transactionTimeoutMs: config.neo4j.transactionTimeoutMs });
  const { db, close } = openGraphDatabase(config, { uri: server.uri, transactionTimeoutMs: 600_000, maxConnectionPoolSize: 4, retryMs: 30_000 });
  try {
    await prepareGraph(db, { seedsDir: config.seedsDir, bundleDir: config.local.bundleDir, log });
  } finally {
    await close();
    // Left as found: running if it ran before, stopped otherwise.
    if (!wasRunning && !config.keepLocalNeo4jRunning) await stopLocalNeo4j(config.local);
  }
  console.log(`Reset ${home} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  const config = loadConfig();
  switch (command) {
    case 'reset':
      return reset(config, args);
    case 'seed':
      return seed(config, args);
    case 'import':
      return runImportCommand(config, args);
    default:
      throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  }
}

await runBatchCommand({
  usage: USAGE,
  run: main,
  expectedFailure: (error) =>
    error instanceof TabularError || error instanceof SeedValidationError || error instanceof BundleError ? error.message : undefined,
});
