/**
 * The first load of a local instance on a bundle built from the hand-written fixtures, on an instance
 * of its own (NEO4J_FIRST_LOAD_TEST_INSTANCE, port NEO4J_FIRST_LOAD_TEST_BOLT_PORT, default 7698):
 * neo4j-admin's bulk import plus the bootstrap's finish give exactly the graph the Cypher importers
 * give for the same files; a store whose load was interrupted is loaded again on the next start; a
 * store whose finish was interrupted is finished by the next bootstrap; `db:reset` starts afresh.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, PROJECT_ROOT, type Config } from '../../src/config.js';
import { GRAPH_LOAD_ID } from '../../src/graph/graphLoad.js';
import { CROSSWALK_MATCHES_SOURCE, ESCO_SOURCE, ONET_SOURCE } from '../../src/graph/sources.js';
import { buildBundle } from '../../src/import/bundle/buildBundle.js';
import { importBundle } from '../../src/import/bundle/bundleImport.js';
import { readGraphLoad } from '../../src/import/bundle/finishLoad.js';
import { importEsco } from '../../src/import/esco/index.js';
import { removeImportedSource } from '../../src/import/importRun.js';
import { importOccupationCrosswalk, removeOccupationCrosswalk } from '../../src/import/occupationCrosswalk/index.js';
import { importOnet } from '../../src/import/onet/index.js';
import { prepareGraph } from '../../src/import/prepareGraph.js';
import { FIRST_LOAD_MARKER, firstLoadNeed, type FirstLoadEvent } from '../../src/localNeo4j/firstLoad.js';
import { localNeo4jPaths, startLocalNeo4j, stopLocalNeo4j, wipeLocalDatabase } from '../../src/localNeo4j/LocalNeo4j.js';
import { openGraphDatabase } from '../../src/neo4j/openGraphDatabase.js';
import { LoadProgress } from '../../src/loadProgress.js';
import { testEnvironment } from '../support/testEnvironment.js';
import { graphSnapshot } from './graphQueries.js';

const FIXTURES = join(PROJECT_ROOT, 'test', 'fixtures');
const INPUTS = { onet: join(FIXTURES, 'onet'), esco: join(FIXTURES, 'esco'), crosswalks: join(FIXTURES, 'crosswalks') };

let bundleDir: string;
let config: Config;

function firstLoadConfig(bundle: string): Config {
  return loadConfig({
    ...testEnvironment(),
    NEO4J_LOCAL_NAME: process.env.NEO4J_FIRST_LOAD_TEST_INSTANCE ?? 'test-first-load',
    NEO4J_BOLT_PORT: process.env.NEO4J_FIRST_LOAD_TEST_BOLT_PORT ?? '7698',
    NEO4J_FIRST_LOAD: 'bundled',
    BUNDLED_GRAPH_DIR: bundle,
  });
}

/** Starts the instance (bulk-loading when its store needs it), runs the bootstrap's preparation, returns what happened. */
async function startAndPrepare(): Promise<{ events: FirstLoadEvent[]; progress: LoadProgress; snapshot: Awaited<ReturnType<typeof graphSnapshot>>; status: string | null }> {
  const events: FirstLoadEvent[] = [];
  const started = await startLocalNeo4j(config.local, { onFirstLoad: (event) => events.push(event) });
  const { db, close } = openGraphDatabase(config, { uri: started.uri, transactionTimeoutMs: 600_000 });
  const progress = new LoadProgress();
  try {
    await prepareGraph(db, { seedsDir: config.seedsDir, bundleDir: config.local.bundleDir, log: () => undefined, progress });
    return { events, progress, snapshot: await graphSnapshot(db.driver), status: (await readGraphLoad(db)).status };
  } finally {
    await close();
  }
}

beforeAll(async () => {
  bundleDir = join(await mkdtemp(join(tmpdir(), 'career-graph-fixture-bundle-')), 'graph');
  await buildBundle(INPUTS, bundleDir);
  config = firstLoadConfig(bundleDir);
  await wipeLocalDatabase(config.local);
}, 300_000);

afterAll(async () => {
  await stopLocalNeo4j(config.local);
  await rm(join(bundleDir, '..'), { recursive: true, force: true });
});

