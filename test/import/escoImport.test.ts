/**
 * Imports the FULL ESCO v1.1.1 release from ../shared/datasets into the test Neo4j and checks the
 * graph against the files themselves, then removes it again so other test files see only the
 * curated seeds.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { skillNameKeys } from '../../src/graph/skillNameKey.js';
import { ESCO_SOURCE } from '../../src/graph/sources.js';
import { importEsco } from '../../src/import/esco/index.js';
import { removeImportedSource, type ImportResult } from '../../src/import/importRun.js';
import { readAll, splitLines } from '../../src/import/tabular.js';
import { findUndocumented } from '../support/graphModelDoc.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { countsOf, crosswalkCounts, missingProvenance, nonCuratedNodeCount, type SourceCounts } from './graphQueries.js';

const ESCO_DIR = join(PROJECT_ROOT, '..', 'shared', 'datasets', 'esco', 'v1.1.1');
const IMPORT_TIMEOUT_MS = 20 * 60_000;

const classification = (file: string) => readAll(join(ESCO_DIR, 'classification', 'en', file), { delimiter: ',' });
const relations = (file: string) => readAll(join(ESCO_DIR, 'relations', file), { delimiter: ',' });

let test: TestDatabase;
let first: ImportResult;
let counts: SourceCounts;

describe.runIf(existsSync(ESCO_DIR))('ESCO v1.1.1 full import', () => {
  beforeAll(async () => {
    test = openTestDatabase();
    await removeImportedSource(test.db, ESCO_SOURCE);
    first = await importEsco(test.db, ESCO_DIR);
    counts = await countsOf(test.db, ESCO_SOURCE);
    console.log(
      `[esco import] ${first.summary.seconds}s, ${first.summary.relationshipsCreated} relationships created ` +
        `(${first.summary.relationshipsPerWriteSecond}/s in write transactions)`,
    );
  }, IMPORT_TIMEOUT_MS);

  afterAll(async () => {
    await removeImportedSource(test.db, ESCO_SOURCE);
    expect(await nonCuratedNodeCount(test.db)).toBe(0);
    await test.close();
  }, IMPORT_TIMEOUT_MS);

  it('matches docs/graph-model.md: every label, type, constraint and index it created is documented', async () => {
    expect(await findUndocumented(test.db)).toEqual({ labels: [], relationshipTypes: [], schemaNames: [] });
  });

  it('has every occupation, skill, ISCO group and skill group', async () => {
    expect(counts.nodes[':Role:EscoOccupation']).toBe(3007);
    expect(counts.nodes[':Skill']).toBe(13896);
    expect(counts.nodes[':RoleFamily']).toBe((await classification('ISCOGroups_en.csv')).length);
    expect(counts.nodes[':SkillGroup']).toBe((await classification('skillGroups_en.csv')).length);
    expect(counts.relationships['IN_FAMILY Role->RoleFamily']).toBe(3007);
    const kinds = await test.db.readRows<{ kind: string; count: number }>(
      'MATCH (s:Skill {source: $source}) RETURN s.kind AS kind, count(*) AS count ORDER BY kind',
      { source: ESCO_SOURCE },
    );
    // 3,059 knowledge; 10,831 skill/competence plus the 6 with an empty skillType.
    expect(kinds).toEqual([
      { kind: 'KNOWLEDGE', count: 3059 },
      { kind: 'SKILL', count: 10837 },
    ]);
    expect(first.summary.notes['skills_en.csv: empty skillType (imported as SKILL)']).toBe(6);
  });

  it('has every occupation-skill relation except the 67 dangling ones', async () => {
    const rows = await relations('occupationSkillRelations.csv');
    expect(rows).toHaveLength(123855);
    expect(first.summary.skipped['occupationSkillRelations.csv: occupation not in occupations_en.csv']).toBe(67);
    expect(counts.relationships['REQUIRES Role->Skill']).toBe(123855 - 67);
    const [essential] = await test.db.readRows<{ essential: number }>(
      'MATCH (:EscoOccupation)-[q:REQUIRES {essential: true}]->() RETURN count(q) AS essential',
    );
    const danglingEssential = rows.filter(
      (row) => row.relationType === 'essential' && row.occupationUri.endsWith('a9e54177-a185-404d-b6e6-15663d31137e'),
    ).length;
    expect(essential.essential).toBe(64946 - danglingEssential);
  });

  it('has the skill-skill relations, hierarchies and name lookups', async () => {
    expect(counts.relationships['RELATED_SKILL Skill->Skill']).toBe((await relations('skillSkillRelations.csv')).length);
    const skillBroader = await relations('broaderRelationsSkillPillar.csv');
    const skipped = Object.entries(first.summary.skipped)
      .filter(([reason]) => reason.startsWith('broaderRelationsSkillPillar.csv'))
      .reduce((sum, [, rows]) => sum + rows, 0);
    expect(skipped).toBe(7);
    expect(
      counts.relationships['BROADER Skill->Skill'] + counts.relationships['BROADER Skill->SkillGroup'] + counts.relationships['BROADER SkillGroup->SkillGroup'],
    ).toBe(skillBroader.length - skipped);
    const occupationBroader = await relations('broaderRelationsOccPillar.csv');
    const count = (from: string, to: string) => occupationBroader.filter((row) => row.conceptType === from && row.broaderType === to).length;
    expect(counts.relationships['BROADER RoleFamily->RoleFamily']).toBe(count('ISCOGroup', 'ISCOGroup'));
    // One Occupation -> Occupation row names the occupation missing from occupations_en.csv.
    expect(counts.relationships['BROADER Role->Role']).toBe(count('Occupation', 'Occupation') - first.summary.skipped['broaderRelationsOccPillar.csv: concept not in the classification files']);
    const keys = (await classification('skills_en.csv')).reduce(
      (sum, row) => sum + skillNameKeys(row.preferredLabel, splitLines(row.altLabels)).length,
      0,
    );
    expect(counts.relationships['KNOWN_AS Skill->SkillName']).toBe(keys);
  });

  it('puts provenance on every node and edge', async () => {
    expect(await missingProvenance(test.db, ESCO_SOURCE)).toEqual({ nodes: 0, relationships: 0 });
  });

  it('links curated roles that name ESCO occupations', async () => {
    const crosswalks = await crosswalkCounts(test.db, ESCO_SOURCE, 'escoUris');
    expect(crosswalks.curatedRoles).toBeGreaterThan(0); // globalSetup always loads the curated seeds
    expect(crosswalks.present).toBe(crosswalks.expected);
  });

  it(
    'gives identical counts when re-run',
    async () => {
      const again = await importEsco(test.db, ESCO_DIR);
      console.log(`[esco re-import] ${again.summary.seconds}s`);
      expect(again.summary).toMatchObject({ nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 });
      expect(again.summary.skipped).toEqual(first.summary.skipped);
      expect(await countsOf(test.db, ESCO_SOURCE)).toEqual(counts);
    },
    IMPORT_TIMEOUT_MS,
  );
});
