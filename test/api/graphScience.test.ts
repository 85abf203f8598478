/**
 * The analytics computed by Neo4j Graph Data Science, against the real test Neo4j (which loads GDS):
 * career clusters and GDS centrality on a small graph whose answer is known by construction, GDS
 * centrality equal to the TypeScript engine's on the whole test graph, a sanity check on the curated
 * seeds, and no projection left behind. The same fields on a server without GDS are covered by
 * test/api/graphScienceMissing.test.ts.
 *
 * The constructed graph, disconnected from everything else:
 *   group A: roles a1..a6, every ordered pair linked (a clique of moves), all requiring skills sa1..sa5;
 *   group B: roles b1..b6, the same, all requiring sb1..sb5;
 *   hub h:   every a → h and h → every b, no skill.
 * So every shortest path from an A role to a B role is a → h → b (36 of them, each unique): h's raw
 * betweenness is 36 and every other role's 0; the communities are A and B (h with one of them) by
 * moves, and exactly A and B by skills (A and B share no skill, h requires none).
 *
 * The moves carry a source tag no other LEADS_TO of the shared test graph carries (it holds curated
 * progressions only; test/api/analytics.test.ts relies on that too, and this file deletes its data),
 * so `source: ESCO_ONET_CROSSWALK` selects exactly the constructed graph. Clustered within the whole
 * graph instead, the answer would depend on the rest of it: modularity, which Leiden maximises, merges
 * weakly linked groups once the graph is large enough (its resolution limit).
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOURCE_TAGS } from '../../src/graph/sources.js';
import { RESPONSE_CACHE_OFF } from '../../src/responseCache/responseCache.js';
import { graphql } from '../generated/index.js';
import type { AnalyticsEngine, CentralityMeasure, GraphScienceCentralityQuery, GraphScienceClustersQuery, GraphScienceClustersQueryVariables, Source } from '../generated/graphql.js';
import { openTestApi, type TestApi } from '../support/testApi.js';

const prefix = `test-gds-${randomBytes(4).toString('hex')}`;
const group = (name: string) => Array.from({ length: 6 }, (_, i) => `${prefix}-${name}${i + 1}`);
const A = group('a');
const B = group('b');
const HUB = `${prefix}-h`;
const skills = (name: string) => Array.from({ length: 5 }, (_, i) => `${prefix}-s${name}${i + 1}`);
const SA = skills('a');
const SB = skills('b');

/** The tag of the constructed moves, and the Source enum value that selects them. */
const MOVES_SOURCE = 'ESCO_ONET_CROSSWALK';
const MOVES_SOURCE_TAG = SOURCE_TAGS[MOVES_SOURCE];

let api: TestApi;

beforeAll(async () => {
  api = await openTestApi('test', { responseCache: RESPONSE_CACHE_OFF });
  const [{ taken }] = await api.database.db.readRows<{ taken: number }>('MATCH ()-[link:LEADS_TO {source: $source}]->() RETURN count(link) AS taken', {
    source: MOVES_SOURCE_TAG,
  });
  if (taken > 0) throw new Error(`The test graph already holds ${taken} LEADS_TO tagged ${MOVES_SOURCE_TAG}: this test could not isolate its own`);
  const pairs = (ids: string[]) => ids.flatMap((from) => ids.filter((to) => to !== from).map((to) => [from, to]));
  await api.database.db.writeRows(
    `UNWIND $roles AS id CREATE (:Role {id: id, slug: id, title: id, source: 'curated'})
     WITH count(*) AS created
     UNWIND $skills AS id CREATE (:Skill {id: id, slug: id, name: id, kind: 'SKILL', source: 'curated'})`,
    { roles: [...A, ...B, HUB], skills: [...SA, ...SB] },
  );
  await api.database.db.writeRows(
    `UNWIND $moves AS move
     MATCH (from:Role {id: move[0]}), (to:Role {id: move[1]})
     CREATE (from)-[:LEADS_TO {kind: 'LATERAL', source: $source}]->(to)`,
    { source: MOVES_SOURCE_TAG, moves: [...pairs(A), ...pairs(B), ...A.map((a) => [a, HUB]), ...B.map((b) => [HUB, b])] },
  );
  // Importance varies a little per role, so the similarities are not all 1 (weights matter).
  await api.database.db.writeRows(
    `UNWIND $requirements AS requirement
     MATCH (role:Role {id: requirement[0]}), (skill:Skill {id: requirement[1]})
     CREATE (role)-[:REQUIRES {importance: toFloat(requirement[2]), source: 'curated'}]->(skill)`,
    {
      requirements: [
        ...A.flatMap((role, r) => SA.map((skill, s) => [role, skill, 0.5 + ((r + s) % 3) / 6])),
        ...B.flatMap((role, r) => SB.map((skill, s) => [role, skill, 0.5 + ((r + s) % 3) / 6])),
      ],
    },
  );
});

