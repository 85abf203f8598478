/**
 * Times loadSynthetic alone, the import step of `npm run bench`, without the API scenarios:
 *
 *   NEO4J_LOCAL_NAME=imp NEO4J_BOLT_PORT=7760 npx tsx bench/syntheticImport.ts 10000
 *
 * Expects an empty graph (e.g. a fresh instance) on the configured server, which it starts if
 * need be and leaves running. Prints the rows it wrote per second, as bench/run.ts reports them,
 * and the relationships per second among them.
 */
import { loadConfig } from '../src/config.js';
import { startLocalNeo4j } from '../src/localNeo4j/LocalNeo4j.js';
import { applyGraphSchema } from '../src/neo4j/graphSchema.js';
import { openGraphDatabase } from '../src/neo4j/openGraphDatabase.js';
import { generateSynthetic, loadSynthetic, SYNTHETIC_DEFAULTS } from './generateSynthetic.js';

const roles = Number(process.argv[2] ?? '10000');
if (!Number.isInteger(roles) || roles <= 0) throw new Error('usage: npx tsx bench/syntheticImport.ts <roles>');
const config = loadConfig();
const uri = config.neo4j.uri ?? (await startLocalNeo4j(config.local, { log: (message) => console.error(message) })).uri;
const { db, close } = openGraphDatabase(config, { uri, transactionTimeoutMs: 300_000, maxConnectionPoolSize: 4 });
try {
  await applyGraphSchema(db);
  const graph = generateSynthetic({ ...SYNTHETIC_DEFAULTS, roles });
  const relationships = graph.skills.length + graph.roles.reduce(
    (sum, role) => sum + 1 + role.salary.length + role.requirements.length + role.nextRoles.length, 0);
  const started = performance.now();
  const rows = await loadSynthetic(db, graph);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `synthetic ${roles} roles: ${rows} rows in ${seconds.toFixed(1)} s = ${Math.round(rows / seconds)} rows/s ` +
      `(${relationships} relationships, ${Math.round(relationships / seconds)}/s)`,
  );
} finally {
  await close();
}
