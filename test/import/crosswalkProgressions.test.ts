/**
 * ESCO occupations' next roles derived through the crosswalk (src/import/occupationCrosswalk/
 * crosswalkProgressions.ts) on the fixtures: the edges and their properties, a re-run that changes
 * nothing, several matches per ESCO occupation, pruning when a crosswalk row or an O*NET move goes,
 * removal with either source or the crosswalk, and nextRoles / previousRoles / careerPaths through
 * the API with the crosswalk's provenance.
 *
 * Fixture graph: ESCO 1 -CLOSE 1-> 15-1252.00, ESCO 2 -EXACT 1-> 15-1252.00, ESCO 3 -CLOSE 0.25->
 * 15-1241.00; O*NET 15-1252.00 -> 15-1241.00 (Primary-Short 1, 0.9) and 15-1241.00 -> 15-1252.00
 * (Primary-Short 1, 0.9), 11-1021.00 (Primary-Long 6, 0.7), 15-1299.00 (Supplemental 11, 0.5).
 */
import { appendFile, cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { CROSSWALK_MATCHES_SOURCE, ESCO_SOURCE, ONET_SOURCE } from '../../src/graph/sources.js';
import { importEsco } from '../../src/import/esco/index.js';
import { removeImportedSource } from '../../src/import/importRun.js';
import { countCrosswalkProgressions, importOccupationCrosswalk, removeOccupationCrosswalk } from '../../src/import/occupationCrosswalk/index.js';
import { linkOccupationsAcrossSources } from '../../src/import/occupationCrosswalk/sameOccupation.js';
import { importOnet } from '../../src/import/onet/index.js';
import { graphql } from '../generated/index.js';
import { openTestApi, type TestApi } from '../support/testApi.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { nonCuratedNodeCount } from './graphQueries.js';

const FIXTURES = join(PROJECT_ROOT, 'test', 'fixtures');
const ONET_DIR = join(FIXTURES, 'onet');
const ESCO_DIR = join(FIXTURES, 'esco');
const CROSSWALK_DIR = join(FIXTURES, 'crosswalks');
const NESTA_FILE = join('nesta-esco-onet', 'esco_onet_crosswalk_Nov2020.csv');
const UUID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const URI = (n: number) => `http://data.europa.eu/esco/occupation/${UUID(n)}`;
const SLUG = (n: number) => `esco-${UUID(n)}`;
const ROW = (nestaId: number, code: string) => `${CROSSWALK_MATCHES_SOURCE}:match:${nestaId}:${code}`;

interface Derived {
  esco: string;
  target: string;
  kind: string;
  typicalYears: number;
  tier: string;
  rank: number;
  confidence: number;
  method: string;
  sourceId: string;
  via: string;
  asOf: string;
}
const DERIVED = `
MATCH (esco:Role)-[move:LEADS_TO {source: $source}]->(target:Role)
RETURN esco.sourceId AS esco, target.sourceId AS target, move.kind AS kind, move.typicalYears AS typicalYears, move.tier AS tier,
       move.rank AS rank, move.confidence AS confidence, move.method AS method, move.sourceId AS sourceId, move.via AS via, toString(move.asOf) AS asOf
ORDER BY esco, target`;

const edge = (esco: number, target: string, confidence: number, tier: string, rank: number, row: string, kind = 'LATERAL'): Derived => ({
  esco: URI(esco),
  target,
  kind,
  typicalYears: 1,
  tier,
  rank,
  confidence,
  method: 'derived',
  sourceId: row,
  // The O*NET occupation whose move it is: the row's code.
  via: `onet:role:${row.split(':').at(-1)}`,
  asOf: '2020-11-23',
});

// ESCO 1 and 2 match 15-1252.00 (its one move in the fixtures: 15-1241.00; 99-9999.00 is not an
// occupation), ESCO 3 matches 15-1241.00 CLOSE at 0.25 (three moves; 15-1299.00 has no Job Zone).
const EXPECTED: Derived[] = [
  edge(1, '15-1241.00', 0.9, 'Primary-Short', 1, ROW(1, '15-1252.00')),
  edge(2, '15-1241.00', 0.9, 'Primary-Short', 1, ROW(2, '15-1252.00')),
  edge(3, '11-1021.00', 0.175, 'Primary-Long', 6, ROW(3, '15-1241.00')),
  edge(3, '15-1252.00', 0.225, 'Primary-Short', 1, ROW(3, '15-1241.00')),
  edge(3, '15-1299.00', 0.125, 'Supplemental', 11, ROW(3, '15-1241.00')),
];

let test: TestDatabase;
let scratch: string;
const derived = () => test.db.readRows<Derived>(DERIVED, { source: CROSSWALK_MATCHES_SOURCE });
const onetMoves = async () => {
  const [row] = await test.db.readRows<{ count: number }>('MATCH ()-[move:LEADS_TO {source: $source}]->() RETURN count(move) AS count', { source: ONET_SOURCE });
  return row.count;
};

/** A copy of a fixture folder with `change` applied to one of its files. */
async function variant(from: string, name: string, file: string, change: (text: string) => string): Promise<string> {
  const dir = join(scratch, name);
  await cp(from, dir, { recursive: true });
  await writeFile(join(dir, file), change(await readFile(join(dir, file), 'utf8')));
  return dir;
}

async function removeAll() {
  await removeOccupationCrosswalk(test.db);
  await removeImportedSource(test.db, ONET_SOURCE);
  await removeImportedSource(test.db, ESCO_SOURCE);
}

graphql(`
  fragment CrosswalkProgressionsStep on ProgressionStep {
    from { id } to { id } kind typicalYears confidence rationale
    provenance { source sourceTag sourceId asOf method confidence evidence }
  }
`);
graphql(`
  fragment CrosswalkProgressionsSkills on Progression { role { id } bridgingSkills { skill { id } weight status } sharedSkills { id } gap }
`);
const NEXT_ROLES = graphql(`
  query CrosswalkProgressionsNextRoles($slug: String!) { role(slug: $slug) { nextRoles { role { id } hops steps { ...CrosswalkProgressionsStep } } } }
`);
const SKILLS_ACROSS = graphql(`
  query CrosswalkProgressionsSkillsAcross($slug: String!, $onetSlug: String!) {
    esco: role(slug: $slug) { nextRoles { ...CrosswalkProgressionsSkills } }
    onet: role(slug: $onetSlug) { nextRoles { ...CrosswalkProgressionsSkills } }
  }
`);
const TWO_MOVES = graphql(`
  query CrosswalkProgressionsTwoMoves($slug: String!, $architects: String!, $to: String!) {
    esco: role(slug: $slug) { nextRoles(maxHops: 2) { role { id } hops steps { ...CrosswalkProgressionsStep } } }
    architects: role(slug: $architects) { previousRoles { role { id } steps { ...CrosswalkProgressionsStep } } }
    careerPaths(from: $slug, to: $to) {
      steps {
        from { id } to { id } kind typicalYears confidence rationale
        provenance { source sourceTag sourceId asOf method confidence evidence }
      }
    }
  }
`);
const PROGRESSIONS_BY_SOURCE = graphql(`
  query CrosswalkProgressionsBySource { graphStats { progressionsBySource { source sourceTag count } } }
`);

describe('ESCO progressions through the crosswalk (fixtures)', () => {
  beforeAll(async () => {
    test = openTestDatabase();
    scratch = await mkdtemp(join(tmpdir(), 'career-graph-crosswalk-progressions-'));
    await removeAll();
    await importOccupationCrosswalk(test.db, CROSSWALK_DIR);
    await importEsco(test.db, ESCO_DIR);
    await importOnet(test.db, ONET_DIR);
  });
  afterAll(async () => {
    await removeAll();
    expect(await nonCuratedNodeCount(test.db)).toBe(0);
    await test.close();
    await rm(scratch, { recursive: true, force: true });
  });

  it('gives each matched ESCO occupation the O*NET moves of its occupation, at move × match confidence', async () => {
    expect(await derived()).toEqual(EXPECTED);
    expect(await countCrosswalkProgressions(test.db)).toEqual({ progressions: 5, escoOccupations: 3 });
    // The O*NET moves themselves are untouched.
    expect(await onetMoves()).toBe(4);
  });

  it('says in words where each move comes from: the crosswalk row and match, the O*NET pair, tier and rank', async () => {
    const [move] = await test.db.readRows<{ rationale: string; evidence: string }>(
      `MATCH (:Role {sourceId: $esco})-[move:LEADS_TO {source: $source}]->(:Role {sourceId: '11-1021.00'})
       RETURN move.rationale AS rationale, move.evidence AS evidence`,
      { esco: URI(3), source: CROSSWALK_MATCHES_SOURCE },
    );
    expect(move.rationale).toBe(
      'As Computer Network Architects (O*NET 15-1241.00, CLOSE crosswalk match): O*NET related occupation (Primary-Long, rank 6); Job Zone 4 -> 4',
    );
    expect(move.evidence).toMatch(/^ESCO ICT system analyst -> O\*NET 15-1241\.00 Computer Network Architects: CLOSE match, confidence 0\.25 \(Nesta ESCO-O\*NET crosswalk \(Nov 2020\) row id 3 \(line 4\)/);
    expect(move.evidence).toContain('O*NET 29.3 Related Occupations: 15-1241.00 -> 11-1021.00 General and Operations Managers, Primary-Long rank 6, confidence 0.7.');
    expect(move.evidence).toContain('Confidence 0.7 x 0.25 = 0.175.');
    expect(move.evidence).not.toContain('Best of');
  });

  it('re-running the linking, the crosswalk import or the O*NET import changes nothing', async () => {
    const counters = await linkOccupationsAcrossSources(test.db);
    expect(counters).toMatchObject({ relationshipsCreated: 0, relationshipsDeleted: 0 });
    const crosswalk = await importOccupationCrosswalk(test.db, CROSSWALK_DIR);
    expect(crosswalk.summary).toMatchObject({ relationshipsCreated: 0, relationshipsDeleted: 0 });
    expect(crosswalk.summary.notes).toMatchObject({ 'LEADS_TO edges derived through the crosswalk': 5, 'ESCO occupations with derived LEADS_TO': 3 });
    const onet = await importOnet(test.db, ONET_DIR);
    expect(onet.summary).toMatchObject({ relationshipsCreated: 0, relationshipsDeleted: 0 });
    expect(await derived()).toEqual(EXPECTED);
  });

  describe('through the API', () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await openTestApi();
    });
    afterAll(async () => {
      await api.close();
    });

    it("an ESCO occupation's nextRoles are its O*NET occupation's moves, with the crosswalk's provenance", async () => {
      const data = await api.data(NEXT_ROLES, { slug: SLUG(3) });
      const next = data.role!.nextRoles;
      expect(next.map((entry) => entry.role.id).sort()).toEqual(['onet:role:11-1021.00', 'onet:role:15-1252.00', 'onet:role:15-1299.00']);
      const managers = next.find((entry) => entry.role.id === 'onet:role:11-1021.00')!;
      expect(managers.hops).toBe(1);
      expect(managers.steps[0]).toMatchObject({
        from: { id: `esco:role:${UUID(3)}` },
        kind: 'LATERAL',
        typicalYears: 1,
        confidence: 0.175,
        provenance: {
          source: 'ESCO_ONET_CROSSWALK',
          sourceTag: 'nesta-esco-onet-2020',
          sourceId: ROW(3, '15-1241.00'),
          asOf: '2020-11-23',
          method: 'DERIVED_FROM_DATASET',
          confidence: 0.175,
        },
      });
      expect(managers.steps[0]!.provenance.evidence).toContain('Primary-Long rank 6');
    });

    it("compares skills across a derived move on the O*NET occupation's profile: the same bridging skills as O*NET's own move", async () => {
      const data = await api.data(SKILLS_ACROSS, { slug: SLUG(3), onetSlug: 'onet-15-1241-00' });
      const viaEsco = data.esco!.nextRoles.find((entry) => entry.role.id === 'onet:role:11-1021.00')!;
      const viaOnet = data.onet!.nextRoles.find((entry) => entry.role.id === 'onet:role:11-1021.00')!;
      // ESCO 3 requires ESCO skills only; compared on them, every skill of the target would be missing and none shared.
      expect(viaOnet.sharedSkills.length).toBeGreaterThan(0);
      expect(viaEsco.sharedSkills).toEqual(viaOnet.sharedSkills);
      expect(viaEsco.bridgingSkills).toEqual(viaOnet.bridgingSkills);
      expect(viaEsco.gap).toBe(viaOnet.gap);
    });

    it('two moves on: the derived step, then the O*NET one; previousRoles and careerPaths see the ESCO occupations', async () => {
      const data = await api.data(TWO_MOVES, { slug: SLUG(1), architects: 'onet-15-1241-00', to: 'onet-11-1021-00' });
      const managers = data.esco!.nextRoles.find((entry) => entry.role.id === 'onet:role:11-1021.00');
      expect(managers?.hops).toBe(2);
      expect(managers?.steps.map((step) => step.provenance.source)).toEqual(['ESCO_ONET_CROSSWALK', 'ONET']);
      expect(managers?.steps.map((step) => step.confidence)).toEqual([0.9, 0.7]);
      const feeders = data.architects!.previousRoles.map((entry) => entry.role.id).sort();
      expect(feeders).toEqual(['esco:role:' + UUID(1), 'esco:role:' + UUID(2), 'onet:role:15-1252.00']);
      const viaEsco = data.architects!.previousRoles.find((entry) => entry.role.id === `esco:role:${UUID(2)}`)!;
      expect(viaEsco.steps[0]!.provenance).toMatchObject({ source: 'ESCO_ONET_CROSSWALK', method: 'DERIVED_FROM_DATASET', confidence: 0.9 });
      expect(viaEsco.steps[0]!.provenance.evidence).toMatch(/EXACT match, confidence 1/);
      expect(data.careerPaths[0]!.steps.map((step) => [step.to.id, step.provenance.source])).toEqual([
        ['onet:role:15-1241.00', 'ESCO_ONET_CROSSWALK'],
        ['onet:role:11-1021.00', 'ONET'],
      ]);
    });

    it('graphStats counts the derived moves under their own source', async () => {
      const data = await api.data(PROGRESSIONS_BY_SOURCE);
      expect(data.graphStats.progressionsBySource).toEqual(
        expect.arrayContaining([
          { source: 'ESCO_ONET_CROSSWALK', sourceTag: 'nesta-esco-onet-2020', count: 5 },
          { source: 'ONET', sourceTag: 'onet-29.3', count: 4 },
        ]),
      );
    });
  });

  it('several matches: one edge per target, the most confident route; a matched occupation is never a target', async () => {
    // ESCO 3 also matches 15-1252.00 (EXACT), and 15-1252.00 also leads to 11-1021.00 (Primary-Long, rank 2).
    const crosswalk = await variant(CROSSWALK_DIR, 'two-matches', NESTA_FILE, (text) =>
      `${text.trimEnd()}\n5,ICT system analyst,2511,15-1252.00,software developers,['systems analyst'],0.9,2.0,${URI(3)}\n`,
    );
    const onet = await variant(ONET_DIR, 'more-moves', 'Related Occupations.txt', (text) => text);
    await appendFile(join(onet, 'Related Occupations.txt'), '15-1252.00\tSoftware Developers\t11-1021.00\tGeneral and Operations Managers\tPrimary-Long\t2\n');
    await importOnet(test.db, onet);
    await importOccupationCrosswalk(test.db, crosswalk);
    const edges = await derived();
    // 15-1241.00 and 15-1252.00 lead to each other, but both are ESCO 3's own matches now: no edge to either.
    expect(edges.filter((row) => row.esco === URI(3))).toEqual([
      edge(3, '11-1021.00', 0.7, 'Primary-Long', 2, ROW(5, '15-1252.00')),
      edge(3, '15-1299.00', 0.125, 'Supplemental', 11, ROW(3, '15-1241.00')),
    ]);
    // ESCO 1 and 2 gain the new O*NET move too.
    expect(edges.filter((row) => row.esco !== URI(3)).map((row) => `${row.esco} ${row.target} ${row.confidence}`)).toEqual([
      `${URI(1)} 11-1021.00 0.7`,
      `${URI(1)} 15-1241.00 0.9`,
      `${URI(2)} 11-1021.00 0.7`,
      `${URI(2)} 15-1241.00 0.9`,
    ]);
    const [move] = await test.db.readRows<{ evidence: string }>(
      `MATCH (:Role {sourceId: $esco})-[move:LEADS_TO {source: $source}]->(:Role {sourceId: '11-1021.00'}) RETURN move.evidence AS evidence`,
      { esco: URI(3), source: CROSSWALK_MATCHES_SOURCE },
    );
    expect(move.evidence).toContain('Best of 2 crosswalk routes to this occupation.');
    expect(move.evidence).toContain('15-1252.00 -> 11-1021.00 General and Operations Managers, Primary-Long rank 2');
  });

  it('prunes and rewrites derived edges when O*NET moves or crosswalk rows go, and converges back', async () => {
    // The O*NET move 15-1252.00 -> 11-1021.00 goes: ESCO 1 and 2 lose 11-1021.00.
    await importOnet(test.db, ONET_DIR);
    expect((await derived()).filter((row) => row.target === '11-1021.00').map((row) => row.esco)).toEqual([URI(3)]);
    // Back to the fixture crosswalk: ESCO 3 matches 15-1241.00 only again, and its edges are rewritten from it.
    await importOccupationCrosswalk(test.db, CROSSWALK_DIR);
    expect(await derived()).toEqual(EXPECTED);
    // Row 3 disappears: ESCO 3 loses its SAME_OCCUPATION edge and every move derived from it.
    const withoutRow3 = await variant(CROSSWALK_DIR, 'without-row-3', NESTA_FILE, (text) =>
      text
        .split('\n')
        .filter((line) => !line.startsWith('3,'))
        .join('\n'),
    );
    const result = await importOccupationCrosswalk(test.db, withoutRow3);
    expect(result.summary.relationshipsDeleted).toBe(1 + 3);
    expect(await derived()).toEqual(EXPECTED.filter((row) => row.esco !== URI(3)));
    await importOccupationCrosswalk(test.db, CROSSWALK_DIR);
    expect(await derived()).toEqual(EXPECTED);
  });

  it('removing O*NET or ESCO takes the derived edges with the nodes; re-importing restores them', async () => {
    await removeImportedSource(test.db, ONET_SOURCE);
    expect(await derived()).toEqual([]);
    await importOnet(test.db, ONET_DIR);
    expect(await derived()).toEqual(EXPECTED);
    await removeImportedSource(test.db, ESCO_SOURCE);
    expect(await derived()).toEqual([]);
    await importEsco(test.db, ESCO_DIR);
    expect(await derived()).toEqual(EXPECTED);
  });

  it('remove crosswalks deletes the derived edges with the rows and SAME_OCCUPATION edges, and leaves the O*NET moves', async () => {
    const removed = await removeOccupationCrosswalk(test.db);
    expect(removed.relationshipsDeleted).toBe(3 + 5);
    expect(await derived()).toEqual([]);
    expect(await onetMoves()).toBe(4);
    // Linking again without rows derives nothing.
    await linkOccupationsAcrossSources(test.db);
    expect(await derived()).toEqual([]);
  });
});
