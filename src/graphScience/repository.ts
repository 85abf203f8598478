/**
 * Cypher for the analytics computed by Neo4j Graph Data Science (GDS 2.13): centrality of roles in
 * the LEADS_TO graph and career clusters (Leiden communities over career moves or skill similarity).
 *
 * Each computation projects what it needs into GDS's in-memory catalog under a name of its own
 * (`careergraph-<purpose>-<uuid>`), so concurrent requests and API processes never share or drop
 * each other's projections, runs the algorithm in stream mode (nothing is written to the graph),
 * and drops the projections in `finally`, also after a failure. The statements of one computation run
 * in one read transaction: one server holds the projection from its creation to its use (the catalog
 * is per server, and a cluster may route separate reads to different members).
 *
 * Without GDS on the server the first statement fails with "unknown function/procedure gds.…",
 * which errors.ts maps to SERVICE_UNAVAILABLE (reason GDS_NOT_INSTALLED).
 */
import { randomUUID } from 'node:crypto';
import neo4j from 'neo4j-driver';
import { FAMILY_PROPERTY_NAMES } from '../graph/model.js';
import type { GraphDatabase, Transaction } from '../neo4j/GraphDatabase.js';
import { projection } from '../neo4j/projection.js';
import type { CentralityMeasure } from '../scoring/centrality.js';
import type { ClusterBasis, ClusterMembership, FamilyCount, GdsCentralityColumns } from './model.js';

/** Each role is tied to this many most similar roles for SKILLS clusters (GDS Node Similarity's default topK). */
export const SKILL_NEIGHBOURS = 10;
/** Leiden with a fixed seed on one thread: the same graph gives the same clusters on every run. */
export const LEIDEN_SEED = 42;

/**
 * The simple directed LEADS_TO graph src/scoring/centrality.ts ranks: one edge per ordered pair of
 * roles (two sources' edges between the same pair count once), no self-loops.
 */
const PROJECT_MOVES = `
MATCH (from:Role)-[link:LEADS_TO]->(to:Role)
WHERE from <> to AND ($source IS NULL OR link.source = $source)
WITH DISTINCT from, to
WITH gds.graph.project($graphName, from, to) AS graph
RETURN graph.nodeCount AS nodeCount`;

/** LEADS_TO as undirected ties: one per unordered pair of roles (A → B and B → A are one tie), weight 1. */
const PROJECT_MOVE_TIES = `
MATCH (a:Role)-[link:LEADS_TO]-(b:Role)
WHERE elementId(a) < elementId(b) AND ($source IS NULL OR link.source = $source)
WITH DISTINCT a, b
WITH gds.graph.project($graphName, a, b, {relationshipProperties: {weight: 1.0}}, {undirectedRelationshipTypes: ['*']}) AS graph
RETURN graph.nodeCount AS nodeCount`;

/**
 * Roles and the skills they require, weighted by importance: the vectors of scoring/similarity.ts
 * (a requirement of importance 0 is not part of a vector; a skill required twice counts once, at its
 * higher importance).
 */
const PROJECT_REQUIREMENTS = `
MATCH (role:Role)-[req:REQUIRES]->(skill:Skill)
WHERE req.importance > 0 AND ($source IS NULL OR role.source = $source)
WITH role, skill, max(req.importance) AS importance
WITH gds.graph.project($graphName, role, skill,
  {sourceNodeLabels: 'Role', targetNodeLabels: 'Skill', relationshipProperties: {importance: importance}}) AS graph
RETURN graph.nodeCount AS nodeCount`;

/**
 * Each role tied to its $topK most similar roles (GDS Node Similarity, weighted Jaccard on the
 * importance: Σ min / Σ max, the formula of similarRoles), as undirected ties weighted by the
 * similarity; a pair both list is one tie.
 */
const PROJECT_SIMILARITY_TIES = `
CALL gds.nodeSimilarity.stream($requirementsGraph, {relationshipWeightProperty: 'importance', topK: $topK})
YIELD node1, node2, similarity
WITH CASE WHEN node1 < node2 THEN node1 ELSE node2 END AS first, CASE WHEN node1 < node2 THEN node2 ELSE node1 END AS second, similarity
WITH DISTINCT first, second, similarity
WITH gds.util.asNode(first) AS a, gds.util.asNode(second) AS b, similarity
WITH gds.graph.project($graphName, a, b, {relationshipProperties: {weight: similarity}}, {undirectedRelationshipTypes: ['*']}) AS graph
RETURN graph.nodeCount AS nodeCount`;

