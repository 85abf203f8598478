/**
 * Side by side, in alternating rounds: the bench's scenarios against several running APIs (e.g. this
 * checkout and a worktree of the commit before a change, both cache off) and the HTTP floor, so a
 * difference of a tenth of a millisecond is not one 2-second cell's noise (`npm run bench` runs each
 * leg once). Per round and leg: a single-client run and a run at 10 connections, each `--seconds`
 * long, after one round that is not counted (first statements are planned and compiled then);
 * printed: the median over the rounds of p50, p99 and req/s, and p50 ÷ the floor's.
 *
 *   npx tsx bench/alternating.ts --bolt bolt://127.0.0.1:7740 --floor http://127.0.0.1:4902 \
 *     --target before=http://127.0.0.1:4921/graphql --target after=http://127.0.0.1:4922/graphql \
 *     --scenario "role lookup" --scenario skillGap --rounds 5
 *
 * The floor is bench/floorServer.ts; the APIs and the floor must read the same graph as --bolt, from
 * which the inputs are picked as the bench picks them (scenarios.ts, pickInputs).
 *
 * `--fresh` runs the fresh scenarios ("fresh headline: …", pickFreshInputs) instead: every leg walks
 * the same list of requests in the same order and carries on where it stopped in the round before,
 * so no leg sees a request twice while the list lasts (a faster leg gets further down it). A list
 * can run out: careerPaths' pairs (≤ 4,000) do within the first round at ~1,000 req/s, and from then
 * on a leg asks what it asked before, which its memos may answer (docs/performance.md, "Twenty-first
 * pass"). Each leg's line then says how many of its requests repeated earlier ones.
 */
import neo4j from 'neo4j-driver';
import { pathToFileURL } from 'node:url';
import { DEFAULT_LOCAL_PASSWORD } from '../src/config.js';
import { loadHttp, type HttpRequestSpec } from './loadHttp.js';
import { singleClientRun } from './measurement.js';
import { FRESH_SCENARIOS, pickFreshInputs, pickInputs, SCENARIOS, type BenchInputs, type Scenario } from './scenarios.js';
import { namedOptions, options } from './typeahead.js';

interface Leg {
  name: string;
  url: string;
  request(inputs: BenchInputs, i: number): HttpRequestSpec;
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

function legsOf(scenario: Scenario, targets: ReadonlyMap<string, string>, floor: string): Leg[] {
  const ours = [...targets].map(([name, url]) => ({ name, url, request: (inputs: BenchInputs, i: number) => ({ body: JSON.stringify(scenario.ours(inputs, i)) }) }));
  const viaFloor: Leg = {
    name: 'floor',
    url: floor,
    request: (inputs, i) => {
      const { key, parameters } = scenario.cypher(inputs, i);
      return { path: `/${key}`, body: JSON.stringify(parameters) };
    },
  };
  return [...ours, viaFloor];
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const targets = namedOptions(argv, 'target');
  const floor = options(argv, 'floor')[0];
  if (targets.size === 0 || !floor) throw new Error('Give --floor http://host:port and at least one --target name=http://host:port/graphql');
  const names = options(argv, 'scenario');
  const fresh = argv.includes('--fresh');
  const known = fresh ? FRESH_SCENARIOS : SCENARIOS;
  const scenarios = known.filter((scenario) => names.length === 0 || names.includes(scenario.name));
  if (scenarios.length === 0) throw new Error(`No scenario named ${names.join(', ')}; known: ${known.map((s) => s.name).join('; ')}`);
  const rounds = Number(options(argv, 'rounds')[0] ?? 5);
  const seconds = Number(options(argv, 'seconds')[0] ?? 2);
  const driver = neo4j.driver(options(argv, 'bolt')[0] ?? 'bolt://127.0.0.1:7687', neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? DEFAULT_LOCAL_PASSWORD));
  const database = process.env.NEO4J_DATABASE ?? 'neo4j';
  const inputs = await (fresh ? pickFreshInputs(driver, database) : pickInputs(driver, database)).finally(() => driver.close());

  for (const scenario of scenarios) {
    const legs = legsOf(scenario, targets, floor);
    const runs = new Map<string, Array<{ p50: number; p99: number; rps: number }>>();
    // Where each leg is in the list: from 0 every run, or (fresh) on from the previous run.
    const position = new Map(legs.map((leg) => [leg.name, 0]));
    // Fresh: the requests each leg sent, and how many of them it had sent before (the list ran out).
    const sent = new Map(legs.map((leg) => [leg.name, new Set<string>()]));
    const repeated = new Map(legs.map((leg) => [leg.name, 0]));
    for (let round = -1; round < rounds; round++) {
      for (const leg of legs) {
        let i = fresh ? position.get(leg.name)! : 0;
        const next = () => {
          position.set(leg.name, i + 1);
          const request = leg.request(inputs, i++);
          if (fresh) {
            const key = `${request.path ?? ''} ${request.body}`;
            const seen = sent.get(leg.name)!;
            if (seen.has(key)) repeated.set(leg.name, repeated.get(leg.name)! + 1);
            else seen.add(key);
          }
          return request;
        };
        const single = await loadHttp({ url: leg.url, next, connections: 1, ...singleClientRun(seconds) });
        const loaded = await loadHttp({ url: leg.url, next, connections: 10, durationSeconds: seconds });
        if (single.errors > 0 || loaded.errors > 0) throw new Error(`${scenario.name} / ${leg.name}: ${single.errors + loaded.errors} errors, e.g. ${single.firstError ?? loaded.firstError}`);
        if (round >= 0) runs.set(leg.name, [...(runs.get(leg.name) ?? []), { p50: single.p50Ms, p99: single.p99Ms, rps: loaded.rps }]);
      }
    }
    const floorP50 = median(runs.get('floor')!.map((run) => run.p50));
    console.log(`${scenario.name} (${rounds} rounds of ${seconds} s; median p50 / p99 ms single client, req/s at 10 connections):`);
    for (const [name, list] of runs) {
      const p50 = median(list.map((run) => run.p50));
      const ratio = name === 'floor' ? '' : `, ${(p50 / floorP50).toFixed(2)} × the floor`;
      const repeats = repeated.get(name)!;
      const note = repeats > 0 ? `; ${repeats} of ${position.get(name)} requests repeated earlier ones: the fresh list ran out` : '';
      console.log(`  ${name}: ${p50} / ${median(list.map((run) => run.p99))} / ${median(list.map((run) => run.rps))}${ratio} (p50 per round: ${list.map((run) => run.p50).join(' ')}${note})`);
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) await main();
