import { loadConfig } from './src/config.js';
import { openGraphDatabase } from './src/neo4j/openGraphDatabase.js';
import { GraphScienceRepository } from './src/graphScience/repository.js';
const config = loadConfig({ ...process.env, NEO4J_LOCAL_NAME: 'gdsreal' });
const { db, close } = openGraphDatabase(config, { uri: 'bolt://127.0.0.1:7817', transactionTimeoutMs: 600_000 });
console.log(await db.readRows("CALL gds.graph.list() YIELD graphName RETURN collect(graphName) AS leftover"));
const repo = new GraphScienceRepository(db);
for (const [what, run] of [
  ['betweenness GDS all', () => repo.centrality('BETWEENNESS', null)],
  ['clusters SKILLS onet', () => repo.clusterMemberships('SKILLS', 'onet-29.3')],
  ['clusters SKILLS all', () => repo.clusterMemberships('SKILLS', null)],
] as const) {
  const t = performance.now();
  const r: any = await (run as () => Promise<unknown>)();
  console.log(what, ((performance.now() - t) / 1000).toFixed(1), 's', Array.isArray(r) ? r.length : r.ids.length);
}
await close();
