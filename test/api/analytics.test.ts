/**
 * Analytics against the real Neo4j and the curated seeds: graphStats equals direct Cypher counts,
 * centrality and bridge skills give known answers and agree with independent Cypher, the
 * per-process cache is reused until a curation write changes the graph, and every root field runs
 * a bounded number of statements.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESPONSE_CACHE_OFF } from '../../src/responseCache/responseCache.js';
import { generateApiKey, parseApiKeys } from '../../src/auth/apiKeys.js';
import { graphql } from '../generated/index.js';
import type { AnalyticsCentralityQueryVariables, AnalyticsGraphStatsQuery } from '../generated/graphql.js';
import { openTestApi, type TestApi } from '../support/testApi.js';

const editorKey = generateApiKey('analytics-test-editor', 'editor');
const asEditor = { authorization: `Bearer ${editorKey.token}` };
const prefix = `test-analytics-${randomBytes(4).toString('hex')}`;

let api: TestApi;

beforeAll(async () => {
  // The response cache is off here: these tests count the statements of the analytics cache below it,
  // which a whole-response hit would skip (test/api/responseCache.test.ts covers that layer).
  api = await openTestApi('test', { auth: { apiKeys: parseApiKeys(editorKey.entry), allowAnonymousReads: true }, responseCache: RESPONSE_CACHE_OFF });
});

afterAll(async () => {
  await api.database.db.writeRows('MATCH (role:Role) WHERE role.slug STARTS WITH $prefix DETACH DELETE role', { prefix });
  await api.database.db.writeRows('MATCH (n) WHERE (n:AuditEntry OR n:CuratedEdit) AND n.entity CONTAINS $prefix DELETE n', { prefix });
  await api.close();
});

const one = async <T>(cypher: string, params: Record<string, unknown> = {}) => (await api.database.db.readRows<T>(cypher, params))[0];
type Stats = AnalyticsGraphStatsQuery['graphStats'];
type Counted = Stats['rolesBySource'][number] | Stats['skillsBySource'][number] | Stats['skillsByKind'][number] | Stats['progressionsByKind'][number] | Stats['relationships'][number];
const keyOf = (entry: Counted): string => ('sourceTag' in entry ? entry.sourceTag : 'kind' in entry ? entry.kind : entry.type);
const asMap = (entries: readonly Counted[]) => Object.fromEntries(entries.map((entry) => [keyOf(entry), entry.count]));

describe('graphStats', () => {
  const QUERY = graphql(`
    query AnalyticsGraphStats { graphStats {
      roles skills families skillNames learningResources requirements progressions rolesWithoutSkills rolesWithoutProgressions
      averageSkillsPerRole averageSkillsPerRoleWithSkills
      rolesBySource { source sourceTag count } skillsBySource { sourceTag count } familiesBySource { sourceTag count }
      requirementsBySource { sourceTag count } progressionsBySource { sourceTag count }
      skillsByKind { kind count } progressionsByKind { kind count } relationships { type count }
      curation { revision lastChangeAt lastChangeBy }
    } }
  `);

  it('equals direct Cypher counts, in one statement', async () => {
    const result = await api.execute(QUERY);
    expect(result.errors).toBeUndefined();
    expect(result.statements).toBe(1);
    const stats = result.data!.graphStats;

    const expected = await one<Record<string, number>>(`
      CALL () { MATCH (n:Role) RETURN count(*) AS roles }
      CALL () { MATCH (n:Skill) RETURN count(*) AS skills }
      CALL () { MATCH (n:RoleFamily) RETURN count(*) AS families }
      CALL () { MATCH (n:SkillName) RETURN count(*) AS skillNames }
      CALL () { MATCH (n:LearningResource) RETURN count(*) AS learningResources }
      CALL () { MATCH ()-[r:REQUIRES]->() RETURN count(*) AS requirements }
      CALL () { MATCH ()-[r:LEADS_TO]->() RETURN count(*) AS progressions }
      CALL () { MATCH (n:Role) WHERE NOT (n)-[:REQUIRES]->() RETURN count(*) AS rolesWithoutSkills }
      CALL () { MATCH (n:Role) WHERE NOT (n)-[:LEADS_TO]-() RETURN count(*) AS rolesWithoutProgressions }
      RETURN *`);
    expect(stats).toMatchObject(expected);
    expect(expected.roles).toBeGreaterThan(50); // the curated seeds are loaded
    expect(stats.averageSkillsPerRole).toBeCloseTo(expected.requirements / expected.roles, 9);
    expect(stats.averageSkillsPerRoleWithSkills).toBeCloseTo(expected.requirements / (expected.roles - expected.rolesWithoutSkills), 9);

    const grouped = async (cypher: string) =>
      Object.fromEntries((await api.database.db.readRows<{ key: string; count: number }>(cypher)).map((row) => [row.key, row.count]));
    expect(asMap(stats.rolesBySource)).toEqual(await grouped('MATCH (n:Role) RETURN n.source AS key, count(*) AS count'));
    expect(asMap(stats.skillsBySource)).toEqual(await grouped('MATCH (n:Skill) RETURN n.source AS key, count(*) AS count'));
    expect(asMap(stats.familiesBySource)).toEqual(await grouped('MATCH (n:RoleFamily) RETURN n.source AS key, count(*) AS count'));
    expect(asMap(stats.requirementsBySource)).toEqual(await grouped('MATCH ()-[r:REQUIRES]->() RETURN r.source AS key, count(*) AS count'));
    expect(asMap(stats.progressionsBySource)).toEqual(await grouped('MATCH ()-[r:LEADS_TO]->() RETURN r.source AS key, count(*) AS count'));
    expect(asMap(stats.skillsByKind)).toEqual(await grouped('MATCH (n:Skill) RETURN n.kind AS key, count(*) AS count'));
    expect(asMap(stats.progressionsByKind)).toEqual(await grouped('MATCH ()-[r:LEADS_TO]->() RETURN r.kind AS key, count(*) AS count'));
    expect(stats.rolesBySource.find((entry) => entry.sourceTag === 'curated')?.source).toBe('CURATED');

    const relationships = asMap(stats.relationships);
    const byType = await grouped('MATCH ()-[r]->() RETURN type(r) AS key, count(*) AS count');
    for (const [type, count] of Object.entries(relationships)) expect(count, type).toBe(byType[type] ?? 0);
    expect(Object.keys(relationships)).toEqual(expect.arrayContaining(['REQUIRES', 'LEADS_TO', 'IN_FAMILY', 'KNOWN_AS']));
  });
});

describe('roleCentrality', () => {
  const QUERY = graphql(`
    query AnalyticsCentrality($measure: CentralityMeasure, $first: Int, $source: Source) {
      roleCentrality(measure: $measure, first: $first, source: $source) { rank role { slug } score inDegree outDegree }
    }
  `);
  const centrality = async (variables: AnalyticsCentralityQueryVariables) => {
    const result = await api.execute(QUERY, variables);
    expect(result.errors).toBeUndefined();
    return { entries: result.data!.roleCentrality, statements: result.statements };
  };
  /** Distinct LEADS_TO neighbours, as the measure defines degree. */
  const degrees = (slug: string) =>
    one<{ inDegree: number; outDegree: number }>(
      `MATCH (role:Role {slug: $slug})
       RETURN COUNT { MATCH (other)-[:LEADS_TO]->(role) WHERE other <> role RETURN DISTINCT other } AS inDegree,
              COUNT { MATCH (role)-[:LEADS_TO]->(other) WHERE other <> role RETURN DISTINCT other } AS outDegree`,
      { slug },
    );

  it('ranks by DEGREE with degrees equal to Cypher; chief-architect has in-degree >= 2', async () => {
    const { entries } = await centrality({ measure: 'DEGREE', first: 100 });
    expect(entries.length).toBeGreaterThan(20);
    expect(entries.map((entry) => entry.rank)).toEqual(entries.map((_, index) => index + 1));
    for (const entry of entries.slice(0, 5)) {
      expect(entry.score).toBe(entry.inDegree + entry.outDegree);
      expect(await degrees(entry.role.slug)).toEqual({ inDegree: entry.inDegree, outDegree: entry.outDegree });
    }
    const chief = entries.find((entry) => entry.role.slug === 'chief-architect');
    expect(chief?.inDegree).toBeGreaterThanOrEqual(2);
    expect(chief).toMatchObject(await degrees('chief-architect'));
    const scores = entries.map((entry) => entry.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('ranks by IN_DEGREE: the first role has the largest in-degree in the graph', async () => {
    const { entries } = await centrality({ measure: 'IN_DEGREE', first: 3 });
    const top = await one<{ maxIn: number }>(
      `MATCH (role:Role) RETURN max(COUNT { MATCH (other)-[:LEADS_TO]->(role) WHERE other <> role RETURN DISTINCT other }) AS maxIn`,
    );
    expect(entries).toHaveLength(3);
    expect(entries[0].inDegree).toBe(top.maxIn);
    expect(entries[0].score).toBe(top.maxIn);
  });

  it('ranks by BETWEENNESS: mid-ladder roles carry paths, entry roles and pure sinks do not', async () => {
    const { entries } = await centrality({ measure: 'BETWEENNESS', first: 100 });
    const score = (slug: string) => entries.find((entry) => entry.role.slug === slug)?.score ?? 0;
    for (const entry of entries) expect(entry.score).toBeGreaterThanOrEqual(0);
    expect(entries[0].score).toBeLessThanOrEqual(1);
    // software-engineer lies on junior-software-engineer -> senior-software-engineer (and beyond).
    expect(score('software-engineer')).toBeGreaterThan(0);
    expect(score('cloud-architect')).toBeGreaterThan(0);
    const entryRole = await one<{ slugs: string[] }>(
      `MATCH (role:Role) WHERE NOT ()-[:LEADS_TO]->(role) AND (role)-[:LEADS_TO]->() RETURN collect(role.slug) AS slugs`,
    );
    for (const slug of entryRole.slugs) expect(score(slug), slug).toBe(0);
  });

  it('ranks by PAGERANK: scores are positive and the top 100 sum to at most 1', async () => {
    const { entries } = await centrality({ measure: 'PAGERANK', first: 100 });
    const total = entries.reduce((sum, entry) => sum + entry.score, 0);
    expect(total).toBeLessThanOrEqual(1 + 1e-9);
    for (const entry of entries) expect(entry.score).toBeGreaterThan(0);
    // Leadership roles are where ladders end: the top ten include chief-architect or a VP/C-level role.
    expect(entries.slice(0, 10).some((entry) => /chief|vp-|cto|head-of|director/.test(entry.role.slug))).toBe(true);
  });

  it('restricted to CURATED equals the whole graph when only curated progressions exist', async () => {
    const sources = await one<{ tags: string[] }>('MATCH ()-[r:LEADS_TO]->() RETURN collect(DISTINCT r.source) AS tags');
    expect(sources.tags).toEqual(['curated']);
    expect((await centrality({ measure: 'DEGREE', first: 10, source: 'CURATED' })).entries).toEqual(
      (await centrality({ measure: 'DEGREE', first: 10 })).entries,
    );
    expect((await centrality({ measure: 'DEGREE', first: 10, source: 'ONET' })).entries).toEqual([]);
  });

  it('is cached per process until a curation write changes the graph (2 statements cached, 3 after a change)', async () => {
    await centrality({ measure: 'OUT_DEGREE', first: 5 });
    const cached = await centrality({ measure: 'OUT_DEGREE', first: 5 });
    expect(cached.statements).toBe(2); // fingerprint + roles

    const newcomer = `${prefix}-hub`;
    await api.data(
      `mutation ($input: RoleInput!) { upsertRole(input: $input) { slug } }`,
      { input: { slug: newcomer, title: 'Analytics Test Hub', summary: 'Leads everywhere.' } },
      asEditor,
    );
    const targets = ['chief-architect', 'cloud-architect', 'software-engineer', 'data-engineer', 'ml-engineer', 'staff-software-engineer'];
    for (const to of targets) {
      await api.data(
        `mutation ($from: String!, $to: String!) { linkProgression(from: $from, to: $to, kind: LATERAL, typicalYears: 1, rationale: "test") { kind } }`,
        { from: newcomer, to },
        asEditor,
      );
    }
    const recomputed = await centrality({ measure: 'OUT_DEGREE', first: 100 });
    expect(recomputed.statements).toBe(3); // fingerprint + edges + roles
    expect(recomputed.entries.find((entry) => entry.role.slug === newcomer)).toMatchObject({ outDegree: targets.length, inDegree: 0 });
    expect(await degrees(newcomer)).toEqual({ outDegree: targets.length, inDegree: 0 });

    // Reverse one edge: the LEADS_TO total is unchanged, the curation revision is not.
    await api.data(`mutation ($from: String!) { unlinkProgression(from: $from, to: "chief-architect") }`, { from: newcomer }, asEditor);
    await api.data(
      `mutation ($to: String!) { linkProgression(from: "chief-architect", to: $to, kind: LATERAL, typicalYears: 1, rationale: "test") { kind } }`,
      { to: newcomer },
      asEditor,
    );
    const afterSwap = await centrality({ measure: 'OUT_DEGREE', first: 100 });
    expect(afterSwap.statements).toBe(3);
    expect(afterSwap.entries.find((entry) => entry.role.slug === newcomer)).toMatchObject({ outDegree: targets.length - 1, inDegree: 1 });
  });

  it('refuses first over the cap before any Cypher', async () => {
    const result = await api.execute(QUERY, { first: 101 });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.statements).toBe(0);
  });
});

