/**
 * The first load of a local instance: the bundled graph (data/graph) written into the stopped, empty
 * store by Neo4j's offline bulk importer (`neo4j-admin database import full`, from the same jars as the
 * server), then the server starts on it. Far faster than Cypher, because it writes store files
 * directly, without transactions, and it only works on a database that is not running.
 *
 * Interrupt-safe by a marker file in the instance home (first-load.json): it says "importing" before
 * neo4j-admin starts and "imported" only after it succeeded. A start that finds "importing" (Ctrl-C or
 * kill -9 during the import) throws the half-written store away and imports again; a store is never
 * served unless its import finished. What runs after the server is up (seeds, links) is tracked in the
 * graph by the :GraphLoad node (finishLoad.ts), so the API does not call a half-finished graph ready.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { GRAPH_LOAD_ID, GRAPH_LOAD_STATUS } from '../graph/graphLoad.js';
import { ARRAY_DELIMITER_OPTION, BundleError, MANIFEST_FILE, readBundleManifest, verifyBundle, type BundleManifest } from './bundledGraph.js';
import { NEO4J_ADMIN_TOOL_CLASS, type LocalNeo4jInstance } from './instance.js';

export const FIRST_LOAD_MARKER = 'first-load.json';

export interface FirstLoadMarker {
  state: 'importing' | 'imported';
  /** While importing: neo4j-admin's pid, so a start after a kill -9 of its parent can stop an orphaned import. */
  pid?: number;
  bundleSha256: string;
  startedAt: string;
  finishedAt?: string;
  nodes?: number;
  relationships?: number;
  /** neo4j-admin alone, and the whole step (checksums, CSV of the GraphLoad node, JVM start included). */
  importSeconds?: number;
  seconds?: number;
}

export interface BulkLoadResult {
  nodes: number;
  relationships: number;
  /** The whole step: checksums verified, neo4j-admin run, marker written. */
  seconds: number;
  /** What neo4j-admin reported as its own time ("IMPORT DONE in …"), when it did. */
  importSeconds: number | null;
}

/** What a start tells its caller about a first load (e.g. for /ready). */
export type FirstLoadEvent =
  | { kind: 'started'; reason: string }
  | { kind: 'stage'; stage: string }
  | { kind: 'imported'; result: BulkLoadResult };

export type FirstLoadNeed = { load: false } | { load: true; reason: string };

/** Whether this stopped instance needs the bulk load before it starts. */
export async function firstLoadNeed(instance: LocalNeo4jInstance, database: string): Promise<FirstLoadNeed> {
  const marker = await readMarker(instance.paths.home);
  if (marker?.state === 'importing') return { load: true, reason: `an earlier bulk load (started ${marker.startedAt}) was interrupted; loading again` };
  if (!existsSync(join(instance.paths.dataDir, 'databases', database))) return { load: true, reason: 'the store is empty (first start)' };
  return { load: false };
}

async function readMarker(home: string): Promise<FirstLoadMarker | undefined> {
  try {
    return JSON.parse(await readFile(join(home, FIRST_LOAD_MARKER), 'utf8')) as FirstLoadMarker;
  } catch {
    return undefined;
  }
}

async function writeMarker(instance: LocalNeo4jInstance, marker: FirstLoadMarker): Promise<void> {
  // Written then renamed, so a kill leaves the old marker or the new one, never half of one.
  const path = join(instance.paths.home, FIRST_LOAD_MARKER);
  await writeFile(`${path}.tmp`, `${JSON.stringify(marker, null, 2)}\n`);
  await rename(`${path}.tmp`, path);
}

export interface BulkLoadOptions {
  bundleDir: string;
  database: string;
  log?: (message: string) => void;
  /** Each neo4j-admin stage as it starts, e.g. "(2/4) Relationship import". */
  onStage?: (stage: string) => void;
  signal?: AbortSignal;
}

