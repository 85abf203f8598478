/**
 * `npm run bench`: the performance benchmark (docs/performance.md). Starts (or reuses) the dedicated
 * local Neo4j instance "bench", and for each scale wipes it, imports the data (timed), starts our API
 * twice (as deployed, response cache on; and with the cache off) and the peer as child processes, and
 * measures every scenario at fixed concurrency: ours over HTTP (cache on, cache off), the HTTP floor
 * (the hand-written Cypher behind bare node:http), hand-written Cypher in-process (the lower bound),
 * and @neo4j/graphql where it can express the question; then the same questions with fresh requests
 * (every request distinct). `--baseline <dir>` adds the API of another checkout, cache off. Writes bench/results/latest.json and latest.md (or --out <file.json> and its .md).
 *
 *   npm run bench                              every scale: seeds, 1k, 10k and 100k synthetic roles, and
 *                                              seeds + O*NET + ESCO ("taxonomies"); 3 s per run
 *   npm run bench -- --quick --out <file.json> seeds only, 1 s per run (the smoke test uses this)
 *   npx tsx bench/importRate.ts                the O*NET and ESCO imports alone (first import and re-import)
 *   npx tsx bench/firstLoad.ts [runs]          the cold start alone (bulk first load, first answer, ready)
 *   options: --scales seeds,1k,10k,100k,taxonomies  --duration <s>  --warmup <s>  --database-warmup <s>  --connections <n>
 *            --datasets <dir with onet/29.3 and esco/v1.1.1> (default ../shared/datasets)  --no-first-load
 *            --no-fresh (skip the fresh-request scenarios)  --baseline <checkout dir> (its API, cache off, as one more leg)
 *            --rounds <n> (each cell's single-client runs in n rounds alternating with the other legs'; 4 by default, 1 with --quick)
 *
 * Every cell is two runs: one client (latency: p50, p99), in --rounds rounds that alternate with the
 * scenario's other legs, and --connections clients (throughput), one leg after another (measureSideBySide).
 */
import { execSync } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { cpus, totalmem, platform, release } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { loadConfig, PROJECT_ROOT, type Config, type LocalNeo4jConfig } from '../src/config.js';
import { importOccupationCrosswalk } from '../src/import/occupationCrosswalk/index.js';
import { loadSeeds } from '../src/import/seeds/loadSeeds.js';
import { readSeeds } from '../src/import/seeds/readSeeds.js';
import { localNeo4jPaths, NEO4J_VERSION, startLocalNeo4j, stopLocalNeo4j } from '../src/localNeo4j/LocalNeo4j.js';
import type { GraphDatabase } from '../src/neo4j/GraphDatabase.js';
import { applyGraphSchema } from '../src/neo4j/graphSchema.js';
import { openGraphDatabase } from '../src/neo4j/openGraphDatabase.js';
import { generateSynthetic, loadSynthetic, SYNTHETIC_DEFAULTS } from './generateSynthetic.js';
import { runCypher, type CypherLoadOptions } from './loadCypher.js';
import { loadHttp, runHttp, type HttpRequestSpec } from './loadHttp.js';
import { MAX_STRETCH, MIN_ANSWERS_FOR_P99, measureSideBySide, round, type Cell, type Leg } from './measurement.js';
import { buildApi, sampleRss, startApi, startFloor, startPeer, type Neo4jTarget } from './processes.js';
import { renderMarkdown } from './renderMarkdown.js';
import { measureTaxonomyImports } from './taxonomyImports.js';
import { measureFirstLoad, type FirstLoadResult } from './firstLoad.js';
import {
  FRESH_SCENARIOS,
  pickFreshInputs,
  pickInputs,
  SCENARIOS,
  type BenchInputs,
  type CypherRequest,
  type GraphqlRequest,
  type Scenario,
} from './scenarios.js';

export interface ScenarioResult {
  name: string;
  scale: string;
  /** Our API as deployed: production defaults, so the response cache is on. */
  ours: Cell;
  /** Our API with the response cache off (RESPONSE_CACHE_MAX_AGE_SECONDS=0): every request runs its Cypher. */
  oursUncached: Cell;
  /**
   * The same hand-written Cypher behind a bare node:http endpoint (bench/floorServer.ts): the least an
   * HTTP API over this graph can cost. Absent from results written before issue 14.
   */
  floor?: Cell;
  /** `--baseline <dir>`: the API of another checkout (e.g. the commit before a change), cache off, same run. */
  baseline?: Cell;
  cypher: Cell;
  peer: Cell | null;
  /** Fresh scenarios: requests sent to our API as deployed in this cell (all distinct while the list lasts). */
  freshRequests?: number;
}

