/**
 * Operating the local Neo4j, against an instance of its own that it stops, kills and restarts
 * (NEO4J_STORE_OPS_INSTANCE, default "store-ops", Bolt port NEO4J_STORE_OPS_BOLT_PORT, default 7770):
 *
 * - `db:backup` / `db:restore` through the real CLI: backup, change, restore gives back the backed-up
 *   graph (content hash over every node and relationship); a corrupt and a truncated dump are refused
 *   and the current graph is left as it was; no backup while a client is connected; no restore without
 *   --yes off a terminal.
 * - Start after stop: a start while the server is still stopping waits and starts it again (the
 *   `npm start`, Ctrl-C, start-again-at-once of issue 16); a killed server's stale pid file and lock
 *   files are cleared; a live server is found without its pid file and never cleared; a store another
 *   process holds a lock on is refused.
 */
import { execFile, spawn } from 'node:child_process';
import { copyFile, mkdtemp, open, readFile, rm, stat, truncate, unlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig, PROJECT_ROOT } from '../../src/config.js';
import { readSeeds } from '../../src/import/seeds/readSeeds.js';
import { loadSeeds } from '../../src/import/seeds/loadSeeds.js';
import { localNeo4jPaths } from '../../src/localNeo4j/instance.js';
import { isAlive, localBoltUri, localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from '../../src/localNeo4j/LocalNeo4j.js';
import { storeLockHolders } from '../../src/localNeo4j/serverProcess.js';
import { applyGraphSchema } from '../../src/neo4j/graphSchema.js';
import { openGraphDatabase } from '../../src/neo4j/openGraphDatabase.js';
import { startApiProcess } from '../support/apiProcess.js';
import { graphContentHash } from '../support/graphContentHash.js';
import { testEnvironment } from '../support/testEnvironment.js';

const run = promisify(execFile);
const CLI = join(PROJECT_ROOT, 'src/localNeo4j/cli.ts');
const TSX = join(PROJECT_ROOT, 'node_modules/.bin/tsx');

const env: NodeJS.ProcessEnv = {
  ...testEnvironment(),
  NEO4J_LOCAL_NAME: process.env.NEO4J_STORE_OPS_INSTANCE ?? 'store-ops',
  NEO4J_BOLT_PORT: process.env.NEO4J_STORE_OPS_BOLT_PORT ?? '7770',
  NEO4J_HEAP_SIZE: '512m',
  NEO4J_PAGECACHE_SIZE: '128m',
};
const config = loadConfig(env);
const uri = localBoltUri(config.local);
const paths = localNeo4jPaths(config.local);
const hashOf = () => graphContentHash(uri, config.neo4j.user, config.neo4j.password);

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, [CLI, ...args], { env, cwd: PROJECT_ROOT, timeout: 400_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

async function serverPid(): Promise<number> {
  const status = await localNeo4jStatus(config.local);
  if (!status.running || status.pid === undefined) throw new Error('the store-ops Neo4j is not running');
  return status.pid;
}

let dir: string;

// Every step stops or starts a real Neo4j on a shared 2-core machine.
vi.setConfig({ testTimeout: 600_000 });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cg-store-ops-'));
  await startLocalNeo4j(config.local);
  const { db, close } = openGraphDatabase(config, { uri, transactionTimeoutMs: 600_000 });
  try {
    await db.writeRows('MATCH (n) DETACH DELETE n');
    await applyGraphSchema(db);
    await loadSeeds(db, await readSeeds(config.seedsDir));
  } finally {
    await close();
  }
});

afterAll(async () => {
  await stopLocalNeo4j(config.local);
  await rm(dir, { recursive: true, force: true });
});