/** Imports the bundle into the stopped instance's (empty or half-written) database, replacing it. */
export async function bulkLoadBundle(instance: LocalNeo4jInstance, options: BulkLoadOptions): Promise<BulkLoadResult> {
  const started = performance.now();
  const log = options.log ?? (() => undefined);
  const manifest: BundleManifest = await readBundleManifest(options.bundleDir);
  const files = manifest.files.map((file) => ({ ...file, absolutePath: resolve(options.bundleDir, file.path) }));
  const bundleSha256 = createHash('sha256').update(await readFile(join(options.bundleDir, MANIFEST_FILE))).digest('hex');
  const startedAt = new Date().toISOString();
  await stopOrphanedImport(instance);
  await writeMarker(instance, { state: 'importing', bundleSha256, startedAt });

  // The GraphLoad node says, inside the graph, that this store came from the bundle and what is left to do.
  const graphLoadCsv = join(instance.paths.runDir, 'graph-load.csv');
  await mkdir(instance.paths.runDir, { recursive: true });
  await writeFile(
    graphLoadCsv,
    `id:ID(GraphLoad),:LABEL,status,bundleSha256,nodes:long,relationships:long,importStartedAt:datetime\n` +
      `"${GRAPH_LOAD_ID}","GraphLoad","${GRAPH_LOAD_STATUS.IMPORTED}","${bundleSha256}",${manifest.nodes},${manifest.relationships},${startedAt}\n`,
  );
  const args = [
    // The importer works mostly off-heap; 1 GiB of heap is what it estimates for this bundle.
    '-Xmx1g',
    '-cp',
    `${instance.libDir}/*`,
    NEO4J_ADMIN_TOOL_CLASS,
    'database',
    'import',
    'full',
    options.database,
    '--overwrite-destination=true',
    '--multiline-fields=true',
    `--array-delimiter=${ARRAY_DELIMITER_OPTION}`,
    `--report-file=${join(instance.paths.logsDir, 'bulk-import.report')}`,
    `--nodes=${graphLoadCsv}`,
    ...files.filter((file) => file.kind === 'nodes').map((file) => `--nodes=${file.absolutePath}`),
    ...files.filter((file) => file.kind === 'relationships').map((file) => `--relationships=${file.name}=${file.absolutePath}`),
  ];
  // The checksums are verified while neo4j-admin runs (both read the same files; the check fails the load,
  // and the marker stays "importing", so a damaged bundle is never called loaded).
  const stop = new AbortController();
  const verification = verifyBundle(options.bundleDir, manifest).catch((error: unknown) => {
    stop.abort();
    throw error;
  });
  log(`Bulk-loading the bundled graph (${manifest.nodes.toLocaleString('en')} nodes, ${manifest.relationships.toLocaleString('en')} relationships) with neo4j-admin…`);
  const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
  const [, output] = await Promise.all([
    verification,
    runAdmin(args, instance, options.onStage, signal, (pid) => writeMarker(instance, { state: 'importing', pid, bundleSha256, startedAt })).catch(
      async (error: unknown) => {
        // A failed verification is the cause; neo4j-admin only stopped because of it.
        await verification;
        throw error;
      },
    ),
  ]);
  const done = /IMPORT DONE in (?:(\d+)m )?(\d+)s (\d+)ms/.exec(output);
  const importSeconds = done ? Number(done[1] ?? 0) * 60 + Number(done[2]) + Number(done[3]) / 1000 : null;
  const imported = /Imported:\s+(\d+) nodes\s+(\d+) relationships/.exec(output);
  const nodes = imported ? Number(imported[1]) : manifest.nodes + 1;
  const relationships = imported ? Number(imported[2]) : manifest.relationships;
  if (relationships !== manifest.relationships) {
    throw new BundleError(`neo4j-admin imported ${relationships} relationships, the bundle lists ${manifest.relationships}; see ${join(instance.paths.logsDir, 'bulk-import.report')}`);
  }
  const seconds = (performance.now() - started) / 1000;
  await writeMarker(instance, { state: 'imported', bundleSha256, startedAt, finishedAt: new Date().toISOString(), nodes, relationships, importSeconds: importSeconds ?? undefined, seconds });
  await rm(graphLoadCsv, { force: true });
  return { nodes, relationships, seconds, importSeconds };
}

/**
 * A kill -9 of the process that ran neo4j-admin leaves neo4j-admin running, still writing the store.
 * Before loading again, such orphans are killed and waited for, so two imports never write one store.
 */
async function stopOrphanedImport(instance: LocalNeo4jInstance): Promise<void> {
  const pids = await orphanedImports(instance.paths.home);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // it ended between the check and the kill (ESRCH): nothing left to stop
    }
  }
  const deadline = Date.now() + 30_000;
  while (pids.some((pid) => isImportOf(pid, instance.paths.home)) && Date.now() < deadline) await sleep(100);
}

/**
 * The neo4j-admin imports of the instance at `home` left running by an interrupted first load (the
 * marker still says "importing"): the marker's pid, and any other import of this instance found by
 * its command line. The pid is written to the marker just after neo4j-admin is spawned, so a kill in
 * between leaves an import the marker does not name.
 */
export async function orphanedImports(home: string): Promise<number[]> {
  const marker = await readMarker(home);
  if (marker?.state !== 'importing') return [];
  const running = runningPids().filter((pid) => pid !== process.pid && isImportOf(pid, home));
  return marker.pid !== undefined && isImportOf(marker.pid, home) && !running.includes(marker.pid) ? [marker.pid, ...running] : running;
}

function runningPids(): number[] {
  try {
    return readdirSync('/proc').filter((name) => /^\d+$/.test(name)).map(Number);
  } catch {
    return []; // no /proc: nothing we can check, and nothing we may kill
  }
}

function isImportOf(pid: number, home: string): boolean {
  try {
    const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    // Its paths lie inside the home: with the slash, the home of instance "test" is not found in an
    // import into "test-first-start".
    return commandLine.includes(NEO4J_ADMIN_TOOL_CLASS) && commandLine.includes('\0import\0') && commandLine.includes(`${home}/`);
  } catch {
    return false; // gone (or no /proc: nothing we can check, and nothing we may kill)
  }
}

/** Runs neo4j-admin, keeps its output in logs/bulk-import.log, and reports stage lines as they come. */
function runAdmin(
  args: string[],
  instance: LocalNeo4jInstance,
  onStage: ((stage: string) => void) | undefined,
  signal: AbortSignal | undefined,
  onSpawn: (pid: number) => Promise<void>,
): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('java', args, { env: instance.env, stdio: ['ignore', 'pipe', 'pipe'], signal });
    if (child.pid !== undefined) void onSpawn(child.pid).catch(() => undefined);
    let output = '';
    const take = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      output += text;
      for (const match of text.matchAll(/^\((\d\/\d)\) ([A-Za-z ]+?)\s*$/gm)) onStage?.(`(${match[1]}) ${match[2]}`);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.once('error', (error) => reject(signal?.aborted ? new BundleError('The bulk load was stopped; the next start loads again.') : error));
    child.once('close', async (code, signal) => {
      await writeFile(join(instance.paths.logsDir, 'bulk-import.log'), output).catch(() => undefined);
      if (code === 0) resolvePromise(output);
      else {
        const tail = output.trim().split('\n').slice(-15).join('\n');
        reject(new BundleError(`neo4j-admin database import failed (${signal ?? `exit ${code}`}); the next start loads again.\n${tail}`));
      }
    });
  });
}