describe('first load of a local instance (fixture bundle)', () => {
  let bulk: Awaited<ReturnType<typeof startAndPrepare>>;

  it('bulk-loads an empty store, then the bootstrap seeds and finishes it', async () => {
    bulk = await startAndPrepare();
    expect(bulk.events.map((event) => event.kind)).toEqual(expect.arrayContaining(['started', 'imported']));
    expect(bulk.events[0]).toEqual({ kind: 'started', reason: 'the store is empty (first start)' });
    const imported = bulk.events.find((event) => event.kind === 'imported');
    const manifest = JSON.parse(await readFile(join(bundleDir, 'manifest.json'), 'utf8')) as { relationships: number };
    expect(imported?.kind === 'imported' && imported.result.relationships).toBe(manifest.relationships);
    expect(bulk.status).toBe('COMPLETE');
    expect(bulk.progress.readiness()).not.toBe(true); // the API's finish() is what makes it ready
    bulk.progress.finish();
    expect(bulk.progress.readiness()).toBe(true);
    const marker = JSON.parse(await readFile(join(localNeo4jPaths(config.local).home, FIRST_LOAD_MARKER), 'utf8')) as { state: string };
    expect(marker.state).toBe('imported');
  }, 300_000);

  it('gives exactly the graph the Cypher importers give for the same files, and so does the bundle through Cypher', async () => {
    const { db, close } = openGraphDatabase(config, { uri: `bolt://127.0.0.1:${config.local.boltPort}`, transactionTimeoutMs: 600_000 });
    try {
      await removeOccupationCrosswalk(db);
      await removeImportedSource(db, ONET_SOURCE);
      await removeImportedSource(db, ESCO_SOURCE);
      const emptied = await graphSnapshot(db.driver);
      expect(emptied.relationships.length).toBeLessThan(bulk.snapshot.relationships.length);
      await importOnet(db, INPUTS.onet);
      await importEsco(db, INPUTS.esco);
      await importOccupationCrosswalk(db, INPUTS.crosswalks);
      const cypher = await graphSnapshot(db.driver);
      expect(cypher.nodes).toEqual(bulk.snapshot.nodes);
      expect(cypher.relationships).toEqual(bulk.snapshot.relationships);

      // The bundle itself through Cypher (`npm run import -- bundled`, an empty remote graph): the same graph again.
      await removeOccupationCrosswalk(db);
      await removeImportedSource(db, ONET_SOURCE);
      await removeImportedSource(db, ESCO_SOURCE);
      const results = await importBundle(db, bundleDir);
      expect(results.map((result) => result.runId.split(':run:')[0])).toEqual([ONET_SOURCE, ESCO_SOURCE, CROSSWALK_MATCHES_SOURCE]);
      const fromBundle = await graphSnapshot(db.driver);
      expect(fromBundle.nodes).toEqual(bulk.snapshot.nodes);
      expect(fromBundle.relationships).toEqual(bulk.snapshot.relationships);
      // And it is idempotent: a second run changes nothing.
      await importBundle(db, bundleDir);
      expect(await graphSnapshot(db.driver)).toEqual(fromBundle);
    } finally {
      await close();
    }
  }, 300_000);

  it('loads again after an interrupted bulk load, and finishes a store whose finish was interrupted', async () => {
    await stopLocalNeo4j(config.local);
    const home = localNeo4jPaths(config.local).home;
    // What a kill -9 during neo4j-admin leaves: the marker still says "importing", the store is half written.
    const marker = JSON.parse(await readFile(join(home, FIRST_LOAD_MARKER), 'utf8')) as Record<string, unknown>;
    await writeFile(join(home, FIRST_LOAD_MARKER), JSON.stringify({ ...marker, state: 'importing' }));
    const again = await startAndPrepare();
    expect(again.events[0]).toEqual({ kind: 'started', reason: expect.stringMatching(/interrupted; loading again/) });
    expect(again.status).toBe('COMPLETE');
    expect(again.snapshot).toEqual(bulk.snapshot);

    // Interrupted after the import, before the finish: GraphLoad still IMPORTED, the curated seeds not in.
    const { db, close } = openGraphDatabase(config, { uri: `bolt://127.0.0.1:${config.local.boltPort}`, transactionTimeoutMs: 600_000 });
    try {
      await db.writeRows("MATCH (load:GraphLoad {id: $id}) SET load.status = 'IMPORTED'", { id: GRAPH_LOAD_ID });
      await db.writeRows('MATCH (n {source: $source}) DETACH DELETE n', { source: 'curated' });
      await db.writeRows('MATCH ()-[link:SAME_OCCUPATION]->() DELETE link');
    } finally {
      await close();
    }
    const finished = await startAndPrepare();
    expect(finished.events).toEqual([]); // the store is whole: no bulk load, only the finish
    expect(finished.status).toBe('COMPLETE');
    expect(finished.snapshot).toEqual(bulk.snapshot);
  }, 300_000);

  it('a missing bundle stops the first load with a clear message, before the server starts, and the next start loads', async () => {
    await wipeLocalDatabase(config.local);
    const broken = firstLoadConfig(join(bundleDir, 'missing'));
    await expect(startLocalNeo4j(broken.local)).rejects.toThrow(/bundled graph is missing: .*manifest\.json does not exist/);
    const paths = localNeo4jPaths(config.local);
    const instance = { paths, libDir: join(paths.jarsDir, 'lib'), env: {} };
    expect(await firstLoadNeed(instance, config.local.database)).toEqual({ load: true, reason: 'the store is empty (first start)' });
  }, 300_000);
});
