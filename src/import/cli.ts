/**
 * Data commands (package.json scripts):
 *
 *   npm run seed [-- --check]                      validate the curated seeds; without --check, load them
 *   npm run import -- onet <dir>                   import an O*NET text release (e.g. ../shared/datasets/onet/29.3)
 *   npm run import -- esco <dir>                   import an ESCO CSV release (e.g. ../shared/datasets/esco/v1.1.1)
 *   npm run import -- crosswalks <dir>             store Nesta's ESCO→O*NET crosswalk and link the occupations
 *                                                  (e.g. ../shared/datasets/crosswalks); any order with onet/esco
 *   npm run import -- remove <onet|esco|crosswalks> delete everything one import source wrote
 *
 * (`npm run export` has its own CLI, src/export/cli.ts.)
 *
 * Uses NEO4J_URI when set; otherwise starts (or reuses) the project's local Neo4j, and stops it
 * afterwards only if this command started it and NEO4J_KEEP_RUNNING is not set. Expected
 * failures (bad arguments, missing files, invalid seeds, database down) print one clear message
 * and exit 1 (2 for usage); only a bug prints a stack trace.
 */
import { resolve } from 'node:path';
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
import { SeedValidationError, readSeeds } from './seeds/readSeeds.js';
import { TabularError } from './tabular.js';

const USAGE = `usage:
  npm run seed [-- --check]
  npm run import -- <onet|esco|crosswalks> <release dir>
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

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  const config = loadConfig();
  switch (command) {
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
  expectedFailure: (error) => (error instanceof TabularError || error instanceof SeedValidationError ? error.message : undefined),
});