export interface ImportResult {
  name: string;
  rows: number;
  seconds: number;
  rowsPerSec: number;
  /**
   * Relationships the import created (counted in the graph), and per second of the whole import
   * (parsing included). For the taxonomy imports (`target: 'cypherUpdate'`): the relationships it
   * wrote, created or matched, so a re-import that changes nothing still counts its work.
   */
  relationships: number;
  relationshipsPerSec: number;
  /** Taxonomy imports only: what Neo4j reported created and deleted, and the time inside write transactions. */
  relationshipsCreated?: number;
  relationshipsDeleted?: number;
  writeSeconds?: number;
  /** CPU seconds of the importing process, and of the Neo4j server when it runs on this machine. */
  clientCpuSeconds?: number;
  serverCpuSeconds?: number;
  /** 'cypherUpdate': checked against issue 13's Cypher update target instead of issue 5's import target. */
  target?: 'cypherUpdate';
}

export interface BenchResults {
  machine: Record<string, string | number>;
  scenarios: ScenarioResult[];
  imports: ImportResult[];
  /** Peak resident memory of our API process (defaults, cache on) during the run, MiB. */
  rssMb: number | null;
  /** The same for the API with the cache off. */
  rssUncachedMb: number | null;
  /** Per scale, the sizes of the fresh-request lists (bench/scenarios.ts, pickFreshInputs). */
  freshPools?: Record<string, { roles: number; pairs: number; profiles: number; texts: number }>;
  /** The cold start on an empty store (bench/firstLoad.ts), unless skipped (--quick, --no-first-load). */
  firstLoad?: FirstLoadResult | null;
}

/** Synthetic roles added to the seeds per scale; "taxonomies" adds the real O*NET and ESCO instead. */
const SCALES: Record<string, number> = { seeds: 0, '1k': 1_000, '10k': 10_000, '100k': 100_000, taxonomies: 0 };
/** Requests per scenario each connection cycles through (different inputs, same question). */
const VARIANTS = 20;

const log = (message: string) => console.error(`[bench] ${message}`);

