/**
 * Exports the test graph (curated seeds plus the fixture imports, so every value type occurs) in
 * each format and reads the files back: every node and relationship is there, with its labels,
 * type, ends and properties.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { csvCell, exportGraph, graphmlType, xmlEscape } from '../../src/export/exportGraph.js';
import { ESCO_SOURCE, ONET_SOURCE } from '../../src/graph/sources.js';
import { importEsco } from '../../src/import/esco/index.js';
import { removeImportedSource } from '../../src/import/importRun.js';
import { importOnet } from '../../src/import/onet/index.js';
import { readAll } from '../../src/import/tabular.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';

let test: TestDatabase;
let dir: string;
let totals: { nodes: number; relationships: number };

beforeAll(async () => {
  test = openTestDatabase();
  dir = await mkdtemp(join(tmpdir(), 'career-graph-export-'));
  await importOnet(test.db, join(PROJECT_ROOT, 'test', 'fixtures', 'onet'));
  await importEsco(test.db, join(PROJECT_ROOT, 'test', 'fixtures', 'esco'));
  [totals] = await test.db.readRows<{ nodes: number; relationships: number }>(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  );
}, 300_000);

afterAll(async () => {
  await removeImportedSource(test.db, ONET_SOURCE);
  await removeImportedSource(test.db, ESCO_SOURCE);
  await test.close();
  await rm(dir, { recursive: true, force: true });
}, 300_000);

describe('exportGraph', () => {
  it('writes nodes.csv and relationships.csv with a column per property', async () => {
    const folder = join(dir, 'csv');
    // A small page size, so paging is exercised too.
    const result = await exportGraph(test.db, 'csv', folder, { pageSize: 500 });
    expect(result).toMatchObject(totals);
    const nodes = await readAll(join(folder, 'nodes.csv'), { delimiter: ',' });
    const relationships = await readAll(join(folder, 'relationships.csv'), { delimiter: ',' });
    expect(nodes).toHaveLength(totals.nodes);
    expect(relationships).toHaveLength(totals.relationships);
    expect(new Set(nodes.map((row) => row.id)).size).toBe(totals.nodes);
    const architect = nodes.find((row) => row.id === 'onet:role:15-1241.00')!;
    expect(architect).toMatchObject({ labels: 'Role;OnetOccupation', jobZone: '4', asOf: '2025-05-01', source: ONET_SOURCE });
    expect(JSON.parse(architect.alternateTitles)).toEqual(['Network Architect', 'Network Engineer']);
    expect(nodes.find((row) => row.id === 'skillname:python')).toMatchObject({ labels: 'SkillName', key: 'python' });
    const edge = relationships.find((row) => row.type === 'LEADS_TO' && row.start === 'onet:role:15-1241.00' && row.end === 'onet:role:15-1252.00');
    expect(edge).toMatchObject({ kind: 'LATERAL', rank: '1', tier: 'Primary-Short', source: ONET_SOURCE });
    expect(await readFile(join(folder, 'ATTRIBUTION.txt'), 'utf8')).toContain('ESCO classification of the European Commission');
  });

  it('writes one JSON document with metadata, nodes and relationships', async () => {
    const file = join(dir, 'graph.json');
    await exportGraph(test.db, 'json', file, { pageSize: 700 });
    const document = JSON.parse(await readFile(file, 'utf8')) as {
      metadata: { attributions: { source: string }[] };
      nodes: { id: string; labels: string[]; properties: Record<string, unknown> }[];
      relationships: { type: string; start: string; end: string; properties: Record<string, unknown> }[];
    };
    expect(document.nodes).toHaveLength(totals.nodes);
    expect(document.relationships).toHaveLength(totals.relationships);
    expect(document.metadata.attributions.map((a) => a.source)).toEqual([ONET_SOURCE, ESCO_SOURCE]);
    const python = document.relationships.find((r) => r.type === 'REQUIRES' && r.start === 'onet:role:15-1252.00' && r.end === 'onet:tech:python');
    expect(python?.properties).toMatchObject({ importance: 0.85, hotTechnology: true, inDemand: true, asOf: '2025-05-01' });
  });

  it('writes GraphML with typed keys', async () => {
    const file = join(dir, 'graph.graphml');
    await exportGraph(test.db, 'graphml', file);
    const xml = await readFile(file, 'utf8');
    expect(xml.match(/<node /g)).toHaveLength(totals.nodes);
    expect(xml.match(/<edge /g)).toHaveLength(totals.relationships);
    expect(xml).toMatch(/<key id="n\d+" for="node" attr.name="jobZone" attr.type="long"\/>/);
    expect(xml).toMatch(/<key id="e\d+" for="edge" attr.name="importance" attr.type="double"\/>/);
    expect(xml).toContain('<node id="onet:role:15-1241.00"><data key="labels">:Role:OnetOccupation</data>');
    expect(xml.trimEnd().endsWith('</graphml>')).toBe(true);
  });

  it('escapes and types values', () => {
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(csvCell(['x', 'y'])).toBe('"[""x"",""y""]"');
    expect(csvCell(null)).toBe('');
    expect(xmlEscape('<a & "b">\u0001')).toBe('&lt;a &amp; &quot;b&quot;&gt;');
    expect(graphmlType(['INTEGER NOT NULL'])).toBe('long');
    expect(graphmlType(['INTEGER NOT NULL', 'FLOAT NOT NULL'])).toBe('double');
    expect(graphmlType(['LIST<STRING NOT NULL> NOT NULL'])).toBe('string');
  });
});
