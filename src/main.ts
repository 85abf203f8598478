/**
 * `npm start`: read config; listen at once (/ready says what is loading); without NEO4J_URI start (or
 * reuse) the project's local Neo4j, bulk-loading the bundled graph on its first start
 * (src/localNeo4j/firstLoad.ts); apply the graph schema, seed an empty graph, finish a bulk-loaded one
 * (src/bootstrap.ts), serve GraphQL. On SIGINT/SIGTERM: stop accepting, finish
 * in-flight requests, close the driver, and stop the local Neo4j only if this process started it
 * (unless NEO4J_KEEP_RUNNING=true). A server started by `npm run db:start` is left running.
 */
import { createServer as createHttpServer } from 'node:http';
import { prepareGraphWhenAvailable } from './bootstrap.js';
import { ConfigError, loadConfig } from './config.js';
import { localBoltUri, LocalNeo4jError } from './localNeo4j/LocalNeo4j.js';
import { BundleError } from './localNeo4j/bundledGraph.js';
import { locateGraph, type GraphLocation } from './localNeo4j/locateGraph.js';
import { LoadProgress } from './loadProgress.js';
import { openGraphDatabase } from './neo4j/openGraphDatabase.js';
import { SeedValidationError } from './import/seeds/readSeeds.js';
import { createServer } from './server.js';
import { createLogger, flushLogs } from './observability/createLogger.js';
import { mutationsAvailability, productionRefusal } from './productionGuard.js';

/** Before the configuration (and so the logger) exists, failures go to stderr as plain text. */
const logStartupFailure = (message: string) => console.error(`[career-graph] ${message}`);
/** Signals closer together than this count as one (see the signal handler). */
const FORCE_EXIT_AFTER_MS = 2_000;

async function main(): Promise<void> {
  const startedAt = performance.now();
  const config = loadConfig();
  const refusal = productionRefusal(config);
  if (refusal) throw new ConfigError(refusal);
  const logger = createLogger({ level: config.logLevel });
  const log = (message: string) => logger.info(message);

  // The URI is known before the local server runs, so the API listens (and /ready reports) during a first load.
  const { db, close: closeDatabase } = openGraphDatabase(config, { uri: config.neo4j.uri ?? localBoltUri(config.local) });

  const bootstrapAbort = new AbortController();
  const progress = new LoadProgress();
  const httpServer = createHttpServer();
  const server = await createServer({ config, db, httpServer, readiness: () => progress.readiness(), logger });
  httpServer.on('request', server.handleRequest);
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, resolve);
  });
  log(`GraphQL API at http://${config.host}:${config.port}/graphql (health: /health, readiness: /ready)`);
  log(mutationsAvailability(config));

  let graph: GraphLocation | undefined;
  const bootstrap = (async () => {
    progress.setStep(config.neo4j.uri ? `connecting to ${config.neo4j.uri}` : 'starting the local Neo4j');
    graph = await locateGraph(config, log, {
      signal: bootstrapAbort.signal,
      onFirstLoad: (event) => {
        if (event.kind === 'started') {
          progress.expectDatasets();
          progress.setStep(`bulk-loading the bundled graph (${event.reason})`);
        } else if (event.kind === 'stage') progress.setStep(`bulk-loading the bundled graph: ${event.stage}`);
        else progress.setStep('starting Neo4j on the loaded store');
      },
    });
    if (graph.local) log(graph.launched ? `Started a local Neo4j at ${graph.uri}.` : `Using the local Neo4j already running at ${graph.uri}.`);
    await prepareGraphWhenAvailable(db, {
      seedsDir: config.seedsDir,
      bundleDir: config.local.bundleDir,
      log,
      signal: bootstrapAbort.signal,
      progress,
      // A Neo4j we do not run cannot be bulk-loaded: an empty one gets the bundle through Cypher instead.
      importBundleWhenEmpty: config.neo4j.uri !== undefined && config.local.firstLoad === 'bundled',
    });
  })().then(
    () => {
      progress.finish();
      log(`Ready in ${((performance.now() - startedAt) / 1000).toFixed(1)} s.`);
    },
    (error: unknown) => {
      if (bootstrapAbort.signal.aborted) return;
      const expected = error instanceof SeedValidationError || error instanceof LocalNeo4jError || error instanceof BundleError;
      logger.error(expected ? (error as Error).message : `Could not prepare the graph: ${String(error)}`);
      process.exitCode = 1;
      void shutdown('bootstrap failure');
    },
  );

  let stopping = false;
  async function shutdown(reason: string): Promise<void> {
    if (stopping) return;
    stopping = true;
    log(`Shutting down (${reason}): finishing in-flight requests…`);
    await graph?.announceRelease().catch(() => undefined);
    bootstrapAbort.abort();
    await bootstrap.catch(() => undefined);
    await server.stop(); // the drain plugin stops accepting and waits for in-flight requests
    await closeDatabase();
    log('Neo4j driver closed.');
    await graph?.release();
    log('Stopped.');
  }

  // Ctrl-C reaches every process of the terminal's group, and npm and tsx forward it as well, so one
  // keypress can arrive two or three times within milliseconds: only a signal well after the first
  // one is a user's deliberate second Ctrl-C that forces an exit.
  let firstSignalAt = 0;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) {
        if (Date.now() - firstSignalAt > FORCE_EXIT_AFTER_MS) {
          logger.warn('Second signal: exiting now.');
          flushLogs(logger);
          process.exit(130);
        }
        return;
      }
      firstSignalAt = Date.now();
      void shutdown(signal);
    });
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof LocalNeo4jError || error instanceof SeedValidationError) {
    logStartupFailure(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
