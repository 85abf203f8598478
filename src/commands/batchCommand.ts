/**
 * What every batch command (`npm run seed|import|export`) does the same way: open the graph
 * (NEO4J_URI, or the project's local Neo4j, started when needed and stopped afterwards only if this
 * command started it and NEO4J_KEEP_RUNNING is not set), and end with one clear message and an exit
 * code: 2 for usage, 1 for an expected failure (bad input, missing files, database down), a stack
 * trace only for a bug.
 */
import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { ConfigError, type Config } from '../config.js';
import { LocalNeo4jError } from '../localNeo4j/LocalNeo4j.js';
import { locateGraph } from '../localNeo4j/locateGraph.js';
import type { GraphDatabase } from '../neo4j/GraphDatabase.js';
import { openGraphDatabase } from '../neo4j/openGraphDatabase.js';

/** Batches may take longer than an API request may: the driver-side timeout is raised. */
const BATCH_TIMEOUT_MS = 300_000;
/** A batch job would rather wait out a short database restart than fail (the API fails fast). */
const BATCH_RETRY_MS = 30_000;

const log = (message: string) => console.error(message);

/** Wrong arguments: printed with the command's usage, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export async function withGraphDatabase<T>(config: Config, work: (db: GraphDatabase) => Promise<T>): Promise<T> {
  const graph = await locateGraph(config, log);
  const { db, close } = openGraphDatabase(config, {
    uri: graph.uri,
    transactionTimeoutMs: Math.max(config.neo4j.transactionTimeoutMs, BATCH_TIMEOUT_MS),
    maxConnectionPoolSize: 4,
    retryMs: BATCH_RETRY_MS,
  });
  try {
    return await work(db);
  } finally {
    await close();
    await graph.release();
  }
}

export interface BatchCommand {
  usage: string;
  run(argv: string[]): Promise<number>;
  /** The command's own expected failures (e.g. invalid seeds, an unreadable file): their message, else undefined. */
  expectedFailure?(error: unknown): string | undefined;
}

/** Runs a command as the process: sets process.exitCode, prints expected failures in one line. */
export async function runBatchCommand(command: BatchCommand): Promise<void> {
  try {
    process.exitCode = await command.run(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n${command.usage}`);
      process.exitCode = 2;
      return;
    }
    const message = command.expectedFailure?.(error) ?? commonFailure(error);
    if (message === undefined) throw error;
    console.error(message);
    process.exitCode = 1;
  }
}

function commonFailure(error: unknown): string | undefined {
  if (error instanceof ConfigError || error instanceof LocalNeo4jError) return error.message;
  if (error instanceof GraphQLError) return error.message; // mapped driver failure, e.g. database unavailable
  if (error instanceof Neo4jError) return `Neo4j: ${error.message}`;
  return undefined;
}
