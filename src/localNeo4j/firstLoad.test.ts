/** orphanedImports without Neo4j: a stand-in process whose command line is an import's. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIRST_LOAD_MARKER, orphanedImports } from './firstLoad.js';
import { NEO4J_ADMIN_TOOL_CLASS } from './instance.js';

const children: ChildProcess[] = [];
const homes: string[] = [];

afterEach(async () => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  for (const home of homes.splice(0)) await rm(home, { recursive: true, force: true });
});

/** An instance home with a first-load marker, and a process that looks like neo4j-admin importing into it. */
async function homeWithImport(marker: Record<string, unknown>) {
  const home = await mkdtemp(join(tmpdir(), 'first-load-'));
  homes.push(home);
  await writeFile(join(home, FIRST_LOAD_MARKER), JSON.stringify({ bundleSha256: 'x', startedAt: new Date().toISOString(), ...marker }));
  // Node idling, with neo4j-admin's tool class, "import" and the home among its arguments.
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)', NEO4J_ADMIN_TOOL_CLASS, 'database', 'import', 'full', `--report-file=${home}/logs/x`], { stdio: 'ignore' });
  children.push(child);
  await new Promise((resolve) => child.once('spawn', resolve));
  return { home, pid: child.pid! };
}

describe('orphanedImports', () => {
  it('finds an import the marker does not name yet (killed between the spawn and the marker write)', async () => {
    const { home, pid } = await homeWithImport({ state: 'importing' });
    expect(await orphanedImports(home)).toEqual([pid]);
  });

  it('finds the import the marker names, once', async () => {
    const { home, pid } = await homeWithImport({ state: 'importing' });
    await writeFile(join(home, FIRST_LOAD_MARKER), JSON.stringify({ state: 'importing', pid, bundleSha256: 'x', startedAt: '' }));
    expect(await orphanedImports(home)).toEqual([pid]);
  });

  it('finds nothing when the load finished, nor an import of another instance', async () => {
    const { home } = await homeWithImport({ state: 'imported' });
    expect(await orphanedImports(home)).toEqual([]);
    const other = await mkdtemp(join(tmpdir(), 'first-load-other-'));
    homes.push(other);
    await writeFile(join(other, FIRST_LOAD_MARKER), JSON.stringify({ state: 'importing', bundleSha256: 'x', startedAt: '' }));
    expect(await orphanedImports(other)).toEqual([]);
  });

  it('does not take an import into a home whose path begins with this one for its own', async () => {
    const { home } = await homeWithImport({ state: 'imported' });
    const prefix = home.slice(0, -2); // e.g. instance "test" beside "test-first-start"
    await mkdir(prefix, { recursive: true });
    homes.push(prefix);
    await writeFile(join(prefix, FIRST_LOAD_MARKER), JSON.stringify({ state: 'importing', bundleSha256: 'x', startedAt: '' }));
    expect(await orphanedImports(prefix)).toEqual([]);
  });
});
