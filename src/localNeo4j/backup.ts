/**
 * `npm run db:backup | db:restore`: the local instance's graph to and from one file, with Neo4j's own
 * `neo4j-admin database dump | load` from the server's jars (run in one JVM we start, as firstLoad.ts
 * does). Community can only dump or load a stopped database, so a running server is stopped around the
 * dump or the swap, and started again afterwards.
 *
 * Nothing runs while it would be unsafe: not while a client (an API process, cypher-shell) is connected
 * to the server, not while a first load is unfinished, not while another backup or restore runs (the
 * store-operation file, which also keeps a start away meanwhile), not while another process holds the
 * store's lock.
 *
 * A restore never risks the current graph on a bad file: the SHA-256 written beside the dump
 * (`<file>.sha256`, sha256sum's format) must match when it is there, and the dump is first loaded into
 * a scratch store beside the instance; only a load that succeeded there replaces the database (a
 * rename of its store and transaction-log folders while the server is stopped).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import neo4j from 'neo4j-driver';
import type { LocalNeo4jConfig } from '../config.js';
import { FIRST_LOAD_MARKER, type FirstLoadMarker } from './firstLoad.js';
import { adminEnv, localNeo4jPaths, NEO4J_ADMIN_TOOL_CLASS, type LocalNeo4jPaths } from './instance.js';
import { ensureNeo4jJars, localBoltUri, LocalNeo4jError, startLocalNeo4j, stopLocalNeo4j } from './LocalNeo4j.js';
import { renderNeo4jConf } from './neo4jConf.js';
import { findServer, isAlive, storeLockHolders, withStoreOperation } from './serverProcess.js';

/** The user agent of the connection that lists the others, so it does not count itself. */
const PROBE_USER_AGENT = 'career-graph-store-operation';

export interface StoreOperationOptions {
  log?: (message: string) => void;
  /** Passed to the restart, as `npm start` would (db.transaction.timeout in neo4j.conf). */
  transactionTimeoutMs?: number;
}

export interface BackupResult {
  file: string;
  checksumFile: string;
  bytes: number;
  sha256: string;
  seconds: number;
  /** The server was running, was stopped for the dump and started again. */
  restarted: boolean;
}

export interface RestoreResult {
  file: string;
  /** The checksum beside the dump was found and matched (false: there was none; the trial load alone checked it). */
  checksumVerified: boolean;
  seconds: number;
  restarted: boolean;
}

/** The checksum file written beside a dump. */
export const checksumFileOf = (file: string): string => `${file}.sha256`;

export async function backupLocalDatabase(config: LocalNeo4jConfig, file: string, options: StoreOperationOptions = {}): Promise<BackupResult> {
  const log = options.log ?? (() => undefined);
  const started = performance.now();
  const target = resolve(file);
  const paths = localNeo4jPaths(config);
  if (existsSync(target)) throw new LocalNeo4jError(`${target} exists already; choose another file (a backup never overwrites one).`);
  if (!existsSync(join(paths.dataDir, 'databases', config.database))) {
    throw new LocalNeo4jError(`Instance "${config.name}" has no database "${config.database}" to back up (${paths.dataDir}).`);
  }
  return withStoreOperation(paths, 'backup', async () => {
    await assertSafeForStoreOperation(config, paths, 'back up');
    const libDir = await ensureNeo4jJars(config, log);
    const { wasRunning } = await stopForOperation(config, log);
    const partialDir = join(dirname(target), `.${basename(target)}.partial`);
    try {
      await rm(partialDir, { recursive: true, force: true });
      await mkdir(partialDir, { recursive: true });
      log(`Dumping database "${config.database}" with neo4j-admin…`);
      await runAdmin(libDir, paths, ['database', 'dump', config.database, `--to-path=${partialDir}`]);
      // Renamed into place only when complete: an interrupted backup never leaves a file that looks whole.
      await rename(join(partialDir, `${config.database}.dump`), target);
    } finally {
      await rm(partialDir, { recursive: true, force: true });
      if (wasRunning) await restart(config, options, log);
    }
    const sha256 = await sha256Of(target);
    await writeFile(checksumFileOf(target), `${sha256}  ${basename(target)}\n`);
    return {
      file: target,
      checksumFile: checksumFileOf(target),
      bytes: (await stat(target)).size,
      sha256,
      seconds: (performance.now() - started) / 1000,
      restarted: wasRunning,
    };
  }, (message) => new LocalNeo4jError(message));
}

