/**
 * The importers' Cypher against the real test Neo4j, on the hand-written fixtures: exact node and
 * edge counts, provenance, idempotent re-runs, pruning of stale edges, recovery from a partial
 * (interrupted) import, and a clean removal that leaves the curated seeds as they were.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { ESCO_SOURCE, ONET_SOURCE } from '../../src/graph/sources.js';
import { importEsco } from '../../src/import/esco/index.js';
import { removeImportedSource } from '../../src/import/importRun.js';
import { importOnet } from '../../src/import/onet/index.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { countsOf, crosswalkCounts, missingProvenance, nonCuratedNodeCount, skillMatchCount, skillNameCount } from './graphQueries.js';

const ONET_FIXTURES = join(PROJECT_ROOT, 'test', 'fixtures', 'onet');
const ESCO_FIXTURES = join(PROJECT_ROOT, 'test', 'fixtures', 'esco');

let test: TestDatabase;
let skillNamesBefore: number;

beforeAll(async () => {
  test = openTestDatabase();
  await removeImportedSource(test.db, ONET_SOURCE);
  await removeImportedSource(test.db, ESCO_SOURCE);
  skillNamesBefore = await skillNameCount(test.db);
});

afterAll(async () => {
  await removeImportedSource(test.db, ONET_SOURCE);
  await removeImportedSource(test.db, ESCO_SOURCE);
  await test.close();
});

describe('O*NET import (fixtures)', () => {
  it('writes the documented nodes and edges with provenance', async () => {
    const { summary } = await importOnet(test.db, ONET_FIXTURES);
    expect(await countsOf(test.db, ONET_SOURCE)).toEqual({
      nodes: { ':Role:OnetOccupation': 4, ':RoleFamily': 2, ':Skill': 9, ':SkillGroup': 2 },
      relationships: {
        'IN_FAMILY Role->RoleFamily': 4,
        'IN_GROUP Skill->SkillGroup': 7,
        'KNOWN_AS Skill->SkillName': 9,
        'LEADS_TO Role->Role': 4,
        'REQUIRES Role->Skill': 13,
      },
    });
    // 37 edges of its own, plus the curated CROSSWALK links to these occupations, if seeds name them,
    // and the curated skills' MATCHES links to these skills (python -> Python, ...).
    const crosswalks = await crosswalkCounts(test.db, ONET_SOURCE, 'onetCodes');
    expect(crosswalks.present).toBe(crosswalks.expected);
    const skillMatches = await skillMatchCount(test.db, ONET_SOURCE);
    expect(skillMatches).toBeGreaterThan(0);
    expect(summary.relationshipsCreated).toBe(37 + crosswalks.present + skillMatches);
    expect(await missingProvenance(test.db, ONET_SOURCE)).toEqual({ nodes: 0, relationships: 0 });

    const [role] = await test.db.readRows<Record<string, unknown>>(
      "MATCH (r:Role {id: 'onet:role:15-1241.00'}) RETURN r.slug AS slug, r.jobZone AS jobZone, r.asOf AS asOf, r.typicalEducation AS education, r.alternateTitlesText AS alternates",
    );
    expect(role).toEqual({ slug: 'onet-15-1241-00', jobZone: 4, asOf: '2025-05-01', education: "Bachelor's Degree", alternates: 'Network Architect | Network Engineer' });

    const requirements = await test.db.readRows<Record<string, unknown>>(
      `MATCH (:Role {id: 'onet:role:11-1021.00'})-[q:REQUIRES]->(s:Skill)
       RETURN s.name AS skill, q.importance AS importance, q.level AS level, q.levelRaw AS levelRaw, q.essential AS essential,
              q.importanceScale AS scale ORDER BY skill`,
    );
    expect(requirements).toEqual([
      { skill: 'Programming', importance: 0.0625, level: null, levelRaw: null, essential: false, scale: 'IM 1-5' },
      { skill: 'Reading Comprehension', importance: 0.72, level: 0.5714, levelRaw: 4, essential: true, scale: 'IM 1-5' },
    ]);
    const [python] = await test.db.readRows<Record<string, unknown>>(
      `MATCH (:Role {id: 'onet:role:15-1252.00'})-[q:REQUIRES]->(s:Skill {id: 'onet:tech:python'})
       RETURN q.importance AS importance, q.hotTechnology AS hot, q.inDemand AS inDemand, q.essential AS essential, s.kind AS kind`,
    );
    expect(python).toEqual({ importance: 0.85, hot: true, inDemand: true, essential: true, kind: 'TECHNOLOGY' });
  });

  it('changes nothing when re-run', async () => {
    const before = await countsOf(test.db, ONET_SOURCE);
    const { summary } = await importOnet(test.db, ONET_FIXTURES);
    expect(summary).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0, relationshipsDeleted: 0, nodesDeleted: 0 });
    expect(await countsOf(test.db, ONET_SOURCE)).toEqual(before);
  });

  it('prunes edges the files no longer contain, and completes a partial import', async () => {
    const before = await countsOf(test.db, ONET_SOURCE);
    // A stale requirement and progression, as left by an older release...
    await test.db.writeRows(
      `MATCH (r:Role {id: 'onet:role:15-1299.00'}), (s:Skill {id: 'onet:tech:git'}), (t:Role {id: 'onet:role:11-1021.00'})
       CREATE (r)-[:REQUIRES {source: $source, importance: 1.0}]->(s), (r)-[:LEADS_TO {source: $source, kind: 'PIVOT'}]->(t)`,
      { source: ONET_SOURCE },
    );
    // ...and a batch that never committed (an interrupted run): one role's requirements missing.
    await test.db.writeRows("MATCH (:Role {id: 'onet:role:15-1241.00'})-[q:REQUIRES]->() DELETE q");
    const { summary } = await importOnet(test.db, ONET_FIXTURES);
    expect(summary.relationshipsDeleted).toBe(2);
    expect(summary.relationshipsCreated).toBe(5);
    expect(await countsOf(test.db, ONET_SOURCE)).toEqual(before);
  });

  it('records each run', async () => {
    const runs = await test.db.readRows<{ status: string; rowsRead: number }>(
      'MATCH (run:ImportRun {source: $source}) RETURN run.status AS status, run.rowsRead AS rowsRead ORDER BY run.startedAt',
      { source: ONET_SOURCE },
    );
    expect(runs).toEqual([
      { status: 'SUCCEEDED', rowsRead: 57 },
      { status: 'SUCCEEDED', rowsRead: 57 },
      { status: 'SUCCEEDED', rowsRead: 57 },
    ]);
  });
});

describe('ESCO import (fixtures)', () => {
  it('writes the documented nodes and edges, skipping dangling rows', async () => {
    const { summary } = await importEsco(test.db, ESCO_FIXTURES);
    expect(await countsOf(test.db, ESCO_SOURCE)).toEqual({
      nodes: { ':Role:EscoOccupation': 3, ':RoleFamily': 5, ':Skill': 4, ':SkillGroup': 3 },
      relationships: {
        'BROADER Role->Role': 1,
        'BROADER RoleFamily->RoleFamily': 4,
        'BROADER Skill->Skill': 1,
        'BROADER Skill->SkillGroup': 2,
        'BROADER SkillGroup->SkillGroup': 1,
        'IN_FAMILY Role->RoleFamily': 3,
        'KNOWN_AS Skill->SkillName': 9,
        'RELATED_SKILL Skill->Skill': 2,
        'REQUIRES Role->Skill': 6,
      },
    });
    expect(summary.skipped['occupationSkillRelations.csv: occupation not in occupations_en.csv']).toBe(1);
    expect(await missingProvenance(test.db, ESCO_SOURCE)).toEqual({ nodes: 0, relationships: 0 });
    const requirements = await test.db.readRows<Record<string, unknown>>(
      `MATCH (:Role {sourceId: 'http://data.europa.eu/esco/occupation/00000000-0000-4000-8000-000000000001'})-[q:REQUIRES]->(s)
       RETURN s.name AS skill, q.importance AS importance, q.level AS level, q.essential AS essential, q.importanceScale AS scale
       ORDER BY skill`,
    );
    expect(requirements).toEqual([
      { skill: 'Python (computer programming)', importance: 0.75, level: 0.5, essential: true, scale: 'ESCO essential/optional' },
      { skill: 'develop software prototype', importance: 0.75, level: 0.5, essential: true, scale: 'ESCO essential/optional' },
      { skill: 'use software design patterns', importance: 0.5, level: 0.5, essential: false, scale: 'ESCO essential/optional' },
    ]);
  });

  it('shares SkillName lookup nodes across sources', async () => {
    const [row] = await test.db.readRows<{ sources: string[] }>(
      "MATCH (:SkillName {key: 'python'})<-[k:KNOWN_AS]-(s:Skill) RETURN collect(DISTINCT s.source) AS sources",
    );
    expect(row.sources).toEqual(expect.arrayContaining([ONET_SOURCE, ESCO_SOURCE]));
  });

  it('changes nothing when re-run', async () => {
    const before = await countsOf(test.db, ESCO_SOURCE);
    const { summary } = await importEsco(test.db, ESCO_FIXTURES);
    expect(summary).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0, relationshipsDeleted: 0 });
    expect(await countsOf(test.db, ESCO_SOURCE)).toEqual(before);
  });
});

describe('removeImportedSource', () => {
  it('removes one source and leaves the other and the curated seeds', async () => {
    const esco = await countsOf(test.db, ESCO_SOURCE);
    await removeImportedSource(test.db, ONET_SOURCE);
    expect(await countsOf(test.db, ONET_SOURCE)).toEqual({ nodes: {}, relationships: {} });
    expect(await countsOf(test.db, ESCO_SOURCE)).toEqual(esco);
    await removeImportedSource(test.db, ESCO_SOURCE);
    expect(await nonCuratedNodeCount(test.db)).toBe(0);
    expect(await skillNameCount(test.db)).toBe(skillNamesBefore);
  });
});