describe('db:backup and db:restore', () => {
  let backupFile: string;
  let backedUp: Awaited<ReturnType<typeof hashOf>>;
  let changed: Awaited<ReturnType<typeof hashOf>>;

  it('refuses a backup while a client is connected to the server, and writes nothing', async () => {
    const { db, close } = openGraphDatabase(config, { uri });
    try {
      await db.readRows('RETURN 1 AS one'); // holds a pooled connection, as an API process does
      const result = await cli(['backup', join(dir, 'refused.dump')]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/Refused to back up while 1 client connection\(s\) use the local Neo4j \(neo4j-javascript/);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(join(dir, 'refused.dump'))).toBe(false);
    } finally {
      await close();
    }
  });

  it('backs up the running server: stops it, dumps, starts it again, writes the checksum beside the dump', async () => {
    backedUp = await hashOf();
    expect(backedUp.nodes).toBeGreaterThan(100);
    const before = await serverPid();
    backupFile = join(dir, 'graph.dump');
    const result = await cli(['backup', backupFile]);
    expect(result.stderr + result.stdout).toContain('Backed up');
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/Stopping the local Neo4j/);
    const checksum = (await readFile(`${backupFile}.sha256`, 'utf8')).trim();
    expect(checksum).toMatch(/^[0-9a-f]{64} {2}graph\.dump$/);
    expect((await stat(backupFile)).size).toBeGreaterThan(1000);
    // Running again, on a new process, with the same graph.
    const after = await serverPid();
    expect(after).not.toBe(before);
    expect(isAlive(before)).toBe(false);
    expect(await hashOf()).toEqual(backedUp);
    // A second backup never overwrites the first.
    const again = await cli(['backup', backupFile]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('exists already');
  });

  it('after a change, refuses a corrupt dump (checksum) and a truncated one (trial load) and leaves the graph intact', async () => {
    const { db, close } = openGraphDatabase(config, { uri });
    try {
      await db.writeRows("CREATE (:BackupProbe {id: 'after-backup'})");
      await db.writeRows('MATCH (r:Role) WITH r ORDER BY r.slug LIMIT 1 DETACH DELETE r');
    } finally {
      await close();
    }
    changed = await hashOf();
    expect(changed.hash).not.toBe(backedUp.hash);

    // Corrupt: bytes in the middle flipped, its checksum file kept.
    const corrupt = join(dir, 'corrupt.dump');
    await copyFile(backupFile, corrupt);
    await copyFile(`${backupFile}.sha256`, `${corrupt}.sha256`);
    const size = (await stat(corrupt)).size;
    const handle = await open(corrupt, 'r+');
    await handle.write(Buffer.alloc(64, 0xff), 0, 64, Math.floor(size / 2));
    await handle.close();
    const refusedCorrupt = await cli(['restore', corrupt, '--yes']);
    expect(refusedCorrupt.code).toBe(1);
    expect(refusedCorrupt.stderr).toContain('does not match its checksum');
    expect(refusedCorrupt.stderr).toContain('the current graph is unchanged');
    expect(await hashOf()).toEqual(changed);

    // Truncated, without a checksum file: only the trial load can tell, and it does.
    const truncated = join(dir, 'truncated.dump');
    await copyFile(backupFile, truncated);
    await truncate(truncated, Math.floor(size / 2));
    const refusedTruncated = await cli(['restore', truncated, '--yes']);
    expect(refusedTruncated.code).toBe(1);
    expect(refusedTruncated.stderr).toContain('No checksum beside the dump');
    expect(refusedTruncated.stderr).toContain('is not a loadable Neo4j dump');
    expect(await hashOf()).toEqual(changed);
    expect(existsSync(join(paths.home, 'restore-scratch'))).toBe(false);
  });

  it('refuses to restore without --yes when nobody can be asked', async () => {
    const result = await cli(['restore', backupFile]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--yes');
    expect(await hashOf()).toEqual(changed);
  });

  it('restores the backup: the graph hashes exactly as when it was backed up', async () => {
    const result = await cli(['restore', backupFile, '--yes']);
    expect(result.stderr + result.stdout).toContain('Restored');
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('Checksum verified');
    expect(await hashOf()).toEqual(backedUp);
  });
});

describe('start after stop', () => {
  it('a start while the server is still stopping waits for it to exit and starts it again', async () => {
    const old = await serverPid();
    const stopping = stopLocalNeo4j(config.local);
    while (!existsSync(paths.stoppingFile)) await sleep(10);
    const messages: string[] = [];
    const started = await startLocalNeo4j(config.local, { log: (message) => messages.push(message) });
    await stopping;
    expect(messages.join('\n')).toMatch(new RegExp(`Neo4j \\(pid ${old}\\) is still stopping.*waiting for it to exit, then starting it again`));
    expect(started.alreadyRunning).toBe(false);
    expect(started.pid).not.toBe(old);
    expect(isAlive(old)).toBe(false);
    // The stopper did not take the new server's pid file with it.
    expect(await serverPid()).toBe(started.pid);
    expect((await hashOf()).nodes).toBeGreaterThan(100);
  });

  it('npm start, Ctrl-C, and db:start at once: the second start succeeds on a new server', async () => {
    await stopLocalNeo4j(config.local);
    // The API launches the local Neo4j itself (no NEO4J_URI), so its Ctrl-C stops it.
    const api = await startApiProcess({ ...env, LOG_LEVEL: 'info' });
    const first = await serverPid();
    api.child.kill('SIGINT');
    const result = await cli(['start']);
    // Whether it found the server still stopping depends on how fast this machine starts a TypeScript process.
    console.log(`[restart] db:start right after Ctrl-C said:\n${result.stderr}`);
    expect(result.stderr).not.toContain('exited during startup');
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(uri);
    expect(await api.exited).toBe(0);
    const second = await serverPid();
    expect(second).not.toBe(first);
    expect(isAlive(first)).toBe(false);
    expect((await hashOf()).nodes).toBeGreaterThan(100);
  });

  it('clears the stale pid file and lock files a killed server left, and starts', async () => {
    const killed = await serverPid();
    process.kill(killed, 'SIGKILL');
    while (isAlive(killed)) await sleep(50);
    expect(existsSync(join(paths.dataDir, 'databases', 'store_lock'))).toBe(true);
    expect(await storeLockHolders(paths)).toEqual([]);
    // Pids are reused: the stale file names a live process that is not Neo4j (this test).
    await writeFile(paths.pidFile, `${process.pid}\n`);
    const messages: string[] = [];
    const started = await startLocalNeo4j(config.local, { log: (message) => messages.push(message) });
    expect(messages.join('\n')).toMatch(new RegExp(`Cleared what a Neo4j that did not stop cleanly left behind: its pid file \\(pid ${process.pid} no longer runs this server\\) and \\d+ store lock file`));
    expect(started.alreadyRunning).toBe(false);
    expect(isAlive(process.pid)).toBe(true);
    expect((await hashOf()).nodes).toBeGreaterThan(100);
  });

  it('finds a live server whose pid file is gone and clears nothing of it', async () => {
    const live = await serverPid();
    await unlink(paths.pidFile);
    const messages: string[] = [];
    const started = await startLocalNeo4j(config.local, { log: (message) => messages.push(message) });
    expect(started).toMatchObject({ alreadyRunning: true, pid: live });
    expect(messages.join('\n')).not.toContain('Cleared');
    expect((await readFile(paths.pidFile, 'utf8')).trim()).toBe(String(live));
    expect((await storeLockHolders(paths)).map((holder) => holder.pid)).toContain(live);
  });

  it('refuses to start on a store another process holds a lock on, and clears nothing', async () => {
    await stopLocalNeo4j(config.local);
    const lockFile = join(paths.dataDir, 'databases', 'store_lock');
    const holder = spawn('flock', [lockFile, 'sleep', '120'], { stdio: 'ignore' });
    try {
      while (!(await storeLockHolders(paths)).some((lock) => lock.file === lockFile)) await sleep(50);
      await expect(startLocalNeo4j(config.local)).rejects.toThrow(/The store of instance "store-ops" is in use: pid \d+ \(.*\) holds .*store_lock\. Stop that process first; nothing was changed\./);
      expect(existsSync(lockFile)).toBe(true);
    } finally {
      holder.kill('SIGKILL');
    }
    while ((await storeLockHolders(paths)).length > 0) await sleep(50);
    const started = await startLocalNeo4j(config.local);
    expect(started.alreadyRunning).toBe(false);
  });
});
