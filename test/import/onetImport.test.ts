/**
 * Imports the FULL O*NET 29.3 release from ../shared/datasets into the test Neo4j and checks the
 * graph against the files themselves (counted here independently of the importer), then removes
 * it again so other test files see only the curated seeds.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { ONET_SOURCE } from '../../src/graph/sources.js';
import { removeImportedSource, type ImportResult } from '../../src/import/importRun.js';
import { importOnet } from '../../src/import/onet/index.js';
import { readAll, type Row } from '../../src/import/tabular.js';
import { findUndocumented } from '../support/graphModelDoc.js';
import { graphql } from '../generated/index.js';
import { openTestApi } from '../support/testApi.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { countsOf, crosswalkCounts, missingProvenance, nonCuratedNodeCount, type SourceCounts } from './graphQueries.js';

const ONET_DIR = join(PROJECT_ROOT, '..', 'shared', 'datasets', 'onet', '29.3');
const IMPORT_TIMEOUT_MS = 20 * 60_000;

const table = (file: string) => readAll(join(ONET_DIR, file), { delimiter: '\t' });
const flagged = (row: Row) => row['Recommend Suppress'] === 'Y' || row['Not Relevant'] === 'Y';

const IMPORTED_ROLE = graphql(`
  query OnetImportRole($slug: String!) {
    role(slug: $slug) {
      title jobZone requiredSkills(first: 100) { skill { name } }
      nextRoles(maxHops: 1, first: 50) { hops role { provenance { sourceId } } }
    }
  }
`);
const ROLE_SEARCH = graphql(`
  query OnetImportSearch($text: String!) { search(text: $text, kinds: [ROLE], first: 5) { role { slug } sameOccupation { slug } } }
`);

let test: TestDatabase;
let first: ImportResult;
let counts: SourceCounts;

describe.runIf(existsSync(ONET_DIR))('O*NET 29.3 full import', () => {
  beforeAll(async () => {
    test = openTestDatabase();
    await removeImportedSource(test.db, ONET_SOURCE);
    first = await importOnet(test.db, ONET_DIR);
    counts = await countsOf(test.db, ONET_SOURCE);
    console.log(
      `[onet import] ${first.summary.seconds}s, ${first.summary.relationshipsCreated} relationships created ` +
        `(${first.summary.relationshipsPerWriteSecond}/s in write transactions)`,
    );
  }, IMPORT_TIMEOUT_MS);

  afterAll(async () => {
    await removeImportedSource(test.db, ONET_SOURCE);
    expect(await nonCuratedNodeCount(test.db)).toBe(0);
    await test.close();
  }, IMPORT_TIMEOUT_MS);

  it('matches docs/graph-model.md: every label, type, constraint and index it created is documented', async () => {
    expect(await findUndocumented(test.db)).toEqual({ labels: [], relationshipTypes: [], schemaNames: [] });
  });

  it('has one role per occupation, in its SOC major group', async () => {
    const occupations = await table('Occupation Data.txt');
    expect(occupations).toHaveLength(1016);
    expect(counts.nodes[':Role:OnetOccupation']).toBe(1016);
    expect(counts.relationships['IN_FAMILY Role->RoleFamily']).toBe(1016);
    expect(counts.nodes[':RoleFamily']).toBe(new Set(occupations.map((row) => row['O*NET-SOC Code'].slice(0, 2))).size);
    const [zones] = await test.db.readRows<{ withZone: number }>(
      'MATCH (r:OnetOccupation) WHERE r.jobZone IS NOT NULL RETURN count(r) AS withZone',
    );
    expect(zones.withZone).toBe((await table('Job Zones.txt')).length);
  });

  it('has a skill per rated element and per distinct technology product', async () => {
    const technology = await table('Technology Skills.txt');
    const kinds = await test.db.readRows<{ kind: string; count: number }>(
      'MATCH (s:Skill {source: $source}) RETURN s.kind AS kind, count(*) AS count ORDER BY kind',
      { source: ONET_SOURCE },
    );
    expect(kinds).toEqual([
      { kind: 'KNOWLEDGE', count: 33 },
      { kind: 'SKILL', count: 35 },
      { kind: 'TECHNOLOGY', count: new Set(technology.map((row) => row.Example)).size },
    ]);
    expect(counts.nodes[':SkillGroup']).toBe(new Set(technology.map((row) => row['Commodity Code'])).size);
  });

  it('has one REQUIRES per usable rating pair and per occupation x product', async () => {
    const pairs = new Set<string>();
    for (const file of ['Skills.txt', 'Knowledge.txt']) {
      for (const row of await table(file)) {
        if (row['Scale ID'] === 'IM' && !flagged(row)) pairs.add(`${row['O*NET-SOC Code']} ${row['Element ID']}`);
      }
    }
    const technology = new Set((await table('Technology Skills.txt')).map((row) => `${row['O*NET-SOC Code']} ${row.Example}`));
    expect(counts.relationships['REQUIRES Role->Skill']).toBe(pairs.size + technology.size);
    // 879 occupations are rated; 44 more have technology only; the rest have no requirements.
    const [rated] = await test.db.readRows<{ rated: number; any: number }>(
      `CALL () { MATCH (r:OnetOccupation) WHERE EXISTS { (r)-[:REQUIRES]->(:Skill {kind: 'SKILL'}) } RETURN count(r) AS rated }
       CALL () { MATCH (r:OnetOccupation) WHERE EXISTS { (r)-[:REQUIRES]->() } RETURN count(r) AS any }
       RETURN rated, any`,
    );
    expect(rated).toEqual({ rated: 879, any: 923 });
  });

  it("returns an occupation's related occupations as in the file, in rank order", async () => {
    const expected = (await table('Related Occupations.txt'))
      .filter((row) => row['O*NET-SOC Code'] === '15-1241.00')
      .map((row) => ({ code: row['Related O*NET-SOC Code'], tier: row['Relatedness Tier'], rank: Number(row.Index) }));
    expect(expected).toHaveLength(20);
    const related = await test.db.readRows<{ code: string; tier: string; rank: number }>(
      `MATCH (:Role {id: 'onet:role:15-1241.00'})-[l:LEADS_TO]->(t:Role)
       RETURN t.sourceId AS code, l.tier AS tier, l.rank AS rank ORDER BY l.rank`,
    );
    expect(related).toEqual(expected);
    expect(counts.relationships['LEADS_TO Role->Role']).toBe((await table('Related Occupations.txt')).length);
  });

  it('puts provenance on every node and edge', async () => {
    expect(await missingProvenance(test.db, ONET_SOURCE)).toEqual({ nodes: 0, relationships: 0 });
  });

  it('links curated roles that name O*NET codes', async () => {
    const crosswalks = await crosswalkCounts(test.db, ONET_SOURCE, 'onetCodes');
    expect(crosswalks.curatedRoles).toBeGreaterThan(0); // globalSetup always loads the curated seeds
    expect(crosswalks.present).toBe(crosswalks.expected);
  });

  it('serves imported occupations through the API: related occupations as nextRoles, ratings as requiredSkills', async () => {
    const api = await openTestApi();
    try {
      const expected = (await table('Related Occupations.txt'))
        .filter((row) => row['O*NET-SOC Code'] === '15-1241.00')
        .map((row) => row['Related O*NET-SOC Code']);
      const role = (await api.data(IMPORTED_ROLE, { slug: 'onet-15-1241-00' })).role!;
      expect(role.title).toBe('Computer Network Architects');
      expect(role.nextRoles.every((progression) => progression.hops === 1)).toBe(true);
      expect(role.nextRoles.map((progression) => progression.role.provenance.sourceId).sort()).toEqual([...expected].sort());
      expect(role.requiredSkills.length).toBeGreaterThan(0);
      // One hit per occupation: the curated network-architect role is crosswalked EXACT to 15-1241.00, so
      // the O*NET occupation is found inside that hit (sameOccupation), not as a hit of its own.
      const search = await api.data(ROLE_SEARCH, { text: 'network architects' });
      expect(search.search.flatMap((hit) => [hit.role?.slug, ...hit.sameOccupation.map((role) => role.slug)])).toContain('onet-15-1241-00');
    } finally {
      await api.close();
    }
  });

  it(
    'gives identical counts when re-run',
    async () => {
      const again = await importOnet(test.db, ONET_DIR);
      console.log(`[onet re-import] ${again.summary.seconds}s`);
      expect(again.summary).toMatchObject({ nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 });
      expect(again.summary.skipped).toEqual(first.summary.skipped);
      expect(await countsOf(test.db, ONET_SOURCE)).toEqual(counts);
    },
    IMPORT_TIMEOUT_MS,
  );
});
