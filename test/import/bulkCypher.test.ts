/**
 * The edge statements of bulkCypher.ts against the real test Neo4j, on labels and a source of their
 * own: a re-run writes nothing, a changed value, type or key is rewritten on the same relationship,
 * stale edges go, new ones are created, and every edge MERGE would have matched is updated.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { edgeSet, mergeNodes, replaceOutgoing, withIntegers, type EdgeItem, type EdgeSetItem, type NodeItem } from '../../src/import/bulkCypher.js';
import { runBatches } from '../../src/import/importRun.js';
import { ImportProgress, ImportStats } from '../../src/import/progress.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';

const SOURCE = 'bulk-cypher-test';
const PARAMETERS = { source: SOURCE, asOf: '2024-01-02', method: 'derived' };
const FROM = 'BulkTestFrom';
const TO = 'BulkTestTo';
const OTHER = 'BulkTestOther';
const EDGES = replaceOutgoing(FROM, 'BULK_TEST', [TO, OTHER], { properties: ['weight', 'rank', 'note'] });

let test: TestDatabase;

async function write(items: EdgeSetItem[], batchSize = 2): Promise<ImportStats> {
  const stats = new ImportStats();
  const progress = new ImportProgress('test', { quiet: true });
  const nodes = (label: string, ids: string[]): NodeItem[] => ids.map((id) => ({ id, properties: { name: id } }));
  await runBatches(test.db, stats, progress, { name: 'from', items: nodes(FROM, ['a', 'b']), batchSize: 10, statements: [mergeNodes(FROM)], parameters: PARAMETERS });
  await runBatches(test.db, stats, progress, { name: 'to', items: nodes(TO, ['x', 'y', 'z']), batchSize: 10, statements: [mergeNodes(TO)], parameters: PARAMETERS });
  await runBatches(test.db, stats, progress, { name: 'other', items: nodes(OTHER, ['o']), batchSize: 10, statements: [mergeNodes(OTHER)], parameters: PARAMETERS });
  const written = new ImportStats();
  await runBatches(test.db, written, progress, {
    name: 'edges',
    items: items.map((item) => ({ ...item, edges: item.edges.map((edge) => ({ ...edge, properties: withIntegers(edge.properties, ['rank']) })) })),
    batchSize,
    weight: (item) => item.edges.length,
    statements: EDGES,
    parameters: PARAMETERS,
  });
  return written;
}

const edge = (to: string, properties: EdgeItem['properties'], toLabel = TO): EdgeItem => ({ to, toLabel, properties });

async function edges(): Promise<Array<{ from: string; to: string; id: string; properties: Record<string, unknown>; types: string[] }>> {
  return test.db.readRows(
    `MATCH (f:${FROM})-[r:BULK_TEST]->(t) RETURN f.id AS from, t.id AS to, elementId(r) AS id, properties(r) AS properties,
       [k IN keys(r) | k + ':' + valueType(r[k])] AS types ORDER BY from, to, id`,
  );
}

const typesOf = (types: string[]) => [...types].sort();

beforeAll(async () => {
  test = openTestDatabase();
});

afterAll(async () => {
  await test.db.writeRows(`MATCH (n) WHERE n:${FROM} OR n:${TO} OR n:${OTHER} DETACH DELETE n`);
  await test.close();
});

describe('replaceOutgoing (lookup, prune, update by element id, create the missing)', () => {
  const first = [
    edgeSet('a', [edge('x', { weight: 0.5, rank: 1, note: 'n' }), edge('y', { weight: 1, rank: 2, note: null }), edge('o', { weight: 0.1, rank: 3, note: null }, OTHER)]),
    edgeSet('b', [edge('x', { weight: 0.25, rank: 1, note: null })]),
  ];

  it('creates the listed edges with provenance, nulls left out', async () => {
    const stats = await write(first);
    expect(stats.summary()).toMatchObject({ relationshipsCreated: 4, relationshipsDeleted: 0 });
    const rows = await edges();
    expect(rows.map((row) => [row.from, row.to, row.properties])).toEqual([
      ['a', 'o', { weight: 0.1, rank: 3, source: SOURCE, asOf: '2024-01-02', method: 'derived' }],
      ['a', 'x', { weight: 0.5, rank: 1, note: 'n', source: SOURCE, asOf: '2024-01-02', method: 'derived' }],
      ['a', 'y', { weight: 1, rank: 2, source: SOURCE, asOf: '2024-01-02', method: 'derived' }],
      ['b', 'x', { weight: 0.25, rank: 1, source: SOURCE, asOf: '2024-01-02', method: 'derived' }],
    ]);
    expect(typesOf(rows[2].types)).toEqual(['asOf:DATE NOT NULL', 'method:STRING NOT NULL', 'rank:INTEGER NOT NULL', 'source:STRING NOT NULL', 'weight:FLOAT NOT NULL']);
  });

  it('writes nothing when re-run with the same edges', async () => {
    const before = await edges();
    const stats = await write(first);
    expect(stats.summary()).toMatchObject({ relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0 });
    expect(await edges()).toEqual(before);
  });

  it('rewrites a changed value, type or key set on the same relationship, prunes stale edges and creates new ones', async () => {
    const before = await edges();
    // A property no listed edge has (another writer's, or an older release's) is removed, as `SET rel = map` did.
    await test.db.writeRows(`MATCH (:${FROM} {id: 'b'})-[r:BULK_TEST]->(:${TO} {id: 'x'}) SET r.legacy = true`);
    const stats = await write([
      edgeSet('a', [
        edge('x', { weight: 0.5, rank: 1, note: 'n' }), // unchanged
        edge('o', { weight: 0.1, rank: 3, note: 'now set' }, OTHER), // a key added
        edge('z', { weight: 0.9, rank: 4, note: null }), // new; y is gone
      ]),
      edgeSet('b', [edge('x', { weight: 0.25, rank: 1, note: null })]), // only the legacy key differs
    ]);
    expect(stats.summary()).toMatchObject({ relationshipsCreated: 1, relationshipsDeleted: 1 });
    const rows = await edges();
    expect(rows.map((row) => [row.from, row.to, row.properties.note ?? null, 'legacy' in row.properties])).toEqual([
      ['a', 'o', 'now set', false],
      ['a', 'x', 'n', false],
      ['a', 'z', null, false],
      ['b', 'x', null, false],
    ]);
    const id = (from: string, to: string, list: typeof rows) => list.find((row) => row.from === from && row.to === to)?.id;
    expect(id('a', 'x', rows)).toBe(id('a', 'x', before));
    expect(id('a', 'o', rows)).toBe(id('a', 'o', before));
    expect(id('b', 'x', rows)).toBe(id('b', 'x', before));

    // 1 and 1.0 are equal in Cypher, but a float stored where the import writes an integer is rewritten.
    await test.db.writeRows(`MATCH (:${FROM} {id: 'a'})-[r:BULK_TEST]->(:${TO} {id: 'x'}) SET r.rank = 1.0`);
    const retyped = await write([
      edgeSet('a', [edge('x', { weight: 0.5, rank: 1, note: 'n' }), edge('o', { weight: 0.1, rank: 3, note: 'now set' }, OTHER), edge('z', { weight: 0.9, rank: 4, note: null })]),
      edgeSet('b', [edge('x', { weight: 0.25, rank: 1, note: null })]),
    ]);
    expect(retyped.summary()).toMatchObject({ relationshipsCreated: 0, relationshipsDeleted: 0 });
    expect(retyped.summary().propertiesSet).toBeGreaterThan(0);
    const [ax] = (await edges()).filter((row) => row.from === 'a' && row.to === 'x');
    expect(ax.types).toContain('rank:INTEGER NOT NULL');
  });

  it('updates every existing edge to a listed target, as MERGE matched them all, and splits batches anywhere', async () => {
    await test.db.writeRows(
      `MATCH (a:${FROM} {id: 'a'}), (x:${TO} {id: 'x'}) CREATE (a)-[:BULK_TEST {source: $source, weight: 7.0}]->(x)`,
      { source: SOURCE },
    );
    const items = [
      edgeSet('a', [edge('x', { weight: 0.5, rank: 1, note: 'n' })]),
      edgeSet('b', [edge('x', { weight: 0.25, rank: 1, note: null }), edge('y', { weight: 0.3, rank: 2, note: null })]),
    ];
    const stats = await write(items, 1);
    // a's edges to o and z are pruned; both a->x edges are kept and now equal; b->y is new.
    expect(stats.summary()).toMatchObject({ relationshipsCreated: 1, relationshipsDeleted: 2 });
    const rows = await edges();
    expect(rows.map((row) => [row.from, row.to, row.properties.weight])).toEqual([
      ['a', 'x', 0.5],
      ['a', 'x', 0.5],
      ['b', 'x', 0.25],
      ['b', 'y', 0.3],
    ]);
    expect((await write(items, 1)).summary()).toMatchObject({ relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0 });
  });
});
