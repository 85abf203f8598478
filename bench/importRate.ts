/**
 * Times the O*NET and ESCO Cypher imports alone, as `npm run bench` does at its "taxonomies" scale,
 * without the API scenarios: per source a first import into a graph without that source (it is
 * removed first), then a re-import over it (the update path). Prints relationships/s against the
 * target of issue 13 (≥ 20,000/s).
 *
 *   NEO4J_LOCAL_NAME=imp NEO4J_BOLT_PORT=7760 npx tsx bench/importRate.ts
 *   options: --sources onet,esco  --datasets <dir> (default ../shared/datasets)  --runs <n> (default 1)
 *            --no-update (first imports only)  --statements (time per Cypher statement)
 *            --phases (each import phase's time: parsing, node and edge types, linking)
 *            --out <file.json> (the rows, as bench/results/latest.json holds them)
 *   NEO4J_PID=<pid>: the server's process, for its CPU time per import when NEO4J_URI names a server on
 *   this machine (the local instance's is known without it).
 *
 * Uses NEO4J_URI when set; otherwise starts (or reuses) the configured local Neo4j and leaves it
 * running. It deletes and rewrites the sources it imports on that server: never point it at a graph
 * you care about.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, PROJECT_ROOT } from '../src/config.js';
import { startLocalNeo4j } from '../src/localNeo4j/LocalNeo4j.js';
import { applyGraphSchema } from '../src/neo4j/graphSchema.js';
import { openGraphDatabase } from '../src/neo4j/openGraphDatabase.js';
import type { ImportResult } from './run.js';
import { CYPHER_UPDATE_TARGET, CYPHER_UPDATE_TARGET_LABEL, measureTaxonomyImports, statementTimer, TAXONOMY_SOURCES, type TaxonomySource } from './taxonomyImports.js';

const { values } = parseArgs({
  options: {
    sources: { type: 'string', default: 'onet,esco' },
    datasets: { type: 'string' },
    runs: { type: 'string', default: '1' },
    'no-update': { type: 'boolean', default: false },
    statements: { type: 'boolean', default: false },
    phases: { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});
const sources = values.sources.split(',').map((source) => source.trim());
for (const source of sources) if (!(source in TAXONOMY_SOURCES)) throw new Error(`Unknown source "${source}" (known: ${Object.keys(TAXONOMY_SOURCES).join(', ')})`);
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive integer');

const log = (message: string) => console.error(`[imports] ${message}`);
const config = loadConfig();
const local = config.neo4j.uri ? undefined : await startLocalNeo4j(config.local, { log });
const uri = config.neo4j.uri ?? local!.uri;
// The server's CPU time per import, when it runs here: the local instance's pid, or NEO4J_PID for another.
const serverPid = process.env.NEO4J_PID ? Number(process.env.NEO4J_PID) : local?.pid;
const opened = openGraphDatabase(config, { uri, transactionTimeoutMs: 600_000, retryMs: 30_000 });
const timer = statementTimer();
const db = values.statements ? opened.db.withObserver(timer) : opened.db;
const rows: ImportResult[] = [];
try {
  await applyGraphSchema(db);
  for (let run = 1; run <= runs; run++) {
    if (runs > 1) log(`run ${run} of ${runs}`);
    rows.push(
      ...(await measureTaxonomyImports(db, {
        datasetsDir: resolve(values.datasets ?? resolve(PROJECT_ROOT, '../shared/datasets')),
        sources: sources as TaxonomySource[],
        update: !values['no-update'],
        phases: values.phases,
        serverPid,
        log,
      })),
    );
  }
} finally {
  await opened.close();
}
console.log(`| Import | Relationships written | Created | Deleted | Seconds | In write transactions | CPU s: client / Neo4j | Relationships/s | ${CYPHER_UPDATE_TARGET_LABEL} |`);
console.log('|---|---|---|---|---|---|---|---|---|');
for (const row of rows) {
  console.log(
    `| ${row.name} | ${row.relationships} | ${row.relationshipsCreated} | ${row.relationshipsDeleted} | ${row.seconds} | ${row.writeSeconds} | ` +
      `${row.clientCpuSeconds} / ${row.serverCpuSeconds ?? 'n/a'} | ` +
      `${row.relationshipsPerSec} | ${row.relationshipsPerSec >= CYPHER_UPDATE_TARGET ? 'met' : 'not met'} |`,
  );
}
if (values.statements) console.log(`\nTime per statement (all runs):\n${timer.report()}`);
if (values.out) await writeFile(resolve(values.out), `${JSON.stringify(rows, null, 2)}\n`);
