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
import { runBatchCommand, UsageError, withGraphDatabase } from '../commands/batchCommand.js';
import { loadConfig, type Config } from '../config.js';
import { ImportProgress, formatCount } from '../import/progress.js';
import { EXPORT_FORMATS, ExportError, exportGraph, type ExportFormat } from './exportGraph.js';

const USAGE = `usage:
  npm run export -- <csv|json|graphml> <path>`;

async function runExportCommand(config: Config, args: string[]): Promise<number> {
  const [format, path, ...rest] = args;
  if (rest.length > 0) throw new UsageError(`unexpected argument(s): ${rest.join(' ')}`);
  if (!EXPORT_FORMATS.includes(format as ExportFormat)) throw new UsageError(`unknown export format "${format ?? ''}" (expected ${EXPORT_FORMATS.join(', ')})`);
  if (!path) throw new UsageError(`export ${format} needs a target path`);
  const target = resolve(path);
  const result = await withGraphDatabase(config, (db) => exportGraph(db, format as ExportFormat, target, { progress: new ImportProgress('export') }));
  console.log(
    `Exported ${formatCount(result.nodes)} nodes and ${formatCount(result.relationships)} relationships as ${format} ` +
      `in ${result.seconds.toFixed(1)}s:\n${result.files.map((file) => `  ${file}`).join('\n')}`,
  );
  return 0;
}

await runBatchCommand({
  usage: USAGE,
  run: (argv) => runExportCommand(loadConfig(), argv),
  expectedFailure: (error) => (error instanceof ExportError ? error.message : undefined),
});