afterAll(async () => {
  await api.database.db.writeRows('MATCH (n) WHERE (n:Role OR n:Skill) AND n.id STARTS WITH $prefix DETACH DELETE n', { prefix });
  await api.close();
});

const CLUSTERS = graphql(`
  query GraphScienceClusters($basis: ClusterBasis, $source: Source, $first: Int, $rolesPerCluster: Int) {
    careerClusters(basis: $basis, source: $source, first: $first, rolesPerCluster: $rolesPerCluster) {
      rank size roles { slug } families { family { slug } roles }
    }
  }
`);
type Cluster = GraphScienceClustersQuery['careerClusters'][number];
const clusters = async (variables: GraphScienceClustersQueryVariables) => {
  const result = await api.execute(CLUSTERS, variables);
  expect(result.errors).toBeUndefined();
  return { clusters: result.data!.careerClusters, statements: result.statements };
};
const clusterOf = (all: Cluster[], slug: string) => all.find((cluster) => cluster.roles.some((role) => role.slug === slug));
const slugsOf = (cluster: Cluster | undefined) => (cluster?.roles ?? []).map((role) => role.slug).sort();

const CENTRALITY = graphql(`
  query GraphScienceCentrality($measure: CentralityMeasure, $engine: AnalyticsEngine, $source: Source) {
    roleCentrality(measure: $measure, engine: $engine, source: $source, first: 100) { rank role { slug } score inDegree outDegree }
  }
`);
type Centrality = GraphScienceCentralityQuery['roleCentrality'][number];
const centrality = async (measure: CentralityMeasure, engine: AnalyticsEngine, source?: Source) => {
  const result = await api.execute(CENTRALITY, { measure, engine, source });
  expect(result.errors).toBeUndefined();
  return result.data!.roleCentrality;
};

const projections = async () =>
  (await api.database.db.readRows<{ names: string[] }>('CALL gds.graph.list() YIELD graphName RETURN collect(graphName) AS names'))[0].names;

describe('careerClusters on a graph whose communities are known by construction', () => {
  it('PROGRESSIONS: group A and group B are two clusters, the hub joins one of them', async () => {
    const { clusters: all } = await clusters({ basis: 'PROGRESSIONS', source: MOVES_SOURCE, first: 100, rolesPerCluster: 100 });
    expect(all.map((cluster) => [cluster.rank, cluster.size])).toEqual([
      [1, 7],
      [2, 6],
    ]);
    const [withHub, without] = all;
    // The hub (12 ties) is listed first in its cluster.
    expect(withHub.roles[0].slug).toBe(HUB);
    expect([slugsOf(withHub), slugsOf(without)]).toSatisfy(
      ([first, second]: string[][]) =>
        (JSON.stringify(first) === JSON.stringify([...A, HUB].sort()) && JSON.stringify(second) === JSON.stringify([...B].sort())) ||
        (JSON.stringify(first) === JSON.stringify([...B, HUB].sort()) && JSON.stringify(second) === JSON.stringify([...A].sort())),
    );
    // Roles without a family are not counted.
    expect(withHub.families).toEqual([]);
  });

  it('PROGRESSIONS over the whole graph: the constructed component is split from everything else', async () => {
    const { clusters: all } = await clusters({ basis: 'PROGRESSIONS', first: 100, rolesPerCluster: 100 });
    const mine = all.filter((cluster) => cluster.roles.some((role) => role.slug.startsWith(prefix)));
    expect(mine.length).toBeGreaterThanOrEqual(1);
    for (const cluster of mine) expect(cluster.roles.every((role) => role.slug.startsWith(prefix))).toBe(true);
    expect(mine.reduce((sum, cluster) => sum + cluster.size, 0)).toBe(13);
    expect(all.map((cluster) => cluster.size)).toEqual([...all.map((cluster) => cluster.size)].sort((x, y) => y - x));
  });

  it('SKILLS: the roles sharing skills cluster; the hub, which requires nothing, is in no cluster', async () => {
    const { clusters: all } = await clusters({ basis: 'SKILLS', first: 100, rolesPerCluster: 100 });
    expect(slugsOf(clusterOf(all, A[0]))).toEqual([...A].sort());
    expect(slugsOf(clusterOf(all, B[0]))).toEqual([...B].sort());
    expect(clusterOf(all, HUB)).toBeUndefined();
  });

  it('caps the roles listed per cluster but counts them all, and leaves no projection behind', async () => {
    const { clusters: all } = await clusters({ basis: 'SKILLS', first: 100, rolesPerCluster: 2 });
    const mine = all.filter((cluster) => cluster.roles.some((role) => role.slug.startsWith(prefix)));
    expect(mine.map((cluster) => [cluster.size, cluster.roles.length])).toEqual([
      [6, 2],
      [6, 2],
    ]);
    expect((await projections()).filter((name) => name.startsWith('careergraph-'))).toEqual([]);
  });

  it('is cached until the graph changes: 3 statements cached (fingerprint, roles, families)', async () => {
    await clusters({ basis: 'PROGRESSIONS', first: 5 });
    expect((await clusters({ basis: 'PROGRESSIONS', first: 5 })).statements).toBe(3);
  });

  it('refuses rolesPerCluster over the cap before any Cypher', async () => {
    const result = await api.execute(CLUSTERS, { rolesPerCluster: 101 });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'rolesPerCluster' });
    expect(result.statements).toBe(0);
  });
});

