/**
 * The crosswalk import on small fixtures (test/fixtures/crosswalks against the O*NET and ESCO
 * fixtures): the imports in another order than the full-data test, removal and re-import of one
 * side, and a re-run, all ending in the same SAME_OCCUPATION edges.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { ESCO_SOURCE, ONET_SOURCE } from '../../src/graph/sources.js';
import { importEsco } from '../../src/import/esco/index.js';
import { removeImportedSource } from '../../src/import/importRun.js';
import { importOccupationCrosswalk, linkSameOccupations, removeOccupationCrosswalk } from '../../src/import/occupationCrosswalk/index.js';
import { importOnet } from '../../src/import/onet/index.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { nonCuratedNodeCount } from './graphQueries.js';

const FIXTURES = join(PROJECT_ROOT, 'test', 'fixtures');
const URI = (n: number) => `http://data.europa.eu/esco/occupation/00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const EDGES = `
MATCH (esco:Role)-[link:SAME_OCCUPATION]->(onet:Role)
RETURN esco.sourceId AS esco, onet.sourceId AS onet, link.matchType AS matchType, link.confidence AS confidence
ORDER BY esco, onet`;

let test: TestDatabase;
const edges = () => test.db.readRows<{ esco: string; onet: string; matchType: string; confidence: number }>(EDGES);

// 15-1132.00 is a 2010 code split into 15-1252.00 and 15-1253.00; only 15-1252.00 is in the O*NET fixtures.
const EXPECTED = [
  { esco: URI(1), onet: '15-1252.00', matchType: 'CLOSE', confidence: 1 },
  { esco: URI(2), onet: '15-1252.00', matchType: 'EXACT', confidence: 1 },
  { esco: URI(3), onet: '15-1241.00', matchType: 'CLOSE', confidence: 0.25 },
];

describe('occupation crosswalk (fixtures)', () => {
  beforeAll(async () => {
    test = openTestDatabase();
    await removeOccupationCrosswalk(test.db);
    await removeImportedSource(test.db, ONET_SOURCE);
    await removeImportedSource(test.db, ESCO_SOURCE);
  });
  afterAll(async () => {
    await removeOccupationCrosswalk(test.db);
    await removeImportedSource(test.db, ONET_SOURCE);
    await removeImportedSource(test.db, ESCO_SOURCE);
    expect(await nonCuratedNodeCount(test.db)).toBe(0);
    await test.close();
  });

  it('ESCO, then the crosswalk, then O*NET: edges appear with the last import', async () => {
    await importEsco(test.db, join(FIXTURES, 'esco'));
    const { summary } = await importOccupationCrosswalk(test.db, join(FIXTURES, 'crosswalks'));
    expect(summary.notes).toMatchObject({ 'SAME_OCCUPATION edges': 0, 'rows without their O*NET occupation in the graph': 5 });
    expect(await edges()).toEqual([]);
    await importOnet(test.db, join(FIXTURES, 'onet'));
    expect(await edges()).toEqual(EXPECTED);
    // 5 stored pairs: 2 for the split row, 1 unknown ESCO URI, 1 O*NET code missing from the fixtures.
    expect(await linkSameOccupations(test.db)).toEqual({ rows: 5, linked: 3, escoMissing: 1, onetMissing: 1 });
  });

  it('removing O*NET drops the edges; re-importing it restores them; a crosswalk re-run changes nothing', async () => {
    await removeImportedSource(test.db, ONET_SOURCE);
    expect(await edges()).toEqual([]);
    await importOnet(test.db, join(FIXTURES, 'onet'));
    expect(await edges()).toEqual(EXPECTED);
    const again = await importOccupationCrosswalk(test.db, join(FIXTURES, 'crosswalks'));
    expect(again.summary).toMatchObject({ relationshipsCreated: 0, relationshipsDeleted: 0 });
    expect(await edges()).toEqual(EXPECTED);
  });

  it('remove crosswalks deletes its rows, edges and runs, nothing else', async () => {
    const removed = await removeOccupationCrosswalk(test.db);
    // 3 SAME_OCCUPATION edges and the 5 LEADS_TO edges derived from them (crosswalkProgressions.test.ts).
    expect(removed.relationshipsDeleted).toBe(3 + 5);
    expect(await edges()).toEqual([]);
    const [left] = await test.db.readRows<{ count: number }>("MATCH (n) WHERE n.source = 'nesta-esco-onet-2020' RETURN count(n) AS count");
    expect(left.count).toBe(0);
  });
});
