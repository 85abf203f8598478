/**
 * The API's resident memory through its start, with no requests: the search label index's build and
 * the memo warming (requirements, credit links, skill identities, the moves in memory) run then, and
 * on a large graph they read the most rows the process ever reads at once. Per round, each API (this
 * checkout's production build, and with `--baseline <checkout>` that one's, alternating which goes
 * first) is started cache off against the graph NEO4J_URI holds, left `--seconds` alone, and its
 * kernel peak (VmHWM) and resident memory at the end (VmRSS) are read; printed per round and as
 * medians:
 *
 *   npx tsx bench/startPeak.ts --baseline /tmp/wt-base --rounds 3 --seconds 30
 *
 * NEO4J_URI (default the bench's bolt://127.0.0.1:7740) / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE.
 * The API logs when its memos are warmed; `--seconds` must cover that (5-20 s on 100k roles).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { DEFAULT_LOCAL_PASSWORD } from '../src/config.js';
import { buildApi, peakRssMb, rssMb, startApi, type Neo4jTarget } from './processes.js';
import { options } from './typeahead.js';

const argv = process.argv.slice(2);
const baseline = options(argv, 'baseline')[0];
const rounds = Number(options(argv, 'rounds')[0] ?? 3);
const seconds = Number(options(argv, 'seconds')[0] ?? 30);
const target: Neo4jTarget = {
  uri: process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7740',
  user: process.env.NEO4J_USER ?? 'neo4j',
  password: process.env.NEO4J_PASSWORD ?? DEFAULT_LOCAL_PASSWORD,
  database: process.env.NEO4J_DATABASE ?? 'neo4j',
};

const apis: Array<{ name: string; dir?: string }> = [{ name: 'ours' }, ...(baseline ? [{ name: 'baseline', dir: baseline }] : [])];
buildApi();
const measured = new Map<string, Array<{ peak: number; end: number }>>(apis.map(({ name }) => [name, []]));
for (let round = 0; round < rounds; round++) {
  for (const { name, dir } of round % 2 === 0 ? apis : [...apis].reverse()) {
    const api = await startApi(target, { RESPONSE_CACHE_MAX_AGE_SECONDS: '0' }, dir);
    await sleep(seconds * 1_000);
    const peak = peakRssMb(api.pid) ?? Number.NaN;
    const end = rssMb(api.pid) ?? Number.NaN;
    await api.stop();
    measured.get(name)!.push({ peak, end });
    console.log(`round ${round + 1} ${name}: peak RSS ${peak.toFixed(1)} MiB, ${end.toFixed(1)} MiB after ${seconds} s`);
  }
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
for (const [name, runs] of measured) {
  console.log(`${name}: median peak ${median(runs.map((run) => run.peak)).toFixed(1)} MiB (${runs.map((run) => run.peak.toFixed(1)).join(', ')}), median at the end ${median(runs.map((run) => run.end)).toFixed(1)} MiB`);
}
