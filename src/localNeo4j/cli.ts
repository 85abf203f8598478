/**
 * `npm run db:start | db:stop | db:status | db:browser | db:backup -- <file> | db:restore -- <file> [--yes]`:
 * manage the project's local Neo4j.
 */
import { ConfigError, DEFAULT_LOCAL_PASSWORD, loadConfig, type Config } from '../config.js';
import { backupLocalDatabase, restoreLocalDatabase } from './backup.js';
import { BundleError } from './bundledGraph.js';
import { readCookbook } from './cookbook.js';
import { LocalNeo4jError, localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from './LocalNeo4j.js';
import { confirm } from '../terminal/confirm.js';

/** Neo4j's usual HTTP port, for `db:browser` when NEO4J_HTTP_PORT is not set. */
const DEFAULT_BROWSER_PORT = 7474;

/** True when Neo4j's HTTP connector answers on this loopback port (its discovery document). */
async function httpConnectorAnswers(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(2_000) });
    return response.ok && 'bolt_direct' in ((await response.json()) as object);
  } catch {
    return false;
  }
}

/**
 * Starts the local Neo4j with its HTTP connector on 127.0.0.1 (restarting a server that runs without it),
 * and says where Browser is, how to log in and what to run first.
 */
async function openBrowser(config: Config, log: (message: string) => void): Promise<void> {
  if (config.neo4j.uri) {
    throw new LocalNeo4jError(
      `NEO4J_URI is set (${config.neo4j.uri}): db:browser serves the project's local Neo4j only. Unset NEO4J_URI, or open the Browser of that server.`,
    );
  }
  const httpPort = config.local.httpPort ?? DEFAULT_BROWSER_PORT;
  const local = { ...config.local, httpPort };
  const status = await localNeo4jStatus(local);
  if (status.running && !(await httpConnectorAnswers(httpPort))) {
    log(`Neo4j runs without its HTTP connector on ${httpPort}: restarting it with the connector on (127.0.0.1 only)…`);
    await stopLocalNeo4j(local);
  }
  const result = await startLocalNeo4j(local, { log, transactionTimeoutMs: config.neo4j.transactionTimeoutMs });
  if (result.alreadyRunning) log(`Neo4j is already running (pid ${result.pid}).`);
  if (!(await httpConnectorAnswers(httpPort))) {
    throw new LocalNeo4jError(`Neo4j runs (pid ${result.pid}) but its HTTP connector does not answer on 127.0.0.1:${httpPort}.`);
  }
  const [first] = await readCookbook();
  const password = config.local.password === DEFAULT_LOCAL_PASSWORD ? DEFAULT_LOCAL_PASSWORD : 'your NEO4J_PASSWORD';
  console.log(
    [
      `Neo4j Browser: http://127.0.0.1:${httpPort}/browser/`,
      `Connect URL:   ${result.uri}   user: ${config.local.user}   password: ${password}   database: ${config.neo4j.database}`,
      'The server stays up (npm run db:stop stops it). Recipes: docs/cypher-cookbook.md; a first one:',
      '',
      first?.query ?? 'MATCH (role:Role) RETURN role.slug, role.title LIMIT 25',
    ].join('\n'),
  );
}

const USAGE = 'usage: tsx src/localNeo4j/cli.ts start|stop|status|browser | backup <file> | restore <file> [--yes]';

async function main(command: string | undefined, args: string[]): Promise<number> {
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
    case 'browser':
      await openBrowser(config, log);
      return 0;
    case 'backup': {
      if (args.length !== 1) return usage();
      const result = await backupLocalDatabase(config.local, args[0], { log, transactionTimeoutMs: config.neo4j.transactionTimeoutMs });
      console.log(
        `Backed up "${config.local.database}" of instance "${config.local.name}" to ${result.file} ` +
          `(${(result.bytes / 1024 / 1024).toFixed(1)} MiB, SHA-256 in ${result.checksumFile}) in ${result.seconds.toFixed(1)} s.`,
      );
      return 0;
    }
    case 'restore': {
      const files = args.filter((arg) => arg !== '--yes');
      if (files.length !== 1 || files.some((file) => file.startsWith('--'))) return usage();
      const what = `the graph of local instance "${config.local.name}" (curators' edits included)`;
      if (!args.includes('--yes') && !(await confirm(`This replaces ${what} with ${files[0]}. Continue? [y/N] `))) {
        console.error(process.stdin.isTTY ? 'Nothing was changed.' : `Refused: this replaces ${what}; run \`npm run db:restore -- ${files[0]} --yes\` to confirm.`);
        return 1;
      }
      const result = await restoreLocalDatabase(config.local, files[0], { log, transactionTimeoutMs: config.neo4j.transactionTimeoutMs });
      console.log(`Restored ${result.file} into instance "${config.local.name}" in ${result.seconds.toFixed(1)} s${result.restarted ? '; Neo4j is running again' : ''}.`);
      return 0;
    }
    default:
      return usage();
  }
}

function usage(): number {
  console.error(USAGE);
  return 2;
}

try {
  process.exitCode = await main(process.argv[2], process.argv.slice(3));
} catch (error) {
  if (error instanceof LocalNeo4jError || error instanceof ConfigError || error instanceof BundleError) {
    console.error(error.message);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
