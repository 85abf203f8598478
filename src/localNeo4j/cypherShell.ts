/**
 * `npm run cypher`: Neo4j's cypher-shell (a client from Maven Central, plugins.ts) against the graph the
 * API uses. Our options are few and checked here; everything else is cypher-shell's own. Reads by
 * default: the session's access mode is READ, so a write is refused by the server until `--write`.
 */
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import type { LocalNeo4jConfig } from '../config.js';
import { NEO4J_VERSION } from './instance.js';
import { LocalNeo4jError } from './LocalNeo4jError.js';
import { ensureJarSet } from './mavenJars.js';
import { CYPHER_SHELL } from './plugins.js';

export const CYPHER_OUTPUT_FORMATS = ['auto', 'verbose', 'plain'] as const;
export type CypherOutputFormat = (typeof CYPHER_OUTPUT_FORMATS)[number];

export const CYPHER_USAGE = `usage: npm run cypher -- [--write] [--format auto|verbose|plain] [-P '{name: value}']... [-f file.cypher | 'query']

  (nothing)        an interactive cypher-shell prompt on the graph the API uses
  'query'          run one statement and exit
  -f, --file FILE  run the statements of FILE (separated by ;) and exit
  --write          allow writes (the session is read-only otherwise)
  --format FORMAT  auto (a table at a prompt, plain otherwise), verbose (tables and statistics),
                   plain (a header line, then one comma-separated row a line)
  -P, --param MAP  a parameter map, e.g. -P '{slug: "ml-engineer"}' (repeatable)
  -h, --help       this text

The graph: NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE when NEO4J_URI is set, otherwise
the project's local Neo4j (started if needed, and stopped afterwards unless it was running already).`;

/** A command line `npm run cypher` cannot run; the message says why. */
export class CypherArgumentError extends Error {
  override name = 'CypherArgumentError';
}

export interface CypherShellOptions {
  write: boolean;
  format: CypherOutputFormat;
  file: string | undefined;
  query: string | undefined;
  parameters: string[];
  help: boolean;
}

export function parseCypherArguments(argv: readonly string[]): CypherShellOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        write: { type: 'boolean', default: false },
        format: { type: 'string', default: 'auto' },
        file: { type: 'string', short: 'f' },
        param: { type: 'string', short: 'P', multiple: true, default: [] },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new CypherArgumentError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const format = values.format as string;
  if (!(CYPHER_OUTPUT_FORMATS as readonly string[]).includes(format)) {
    throw new CypherArgumentError(`--format must be one of ${CYPHER_OUTPUT_FORMATS.join(', ')} (got "${format}")`);
  }
  if (positionals.length > 1) {
    throw new CypherArgumentError(`one query at a time (got ${positionals.length} arguments: quote the query, or put several in a file for -f)`);
  }
  if (values.file !== undefined && positionals.length > 0) throw new CypherArgumentError('give either -f FILE or a query, not both');
  if (values.file === '') throw new CypherArgumentError('-f needs a file name');
  if (positionals[0] !== undefined && positionals[0].trim() === '') throw new CypherArgumentError('the query is empty');
  return {
    write: values.write,
    format: format as CypherOutputFormat,
    file: values.file,
    query: positionals[0],
    parameters: values.param,
    help: values.help,
  };
}

export interface CypherTarget {
  uri: string;
  database: string;
}

/** cypher-shell's own arguments for our options (credentials go through its environment, not argv). */
export function cypherShellArguments(options: CypherShellOptions, target: CypherTarget): string[] {
  return [
    '--address',
    target.uri,
    '--database',
    target.database,
    '--access-mode',
    options.write ? 'write' : 'read',
    '--format',
    options.format,
    ...options.parameters.flatMap((parameter) => ['--param', parameter]),
    ...(options.file !== undefined ? ['--file', options.file] : []),
    ...(options.query !== undefined ? [options.query] : []),
  ];
}

/** The cypher-shell jars (fetched once), and the java command line that runs it. */
export async function cypherShellCommand(local: LocalNeo4jConfig, shellArguments: readonly string[], log: (message: string) => void): Promise<string[]> {
  const jars = await ensureJarSet({
    dir: join(local.rootDir, 'jars', NEO4J_VERSION, 'clients', CYPHER_SHELL.name),
    artifacts: CYPHER_SHELL.artifacts,
    label: 'cypher-shell',
    log,
  });
  if (jars.keys.size === 0) throw new LocalNeo4jError('cypher-shell was fetched without jars.');
  return ['-cp', `${jars.dir}/*`, CYPHER_SHELL.mainClass, ...shellArguments];
}
