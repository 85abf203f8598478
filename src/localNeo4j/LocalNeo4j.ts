/**
 * Runs a real Neo4j Community server for development and tests without Docker: the server jars
 * come from Maven Central (org.neo4j:neo4j), and the server is started with its own entry point
 * (org.neo4j.server.CommunityEntryPoint) on the machine's Java. Each named instance keeps its
 * conf, data and logs under NEO4J_LOCAL_DIR/instances/<name>, so data survives restarts and the
 * test server never touches the development data.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { delimiter, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import neo4j from 'neo4j-driver';
import { PROJECT_ROOT, type LocalNeo4jConfig } from '../config.js';
import { bulkLoadBundle, FIRST_LOAD_MARKER, firstLoadNeed, orphanedImports, type FirstLoadEvent } from './firstLoad.js';
import { adminEnv, localNeo4jPaths, NEO4J_ADMIN_TOOL_CLASS, NEO4J_VERSION, type LocalNeo4jInstance, type LocalNeo4jPaths } from './instance.js';
import { LocalNeo4jError, PREREQUISITES_HINT } from './LocalNeo4jError.js';
import { assertMaven, ensureJarSet, runMaven, serverArtifactKeys } from './mavenJars.js';
import { renderNeo4jConf } from './neo4jConf.js';
import { SERVER_JAR_SETS, unrestrictedProcedures } from './plugins.js';
import {
  clearStopping,
  findServer,
  isAlive,
  markStopping,
  readStopping,
  removeUnheldStoreLocks,
  storeLockHolders,
  storeOperationInProgress,
  waitForExit,
} from './serverProcess.js';

export { isAlive } from './serverProcess.js';
export { localNeo4jPaths, NEO4J_VERSION, type LocalNeo4jInstance, type LocalNeo4jPaths } from './instance.js';
export { LocalNeo4jError } from './LocalNeo4jError.js';

const STARTUP_TIMEOUT_MS = 180_000;
const SHUTDOWN_TIMEOUT_MS = 60_000;
export function localBoltUri(config: LocalNeo4jConfig): string {
  return `bolt://127.0.0.1:${config.boltPort}`;
}

type Log = (message: string) => void;

function javaMajorVersion(): number | undefined {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return undefined;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr + result.stdout);
  if (!match) return undefined;
  // Java 8 and older report "1.8"; everything we accept reports its major first.
  return match[1] === '1' ? Number(match[2]) : Number(match[1]);
}

export function assertJava(): void {
  const major = javaMajorVersion();
  if (major === undefined) throw new LocalNeo4jError(`Java was not found on PATH. ${PREREQUISITES_HINT}.`);
  if (major < 17) throw new LocalNeo4jError(`Java ${major} found, but ${PREREQUISITES_HINT}.`);
}

/** Downloads the server jars once (Maven keeps its own cache in ~/.m2 for later clones). */
export async function ensureNeo4jJars(config: LocalNeo4jConfig, log: Log): Promise<string> {
  const { jarsDir } = localNeo4jPaths(config);
  const libDir = join(jarsDir, 'lib');
  if (existsSync(join(jarsDir, '.complete'))) return libDir;

  assertJava();
  assertMaven();

  log(`Fetching Neo4j Community ${NEO4J_VERSION} jars from Maven Central (first run only)…`);
  const partial = `${jarsDir}.partial`;
  await rm(partial, { recursive: true, force: true });
  await mkdir(partial, { recursive: true });
  // From the sources, also when the API runs from the production build (dist/ holds no pom.xml).
  const pom = join(PROJECT_ROOT, 'src/localNeo4j/pom.xml');
  runMaven(['-f', pom, `-Dneo4j.version=${NEO4J_VERSION}`, 'dependency:copy-dependencies', `-DoutputDirectory=${join(partial, 'lib')}`], 'the Neo4j jars');
  // Rename into place only when complete, so an interrupted download is retried, never half-used.
  await writeFile(join(partial, '.complete'), `${NEO4J_VERSION}\n`);
  await rm(jarsDir, { recursive: true, force: true });
  await mkdir(join(jarsDir, '..'), { recursive: true });
  await rename(partial, jarsDir);
  return libDir;
}

