/**
 * `npm run db:start | db:stop | db:status | db:backup -- <file> | db:restore -- <file> [--yes]`: manage
 * the project's local Neo4j.
 */
import { createInterface } from 'node:readline/promises';
import { ConfigError, loadConfig } from '../config.js';
import { backupLocalDatabase, restoreLocalDatabase } from './backup.js';
import { BundleError } from './bundledGraph.js';
import { LocalNeo4jError, localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from './LocalNeo4j.js';

const USAGE = 'usage: tsx src/localNeo4j/cli.ts start|stop|status | backup <file> | restore <file> [--yes]';

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

async function confirm(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) return false;
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await prompt.question(question)).trim());
  } finally {
    prompt.close();
  }
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