describe('careerClusters on the curated seeds (sanity)', () => {
  const curatedMoves = () =>
    api.database.db.readRows<{ from: string; to: string; kind: string }>(
      "MATCH (a:Role)-[link:LEADS_TO {source: 'curated'}]->(b:Role) RETURN a.slug AS from, b.slug AS to, link.kind AS kind",
    );
  const clusterIndex = (all: Cluster[]) => new Map(all.flatMap((cluster) => cluster.roles.map((role) => [role.slug, cluster.rank] as const)));

  it('PROGRESSIONS: curated ladders stay inside a cluster far more often than chance; pivots leave them', async () => {
    const { clusters: all } = await clusters({ basis: 'PROGRESSIONS', source: 'CURATED', first: 100, rolesPerCluster: 100 });
    expect(all.length).toBeGreaterThan(3);
    const rankOf = clusterIndex(all);
    const moves = await curatedMoves();
    const inside = (kind: string) => {
      const ofKind = moves.filter((move) => move.kind === kind);
      return ofKind.filter((move) => rankOf.get(move.from) === rankOf.get(move.to)).length / ofKind.length;
    };
    // Two roles picked at random share a cluster with probability Σ (size / n)².
    const n = all.reduce((sum, cluster) => sum + cluster.size, 0);
    const chance = all.reduce((sum, cluster) => sum + (cluster.size / n) ** 2, 0);
    expect(inside('PROMOTION')).toBeGreaterThan(0.6);
    expect(inside('PROMOTION')).toBeGreaterThan(3 * chance);
    expect(inside('PIVOT')).toBeLessThan(inside('PROMOTION'));
  });

  it.each(['PROGRESSIONS', 'SKILLS'] as const)('%s: the security roles form one cluster (at least 80 per cent of them together)', async (basis) => {
    const { clusters: all } = await clusters({ basis, source: 'CURATED', first: 100, rolesPerCluster: 100 });
    const securityRoles = (cluster: Cluster) => cluster.families.find((entry) => entry.family.slug === 'security')?.roles ?? 0;
    const [{ total }] = await api.database.db.readRows<{ total: number }>(
      "MATCH (:RoleFamily {slug: 'security'})<-[:IN_FAMILY]-(role:Role {source: 'curated'}) RETURN count(role) AS total",
    );
    expect(total).toBeGreaterThan(5);
    expect(Math.max(...all.map(securityRoles)) / total).toBeGreaterThanOrEqual(0.8);
  });
});