describe('bridgeSkills', () => {
  const QUERY = graphql(`
    query AnalyticsBridgeSkills($first: Int, $source: Source, $orderBy: BridgeSkillOrder) {
      bridgeSkills(first: $first, source: $source, orderBy: $orderBy) {
        skill { id slug } progressions missingInSource totalWeight averageGap
      }
    }
  `);

  /**
   * The definition, in Cypher, independent of the TypeScript: edges whose target requires the skill
   * and whose source lacks it or requires it at a lower level (levels default to 0.5), both ends
   * having requirements.
   */
  /**
   * bridgingSkills per edge written independently in Cypher, gap credit included (docs/scoring.md
   * "Gap credit"): a source lacking the skill is credited by the best of its own skills linked to it
   * (same name or MATCHES EXACT 1, CLOSE 0.75, narrower 0.5 per BROADER hop up to 2, related 0.2).
   */
  const bridgedInCypher = (skillId: string) =>
    one<{ progressions: number; missing: number; weight: number }>(
      `MATCH (a:Role)-[:LEADS_TO]->(b:Role)-[need:REQUIRES]->(skill:Skill {id: $skillId})
       WHERE a <> b AND EXISTS { (a)-[:REQUIRES]->() }
       OPTIONAL MATCH (a)-[held:REQUIRES]->(skill)
       CALL (a, skill, held) {
         WITH a, skill, held WHERE held IS NULL
         MATCH (a)-[own:REQUIRES]->(other:Skill)
         RETURN max(coalesce(own.level, 0.5) * CASE
           WHEN EXISTS { (other)-[:KNOWN_AS]->(:SkillName)<-[:KNOWN_AS]-(skill) } OR EXISTS { (other)-[:MATCHES {matchType: 'EXACT'}]-(skill) } THEN 1.0
           WHEN EXISTS { (other)-[:MATCHES {matchType: 'CLOSE'}]-(skill) } THEN 0.75
           WHEN EXISTS { (other)-[:BROADER]->(skill) } OR EXISTS { (other)-[:MATCHES {matchType: 'BROADER'}]->(skill) }
             OR EXISTS { (skill)-[:MATCHES {matchType: 'NARROWER'}]->(other) } THEN 0.5
           WHEN EXISTS { (other)-[:BROADER]->(:Skill)-[:BROADER]->(skill) } THEN 0.25
           WHEN EXISTS { (other)-[:RELATED_SKILL]-(skill) } THEN 0.2
           ELSE 0.0 END) AS credit
       }
       WITH need, held, coalesce(need.level, 0.5) AS required, coalesce(credit, 0.0) AS credit
       WITH need, required, CASE WHEN held IS NOT NULL THEN coalesce(held.level, 0.5)
                                 WHEN credit < required THEN credit ELSE required END AS current
       WHERE required - current > 1e-6
       RETURN count(*) AS progressions, count(CASE WHEN current <= 1e-6 THEN 1 END) AS missing,
              sum(need.importance * (required - current)) AS weight`,
      { skillId },
    );

  it('ranks skills by the progressions they bridge; the counts match the definition computed in Cypher', async () => {
    const result = await api.execute(QUERY, { first: 10 });
    expect(result.errors).toBeUndefined();
    expect(result.statements).toBeLessThanOrEqual(3);
    const entries = result.data!.bridgeSkills;
    expect(entries).toHaveLength(10);
    const counts = entries.map((entry) => entry.progressions);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    for (const entry of entries.slice(0, 3)) {
      const expected = await bridgedInCypher(entry.skill.id);
      expect(entry.progressions, entry.skill.slug).toBe(expected.progressions);
      expect(entry.missingInSource, entry.skill.slug).toBe(expected.missing);
      expect(entry.totalWeight).toBeCloseTo(expected.weight, 3);
      expect(entry.averageGap).toBeGreaterThan(0);
      expect(entry.averageGap).toBeLessThanOrEqual(1);
    }
    // The top bridge skill is one that progressions in this graph keep asking for more of.
    expect(entries[0].progressions).toBeGreaterThan(10);
  });

  it('orders by total weight when asked', async () => {
    const entries = (await api.data(QUERY, { first: 20, orderBy: 'WEIGHT' })).bridgeSkills;
    const weights = entries.map((entry) => entry.totalWeight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    const byProgressions = (await api.data(QUERY, { first: 100 })).bridgeSkills;
    expect(Math.max(...byProgressions.map((entry) => entry.totalWeight))).toBe(weights[0]);
  });

  it('is cached: a repeat costs the fingerprint and the skills lookup only', async () => {
    await api.execute(QUERY, { first: 5, source: 'CURATED' });
    const repeat = await api.execute(QUERY, { first: 5, source: 'CURATED' });
    expect(repeat.statements).toBe(2);
    expect((await api.data(QUERY, { first: 5, source: 'ESCO' })).bridgeSkills).toEqual([]);
  });
});

describe('familyMobility', () => {
  const FAMILY_MOBILITY = graphql(`
    query AnalyticsFamilyMobility { familyMobility(first: 100) { from { slug } to { slug } progressions promotions laterals pivots averageTypicalYears } }
  `);
  it('counts LEADS_TO edges per family pair, by kind, busiest first, in one statement', async () => {
    const result = await api.execute(FAMILY_MOBILITY);
    expect(result.errors).toBeUndefined();
    expect(result.statements).toBe(1);
    const flows = result.data!.familyMobility;
    for (const flow of flows) expect(flow.promotions + flow.laterals + flow.pivots).toBe(flow.progressions);
    const counts = flows.map((flow) => flow.progressions);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const total = await one<{ edges: number }>(
      'MATCH (:RoleFamily)<-[:IN_FAMILY]-(:Role)-[link:LEADS_TO]->(:Role)-[:IN_FAMILY]->(:RoleFamily) RETURN count(link) AS edges',
    );
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(total.edges);
    const within = flows.find((flow) => flow.from.slug === 'software-engineering' && flow.to.slug === 'software-engineering');
    expect(within?.promotions).toBeGreaterThanOrEqual(3); // junior -> software -> senior -> staff
  });
});
