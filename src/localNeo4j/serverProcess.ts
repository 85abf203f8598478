/**
 * What a start or a store operation (backup, restore) must know about the processes around an
 * instance: which process is its server (the pid file is only a hint: a killed server leaves it
 * behind, and pids are reused), whether that server is being stopped by someone (stopping.json), who
 * holds its store's lock files, and whether a backup or restore is working on the store
 * (store-operation.json). Linux /proc is read where it exists; elsewhere the pid file is trusted and
 * no lock holder can be seen.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { LocalNeo4jPaths } from './instance.js';

/** The server's entry point (LocalNeo4j.ts launches it with --home-dir=<instance home>). */
export const SERVER_ENTRY_CLASS = 'org.neo4j.server.CommunityEntryPoint';

/** Whether a process with this pid exists (signal 0 checks without signalling). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function commandLine(pid: number): string[] | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  } catch {
    return undefined;
  }
}

const hasProc = (): boolean => {
  try {
    readdirSync('/proc/self');
    return true;
  } catch {
    return false;
  }
};

/** Whether `pid` is this instance's server (without /proc: whether it is alive at all). */
export function isServerOf(pid: number, paths: LocalNeo4jPaths): boolean {
  if (!isAlive(pid)) return false;
  if (!hasProc()) return true;
  const args = commandLine(pid);
  return args !== undefined && args.includes(SERVER_ENTRY_CLASS) && args.includes(`--home-dir=${paths.home}`);
}

export interface ServerLookup {
  /** The running server of this instance, if any. */
  pid: number | undefined;
  /** The pid file named it (otherwise it was found by its command line, or not at all). */
  fromPidFile: boolean;
  /** The pid file names a process that is not this instance's server (a killed or crashed server left it). */
  stalePidFile?: number;
}

/** Finds the instance's server: the pid file's process if it is the server, otherwise by its command line. */
export async function findServer(paths: LocalNeo4jPaths): Promise<ServerLookup> {
  let filePid: number | undefined;
  try {
    const pid = Number((await readFile(paths.pidFile, 'utf8')).trim());
    if (Number.isInteger(pid) && pid > 0) filePid = pid;
  } catch {
    // no pid file
  }
  if (filePid !== undefined && isServerOf(filePid, paths)) return { pid: filePid, fromPidFile: true };
  // A server whose pid file was lost (or overwritten) still holds the store: it must be found, never ignored.
  return { pid: scanForServer(paths), fromPidFile: false, stalePidFile: filePid };
}

function scanForServer(paths: LocalNeo4jPaths): number | undefined {
  if (!hasProc()) return undefined;
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isServerOf(pid, paths)) return pid;
  }
  return undefined;
}

/** Waits until `pid` has exited; false if it still runs after `timeoutMs`. */
export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await sleep(200);
  }
  return true;
}

/** Who is stopping which server: a start that finds it waits for the exit instead of reusing a dying server. */
export interface StoppingMarker {
  serverPid: number;
  stopperPid: number;
  since: string;
}

export async function markStopping(paths: LocalNeo4jPaths, serverPid: number): Promise<void> {
  const marker: StoppingMarker = { serverPid, stopperPid: process.pid, since: new Date().toISOString() };
  await writeJsonAtomically(paths.stoppingFile, marker);
}

/**
 * The marker for this server, if it is trustworthy: written for this very pid by a stopper that still
 * runs. (A stopper killed before it signalled leaves a marker for a server that is not stopping; a
 * stopper killed after it signalled is caught by the start's fallback: the server exits while awaited.)
 */
export async function readStopping(paths: LocalNeo4jPaths, serverPid: number): Promise<StoppingMarker | undefined> {
  const marker = await readJson<StoppingMarker>(paths.stoppingFile);
  if (!marker || marker.serverPid !== serverPid || !isAlive(marker.stopperPid)) return undefined;
  return marker;
}

/** Removes the marker (only the one for `serverPid` when given: a newer stop may have written its own). */
export async function clearStopping(paths: LocalNeo4jPaths, serverPid?: number): Promise<void> {
  if (serverPid !== undefined) {
    const marker = await readJson<StoppingMarker>(paths.stoppingFile);
    if (marker && marker.serverPid !== serverPid) return;
  }
  await rm(paths.stoppingFile, { force: true });
}

