/**
 * similarRoles (weighted Jaccard in TypeScript over candidates Cypher finds through the role's most
 * distinctive skills, src/paths) side by side with Neo4j Graph Data Science Node Similarity (the same
 * weighted Jaccard, Σ min / Σ max of the importance, exact over every role), on a synthetic graph:
 *
 *   NEO4J_LOCAL_NAME=gdsbench NEO4J_BOLT_PORT=7815 NEO4J_FIRST_LOAD=empty NEO4J_TX_TIMEOUT_MS=600000 \
 *     npx tsx bench/gdsSimilarity.ts [--roles 100000] [--sample 40] [--k 10] [--all-pairs] [--out file.json]
 *
 * The server must have GDS (the project's local Neo4j loads it). An empty graph gets the synthetic
 * roles of bench/generateSynthetic.ts (100k: ~7 min); a graph that already holds exactly that many
 * synthetic roles is reused (the run writes nothing to it); anything else is refused.
 *
 * Measured, for a deterministic sample of roles (every n-th synthetic role by id):
 *  - TypeScript: PathService.similarRoles(id, k), one role per call, as the API answers Role.similarRoles;
 *  - GDS: projecting the Role-REQUIRES->Skill graph (importance-weighted, as the API's careerClusters
 *    projects it), then gds.nodeSimilarity.filtered.stream per role (source filter: that role), top k;
 *  - optionally (--all-pairs) gds.nodeSimilarity.stats over every role (what a precomputed answer for all
 *    roles would cost);
 *  - agreement per role: overlap of the two top k, Spearman's ρ of the common roles' ranks, the largest
 *    score difference on a common role, and the roles of GDS's exact top k that similarRoles missed
 *    although they score above its k-th (as opposed to ties at the cut broken differently)
 *    (bench/rankAgreement.ts).
 */
import { parseArgs } from 'node:util';
import { writeFile } from 'node:fs/promises';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../src/config.js';
import { startLocalNeo4j } from '../src/localNeo4j/LocalNeo4j.js';
import { applyGraphSchema } from '../src/neo4j/graphSchema.js';
import { openGraphDatabase } from '../src/neo4j/openGraphDatabase.js';
import { PathRepository } from '../src/paths/repository.js';
import { PathService } from '../src/paths/PathService.js';
import { generateSynthetic, loadSynthetic, SYNTHETIC_DEFAULTS } from './generateSynthetic.js';
import { agreement, type Agreement, type RankedItem } from './rankAgreement.js';