/**
 * Fetches the server plugins of plugins.ts (once; again when the list changes) and returns their
 * folders in classpath order. Each set leaves out the jars the server, or a set before it, has already.
 */
export async function ensureServerPlugins(config: LocalNeo4jConfig, log: Log): Promise<ServerPlugins> {
  const { jarsDir } = localNeo4jPaths(config);
  const onClasspath = await serverArtifactKeys(jarsDir, NEO4J_VERSION);
  const dirs: string[] = [];
  const procedureDirs: string[] = [];
  for (const set of SERVER_JAR_SETS) {
    const fetched = await ensureJarSet({
      dir: join(jarsDir, 'plugins', set.name),
      artifacts: set.artifacts,
      exclude: new Set(onClasspath),
      stampExtra: `neo4j ${NEO4J_VERSION}`,
      label: `the ${set.name} plugin`,
      log,
    });
    for (const key of fetched.keys) onClasspath.add(key);
    dirs.push(fetched.dir);
    if (set.providesProcedures) procedureDirs.push(fetched.dir);
  }
  return { dirs, procedureDirs };
}

export interface ServerPlugins {
  /** Every set's folder, in classpath order. */
  dirs: string[];
  /** The folders whose jars hold procedures (linked into the instance's plugins directory). */
  procedureDirs: string[];
}

/**
 * The instance's plugins directory, rebuilt on every start from links to the procedure jars: Neo4j
 * scans only this one directory for procedures, while the jar sets keep a folder each (plugins.ts).
 */
async function linkPluginsDirectory(pluginsDir: string, procedureDirs: readonly string[]): Promise<void> {
  await rm(pluginsDir, { recursive: true, force: true });
  await mkdir(pluginsDir, { recursive: true });
  for (const dir of procedureDirs) {
    for (const jar of (await readdir(dir)).filter((file) => file.endsWith('.jar'))) await symlink(join(dir, jar), join(pluginsDir, jar));
  }
}

/** True when the running server's command line lacks the plugin folders (Linux only; elsewhere unknown, so false). */
async function startedWithoutPlugins(paths: LocalNeo4jPaths, pid: number): Promise<boolean> {
  try {
    return !(await readFile(`/proc/${pid}/cmdline`, 'utf8')).includes(join(paths.jarsDir, 'plugins'));
  } catch {
    return false;
  }
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolvePromise(true);
    });
    socket.once('error', () => resolvePromise(false));
  });
}

/** True once a Bolt session can actually authenticate and run a query. */
export async function boltAnswers(uri: string, user: string, password: string): Promise<true | string> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
    connectionTimeout: 2_000,
    maxConnectionPoolSize: 1,
    logging: { level: 'error', logger: () => undefined },
  });
  try {
    // The home database (not system): the API needs a user database that accepts queries.
    await driver.executeQuery('RETURN 1');
    return true;
  } catch (error) {
    return error instanceof Error ? `${(error as { code?: string }).code ?? error.name}: ${error.message}` : String(error);
  } finally {
    await driver.close();
  }
}

async function logTail(paths: LocalNeo4jPaths, lines = 25): Promise<string> {
  const parts: string[] = [];
  for (const file of ['console.log', 'neo4j.log', 'debug.log']) {
    try {
      const text = (await readFile(join(paths.logsDir, file), 'utf8')).trimEnd();
      if (!text) continue;
      const tail = text.split('\n').slice(file === 'debug.log' ? -10 : -lines);
      parts.push(`--- ${join(paths.logsDir, file)} (last ${tail.length} lines)\n${tail.join('\n')}`);
    } catch {
      // The file does not exist yet: the JVM failed before Neo4j logged anything.
    }
  }
  return parts.join('\n') || '(Neo4j wrote no log)';
}