function parseOptions() {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      out: { type: 'string' },
      scales: { type: 'string' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      'database-warmup': { type: 'string' },
      connections: { type: 'string' },
      datasets: { type: 'string' },
      'no-first-load': { type: 'boolean', default: false },
      'no-fresh': { type: 'boolean', default: false },
      baseline: { type: 'string' },
      scenarios: { type: 'string' },
      rounds: { type: 'string' },
    },
  });
  const quick = values.quick ?? false;
  const scales = (values.scales ?? (quick ? 'seeds' : 'seeds,1k,10k,100k,taxonomies')).split(',').map((scale) => scale.trim());
  for (const scale of scales) if (!(scale in SCALES)) throw new Error(`Unknown scale "${scale}" (known: ${Object.keys(SCALES).join(', ')})`);
  const rounds = Number(values.rounds ?? (quick ? 1 : 4));
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds takes a whole number of rounds, 1 or more (got "${values.rounds}")`);
  return {
    quick,
    scales,
    firstLoad: !quick && !(values['no-first-load'] ?? false),
    fresh: !(values['no-fresh'] ?? false),
    baselineDir: values.baseline ? resolve(values.baseline) : undefined,
    // Words picking scenarios by name (`--scenarios recommend,search`: every scenario whose name holds one); all by default.
    scenarioFilter: values.scenarios ? values.scenarios.split(',').map((word) => word.trim().toLowerCase()).filter(Boolean) : undefined,
    out: resolve(values.out ?? 'bench/results/latest.json'),
    datasetsDir: resolve(values.datasets ?? resolve(PROJECT_ROOT, '../shared/datasets')),
    durationSeconds: Number(values.duration ?? (quick ? 1 : 3)),
    // Quick runs (the smoke test) skip the time-boxed warm-up; every leg is still primed.
    warmupSeconds: Number(values.warmup ?? (quick ? 0 : 1)),
    databaseWarmupSeconds: Number(values['database-warmup'] ?? (quick ? 0 : 3)),
    connections: Number(values.connections ?? 10),
    // Each cell's single-client runs in this many rounds alternating with the other legs' (measureSideBySide).
    rounds,
  };
}

function timed<T>(work: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const started = performance.now();
  return work().then((value) => ({ value, seconds: (performance.now() - started) / 1000 }));
}

const importResult = (name: string, rows: number, relationships: number, seconds: number): ImportResult => ({
  name,
  rows,
  seconds: round(seconds, 2),
  rowsPerSec: round(rows / seconds, 0),
  relationships,
  relationshipsPerSec: round(relationships / seconds, 0),
});

/**
 * Empties the bench graph. A small graph is deleted through Cypher; a large one (the 100k scale has
 * ~3M relationships, which Cypher deletes at the import's own ~10k/s) by stopping the instance,
 * deleting the user database's store and transaction logs and starting it again: Neo4j creates an
 * empty database, and the system database (so the password) is kept.
 */
async function wipe(db: GraphDatabase, local: LocalNeo4jConfig): Promise<void> {
  if ((await relationshipCount(db)) > 200_000) {
    log('Emptying the bench database (restarting the bench Neo4j on a fresh store)…');
    await stopLocalNeo4j(local);
    const { dataDir } = localNeo4jPaths(local);
    for (const part of ['databases', 'transactions']) await rm(join(dataDir, part, db.databaseName), { recursive: true, force: true });
    await startLocalNeo4j(local, { log });
    return;
  }
  for (;;) {
    const counters = await db.write((tx) => tx.update('MATCH (n) WITH n LIMIT 20000 DETACH DELETE n'));
    if (counters.nodesDeleted === 0) return;
  }
}

async function relationshipCount(db: GraphDatabase): Promise<number> {
  const [row] = await db.readRows<{ count: number }>('MATCH ()-[r]->() RETURN count(r) AS count');
  return row?.count ?? 0;
}

/** Runs `load`, timed, and counts the relationships it added. */
async function timedImport(db: GraphDatabase, name: string, load: () => Promise<number>): Promise<ImportResult> {
  const before = await relationshipCount(db);
  const loaded = await timed(load);
  return importResult(name, loaded.value, (await relationshipCount(db)) - before, loaded.seconds);
}

/** Wipes the graph and loads the scale's data: the curated seeds, plus synthetic roles or the real taxonomies. */
async function loadScale(db: GraphDatabase, scale: string, options: ReturnType<typeof parseOptions>, config: Config): Promise<ImportResult[]> {
  await wipe(db, config.local);
  await applyGraphSchema(db);
  const imports: ImportResult[] = [];
  const seeds = await timedImport(db, 'seeds (curated)', async () => {
    const summary = await loadSeeds(db, await readSeeds(config.seedsDir));
    return summary.families + summary.skills + summary.roles + summary.requirements + summary.progressions;
  });
  if (scale === 'seeds') imports.push(seeds);
  const roles = SCALES[scale];
  if (roles > 0) {
    const graph = generateSynthetic({ ...SYNTHETIC_DEFAULTS, roles });
    imports.push(await timedImport(db, `synthetic ${scale} roles`, () => loadSynthetic(db, graph)));
  }
  if (scale === 'taxonomies') {
    // Each source's first import into this graph, then a re-import over it (the update path), timed.
    imports.push(...(await measureTaxonomyImports(db, { datasetsDir: options.datasetsDir, log })));
    // The graph `npm start` serves links the two through Nesta's crosswalk (SAME_OCCUPATION, and the
    // ESCO occupations' moves derived from their O*NET counterparts'): without it, ESCO occupations
    // lead nowhere and the paths cells would measure a graph nobody runs. Not timed (not an import rate).
    await importOccupationCrosswalk(db, resolve(options.datasetsDir, 'crosswalks'));
  }
  await db.writeRows('CALL db.awaitIndexes(300)');
  return imports;
}

/**
 * The request stream of one leg: a repeated scenario cycles through the first VARIANTS inputs; a fresh
 * one takes the next input for every request, shared by the leg's priming, warm-up and runs, so no
 * request is sent twice while the lists last.
 */
function requestStream<T>(build: (i: number) => T, fresh: boolean, from = 0): { next: () => T; sent: () => number } {
  let i = from;
  return { next: () => build(fresh ? i++ : i++ % VARIANTS), sent: () => i - from };
}

/**
 * Where the database warm-up's fresh requests start in the fresh lists (taken modulo each list's
 * length): far from index 0, where every leg starts, so the measured requests stay new to the
 * database too (the lists hold 2,000-20,000 inputs; a leg sends a few hundred to a few thousand).
 */
const DATABASE_WARMUP_FROM = 10_007;

/** How long a scale waits for its APIs' start-up work (processes.ts, startWorkDone) before measuring anyway. */
const START_WORK_TIMEOUT_MS = 180_000;

/**
 * Sends VARIANTS requests once each and waits for each answer, however long it takes: the first
 * requests after a load pay for Cypher planning and a cold page cache, and a time-boxed warm-up alone
 * would abandon them in flight and let them queue in front of the measured requests.
 */
async function primeHttp(url: string, next: () => HttpRequestSpec): Promise<void> {
  for (let i = 0; i < VARIANTS; i++) {
    const { path, body } = next();
    const response = await fetch(path ? `${url}${path}` : url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    await response.text();
  }
}

const graphqlSpec = (request: GraphqlRequest): HttpRequestSpec => ({ body: JSON.stringify(request) });
const floorSpec = (request: CypherRequest): HttpRequestSpec => ({ path: `/${request.key}`, body: JSON.stringify(request.parameters) });

async function runScale(
  scale: string,
  target: Neo4jTarget,
  driver: Driver,
  options: ReturnType<typeof parseOptions>,
): Promise<{ scenarios: ScenarioResult[]; rssMb: number | undefined; rssUncachedMb: number | undefined; freshPool?: NonNullable<BenchResults['freshPools']>[string] }> {
  const inputs = await pickInputs(driver, target.database);
  const freshInputs = options.fresh ? await pickFreshInputs(driver, target.database) : undefined;
  const api = await startApi(target);
  const apiUncached = await startApi(target, { RESPONSE_CACHE_MAX_AGE_SECONDS: '0' });
  const baseline = options.baselineDir ? await startApi(target, { RESPONSE_CACHE_MAX_AGE_SECONDS: '0' }, options.baselineDir) : undefined;
  const peer = await startPeer(target);
  const floor = await startFloor(target);
  const rss = sampleRss(api.pid);
  const rssUncached = sampleRss(apiUncached.pid);
  // The first cells are not measured while the APIs still build their label indexes and warm their
  // memos (all three at once, on the same cores as Neo4j); their peak RSS still counts, as sampled from here.
  const waitStarted = Date.now();
  const done = await Promise.all([api, apiUncached, ...(baseline ? [baseline] : [])].map((started) => started.startWorkDone(START_WORK_TIMEOUT_MS)));
  log(`${scale}: the APIs' start-up work (label index, memo warming) ${done.every(Boolean) ? 'done' : 'not all done'} after ${((Date.now() - waitStarted) / 1000).toFixed(1)} s`);
  const results: ScenarioResult[] = [];
  let rssPeak: number | undefined;
  let rssUncachedPeak: number | undefined;
  const runs: Array<[Scenario, BenchInputs, boolean]> = [
    ...SCENARIOS.map((scenario): [Scenario, BenchInputs, boolean] => [scenario, inputs, false]),
    ...(freshInputs ? FRESH_SCENARIOS.map((scenario): [Scenario, BenchInputs, boolean] => [scenario, freshInputs, true]) : []),
  ];
  const picked = (scenario: Scenario) => !options.scenarioFilter || options.scenarioFilter.some((word) => scenario.name.toLowerCase().includes(word));
  try {
    for (const [scenario, scenarioInputs, fresh] of runs.filter(([scenario]) => picked(scenario))) {
      const httpLeg = (url: string, build: (i: number) => HttpRequestSpec): Leg & { sent(): number } => {
        const stream = requestStream(build, fresh);
        return {
          async prepare() {
            await primeHttp(url, stream.next);
            if (options.warmupSeconds > 0) await runHttp({ url, next: stream.next, connections: options.connections, durationSeconds: options.warmupSeconds });
          },
          single: (limits) => runHttp({ url, next: stream.next, connections: 1, ...limits }),
          loaded: (seconds) => runHttp({ url, next: stream.next, connections: options.connections, durationSeconds: seconds }),
          sent: stream.sent,
        };
      };
      const cypherLeg = (): Leg => {
        const stream = requestStream((i) => scenario.cypher(scenarioInputs, i), fresh);
        const run = (concurrency: number, limits: Pick<CypherLoadOptions, 'durationSeconds' | 'minAnswers' | 'maxSeconds'>) =>
          runCypher({ driver, database: target.database, statement: stream.next, concurrency, ...limits });
        return {
          async prepare() {
            // No bookmark manager: the bench restarts Neo4j on a fresh store between scales, and bookmarks
            // from the old store would make the new one wait for transactions it never had.
            for (let i = 0; i < VARIANTS; i++) {
              const { statement, parameters } = stream.next();
              await driver.executeQuery(statement, parameters, { database: target.database, routing: 'READ', bookmarkManager: null });
            }
            if (options.warmupSeconds > 0) await run(options.connections, { durationSeconds: options.warmupSeconds });
          },
          single: (limits) => run(1, limits),
          loaded: (seconds) => run(options.connections, { durationSeconds: seconds }),
        };
      };
      // The database warm-up: the scenario's requests through the cache-off API, then the API as
      // deployed, before any leg is measured. Without it the first leg, our API as deployed, was the first to run the scenario's
      // statements many times on a freshly loaded Neo4j (its response cache answers its own priming
      // and warm-up after the first few), and paid the database's warm-up alone: fresh search p99
      // 100-300 ms as deployed against ~15 ms when it ran second (docs/performance.md, "Eleventh pass").
      if (options.databaseWarmupSeconds > 0) {
        for (const url of [apiUncached.url, api.url]) {
          const warm = requestStream((i) => graphqlSpec(scenario.ours(scenarioInputs, i)), fresh, fresh ? DATABASE_WARMUP_FROM : 0);
          await loadHttp({ url, next: warm.next, connections: options.connections, durationSeconds: options.databaseWarmupSeconds });
        }
      }
      const ours = httpLeg(api.url, (i) => graphqlSpec(scenario.ours(scenarioInputs, i)));
      const oursUncached = httpLeg(apiUncached.url, (i) => graphqlSpec(scenario.ours(scenarioInputs, i)));
      const baselineLeg = baseline ? httpLeg(baseline.url, (i) => graphqlSpec(scenario.ours(scenarioInputs, i))) : undefined;
      const floorLeg = httpLeg(floor.url, (i) => floorSpec(scenario.cypher(scenarioInputs, i)));
      const peerBuild = scenario.peer;
      const peerLeg = peerBuild ? httpLeg(peer.url, (i) => graphqlSpec(peerBuild(scenarioInputs, i))) : undefined;
      const cypher = cypherLeg();
      const legs = [ours, oursUncached, baselineLeg, floorLeg, cypher, peerLeg].filter((leg): leg is Leg => leg !== undefined);
      const cells = await measureSideBySide(legs, options.rounds, options.durationSeconds);
      const cellOf = (leg: Leg) => cells[legs.indexOf(leg)]!;
      const oursCell = cellOf(ours);
      const oursUncachedCell = cellOf(oursUncached);
      const baselineCell = baselineLeg && cellOf(baselineLeg);
      const floorCell = cellOf(floorLeg);
      const lowerBound = cellOf(cypher);
      const peerCell = peerLeg ? cellOf(peerLeg) : null;
      results.push({
        name: scenario.name,
        scale,
        ours: oursCell,
        oursUncached: oursUncachedCell,
        ...(baselineCell ? { baseline: baselineCell } : {}),
        floor: floorCell,
        cypher: lowerBound,
        peer: peerCell,
        ...(fresh ? { freshRequests: ours.sent() } : {}),
      });
      log(`${scale} / ${scenario.name}: ours p50 ${oursCell.p50Ms} ms ${oursCell.rps} rps (${oursCell.errors} errors); ` +
        `cache off p50 ${oursUncachedCell.p50Ms} ms ${oursUncachedCell.rps} rps (${oursUncachedCell.errors} errors); ` +
        (baselineCell ? `baseline p50 ${baselineCell.p50Ms} ms ${baselineCell.rps} rps; ` : '') +
        `floor p50 ${floorCell.p50Ms} ms ${floorCell.rps} rps (${floorCell.errors} errors); ` +
        `cypher p50 ${lowerBound.p50Ms} ms ${lowerBound.rps} rps; peer ${peerCell ? `p50 ${peerCell.p50Ms} ms ${peerCell.rps} rps (${peerCell.errors} errors)` : '—'}`);
    }
  } finally {
    rssPeak = rss.stop();
    rssUncachedPeak = rssUncached.stop();
    await api.stop();
    await apiUncached.stop();
    await baseline?.stop();
    await peer.stop();
    await floor.stop();
  }
  const freshPool = freshInputs
    ? { roles: freshInputs.roles.length, pairs: freshInputs.pairs.length, profiles: freshInputs.profiles.length, texts: freshInputs.texts.length }
    : undefined;
  return { scenarios: results, rssMb: rssPeak, rssUncachedMb: rssUncachedPeak, freshPool };
}