export async function restoreLocalDatabase(config: LocalNeo4jConfig, file: string, options: StoreOperationOptions = {}): Promise<RestoreResult> {
  const log = options.log ?? (() => undefined);
  const started = performance.now();
  const source = resolve(file);
  const paths = localNeo4jPaths(config);
  if (!existsSync(source)) throw new LocalNeo4jError(`${source} does not exist; nothing was changed.`);
  const checksumVerified = await verifyChecksum(source, log);
  return withStoreOperation(paths, 'restore', async () => {
    await assertSafeForStoreOperation(config, paths, 'restore');
    const libDir = await ensureNeo4jJars(config, log);
    const scratch = await trialLoad(libDir, paths, config, source, log);
    try {
      const { wasRunning } = await stopForOperation(config, log);
      try {
        await swapDatabase(paths, scratch, config.database);
      } finally {
        if (wasRunning) await restart(config, options, log);
      }
      return { file: source, checksumVerified, seconds: (performance.now() - started) / 1000, restarted: wasRunning };
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  }, (message) => new LocalNeo4jError(message));
}

async function verifyChecksum(source: string, log: (message: string) => void): Promise<boolean> {
  const checksumFile = checksumFileOf(source);
  let expected: string;
  try {
    expected = (await readFile(checksumFile, 'utf8')).trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  } catch {
    log(`No checksum beside the dump (${basename(checksumFile)}): the trial load alone checks it.`);
    return false;
  }
  const actual = await sha256Of(source);
  if (actual !== expected) {
    throw new LocalNeo4jError(
      `${source} does not match its checksum (${basename(checksumFile)} says ${expected.slice(0, 16)}…, the file is ${actual.slice(0, 16)}…): ` +
        'it is damaged or incomplete. Refused; the current graph is unchanged.',
    );
  }
  log(`Checksum verified (SHA-256 ${actual.slice(0, 16)}…).`);
  return true;
}

/**
 * Refuses what could lose data or fail halfway: an unfinished first load, another process on the
 * store, or clients connected to the running server (they would see it vanish, and an API process
 * would be serving answers from a graph that is being replaced under it).
 */
async function assertSafeForStoreOperation(config: LocalNeo4jConfig, paths: LocalNeo4jPaths, verb: string): Promise<void> {
  const marker = await readFirstLoadMarker(paths);
  if (marker?.state === 'importing') {
    const running = marker.pid !== undefined && isAlive(marker.pid);
    throw new LocalNeo4jError(
      running
        ? `A first load of instance "${config.name}" is in progress (neo4j-admin pid ${marker.pid}); ${verb} when \`npm start\` / \`npm run db:start\` has finished it.`
        : `The first load of instance "${config.name}" was interrupted; run \`npm run db:start\` to finish it, then ${verb}.`,
    );
  }
  const { pid } = await findServer(paths);
  if (pid === undefined) {
    const holders = await storeLockHolders(paths);
    if (holders.length > 0) {
      throw new LocalNeo4jError(`The store is in use by pid ${holders.map((holder) => `${holder.pid} (${holder.command})`).join(', ')}; nothing was changed.`);
    }
    return;
  }
  const clients = await connectedClients(config);
  if (clients.length > 0) {
    throw new LocalNeo4jError(
      `Refused to ${verb} while ${clients.length} client connection(s) use the local Neo4j (${clients.join('; ')}). ` +
        'Stop the API processes (and any cypher-shell) using it first: Community must stop the server for this. Nothing was changed.',
    );
  }
}

async function readFirstLoadMarker(paths: LocalNeo4jPaths): Promise<FirstLoadMarker | undefined> {
  try {
    return JSON.parse(await readFile(join(paths.home, FIRST_LOAD_MARKER), 'utf8')) as FirstLoadMarker;
  } catch {
    return undefined;
  }
}

/** The server's Bolt connections other than ours, as "<user agent> from <address>". */
async function connectedClients(config: LocalNeo4jConfig): Promise<string[]> {
  const driver = neo4j.driver(localBoltUri(config), neo4j.auth.basic(config.user, config.password), {
    userAgent: PROBE_USER_AGENT,
    maxConnectionPoolSize: 1,
    logging: { level: 'error', logger: () => undefined },
  });
  try {
    const { records } = await driver.executeQuery('CALL dbms.listConnections() YIELD userAgent, clientAddress RETURN userAgent, clientAddress', {}, { database: 'system' });
    return records
      .filter((record) => record.get('userAgent') !== PROBE_USER_AGENT)
      .map((record) => `${String(record.get('userAgent'))} from ${String(record.get('clientAddress'))}`);
  } catch (error) {
    throw new LocalNeo4jError(`Could not ask the running Neo4j who is connected (${error instanceof Error ? error.message : String(error)}); nothing was changed.`);
  } finally {
    await driver.close();
  }
}

async function stopForOperation(config: LocalNeo4jConfig, log: (message: string) => void): Promise<{ wasRunning: boolean }> {
  const { pid } = await findServer(localNeo4jPaths(config));
  if (pid === undefined) return { wasRunning: false };
  log(`Stopping the local Neo4j (pid ${pid}): Community cannot dump or load a running database…`);
  return stopLocalNeo4j(config);
}

async function restart(config: LocalNeo4jConfig, options: StoreOperationOptions, log: (message: string) => void): Promise<void> {
  log('Starting the local Neo4j again…');
  const result = await startLocalNeo4j(config, { log, transactionTimeoutMs: options.transactionTimeoutMs });
  log(`Neo4j is running again (pid ${result.pid}).`);
}

/** Loads the dump into a scratch store in the instance home; returns that home. A bad dump fails here. */
async function trialLoad(libDir: string, paths: LocalNeo4jPaths, config: LocalNeo4jConfig, source: string, log: (message: string) => void): Promise<string> {
  const scratch = join(paths.home, 'restore-scratch');
  await rm(scratch, { recursive: true, force: true });
  const scratchPaths: LocalNeo4jPaths = { ...paths, home: scratch, confDir: join(scratch, 'conf'), dataDir: join(scratch, 'data'), logsDir: join(scratch, 'logs'), runDir: join(scratch, 'run') };
  for (const dir of [scratchPaths.confDir, scratchPaths.dataDir, scratchPaths.logsDir, scratchPaths.runDir]) await mkdir(dir, { recursive: true });
  await writeFile(
    join(scratchPaths.confDir, 'neo4j.conf'),
    renderNeo4jConf({ ...scratchPaths, boltPort: config.boltPort, heapSize: config.heapSize, pageCacheSize: config.pageCacheSize }),
  );
  log(`Loading ${basename(source)} into a scratch store first (the current graph is not touched unless this succeeds)…`);
  try {
    await runAdmin(libDir, scratchPaths, ['database', 'load', config.database, '--from-stdin', '--overwrite-destination=true'], source);
  } catch (error) {
    await rm(scratch, { recursive: true, force: true });
    throw new LocalNeo4jError(`${source} is not a loadable Neo4j dump: ${error instanceof Error ? error.message : String(error)}\nRefused; the current graph is unchanged.`);
  }
  return scratch;
}

/**
 * Puts the scratch store in place of the database (renames within one file system, server stopped).
 * The previous store is kept until the new one is in, and put back if a rename fails.
 */
async function swapDatabase(paths: LocalNeo4jPaths, scratch: string, database: string): Promise<void> {
  const previous = join(paths.home, 'restore-previous');
  await rm(previous, { recursive: true, force: true });
  const moved: Array<{ from: string; to: string }> = [];
  try {
    for (const part of ['databases', 'transactions']) {
      const current = join(paths.dataDir, part, database);
      await mkdir(join(previous, part), { recursive: true });
      if (existsSync(current)) {
        await rename(current, join(previous, part, database));
        moved.push({ from: join(previous, part, database), to: current });
      }
      await mkdir(join(paths.dataDir, part), { recursive: true });
      await rename(join(scratch, 'data', part, database), current);
      moved.push({ from: current, to: join(scratch, 'data', part, database) });
    }
  } catch (error) {
    for (const step of moved.reverse()) await rename(step.from, step.to).catch(() => undefined);
    throw new LocalNeo4jError(`Could not put the restored store in place (${error instanceof Error ? error.message : String(error)}); the previous one was put back.`);
  }
  await rm(previous, { recursive: true, force: true });
}

/** Runs one neo4j-admin command on a stopped instance (optionally with a file as its stdin); rejects with its output's tail. */
function runAdmin(libDir: string, paths: LocalNeo4jPaths, args: string[], stdinFile?: string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('java', ['-Xmx512m', '-cp', `${libDir}/*`, NEO4J_ADMIN_TOOL_CLASS, ...args], {
      env: adminEnv(paths),
      stdio: [stdinFile ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    // neo4j-admin may stop reading early (a bad header): that ends the pipe, and its exit code says why.
    if (stdinFile) pipeline(createReadStream(stdinFile), child.stdin!).catch(() => undefined);
    child.once('error', reject);
    child.once('close', (code, signal) => {
      if (code === 0) resolvePromise(output);
      else reject(new Error(`neo4j-admin ${args.slice(0, 2).join(' ')} failed (${signal ?? `exit ${code}`}):\n${output.trim().split('\n').slice(-8).join('\n')}`));
    });
  });
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}
