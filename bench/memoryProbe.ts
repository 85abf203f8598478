/**
 * The bench's mixed load against already running APIs, for memory only (issue 14): every scenario of
 * bench/scenarios.ts, repeated then fresh, with the bench's legs per cell (priming, warm-up, one
 * client, --connections clients), sent to each target in turn, while the resident memory of each
 * target's pid is sampled (bench/processes.ts sampleRss). Prints the peak RSS per target and
 * scenario and over the whole load. It starts nothing: run the APIs yourself (e.g. with different
 * flags or settings) against the graph the bench would measure, then
 *
 *   npx tsx bench/memoryProbe.ts --target on=http://127.0.0.1:4811/graphql@<pid> \
 *     [--target off=http://…@<pid>] [--scenarios fresh,search] [--duration 3] [--connections 10]
 *
 * NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE name the graph (for picking the inputs, as run.ts does).
 */
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { loadHttp, type HttpRequestSpec } from './loadHttp.js';
import { round } from './measurement.js';
import { sampleRss } from './processes.js';
import { FRESH_SCENARIOS, pickFreshInputs, pickInputs, SCENARIOS, type BenchInputs, type Scenario } from './scenarios.js';

const VARIANTS = 20;

const { values } = parseArgs({
  options: {
    target: { type: 'string', multiple: true },
    scenarios: { type: 'string' },
    duration: { type: 'string', default: '3' },
    connections: { type: 'string', default: '10' },
  },
});
const targets = (values.target ?? []).map((spec) => {
  const match = /^([^=]+)=(.+)@(\d+)$/.exec(spec);
  if (!match) throw new Error(`--target name=url@pid, not "${spec}"`);
  return { name: match[1], url: match[2], pid: Number(match[3]) };
});
if (targets.length === 0) throw new Error('At least one --target name=url@pid');
const words = values.scenarios?.split(',').map((word) => word.trim().toLowerCase()).filter(Boolean);
const durationSeconds = Number(values.duration);
const connections = Number(values.connections);

const driver = neo4j.driver(process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687', neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? 'career-graph-local'));
const database = process.env.NEO4J_DATABASE ?? 'neo4j';
try {
  const inputs = await pickInputs(driver, database);
  const freshInputs = await pickFreshInputs(driver, database);
  const runs: Array<[Scenario, BenchInputs, boolean]> = [
    ...SCENARIOS.map((scenario): [Scenario, BenchInputs, boolean] => [scenario, inputs, false]),
    ...FRESH_SCENARIOS.map((scenario): [Scenario, BenchInputs, boolean] => [scenario, freshInputs, true]),
  ].filter(([scenario]) => !words || words.some((word) => scenario.name.toLowerCase().includes(word)));
  const overall = targets.map(() => 0);
  // Fresh streams continue across cells of one target, as run.ts gives each leg its own stream per cell.
  for (const [scenario, scenarioInputs, fresh] of runs) {
    const line: string[] = [];
    for (const [t, target] of targets.entries()) {
      let i = 0;
      const next = (): HttpRequestSpec => ({ body: JSON.stringify(scenario.ours(scenarioInputs, fresh ? i++ : i++ % VARIANTS)) });
      const rss = sampleRss(target.pid);
      for (let k = 0; k < VARIANTS; k++) await (await fetch(target.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: next().body })).text();
      await loadHttp({ url: target.url, next, connections, durationSeconds: 1 });
      const single = await loadHttp({ url: target.url, next, connections: 1, durationSeconds });
      const loaded = await loadHttp({ url: target.url, next, connections, durationSeconds });
      const peak = rss.stop() ?? 0;
      overall[t] = Math.max(overall[t], peak);
      line.push(`${target.name} ${round(peak, 0)} MiB (p50 ${single.p50Ms} ms, ${loaded.rps} rps, ${single.errors + loaded.errors} errors)`);
    }
    console.log(`${scenario.name}: ${line.join('; ')}`);
  }
  console.log(`peak RSS: ${targets.map((target, t) => `${target.name} ${round(overall[t], 1)} MiB`).join('; ')}`);
} finally {
  await driver.close();
}