function javaArgs(paths: LocalNeo4jPaths, libDir: string, pluginDirs: readonly string[], config: LocalNeo4jConfig): string[] {
  return [
    `-Xms${config.heapSize}`,
    `-Xmx${config.heapSize}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+DisableExplicitGC',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dlog4j2.disable.jmx=true',
    '-Dfile.encoding=UTF-8',
    // The same opens Neo4j's own launcher passes; without them the page cache falls back to a slow path.
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '--enable-native-access=ALL-UNNAMED',
    // Plugins before the server's lib, as Neo4j's own launcher orders them; on the classpath (not only in a
    // plugins folder) because GDS's extension is found through ServiceLoader.
    '-cp',
    [...pluginDirs, libDir].map((dir) => `${dir}/*`).join(delimiter),
    'org.neo4j.server.CommunityEntryPoint',
    `--home-dir=${paths.home}`,
    `--config-dir=${paths.confDir}`,
  ];
}

export interface StartResult {
  uri: string;
  pid: number;
  /** False when this call launched the server, true when it was running already. */
  alreadyRunning: boolean;
}

export interface StartOptions {
  log?: Log;
  transactionTimeoutMs?: number;
  /** Told what the first load does (firstLoad.ts), when this call launches an instance that needs one. */
  onFirstLoad?: (event: FirstLoadEvent) => void;
  /** Aborts a first load in progress (neo4j-admin is killed; the next start loads again). */
  signal?: AbortSignal;
}

export async function startLocalNeo4j(config: LocalNeo4jConfig, options: StartOptions = {}): Promise<StartResult> {
  const log = options.log ?? (() => undefined);
  const paths = localNeo4jPaths(config);
  const uri = localBoltUri(config);

  const lookup = await findServer(paths);
  if (lookup.pid !== undefined) {
    const reused = await reuseOrAwaitExit(config, paths, lookup.pid, uri, log);
    if (reused) {
      // Found by its command line (its pid file was lost or stale): write the file again for db:stop.
      if (!lookup.fromPidFile) await writeFile(paths.pidFile, `${lookup.pid}\n`);
      if (await startedWithoutPlugins(paths, lookup.pid)) {
        log('This Neo4j was started without the plugins of src/localNeo4j/plugins.ts (before they were added): npm run db:stop, then start it again to load them.');
      }
      return { uri, pid: lookup.pid, alreadyRunning: true };
    }
  }
  const operation = await storeOperationInProgress(paths);
  if (operation && operation.pid !== process.pid) {
    throw new LocalNeo4jError(`A ${operation.kind} of this instance is running (pid ${operation.pid}, since ${operation.since}); start Neo4j again when it has finished.`);
  }
  // An import orphaned by a kill -9 of its parent is firstLoad.ts's to stop (it does, before loading again).
  const orphaned = new Set(await orphanedImports(paths.home));
  const holders = (await storeLockHolders(paths)).filter((holder) => !orphaned.has(holder.pid));
  if (holders.length > 0) {
    // Never cleared: a live process (another server on this store, or neo4j-admin writing it) owns it.
    const who = holders.map((holder) => `pid ${holder.pid} (${holder.command}) holds ${holder.file}`).join('; ');
    throw new LocalNeo4jError(`The store of instance "${config.name}" is in use: ${who}. Stop that process first; nothing was changed.`);
  }
  if (lookup.stalePidFile !== undefined && lookup.pid === undefined) {
    await rm(paths.pidFile, { force: true });
    const locks = await removeUnheldStoreLocks(paths);
    log(
      `Cleared what a Neo4j that did not stop cleanly left behind: its pid file (pid ${lookup.stalePidFile} no longer runs this server)` +
        (locks.length > 0 ? ` and ${locks.length} store lock file(s) no process holds.` : '.'),
    );
  }
  await clearStopping(paths);
  if (await portInUse(config.boltPort)) {
    throw new LocalNeo4jError(
      `Port ${config.boltPort} is already taken by another process. Stop it, or choose another port with NEO4J_BOLT_PORT.`,
    );
  }

  const libDir = await ensureNeo4jJars(config, log);
  const plugins = await ensureServerPlugins(config, log);
  assertJava();
  for (const dir of [paths.confDir, paths.dataDir, paths.logsDir, paths.runDir]) await mkdir(dir, { recursive: true });
  const pluginsDir = join(paths.home, 'plugins');
  await linkPluginsDirectory(pluginsDir, plugins.procedureDirs);
  await writeFile(
    join(paths.confDir, 'neo4j.conf'),
    renderNeo4jConf({
      ...paths,
      pluginsDir,
      boltPort: config.boltPort,
      httpPort: config.httpPort,
      heapSize: config.heapSize,
      pageCacheSize: config.pageCacheSize,
      transactionTimeoutMs: options.transactionTimeoutMs,
      unrestrictedProcedures: unrestrictedProcedures(),
    }),
  );
  await setInitialPasswordOnce(paths, libDir, config);
  if (config.firstLoad === 'bundled') {
    const instance: LocalNeo4jInstance = { paths, libDir, env: adminEnv(paths) };
    // Only a stopped server's store may be written: this is the one moment, before the launch.
    const need = await firstLoadNeed(instance, config.database);
    if (need.load) {
      log(`First load: ${need.reason}.`);
      options.onFirstLoad?.({ kind: 'started', reason: need.reason });
      const result = await bulkLoadBundle(instance, {
        bundleDir: config.bundleDir,
        database: config.database,
        log,
        onStage: (stage) => options.onFirstLoad?.({ kind: 'stage', stage }),
        signal: options.signal,
      });
      log(
        `Bulk-loaded ${result.relationships.toLocaleString('en')} relationships and ${result.nodes.toLocaleString('en')} nodes in ${result.seconds.toFixed(1)} s ` +
          `(${Math.round(result.relationships / result.seconds).toLocaleString('en')} relationships/s).`,
      );
      options.onFirstLoad?.({ kind: 'imported', result });
    }
  }

  log(`Starting Neo4j ${NEO4J_VERSION} (instance "${config.name}", data in ${paths.dataDir})…`);
  const consoleLog = openSync(join(paths.logsDir, 'console.log'), 'a');
  const child = spawn('java', javaArgs(paths, libDir, plugins.dirs, config), {
    detached: true, // its own process group: Ctrl-C in the terminal must not kill it mid-write
    stdio: ['ignore', consoleLog, consoleLog],
    env: { ...process.env, NEO4J_HOME: paths.home, NEO4J_CONF: paths.confDir },
  });
  closeSync(consoleLog);
  child.unref();
  if (child.pid === undefined) throw new LocalNeo4jError('Could not launch java.');
  await writeFile(paths.pidFile, `${child.pid}\n`);
  await waitForBolt(config, paths, child.pid, uri);
  return { uri, pid: child.pid, alreadyRunning: false };
}

/**
 * A running server is reused when its Bolt answers. One that is being stopped (Ctrl-C of the `npm start`
 * that launched it, `db:stop`) is waited for instead, then started again: reusing it would fail as soon
 * as it exits. False when the server has exited and this start should launch a new one.
 */
async function reuseOrAwaitExit(config: LocalNeo4jConfig, paths: LocalNeo4jPaths, pid: number, uri: string, log: Log): Promise<boolean> {
  const stopping = await readStopping(paths, pid);
  if (!stopping) {
    try {
      await waitForBolt(config, paths, pid, uri);
      return true;
    } catch (error) {
      if (isAlive(pid)) throw error;
      // It exited while awaited: it was being stopped by something that left no marker (a `kill`, a stopper killed meanwhile).
      log(`The running Neo4j (pid ${pid}) exited while this start waited for it; starting it again.`);
      return false;
    }
  }
  log(`Neo4j (pid ${pid}) is still stopping (since ${stopping.since}, stopped by pid ${stopping.stopperPid}); waiting for it to exit, then starting it again…`);
  const started = Date.now();
  if (!(await waitForExit(pid, SHUTDOWN_TIMEOUT_MS + 30_000))) {
    throw new LocalNeo4jError(`Neo4j (pid ${pid}) is still stopping after ${Math.round((Date.now() - started) / 1000)} s; try again when it has exited (npm run db:status).`);
  }
  log(`The previous Neo4j exited after ${((Date.now() - started) / 1000).toFixed(1)} s of waiting.`);
  return false;
}

async function setInitialPasswordOnce(paths: LocalNeo4jPaths, libDir: string, config: LocalNeo4jConfig): Promise<void> {
  // The system database is created on first start; before that the initial password can be set.
  if (existsSync(join(paths.dataDir, 'databases', 'system'))) return;
  const result = spawnSync(
    'java',
    ['-cp', `${libDir}/*`, NEO4J_ADMIN_TOOL_CLASS, 'dbms', 'set-initial-password', config.password],
    { encoding: 'utf8', env: adminEnv(paths) },
  );
  if (result.status !== 0) {
    throw new LocalNeo4jError(`neo4j-admin could not set the initial password:\n${result.stderr || result.stdout}`);
  }
}

async function waitForBolt(config: LocalNeo4jConfig, paths: LocalNeo4jPaths, pid: number, uri: string): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  let lastProblem = '';
  while (Date.now() < deadline) {
    if (!isAlive(pid)) {
      throw new LocalNeo4jError(`Neo4j exited during startup.\n${await logTail(paths)}`);
    }
    const answer = await boltAnswers(uri, config.user, config.password);
    if (answer === true) return;
    lastProblem = answer;
    if (answer.includes('Unauthorized') || answer.includes('authentication failure')) {
      throw new LocalNeo4jError(
        `Neo4j at ${uri} rejected the password. The instance in ${paths.home} was initialised with another ` +
          'NEO4J_PASSWORD: use that one, or delete that folder to start afresh.',
      );
    }
    await sleep(500);
  }
  throw new LocalNeo4jError(
    `Neo4j did not accept Bolt connections within ${STARTUP_TIMEOUT_MS / 1000}s (last error: ${lastProblem}).\n${await logTail(paths)}`,
  );
}

