/** `npm run db:start | db:stop | db:status`: manage the project's local Neo4j. */
import { ConfigError, loadConfig } from '../config.js';
import { BundleError } from './bundledGraph.js';
import { LocalNeo4jError, localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from './LocalNeo4j.js';

async function main(command: string | undefined): Promise<number> {
  const config = loadConfig();
  const log = (message: string) => console.error(message);
  switch (command) {
    case 'start': {
      const result = await startLocalNeo4j(config.local, { log, transactionTimeoutMs: config.neo4j.transactionTimeoutMs });
      console.error(result.alreadyRunning ? `Neo4j is already running (pid ${result.pid}).` : `Neo4j started (pid ${result.pid}).`);
      console.log(result.uri);
      return 0;
    }
    case 'stop': {
      const { wasRunning } = await stopLocalNeo4j(config.local);
      console.log(wasRunning ? 'Neo4j stopped.' : 'Neo4j was not running.');
      return 0;
    }
    case 'status': {
      const status = await localNeo4jStatus(config.local);
      if (!status.running) {
        console.log(`Neo4j is not running (instance ${status.home}).`);
        return 3; // like `neo4j status`: non-zero when stopped, so scripts can test it
      }
      console.log(`Neo4j is running (pid ${status.pid}) at ${status.uri}; Bolt ${status.boltReady ? 'answers' : 'does not answer yet'}.`);
      return status.boltReady ? 0 : 1;
    }
    default:
      console.error('usage: tsx src/localNeo4j/cli.ts start|stop|status');
      return 2;
  }
}

try {
  process.exitCode = await main(process.argv[2]);
} catch (error) {
  if (error instanceof LocalNeo4jError || error instanceof ConfigError || error instanceof BundleError) {
    console.error(error.message);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