/** Distinct successors (NATURAL) or predecessors (REVERSE) of every role in the projection. */
const DEGREES = `
CALL gds.degree.stream($graphName, {orientation: $orientation})
YIELD nodeId, score
RETURN collect(gds.util.asNode(nodeId).id) AS ids, collect(toInteger(score)) AS degrees`;

const MEASURES: Partial<Record<CentralityMeasure, string>> = {
  // Unnormalised (Brandes' sum of pair dependencies), directed; scoring normalises as the API does.
  BETWEENNESS: `
CALL gds.betweenness.stream($graphName)
YIELD nodeId, score
RETURN collect(gds.util.asNode(nodeId).id) AS ids, collect(score) AS scores`,
  // The API's damping and tolerance; GDS stops at maxIterations 20 by default, too early for 1e-10.
  PAGERANK: `
CALL gds.pageRank.stream($graphName, {dampingFactor: 0.85, tolerance: 1e-10, maxIterations: 200})
YIELD nodeId, score
RETURN collect(gds.util.asNode(nodeId).id) AS ids, collect(score) AS scores`,
};

/** Leiden needs undirected ties; seeded, on one thread, so its result is reproducible. */
const LEIDEN = `
CALL gds.leiden.stream($graphName, {relationshipWeightProperty: 'weight', randomSeed: $seed, concurrency: 1})
YIELD nodeId, communityId
RETURN collect(gds.util.asNode(nodeId).id) AS ids, collect(communityId) AS communities`;

const TIES = `
CALL gds.degree.stream($graphName, {relationshipWeightProperty: 'weight'})
YIELD nodeId, score
RETURN collect(gds.util.asNode(nodeId).id) AS ids, collect(score) AS ties`;

const DROP = `CALL gds.graph.drop($graphName, false) YIELD graphName RETURN graphName`;

/** Per cluster (a list of role ids), its roles' families, most roles first. */
const FAMILIES_OF_CLUSTERS = `
UNWIND range(0, size($clusters) - 1) AS index
CALL (index) {
  UNWIND $clusters[index] AS id
  MATCH (:Role {id: id})-[:IN_FAMILY]->(family:RoleFamily)
  WITH family, count(*) AS roles
  ORDER BY roles DESC, family.slug
  RETURN collect({family: ${projection('family', FAMILY_PROPERTY_NAMES)}, roles: roles}) AS families
}
RETURN index, families ORDER BY index`;

const GDS_VERSION = 'RETURN gds.version() AS version';

interface Projected {
  nodeCount: number | null;
}

const graphName = (purpose: string) => `careergraph-${purpose}-${randomUUID()}`;

/**
 * A GDS computation is a whole-graph one whose result is cached until the graph changes (as the
 * TypeScript analytics, which run in the API process and no transaction timeout bounds), so it gets
 * this many times the per-request transaction budget: 60 s with the default 15 s, which is also the
 * local server's own safety net (src/localNeo4j/neo4jConf.ts).
 */
export const GDS_TIMEOUT_FACTOR = 4;

export class GraphScienceRepository {
  private readonly db: GraphDatabase;

  constructor(db: GraphDatabase) {
    this.db = db.withTransactionTimeout(db.transactionTimeoutMs * GDS_TIMEOUT_FACTOR);
  }

  /** The GDS version of the server (SERVICE_UNAVAILABLE, reason GDS_NOT_INSTALLED, without GDS). */
  async version(): Promise<string> {
    const [row] = await this.db.readRows<{ version: string }>(GDS_VERSION);
    return row.version;
  }

