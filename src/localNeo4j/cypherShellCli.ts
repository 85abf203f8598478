/** `npm run cypher`: cypher-shell on the graph the API uses (see cypherShell.ts). */
import { spawn } from 'node:child_process';
import { access, constants } from 'node:fs/promises';
import { ConfigError, loadConfig } from '../config.js';
import { BundleError } from './bundledGraph.js';
import { CYPHER_USAGE, CypherArgumentError, cypherShellArguments, cypherShellCommand, parseCypherArguments } from './cypherShell.js';
import { assertJava } from './LocalNeo4j.js';
import { LocalNeo4jError } from './LocalNeo4jError.js';
import { locateGraph } from './locateGraph.js';

async function main(argv: readonly string[]): Promise<number> {
  const options = parseCypherArguments(argv);
  if (options.help) {
    console.log(CYPHER_USAGE);
    return 0;
  }
  if (options.file !== undefined) {
    await access(options.file, constants.R_OK).catch(() => {
      throw new CypherArgumentError(`cannot read the file ${options.file}`);
    });
  }
  const config = loadConfig();
  assertJava();
  const log = (message: string) => console.error(message);
  const graph = await locateGraph(config, log);
  try {
    const javaArguments = await cypherShellCommand(config.local, cypherShellArguments(options, { uri: graph.uri, database: config.neo4j.database }), log);
    const child = spawn('java', javaArguments, {
      stdio: 'inherit',
      // Credentials through cypher-shell's environment, so they never show in a process list.
      env: { ...process.env, NEO4J_USERNAME: config.neo4j.user, NEO4J_PASSWORD: config.neo4j.password },
    });
    // Ctrl-C at the prompt is cypher-shell's (it cancels the running query): this process waits for it.
    const ignoreInterrupt = () => undefined;
    process.on('SIGINT', ignoreInterrupt);
    try {
      return await new Promise<number>((resolve, reject) => {
        child.once('error', reject);
        child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
      });
    } finally {
      process.off('SIGINT', ignoreInterrupt);
    }
  } finally {
    await graph.release();
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof CypherArgumentError) {
    console.error(`npm run cypher: ${error.message}\n\n${CYPHER_USAGE}`);
    process.exitCode = 2;
  } else if (error instanceof LocalNeo4jError || error instanceof ConfigError || error instanceof BundleError) {
    console.error(error.message);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