export async function stopLocalNeo4j(config: LocalNeo4jConfig): Promise<{ wasRunning: boolean }> {
  const paths = localNeo4jPaths(config);
  const { pid } = await findServer(paths);
  if (pid === undefined) {
    await rm(paths.pidFile, { force: true });
    return { wasRunning: false };
  }
  // Said before the signal, so a start meanwhile waits for the exit instead of reusing a server about to go.
  await markStopping(paths, pid);
  // SIGTERM lets Neo4j checkpoint and close its stores cleanly; SIGKILL only if it hangs.
  process.kill(pid, 'SIGTERM');
  if (!(await waitForExit(pid, SHUTDOWN_TIMEOUT_MS))) process.kill(pid, 'SIGKILL');
  while (isAlive(pid)) await sleep(100);
  // Only this server's pid file: a start that waited for this exit may have written its new server's already.
  const filePid = await readFile(paths.pidFile, 'utf8').then((text) => Number(text.trim()), () => undefined);
  if (filePid === pid) await rm(paths.pidFile, { force: true });
  await clearStopping(paths, pid);
  return { wasRunning: true };
}

/**
 * Tells starts in other processes that this process is about to stop the server `pid` (e.g. `npm start`
 * on Ctrl-C, before it drains its requests), so they wait for it rather than reuse it.
 */