const { values: options } = parseArgs({
  options: {
    roles: { type: 'string', default: '100000' },
    sample: { type: 'string', default: '40' },
    k: { type: 'string', default: '10' },
    'all-pairs': { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});
const roles = Number(options.roles);
const sample = Number(options.sample);
const k = Number(options.k);
if (![roles, sample, k].every((n) => Number.isInteger(n) && n > 0)) throw new Error('--roles, --sample and --k take positive integers');

const log = (message: string) => console.error(message);
const GRAPH = 'careergraph-bench-requirements';

/** The API's requirement vectors (src/graphScience/repository.ts PROJECT_REQUIREMENTS, without a source filter). */
const PROJECT_REQUIREMENTS = `
MATCH (role:Role)-[req:REQUIRES]->(skill:Skill)
WHERE req.importance > 0
WITH role, skill, max(req.importance) AS importance
WITH gds.graph.project($graphName, role, skill,
  {sourceNodeLabels: 'Role', targetNodeLabels: 'Skill', relationshipProperties: {importance: importance}}) AS graph
RETURN graph.nodeCount AS nodes, graph.relationshipCount AS relationships`;

const FILTERED_SIMILARITY = `
MATCH (role:Role {id: $id})
CALL gds.nodeSimilarity.filtered.stream($graphName, {
  sourceNodeFilter: [role], targetNodeFilter: 'Role', relationshipWeightProperty: 'importance', topK: $k
})
YIELD node2, similarity
RETURN gds.util.asNode(node2).id AS id, similarity AS score
ORDER BY score DESC, id`;

const ALL_PAIRS = `
CALL gds.nodeSimilarity.stats($graphName, {relationshipWeightProperty: 'importance', topK: $k})
YIELD nodesCompared, similarityPairs, computeMillis
RETURN nodesCompared, similarityPairs, computeMillis`;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
const latency = (ms: number[]) => ({ p50: round(percentile(ms, 50)), p95: round(percentile(ms, 95)), mean: round(mean(ms)) });

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

const config = loadConfig();
const uri = config.neo4j.uri ?? (await startLocalNeo4j(config.local, { log, transactionTimeoutMs: config.neo4j.transactionTimeoutMs })).uri;
const { db, close } = openGraphDatabase(config, { uri, transactionTimeoutMs: 1_800_000, maxConnectionPoolSize: 4 });
try {
  const [{ version }] = await db.readRows<{ version: string }>('RETURN gds.version() AS version');
  const countSynthetic = async () =>
    (await db.readRows<{ count: number }>("MATCH (role:Role) WHERE role.slug STARTS WITH 'syn-' RETURN count(role) AS count"))[0].count;
  let present = await countSynthetic();
  if (present === 0) {
    log(`Loading ${roles} synthetic roles (bench/generateSynthetic.ts)…`);
    await applyGraphSchema(db);
    await loadSynthetic(db, generateSynthetic({ ...SYNTHETIC_DEFAULTS, roles }));
    await db.writeRows('CALL db.awaitIndexes(300)');
    present = await countSynthetic();
  }
  if (present !== roles) throw new Error(`The graph holds ${present} synthetic roles, not ${roles}: use an empty instance (NEO4J_LOCAL_NAME).`);
  const [{ totalRoles, requirements }] = await db.readRows<{ totalRoles: number; requirements: number }>(
    'CALL () { MATCH (r:Role) RETURN count(r) AS totalRoles } CALL () { MATCH ()-[q:REQUIRES]->() RETURN count(q) AS requirements } RETURN totalRoles, requirements',
  );
  const ids = (
    await db.readRows<{ ids: string[] }>(
      `MATCH (role:Role) WHERE role.slug STARTS WITH 'syn-' WITH role ORDER BY role.id
       WITH collect(role.id) AS roleIds RETURN [i IN range(0, $sample - 1) | roleIds[i * (size(roleIds) / $sample)]] AS ids`,
      { sample: neo4j.int(sample) },
    )
  )[0].ids;
  log(`GDS ${version}; ${totalRoles} roles, ${requirements} REQUIRES; sample of ${ids.length} roles, top ${k}.`);

  // TypeScript: the API's own code path, one role per call (a fresh service, so no DataLoader batching).
  const similarRoles = (id: string) => new PathService(new PathRepository(db)).similarRoles(id, k);
  for (const id of ids.slice(0, 3)) await similarRoles(id); // plans and page cache
  const typescript = new Map<string, RankedItem[]>();
  const typescriptMs: number[] = [];
  for (const id of ids) {
    const { value, ms } = await timed(() => similarRoles(id));
    typescript.set(id, value.map((entry) => ({ id: entry.role.id, score: entry.score })));
    typescriptMs.push(ms);
  }
  log(`TypeScript similarRoles: p50 ${round(percentile(typescriptMs, 50))} ms per role.`);

  await db.readRows('CALL gds.graph.drop($graphName, false) YIELD graphName RETURN graphName', { graphName: GRAPH });
  const projection = await timed(() => db.readRows<{ nodes: number; relationships: number }>(PROJECT_REQUIREMENTS, { graphName: GRAPH }));
  log(`GDS projection: ${round(projection.ms / 1000)} s (${projection.value[0].relationships} relationships).`);
  const gds = new Map<string, RankedItem[]>();
  const gdsMs: number[] = [];
  let allPairs: { seconds: number; nodesCompared: number; similarityPairs: number } | null = null;
  try {
    for (const id of ids.slice(0, 3)) await db.readRows(FILTERED_SIMILARITY, { graphName: GRAPH, id, k: neo4j.int(k) });
    for (const id of ids) {
      const { value, ms } = await timed(() => db.readRows<RankedItem>(FILTERED_SIMILARITY, { graphName: GRAPH, id, k: neo4j.int(k) }));
      // similarRoles rounds scores to 3 decimals (scoring/normalise.ts round); compare like with like.
      gds.set(id, value.map((item) => ({ id: item.id, score: round(item.score, 3) })));
      gdsMs.push(ms);
    }
    log(`GDS filtered Node Similarity: p50 ${round(percentile(gdsMs, 50))} ms per role.`);
    if (options['all-pairs']) {
      log('GDS Node Similarity over every role (--all-pairs)…');
      const run = await timed(() => db.readRows<{ nodesCompared: number; similarityPairs: number }>(ALL_PAIRS, { graphName: GRAPH, k: neo4j.int(k) }));
      allPairs = { seconds: round(run.ms / 1000), nodesCompared: run.value[0].nodesCompared, similarityPairs: run.value[0].similarityPairs };
      log(`  ${allPairs.seconds} s.`);
    }
  } finally {
    await db.readRows('CALL gds.graph.drop($graphName, false) YIELD graphName RETURN graphName', { graphName: GRAPH });
  }

  const agreements: Agreement[] = ids.map((id) => agreement(typescript.get(id)!, gds.get(id)!, k));
  const spearmans = agreements.flatMap((a) => (a.spearman === null ? [] : [a.spearman]));
  const differences = agreements.flatMap((a) => (a.maxScoreDifference === null ? [] : [a.maxScoreDifference]));
  const result = {
    date: new Date().toISOString(),
    gdsVersion: version,
    graph: { roles: totalRoles, syntheticRoles: roles, requirements, synthetic: SYNTHETIC_DEFAULTS },
    sample: ids.length,
    k,
    typescriptMs: latency(typescriptMs),
    gds: {
      projectionSeconds: round(projection.ms / 1000),
      perRoleMs: latency(gdsMs),
      allPairs,
    },
    agreement: {
      meanOverlap: round(mean(agreements.map((a) => a.overlap)), 3),
      rolesWithIdenticalTopK: agreements.filter((a) => a.overlap === 1).length,
      meanSpearman: spearmans.length ? round(mean(spearmans), 3) : null,
      maxScoreDifference: differences.length ? Math.max(...differences) : null,
      /** Roles of GDS's exact top k that similarRoles missed although they beat its k-th score (summed over the sample). */
      missedByTypeScript: agreements.reduce((sum, a) => sum + a.missedByA, 0),
      rolesWithMisses: agreements.filter((a) => a.missedByA > 0).length,
    },
  };
  console.log(JSON.stringify(result, null, 2));
  if (options.out) await writeFile(options.out, `${JSON.stringify(result, null, 2)}\n`);
} finally {
  await close();
}
