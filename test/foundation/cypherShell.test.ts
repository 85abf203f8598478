/**
 * `npm run cypher` against the shared test Neo4j (the instance globalSetup runs; the CLI finds it
 * running and leaves it so): reads, a write refused in the default read mode and allowed with --write,
 * a file, and the clear errors for bad arguments.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { openTestDatabase } from '../support/testDatabase.js';
import { testEnvironment } from '../support/testEnvironment.js';

const exec = promisify(execFile);
const CLI = join(PROJECT_ROOT, 'src/localNeo4j/cypherShellCli.ts');
const TSX = join(PROJECT_ROOT, 'node_modules/.bin/tsx');
const PROBE_LABEL = 'CypherShellTestProbe';

const database = openTestDatabase();
const scratch = await mkdtemp(join(tmpdir(), 'cg-cypher-'));
afterAll(async () => {
  await database.db.writeRows(`MATCH (n:${PROBE_LABEL}) DELETE n`);
  await database.close();
  await rm(scratch, { recursive: true, force: true });
});

vi.setConfig({ testTimeout: 180_000 });

async function cypher(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(TSX, [CLI, ...args], { env: testEnvironment(), cwd: PROJECT_ROOT, timeout: 170_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

async function probes(): Promise<number> {
  const [row] = await database.db.readRows<{ count: number }>(`MATCH (n:${PROBE_LABEL}) RETURN count(n) AS count`);
  return Number(row?.count);
}

describe('npm run cypher', () => {
  it('runs a read and prints plain rows (a header, then comma-separated values)', async () => {
    const [expected] = await database.db.readRows<{ slug: string }>("MATCH (r:Role {source: 'curated'}) RETURN r.slug AS slug ORDER BY slug LIMIT 1");
    const result = await cypher('--format', 'plain', "MATCH (r:Role {source: 'curated'}) RETURN r.slug AS slug, r.source AS source ORDER BY slug LIMIT 1");
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toEqual(['slug, source', `"${expected!.slug}", "curated"`]);
  });

  it('refuses a write in the default read mode, and nothing is written', async () => {
    const result = await cypher(`CREATE (:${PROBE_LABEL} {mode: 'read'})`);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/read access mode/i);
    expect(await probes()).toBe(0);
  });

  it('writes with --write', async () => {
    const result = await cypher('--write', `CREATE (:${PROBE_LABEL} {mode: 'write'})`);
    expect(result.code).toBe(0);
    expect(await probes()).toBe(1);
  });

  it('runs the statements of a file with -f, with a parameter from -P', async () => {
    const file = join(scratch, 'query.cypher');
    await writeFile(file, `MATCH (n:${PROBE_LABEL}) RETURN n.mode AS mode;\nRETURN $greeting AS greeting;\n`);
    const result = await cypher('-f', file, '--format', 'plain', '-P', "{greeting: 'hello'}");
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toEqual(['mode', '"write"', 'greeting', '"hello"']);
  });

  it.each([
    [['--format', 'xml'], /--format must be one of auto, verbose, plain/],
    [['--frobnicate'], /Unknown option '--frobnicate'/],
    [['-f', join(tmpdir(), 'no-such-file.cypher')], /cannot read the file/],
    [['-f', 'x.cypher', 'RETURN 1'], /either -f FILE or a query/],
    [['RETURN 1', 'RETURN 2'], /one query at a time/],
  ])('rejects %j with a clear message and the usage, exit code 2', async (args, message) => {
    const result = await cypher(...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('usage: npm run cypher');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