function machine(options: ReturnType<typeof parseOptions>): Record<string, string | number> {
  let commit = 'unknown';
  try {
    commit = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
  } catch {
    // not a git checkout
  }
  return {
    date: new Date().toISOString(),
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGb: round(totalmem() / 2 ** 30, 1),
    os: `${platform()} ${release()}`,
    node: process.version,
    neo4j: NEO4J_VERSION,
    commit,
    connections: options.connections,
    durationSeconds: options.durationSeconds,
    rounds: options.rounds,
    synthetic: JSON.stringify(SYNTHETIC_DEFAULTS),
    warmupSeconds: options.warmupSeconds,
    databaseWarmupSeconds: options.databaseWarmupSeconds,
    singleClientMinAnswers: MIN_ANSWERS_FOR_P99,
    singleClientMaxStretch: MAX_STRETCH,
    mode: options.quick ? 'quick' : 'full',
  };
}

async function main(): Promise<void> {
  const options = parseOptions();
  const config = loadConfig({
    ...process.env,
    NEO4J_LOCAL_NAME: process.env.BENCH_NEO4J_NAME ?? 'bench',
    NEO4J_BOLT_PORT: process.env.BENCH_NEO4J_BOLT_PORT ?? '7740',
    // Each scale loads its own data; the bundled first load is measured on its own instance (bench/firstLoad.ts).
    NEO4J_FIRST_LOAD: 'empty',
  });
  log('Building the API (npm run build): the bench measures the production build…');
  buildApi();
  const local = await startLocalNeo4j(config.local, { log, transactionTimeoutMs: config.neo4j.transactionTimeoutMs });
  log(local.alreadyRunning ? `Using the bench Neo4j already running at ${local.uri}.` : `Started the bench Neo4j at ${local.uri}.`);
  const target: Neo4jTarget = { uri: local.uri, user: config.neo4j.user, password: config.neo4j.password, database: config.neo4j.database };
  const { db, close } = openGraphDatabase(config, { uri: local.uri, transactionTimeoutMs: 600_000 });
  const results: BenchResults = { machine: machine(options), scenarios: [], imports: [], rssMb: null, rssUncachedMb: null, firstLoad: null };
  if (options.baselineDir) results.machine.baseline = options.baselineDir;
  try {
    if (options.firstLoad) {
      log('Measuring the first load (an empty store bulk-loaded from data/graph, then seeded and finished)…');
      results.firstLoad = await measureFirstLoad();
    }
    for (const scale of options.scales) {
      log(`Loading scale "${scale}"…`);
      results.imports.push(...(await loadScale(db, scale, options, config)));
      const measured = await runScale(scale, target, db.driver, options);
      results.scenarios.push(...measured.scenarios);
      if (measured.freshPool) results.freshPools = { ...results.freshPools, [scale]: measured.freshPool };
      // The results keep the peak over every scale; the log says which scale made it.
      log(`${scale}: peak RSS of the API ${measured.rssMb ?? 'n/a'} MiB as deployed, ${measured.rssUncachedMb ?? 'n/a'} MiB with the cache off`);
      if (measured.rssMb !== undefined) results.rssMb = round(Math.max(results.rssMb ?? 0, measured.rssMb), 1);
      if (measured.rssUncachedMb !== undefined) results.rssUncachedMb = round(Math.max(results.rssUncachedMb ?? 0, measured.rssUncachedMb), 1);
    }
  } finally {
    await close();
    if (!local.alreadyRunning) {
      log('Stopping the bench Neo4j this run started.');
      await stopLocalNeo4j(config.local);
    }
  }
  await mkdir(dirname(options.out), { recursive: true });
  await writeFile(options.out, `${JSON.stringify(results, null, 2)}\n`);
  const markdownPath = options.out.replace(/\.json$/, '') + '.md';
  await writeFile(markdownPath, renderMarkdown(results));
  log(`Wrote ${options.out} and ${markdownPath}.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
