/**
 * Data commands (package.json scripts):
 *
 *   npm run seed [-- --check]                      validate the curated seeds; without --check, load them
 *   npm run import -- onet <dir>                   import an O*NET text release (e.g. ../shared/datasets/onet/29.3)
 *   npm run import -- esco <dir>                   import an ESCO CSV release (e.g. ../shared/datasets/esco/v1.1.1)
 *   npm run import -- remove <onet|esco>           delete everything one import source wrote
 *   npm run export -- <csv|json|graphml> <path>    export the whole graph
 *
 * Uses NEO4J_URI when set; otherwise starts (or reuses) the project's local Neo4j, and stops it
 * afterwards only if this command started it and NEO4J_KEEP_RUNNING is not set. Expected
 * failures (bad arguments, missing files, invalid seeds, database down) print one clear message
 * and exit 1 (2 for usage); only a bug prints a stack trace.
 */
import { resolve } from 'node:path';
import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { ConfigError, loadConfig, type Config } from '../config.js';
import { LocalNeo4jError, startLocalNeo4j, stopLocalNeo4j } from '../localNeo4j/LocalNeo4j.js';
import type { GraphDatabase } from '../neo4j/GraphDatabase.js';
import { applyGraphSchema } from '../neo4j/graphSchema.js';
import { openGraphDatabase } from '../neo4j/openGraphDatabase.js';
import { ESCO_SOURCE, importEsco } from './esco/index.js';
import { EXPORT_FORMATS, exportGraph, type ExportFormat } from './exportGraph.js';
import { removeImportedSource, type ImportOptions, type ImportResult } from './importRun.js';
import { ONET_SOURCE, importOnet } from './onet/index.js';
import { ImportProgress, formatCount, formatSummary } from './progress.js';
import { loadSeeds } from './seeds/loadSeeds.js';
import { SeedValidationError, readSeeds } from './seeds/readSeeds.js';
import { TabularError } from './tabular.js';

class UsageError extends Error {
  override name = 'UsageError';
}

const USAGE = `usage:
  npm run seed [-- --check]
  npm run import -- <onet|esco> <release dir>
  npm run import -- remove <onet|esco>
  npm run export -- <csv|json|graphml> <path>`;

const IMPORTERS: Record<string, { source: string; run: (db: GraphDatabase, dir: string, options: ImportOptions) => Promise<ImportResult> }> = {
  onet: { source: ONET_SOURCE, run: importOnet },
  esco: { source: ESCO_SOURCE, run: importEsco },
};

/** Import batches may take longer than an API request may: the driver-side timeout is raised. */
const DATA_COMMAND_TIMEOUT_MS = 300_000;
/** A batch job would rather wait out a short database restart than fail (the API fails fast). */
const DATA_COMMAND_RETRY_MS = 30_000;

const log = (message: string) => console.error(message);

async function withDatabase<T>(config: Config, work: (db: GraphDatabase) => Promise<T>): Promise<T> {
  let uri = config.neo4j.uri;
  let startedHere = false;
  if (!uri) {
    const started = await startLocalNeo4j(config.local, { log, transactionTimeoutMs: config.neo4j.transactionTimeoutMs });
    uri = started.uri;
    startedHere = !started.alreadyRunning;
  }
  const { db, close } = openGraphDatabase(config, {
    uri,
    transactionTimeoutMs: Math.max(config.neo4j.transactionTimeoutMs, DATA_COMMAND_TIMEOUT_MS),
    maxConnectionPoolSize: 4,
    retryMs: DATA_COMMAND_RETRY_MS,
  });
  try {
    return await work(db);
  } finally {
    await close();
    if (startedHere && !config.keepLocalNeo4jRunning) {
      log('Stopping the local Neo4j this command started (set NEO4J_KEEP_RUNNING=true to keep it).');
      await stopLocalNeo4j(config.local);
    }
  }
}

async function seed(config: Config, args: string[]): Promise<number> {
  const unknown = args.filter((arg) => arg !== '--check');
  if (unknown.length > 0) throw new UsageError(`unknown argument(s) for seed: ${unknown.join(' ')}`);
  const data = await readSeeds(config.seedsDir);
  const counts = `${data.families.length} families, ${data.skills.length} skills, ${data.roles.length} roles`;
  if (args.includes('--check')) {
    console.log(`Seeds in ${config.seedsDir} are valid: ${counts}.`);
    return 0;
  }
  const summary = await withDatabase(config, async (db) => {
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
    if (!importer) throw new UsageError(`remove needs a source: ${Object.keys(IMPORTERS).join(' or ')}`);
    const removed = await withDatabase(config, (db) => removeImportedSource(db, importer.source));
    console.log(
      `Removed ${importer.source}: ${formatCount(removed.nodesDeleted)} nodes, ${formatCount(removed.relationshipsDeleted)} relationships.`,
    );
    return 0;
  }
  const importer = IMPORTERS[what ?? ''];
  if (!importer) throw new UsageError(`unknown import source "${what ?? ''}" (expected ${Object.keys(IMPORTERS).join(' or ')})`);
  if (!argument) throw new UsageError(`import ${what} needs the release directory`);
  const dir = resolve(argument);
  const progress = new ImportProgress(what);
  const result = await withDatabase(config, async (db) => {
    await applyGraphSchema(db);
    return importer.run(db, dir, { progress, ...config.import });
  });
  console.log(formatSummary(`Imported ${importer.source} from ${dir} (run ${result.runId})`, result.summary));
  return 0;
}

async function runExportCommand(config: Config, args: string[]): Promise<number> {
  const [format, path, ...rest] = args;
  if (rest.length > 0) throw new UsageError(`unexpected argument(s): ${rest.join(' ')}`);
  if (!EXPORT_FORMATS.includes(format as ExportFormat)) throw new UsageError(`unknown export format "${format ?? ''}" (expected ${EXPORT_FORMATS.join(', ')})`);
  if (!path) throw new UsageError(`export ${format} needs a target path`);
  const target = resolve(path);
  const result = await withDatabase(config, (db) => exportGraph(db, format as ExportFormat, target, { progress: new ImportProgress('export') }));
  console.log(
    `Exported ${formatCount(result.nodes)} nodes and ${formatCount(result.relationships)} relationships as ${format} ` +
      `in ${result.seconds.toFixed(1)}s:\n${result.files.map((file) => `  ${file}`).join('\n')}`,
  );
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
    case 'export':
      return runExportCommand(config, args);
    default:
      throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  }
}

/** The message for a failure we expect and a person can act on; undefined for a bug. */
function expectedFailure(error: unknown): string | undefined {
  if (error instanceof ConfigError || error instanceof LocalNeo4jError || error instanceof TabularError) return error.message;
  if (error instanceof SeedValidationError) return error.message;
  if (error instanceof GraphQLError) return error.message; // mapped driver failure, e.g. database unavailable
  if (error instanceof Neo4jError) return `Neo4j: ${error.message}`;
  return undefined;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n${USAGE}`);
    process.exitCode = 2;
  } else {
    const message = expectedFailure(error);
    if (message === undefined) throw error;
    console.error(message);
    process.exitCode = 1;
  }
}
