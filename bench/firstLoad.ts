/**
 * The cold start a newcomer sees: `npm start` (the API process, as `npm start` runs it, without the
 * web build of `prestart`) on a local instance whose store is empty, timed from the process start to
 *
 * - the bulk load's end (neo4j-admin alone, and the whole step: checksums, JVM, import), with its
 *   relationships/s against the target of issue 13 (≥ 100,000 relationships/s);
 * - the first answer about a curated role (the seeds are in);
 * - /ready (everything loaded: seeds, links across sources, indexes).
 *
 * Run alone with `npx tsx bench/firstLoad.ts [runs]`; `npm run bench` runs it once and reports it.
 * Uses its own instance ("bench-first-load", NEO4J_BENCH_FIRST_LOAD_BOLT_PORT or 7742) and wipes it.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { loadConfig, PROJECT_ROOT } from '../src/config.js';
import { FIRST_LOAD_MARKER, type FirstLoadMarker } from '../src/localNeo4j/firstLoad.js';
import { localNeo4jPaths, stopLocalNeo4j, wipeLocalDatabase } from '../src/localNeo4j/LocalNeo4j.js';
import { API_NODE_FLAGS } from '../src/nodeFlags.js';
import { round } from './measurement.js';
import { freePort } from './processes.js';

/** Issue 13's targets. */
export const FIRST_LOAD_TARGET_RELATIONSHIPS_PER_SECOND = 100_000;

export interface FirstLoadResult {
  relationships: number;
  nodes: number;
  /** neo4j-admin's own time ("IMPORT DONE in …"). */
  importSeconds: number;
  /** The whole bulk step: checksums verified, neo4j-admin (JVM start included), marker written. */
  bulkSeconds: number;
  importRelationshipsPerSec: number;
  bulkRelationshipsPerSec: number;
  /** From the API process's start to its first answer about a curated role. */
  firstAnswerSeconds: number;
  /** From the API process's start to /ready answering 200. */
  readySeconds: number;
}

const CURATED_PROBE = JSON.stringify({ query: '{ role(slug: "cloud-architect") { title } }' });

export async function measureFirstLoad(): Promise<FirstLoadResult> {
  const env = {
    ...process.env,
    NEO4J_URI: '',
    NEO4J_LOCAL_NAME: 'bench-first-load',
    NEO4J_BOLT_PORT: process.env.NEO4J_BENCH_FIRST_LOAD_BOLT_PORT ?? '7742',
    NEO4J_FIRST_LOAD: 'bundled',
    LOG_LEVEL: 'warn',
  };
  const config = loadConfig(env);
  await wipeLocalDatabase(config.local);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(process.execPath, [...API_NODE_FLAGS, '--import', 'tsx', join(PROJECT_ROOT, 'src/main.ts')], {
    env: { ...env, PORT: String(port), RESPONSE_CACHE_MAX_AGE_SECONDS: '0' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (chunk) => (errors = (errors + chunk).slice(-4000)));
  let firstAnswerSeconds: number | undefined;
  let readySeconds: number | undefined;
  try {
    const deadline = Date.now() + 600_000;
    while (readySeconds === undefined) {
      if (child.exitCode !== null) throw new Error(`the API exited during its first start:\n${errors}`);
      if (Date.now() > deadline) throw new Error('the first start took more than 10 minutes');
      if (firstAnswerSeconds === undefined) {
        const answered = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: CURATED_PROBE })
          .then((response) => response.json() as Promise<{ data?: { role?: { title?: string } | null } }>)
          .then((body) => Boolean(body.data?.role?.title), () => false);
        if (answered) firstAnswerSeconds = (performance.now() - started) / 1000;
      }
      const status = await fetch(`${url}/ready`).then((response) => response.status, () => 0);
      if (status === 200) readySeconds = (performance.now() - started) / 1000;
      else await sleep(100);
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    await stopLocalNeo4j(config.local);
  }
  const marker = JSON.parse(readFileSync(join(localNeo4jPaths(config.local).home, FIRST_LOAD_MARKER), 'utf8')) as FirstLoadMarker;
  const relationships = marker.relationships ?? 0;
  const importSeconds = marker.importSeconds ?? Number.NaN;
  const bulkSeconds = marker.seconds ?? Number.NaN;
  return {
    relationships,
    nodes: marker.nodes ?? 0,
    importSeconds: round(importSeconds, 1),
    bulkSeconds: round(bulkSeconds, 1),
    importRelationshipsPerSec: Math.round(relationships / importSeconds),
    bulkRelationshipsPerSec: Math.round(relationships / bulkSeconds),
    firstAnswerSeconds: round(firstAnswerSeconds ?? readySeconds, 1),
    readySeconds: round(readySeconds, 1),
  };
}

export function renderFirstLoad(results: readonly FirstLoadResult[]): string {
  const lines = [
    '| Run | Relationships | neo4j-admin s | rel/s | Bulk step s | rel/s | First answer s | Ready s |',
    '|---|---|---|---|---|---|---|---|',
    ...results.map(
      (r, i) =>
        `| ${i + 1} | ${r.relationships.toLocaleString('en')} | ${r.importSeconds} | ${r.importRelationshipsPerSec.toLocaleString('en')} | ${r.bulkSeconds} | ` +
        `${r.bulkRelationshipsPerSec.toLocaleString('en')} | ${r.firstAnswerSeconds} | ${r.readySeconds} |`,
    ),
  ];
  const best = Math.max(...results.map((r) => r.bulkRelationshipsPerSec));
  lines.push(
    '',
    `- First load (bulk, whole step): ${best.toLocaleString('en')} relationships/s (target ≥ ${FIRST_LOAD_TARGET_RELATIONSHIPS_PER_SECOND.toLocaleString('en')}): ` +
      (best >= FIRST_LOAD_TARGET_RELATIONSHIPS_PER_SECOND ? 'met' : '**not met**'),
  );
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const runs = Number(process.argv[2] ?? 1);
  const results: FirstLoadResult[] = [];
  for (let run = 0; run < runs; run++) results.push(await measureFirstLoad());
  console.log(renderFirstLoad(results));
}