export async function announceLocalNeo4jStop(config: LocalNeo4jConfig, pid: number): Promise<void> {
  await markStopping(localNeo4jPaths(config), pid);
}

export interface StatusResult {
  running: boolean;
  pid?: number;
  uri: string;
  boltReady: boolean;
  home: string;
}

export async function localNeo4jStatus(config: LocalNeo4jConfig): Promise<StatusResult> {
  const paths = localNeo4jPaths(config);
  const uri = localBoltUri(config);
  const { pid } = await findServer(paths);
  if (pid === undefined) return { running: false, uri, boltReady: false, home: paths.home };
  const answer = await boltAnswers(uri, config.user, config.password);
  return { running: true, pid, uri, boltReady: answer === true, home: paths.home };
}

/**
 * Deletes the instance's user database (store and transaction logs) and its first-load marker, after
 * stopping the server if it runs, so the next start begins from an empty store (and bulk-loads the
 * bundled graph when firstLoad is `bundled`). The system database, and so the password, is kept.
 */
export async function wipeLocalDatabase(config: LocalNeo4jConfig): Promise<{ wasRunning: boolean }> {
  const { wasRunning } = await stopLocalNeo4j(config);
  const paths = localNeo4jPaths(config);
  for (const part of ['databases', 'transactions']) await rm(join(paths.dataDir, part, config.database), { recursive: true, force: true });
  await rm(join(paths.home, FIRST_LOAD_MARKER), { force: true });
  return { wasRunning };
}