describe('roleCentrality(engine: GRAPH_DATA_SCIENCE)', () => {
  it('gives the hub the raw betweenness 36 of its construction, normalised like the TypeScript engine', async () => {
    const entries = await centrality('BETWEENNESS', 'GRAPH_DATA_SCIENCE', MOVES_SOURCE);
    // 13 roles: the share is 36 / ((13 − 1)(13 − 2)).
    expect(entries).toHaveLength(13);
    expect(entries[0]).toMatchObject({ rank: 1, role: { slug: HUB }, inDegree: 6, outDegree: 6 });
    expect(entries[0].score).toBeCloseTo(36 / (12 * 11), 12);
    for (const entry of entries.slice(1)) expect(entry.score, entry.role.slug).toBe(0);
  });

  it.each(['DEGREE', 'IN_DEGREE', 'OUT_DEGREE', 'BETWEENNESS'] as const)('%s equals the TypeScript engine on the whole test graph', async (measure) => {
    const [gds, typescript] = [await centrality(measure, 'GRAPH_DATA_SCIENCE'), await centrality(measure, 'TYPESCRIPT')];
    expect(gds.length).toBeGreaterThan(20);
    expect(gds.map((entry) => [entry.role.slug, entry.inDegree, entry.outDegree])).toEqual(
      typescript.map((entry) => [entry.role.slug, entry.inDegree, entry.outDegree]),
    );
    gds.forEach((entry, i) => expect(entry.score).toBeCloseTo(typescript[i].score, 9));
  });

  it('PAGERANK: shares of 1 whose leaders are the TypeScript engine\'s', async () => {
    const [gds, typescript] = [await centrality('PAGERANK', 'GRAPH_DATA_SCIENCE'), await centrality('PAGERANK', 'TYPESCRIPT')];
    const top = (entries: Centrality[]) => entries.slice(0, 10).map((entry) => entry.role.slug);
    // GDS does not spread the rank of roles without a next role (TypeScript does): the order may differ a little.
    expect(top(gds).filter((slug) => top(typescript).includes(slug)).length).toBeGreaterThanOrEqual(8);
    for (const entry of gds) expect(entry.score).toBeGreaterThan(0);
    expect(gds.reduce((sum, entry) => sum + entry.score, 0)).toBeLessThanOrEqual(1 + 1e-9);
    expect((await projections()).filter((name) => name.startsWith('careergraph-'))).toEqual([]);
  });
});

describe('concurrent GDS computations', () => {
  it('run side by side under their own projection names, share a computation when asked the same, and leave nothing behind', async () => {
    // A fresh server: empty caches, so every distinct question below is computed, all at once.
    const fresh = await openTestApi('test', { responseCache: RESPONSE_CACHE_OFF });
    try {
      // Each question asked of a given server, so the same one can be put to both.
      const questions = [
        (server: TestApi) => server.execute(CLUSTERS, { basis: 'PROGRESSIONS', source: MOVES_SOURCE, first: 100, rolesPerCluster: 100 }),
        (server: TestApi) => server.execute(CLUSTERS, { basis: 'PROGRESSIONS', source: MOVES_SOURCE, first: 100, rolesPerCluster: 100 }),
        (server: TestApi) => server.execute(CLUSTERS, { basis: 'SKILLS', first: 100, rolesPerCluster: 100 }),
        (server: TestApi) => server.execute(CENTRALITY, { measure: 'BETWEENNESS', engine: 'GRAPH_DATA_SCIENCE', source: MOVES_SOURCE }),
        (server: TestApi) => server.execute(CENTRALITY, { measure: 'PAGERANK', engine: 'GRAPH_DATA_SCIENCE' }),
        (server: TestApi) => server.execute(CENTRALITY, { measure: 'DEGREE', engine: 'GRAPH_DATA_SCIENCE' }),
      ];
      const concurrent = await Promise.all(questions.map((ask) => ask(fresh)));
      for (const result of concurrent) expect(result.errors).toBeUndefined();
      expect(concurrent[0].data).toEqual(concurrent[1].data);
      // The same answers as one at a time (from the other server's own computations).
      for (const [i, ask] of questions.entries()) expect(concurrent[i].data).toEqual((await ask(api)).data);
      expect((await projections()).filter((name) => name.startsWith('careergraph-'))).toEqual([]);
    } finally {
      await fresh.close();
    }
  });
});

describe('statements per careerClusters call', () => {
  it('after a change: 7 for PROGRESSIONS, 9 for SKILLS (two projections to make and drop); then 3 again', async () => {
    await clusters({ basis: 'PROGRESSIONS', first: 5 });
    await clusters({ basis: 'SKILLS', first: 5 });
    // Any write the fingerprint sees (here one more LEADS_TO) invalidates both.
    await api.database.db.writeRows(
      `CREATE (:Role {id: $from, slug: $from, title: $from, source: 'curated'})-[:LEADS_TO {kind: 'LATERAL', source: 'curated'}]->
              (:Role {id: $to, slug: $to, title: $to, source: 'curated'})`,
      { from: `${prefix}-x1`, to: `${prefix}-x2` },
    );
    expect((await clusters({ basis: 'PROGRESSIONS', first: 5 })).statements).toBe(7);
    expect((await clusters({ basis: 'SKILLS', first: 5 })).statements).toBe(9);
    expect((await clusters({ basis: 'SKILLS', first: 5 })).statements).toBe(3);
  });
});
