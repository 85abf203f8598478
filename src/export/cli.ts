/**
 * Export command (package.json script):
 *
 *   npm run export -- <csv|json|graphml> <path>    export the whole graph
 *
 * Uses NEO4J_URI when set; otherwise starts (or reuses) the project's local Neo4j, and stops it
 * afterwards only if this command started it and NEO4J_KEEP_RUNNING is not set. Expected
 * failures (bad arguments, a target of the wrong kind, database down) print one clear message
 * and exit 1 (2 for usage); only a bug prints a stack trace.
 */
import { resolve } from 'node:path';
import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { ConfigError, loadConfig, type Config } from '../config.js';
import { ImportProgress, formatCount } from '../import/progress.js';
import { LocalNeo4jError, startLocalNeo4j, stopLocalNeo4j } from '../localNeo4j/LocalNeo4j.js';
import { createDriver } from '../neo4j/createDriver.js';
import { GraphDatabase } from '../neo4j/GraphDatabase.js';
import { EXPORT_FORMATS, ExportError, exportGraph, type ExportFormat } from './exportGraph.js';

class UsageError extends Error {
  override name = 'UsageError';
}

const USAGE = `usage:
  npm run export -- <csv|json|graphml> <path>`;

/** Export reads may take longer than an API request may: the driver-side timeout is raised. */
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
  const driver = createDriver({
    uri,
    user: config.neo4j.user,
    password: config.neo4j.password,
    maxConnectionPoolSize: 4,
    maxTransactionRetryTimeMs: DATA_COMMAND_RETRY_MS,
  });
  const db = new GraphDatabase(driver, {
    database: config.neo4j.database,
    transactionTimeoutMs: Math.max(config.neo4j.transactionTimeoutMs, DATA_COMMAND_TIMEOUT_MS),
    readRetryMs: DATA_COMMAND_RETRY_MS,
  });
  try {
    return await work(db);
  } finally {
    await driver.close();
    if (startedHere && !config.keepLocalNeo4jRunning) {
      log('Stopping the local Neo4j this command started (set NEO4J_KEEP_RUNNING=true to keep it).');
      await stopLocalNeo4j(config.local);
    }
  }
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

/** The message for a failure we expect and a person can act on; undefined for a bug. */
function expectedFailure(error: unknown): string | undefined {
  if (error instanceof ConfigError || error instanceof LocalNeo4jError || error instanceof ExportError) return error.message;
  if (error instanceof GraphQLError) return error.message; // mapped driver failure, e.g. database unavailable
  if (error instanceof Neo4jError) return `Neo4j: ${error.message}`;
  return undefined;
}

try {
  process.exitCode = await runExportCommand(loadConfig(), process.argv.slice(2));
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