  /** Degrees of every role of the LEADS_TO graph of `sourceTag` (or all), and the raw GDS score of `measure`. */
  centrality(measure: CentralityMeasure, sourceTag: string | null): Promise<GdsCentralityColumns> {
    return this.withProjections(['moves'], async (tx, [moves]) => {
      const nodeCount = await project(tx, PROJECT_MOVES, { graphName: moves, source: sourceTag });
      if (nodeCount === 0) return { nodeCount, ids: [], outDegrees: [], inDegrees: [], scores: null };
      const outs = await columns<{ ids: string[]; degrees: number[] }>(tx, DEGREES, { graphName: moves, orientation: 'NATURAL' });
      const ins = byId(await columns<{ ids: string[]; degrees: number[] }>(tx, DEGREES, { graphName: moves, orientation: 'REVERSE' }), 'degrees');
      const statement = MEASURES[measure];
      const measured = statement ? byId(await columns<{ ids: string[]; scores: number[] }>(tx, statement, { graphName: moves }), 'scores') : null;
      return {
        nodeCount,
        ids: outs.ids,
        outDegrees: outs.degrees,
        inDegrees: outs.ids.map((id) => ins.get(id) ?? 0),
        scores: measured ? outs.ids.map((id) => measured.get(id) ?? 0) : null,
      };
    });
  }

  /** Every tied role's Leiden community and ties; roles with no tie are in no projection and not listed. */
  clusterMemberships(basis: ClusterBasis, sourceTag: string | null): Promise<ClusterMembership[]> {
    const purposes = basis === 'PROGRESSIONS' ? ['ties'] : ['ties', 'requirements'];
    return this.withProjections(purposes, async (tx, [ties, requirements]) => {
      const nodeCount =
        basis === 'PROGRESSIONS'
          ? await project(tx, PROJECT_MOVE_TIES, { graphName: ties, source: sourceTag })
          : (await project(tx, PROJECT_REQUIREMENTS, { graphName: requirements, source: sourceTag })) === 0
            ? 0
            : await project(tx, PROJECT_SIMILARITY_TIES, { graphName: ties, requirementsGraph: requirements, topK: neo4j.int(SKILL_NEIGHBOURS) });
      if (nodeCount === 0) return [];
      const leiden = await columns<{ ids: string[]; communities: number[] }>(tx, LEIDEN, { graphName: ties, seed: neo4j.int(LEIDEN_SEED) });
      const tiesById = byId(await columns<{ ids: string[]; ties: number[] }>(tx, TIES, { graphName: ties }), 'ties');
      return leiden.ids.map((roleId, i) => ({ roleId, community: leiden.communities[i], ties: tiesById.get(roleId) ?? 0 }));
    });
  }

  /** The families of each cluster's roles (clusters given as lists of role ids), in the clusters' order. */
  async familiesOfClusters(clusters: readonly (readonly string[])[]): Promise<FamilyCount[][]> {
    if (clusters.length === 0) return [];
    const rows = await this.db.readRows<{ index: number; families: FamilyCount[] }>(FAMILIES_OF_CLUSTERS, { clusters });
    return rows.map((row) => row.families);
  }

  /**
   * Runs `work` in one read transaction with fresh projection names, and drops the projections at
   * its end in the same transaction (so on the server that holds them). The GDS catalog is not
   * transactional: after a failure, or an attempt the driver retried, the projections made so far
   * still exist, so every name ever handed out is dropped again in `finally` (failIfMissing false).
   */
  private async withProjections<T>(purposes: readonly string[], work: (tx: Transaction, names: string[]) => Promise<T>): Promise<T> {
    const handedOut: string[] = [];
    let dropped = false;
    try {
      const result = await this.db.read(async (tx) => {
        const names = purposes.map(graphName);
        handedOut.push(...names);
        const value = await work(tx, names);
        for (const name of names) await tx.rows(DROP, { graphName: name });
        return value;
      });
      dropped = handedOut.length === purposes.length;
      return result;
    } finally {
      if (!dropped) {
        // A failed drop (the database gone) must not hide the computation's own result or error.
        await this.db
          .read(async (tx) => {
            for (const name of handedOut) await tx.rows(DROP, { graphName: name });
          })
          .catch(() => undefined);
      }
    }
  }
}

/** Runs a projection statement; 0 when there was nothing to project (the aggregation saw no row). */
async function project(tx: Transaction, cypher: string, parameters: Record<string, unknown>): Promise<number> {
  const [row] = await tx.rows<Projected>(cypher, parameters);
  return row?.nodeCount ?? 0;
}

async function columns<T>(tx: Transaction, cypher: string, parameters: Record<string, unknown>): Promise<T> {
  const [row] = await tx.rows<T>(cypher, parameters);
  return row;
}

function byId<K extends string>(row: { ids: string[] } & Record<K, number[]>, column: K): Map<string, number> {
  return new Map(row.ids.map((id, i) => [id, row[column][i]]));
}
