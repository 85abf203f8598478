/**
 * The replica simulation of docs/scaling.md: 1, 2 and 3 API processes (as deployed: production mode,
 * response cache on) on one Neo4j, behind a round-robin load balancer (roundRobinProxy.ts), under the
 * bench's mixed load (scenarios.ts, the six questions in turn) at fixed concurrency; req/s and p50/p99
 * per replica count, with the response cache on (the default) and off (every request runs its Cypher).
 *
 *   npx tsx bench/replicas.ts [--replicas 1,2,3] [--roles 1000] [--connections 32] [--seconds 15] [--out file.json]
 *
 * Neo4j: the local instance NEO4J_LOCAL_NAME (default "bench-replicas") on NEO4J_BOLT_PORT (default
 * 7771), started if it is not running and stopped afterwards if this run started it; its graph is
 * replaced by the curated seeds plus `--roles` synthetic roles (generateSynthetic.ts), as the bench's
 * 1k scale. Everything (Neo4j, the replicas, the balancer, autocannon) shares this machine: read the
 * numbers as what one machine's cores allow, not as what separate machines would do.
 */
import { writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../src/config.js';
import { readSeeds } from '../src/import/seeds/readSeeds.js';
import { loadSeeds } from '../src/import/seeds/loadSeeds.js';
import { startLocalNeo4j, stopLocalNeo4j } from '../src/localNeo4j/LocalNeo4j.js';
import { applyGraphSchema } from '../src/neo4j/graphSchema.js';
import { openGraphDatabase } from '../src/neo4j/openGraphDatabase.js';
import { generateSynthetic, loadSynthetic, SYNTHETIC_DEFAULTS } from './generateSynthetic.js';
import { loadHttp } from './loadHttp.js';
import type { Measurement } from './measurement.js';
import { buildApi, sampleRss, startApi, type Neo4jTarget, type ServerProcess } from './processes.js';
import { startRoundRobinProxy } from './roundRobinProxy.js';
import { pickInputs, SCENARIOS, type GraphqlRequest } from './scenarios.js';

const log = (message: string) => console.error(`[replicas] ${message}`);
/** Distinct requests per run: the mixed scenario rotates through its inputs, as in run.ts. */
const VARIANTS = 60;

const { values } = parseArgs({
  options: {
    replicas: { type: 'string', default: '1,2,3' },
    roles: { type: 'string', default: '1000' },
    connections: { type: 'string', default: '32' },
    seconds: { type: 'string', default: '15' },
    out: { type: 'string' },
  },
});
const replicaCounts = values.replicas.split(',').map(Number);
const options = { roles: Number(values.roles), connections: Number(values.connections), seconds: Number(values.seconds) };

const config = loadConfig({ NEO4J_LOCAL_NAME: 'bench-replicas', NEO4J_BOLT_PORT: '7771', NEO4J_FIRST_LOAD: 'empty', ...process.env, NEO4J_URI: '' });

interface Row extends Measurement {
  replicas: number;
  cache: 'on' | 'off';
  /** Peak resident memory of each replica during the run, MiB. */
  replicaRssMb: number[];
}

async function prepareGraph(target: Neo4jTarget): Promise<void> {
  const { db, close } = openGraphDatabase(config, { uri: target.uri, transactionTimeoutMs: 600_000 });
  try {
    log(`Loading the seeds and ${options.roles} synthetic roles…`);
    for (;;) {
      const counters = await db.write((tx) => tx.update('MATCH (n) WITH n LIMIT 20000 DETACH DELETE n'));
      if (counters.nodesDeleted === 0) break;
    }
    await applyGraphSchema(db);
    await loadSeeds(db, await readSeeds(config.seedsDir));
    if (options.roles > 0) await loadSynthetic(db, generateSynthetic({ ...SYNTHETIC_DEFAULTS, roles: options.roles }));
    await db.writeRows('CALL db.awaitIndexes(300)');
  } finally {
    await close();
  }
}

async function measure(target: Neo4jTarget, requests: GraphqlRequest[], replicas: number, cache: Row['cache']): Promise<Row> {
  const env: Record<string, string> = cache === 'off' ? { RESPONSE_CACHE_MAX_AGE_SECONDS: '0' } : {};
  const apis: ServerProcess[] = [];
  for (let i = 0; i < replicas; i++) apis.push(await startApi(target, { ...env, LOG_LEVEL: 'warn' }));
  const balancer = await startRoundRobinProxy(apis.map((api) => new URL(api.url).origin));
  try {
    const url = `${balancer.url}/graphql`;
    // Every distinct request once through every replica: planning and a cold cache are not measured.
    for (let i = 0; i < replicas; i++) {
      for (const request of requests) await (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) })).text();
    }
    const samplers = apis.map((api) => sampleRss(api.pid));
    let sent = 0;
    const next = () => ({ body: JSON.stringify(requests[sent++ % requests.length]) });
    const result = await loadHttp({ url, next, connections: options.connections, durationSeconds: options.seconds });
    const row = { replicas, cache, ...result, replicaRssMb: samplers.map((sampler) => Math.round(sampler.stop() ?? 0)) };
    log(`${replicas} replica(s), cache ${cache}: ${row.rps} req/s, p50 ${row.p50Ms} ms, p99 ${row.p99Ms} ms, errors ${row.errors}, RSS ${row.replicaRssMb.join('/')} MiB`);
    return row;
  } finally {
    await balancer.close();
    await Promise.all(apis.map((api) => api.stop()));
  }
}

async function main(): Promise<void> {
  // The replicas run the production build, as the Docker image and bench/run.ts do.
  buildApi();
  const local = await startLocalNeo4j(config.local, { log });
  const target: Neo4jTarget = { uri: local.uri, user: config.neo4j.user, password: config.neo4j.password, database: config.neo4j.database };
  const rows: Row[] = [];
  try {
    await prepareGraph(target);
    const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password));
    const inputs = await pickInputs(driver, target.database).finally(() => driver.close());
    const mixed = SCENARIOS.find((scenario) => scenario.name.startsWith('mixed'))!;
    const requests = Array.from({ length: VARIANTS }, (_, i) => mixed.ours(inputs, i));
    for (const cache of ['on', 'off'] as const) {
      for (const replicas of replicaCounts) rows.push(await measure(target, requests, replicas, cache));
    }
  } finally {
    if (!local.alreadyRunning) await stopLocalNeo4j(config.local);
  }
  console.log(`| replicas | response cache | req/s | p50 ms | p99 ms | errors | peak RSS per replica (MiB) |`);
  console.log(`|---:|---|---:|---:|---:|---:|---|`);
  for (const row of rows) console.log(`| ${row.replicas} | ${row.cache} | ${row.rps} | ${row.p50Ms} | ${row.p99Ms} | ${row.errors} | ${row.replicaRssMb.join(' / ')} |`);
  console.log(`\n${availableParallelism()} CPU(s); ${options.connections} connections, ${options.seconds} s per row; seeds + ${options.roles} synthetic roles.`);
  if (values.out) await writeFile(values.out, `${JSON.stringify({ options, cpus: availableParallelism(), rows }, null, 2)}\n`);
}

await main();