/** A process holding one of the store's lock files (another server, or neo4j-admin writing the store). */
export interface StoreLockHolder {
  file: string;
  pid: number;
  command: string;
}

/** The store's lock files: one for the whole store, one per database. */
async function storeLockFiles(paths: LocalNeo4jPaths): Promise<string[]> {
  const databasesDir = join(paths.dataDir, 'databases');
  const files = [join(databasesDir, 'store_lock')];
  try {
    for (const entry of readdirSync(databasesDir, { withFileTypes: true })) {
      if (entry.isDirectory()) files.push(join(databasesDir, entry.name, 'database_lock'));
    }
  } catch {
    // no store yet
  }
  const existing: string[] = [];
  for (const file of files) if (await stat(file).then(() => true, () => false)) existing.push(file);
  return existing;
}

/**
 * Live processes holding a lock on the store's lock files, read from /proc/locks (Neo4j locks them with
 * fcntl, which the kernel lists with the holder's pid and the file's inode). A killed server's locks
 * vanish with it, so any holder found here is alive.
 */
export async function storeLockHolders(paths: LocalNeo4jPaths): Promise<StoreLockHolder[]> {
  let table: string;
  try {
    table = await readFile('/proc/locks', 'utf8');
  } catch {
    return [];
  }
  const pidsByInode = new Map<string, number[]>();
  for (const line of table.split('\n')) {
    // "1: POSIX  ADVISORY  WRITE 5636 fe:00:6086897 0 EOF" (blocked waiters are marked "->" and skipped)
    const match = /^\d+:\s+\S+\s+\S+\s+\S+\s+(\d+)\s+[0-9a-f]+:[0-9a-f]+:(\d+)\s/.exec(line);
    if (!match) continue;
    pidsByInode.set(match[2], [...(pidsByInode.get(match[2]) ?? []), Number(match[1])]);
  }
  const holders: StoreLockHolder[] = [];
  for (const file of await storeLockFiles(paths)) {
    const inode = String((await stat(file)).ino);
    for (const pid of pidsByInode.get(inode) ?? []) {
      if (pid > 0 && isAlive(pid)) holders.push({ file, pid, command: (commandLine(pid) ?? ['?']).slice(0, 3).map((arg) => basename(arg)).join(' ') });
    }
  }
  return holders;
}

/** Removes lock files nobody holds (left by a killed server); returns those removed. Neo4j recreates them. */
export async function removeUnheldStoreLocks(paths: LocalNeo4jPaths): Promise<string[]> {
  const held = new Set((await storeLockHolders(paths)).map((holder) => holder.file));
  const removed: string[] = [];
  for (const file of await storeLockFiles(paths)) {
    if (held.has(file)) continue;
    await rm(file, { force: true });
    removed.push(file);
  }
  return removed;
}

/** A backup or restore working on the stopped store: no start may touch it meanwhile. */
export interface StoreOperation {
  kind: 'backup' | 'restore';
  pid: number;
  since: string;
}

/** The operation in progress, if its process still runs (a killed one's file is stale and ignored). */
export async function storeOperationInProgress(paths: LocalNeo4jPaths): Promise<StoreOperation | undefined> {
  const operation = await readJson<StoreOperation>(paths.storeOperationFile);
  return operation && isAlive(operation.pid) ? operation : undefined;
}

/** Runs `work` holding the store-operation file; refuses when another live operation holds it. */
export async function withStoreOperation<T>(paths: LocalNeo4jPaths, kind: StoreOperation['kind'], work: () => Promise<T>, refuse: (message: string) => Error): Promise<T> {
  const current = await storeOperationInProgress(paths);
  if (current && current.pid !== process.pid) throw refuse(`A ${current.kind} of this instance is running (pid ${current.pid}, since ${current.since}); wait for it to finish.`);
  await writeJsonAtomically(paths.storeOperationFile, { kind, pid: process.pid, since: new Date().toISOString() } satisfies StoreOperation);
  try {
    return await work();
  } finally {
    await rm(paths.storeOperationFile, { force: true });
  }
}

async function readJson<T>(path: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/** Written then renamed, so a kill leaves the old file or the new one, never half of one. */
async function writeJsonAtomically(path: string, value: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(`${path}.tmp`, `${JSON.stringify(value)}\n`);
  await rename(`${path}.tmp`, path);
}
