/**
 * The project-run Neo4j: db:start / db:status / db:stop through the real CLI, and the clear
 * errors for a missing Java, a taken port and a failed startup.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { testEnvironment } from '../support/testEnvironment.js';

const run = promisify(execFile);
const CLI = join(PROJECT_ROOT, 'src/localNeo4j/cli.ts');
const TSX = join(PROJECT_ROOT, 'node_modules/.bin/tsx');

async function db(command: string, env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, [CLI, command], { env, cwd: PROJECT_ROOT, timeout: 280_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

const temporaryDirs: string[] = [];
afterAll(async () => {
  await Promise.all(temporaryDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

// Each CLI call starts a TypeScript process; generous timeouts keep a loaded CI machine green.
vi.setConfig({ testTimeout: 300_000 });

describe('db:start / db:status on the running test instance', () => {
  const env = testEnvironment();

  it('db:start is idempotent: says it is already running and prints the Bolt URI', async () => {
    const result = await db('start', env);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(`bolt://127.0.0.1:${env.NEO4J_BOLT_PORT}`);
    expect(result.stderr).toMatch(/already running/);
  });

  it('db:status reports a running server whose Bolt answers', async () => {
    const result = await db('status', env);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/running \(pid \d+\).*Bolt answers/);
  });
});

describe('a second instance', () => {
  it('refuses a port another process holds, naming the port and the variable', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const root = await mkdtemp(join(tmpdir(), 'cg-port-'));
      temporaryDirs.push(root);
      const result = await db('start', { ...testEnvironment(), NEO4J_LOCAL_DIR: root, NEO4J_LOCAL_NAME: 'blocked', NEO4J_BOLT_PORT: String(port) });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`Port ${port} is already taken`);
      expect(result.stderr).toContain('NEO4J_BOLT_PORT');
      expect(result.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
    } finally {
      blocker.close();
    }
  });

  it('explains what is needed when Java is missing', async () => {
    const root = await mkdtemp(join(tmpdir(), 'cg-nojava-'));
    temporaryDirs.push(root);
    // A PATH with node but without java or mvn (a folder holding only a link to node), and no jars yet.
    const bin = join(root, 'bin');
    await mkdir(bin);
    await symlink(process.execPath, join(bin, 'node'));
    const env = { ...testEnvironment(), PATH: bin, NEO4J_LOCAL_DIR: root, NEO4J_LOCAL_NAME: 'nojava', NEO4J_BOLT_PORT: '7798' };
    const result = await db('start', env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Neo4j needs Java 17+ and Maven — or set NEO4J_URI, or use docker compose');
  });

  it('reports a failed startup with the tail of the server log', async () => {
    // Reuse the downloaded jars (same root); a plain file where the transaction logs must go makes
    // the server fail after the JVM and Neo4j's logging are up.
    const name = 'broken-store';
    const env: NodeJS.ProcessEnv = { ...testEnvironment(), NEO4J_LOCAL_NAME: name, NEO4J_BOLT_PORT: '7799', NEO4J_HEAP_SIZE: '512m', NEO4J_PAGECACHE_SIZE: '64m' };
    const home = join(PROJECT_ROOT, '.neo4j', 'instances', name);
    await rm(home, { recursive: true, force: true });
    await mkdir(join(home, 'data'), { recursive: true });
    await writeFile(join(home, 'data', 'transactions'), 'not a directory');
    try {
      const result = await db('start', env);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/Neo4j exited during startup|did not accept Bolt/);
      expect(result.stderr).toMatch(/--- .*(neo4j|debug|console)\.log/);
    } finally {
      await db('stop', env);
      await rm(home, { recursive: true, force: true });
    }
  });
});
