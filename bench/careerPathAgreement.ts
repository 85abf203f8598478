/**
 * careerPaths answers of two running APIs compared on fresh role pairs (issue 14): for every pair and
 * every rankBy, the top `--first` routes (start to target, as role slugs) of each target, in order.
 * Prints, per rankBy, how many pairs got the same ordered list, the same set, the mean overlap, and
 * the pairs that differ; and p50 / p90 / max latency per target (single client, each request sent to
 * every target in turn, so both see the same machine load). Used to show that a faster careerPaths
 * statement answers as the old one did (docs/performance.md, "careerPaths on dense graphs").
 *
 *   npx tsx bench/careerPathAgreement.ts --bolt bolt://127.0.0.1:7840 --target new=http://127.0.0.1:4841/graphql \
 *     --target old=http://127.0.0.1:4842/graphql [--pairs 300] [--first 5] [--maxHops 4] [--out file.json]
 *
 * Pairs are picked as bench/scenarios.ts pickFreshInputs picks them (a role with moves and
 * requirements, and the first two roles by slug two or three moves away), from a fixed spread of the
 * roles sorted by slug rather than a shuffle of all of them, which is slow on the O*NET + ESCO graph.
 * Both APIs must run with the response cache off (RESPONSE_CACHE_MAX_AGE_SECONDS=0) over the same
 * graph; this script starts nothing.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { DEFAULT_LOCAL_PASSWORD } from '../src/config.js';
import { quantile, round } from './measurement.js';

const RANKINGS = ['FEWEST_STEPS', 'SMALLEST_GAP', 'HIGHEST_SALARY'] as const;
const QUERY = `query Agreement($from: String!, $to: String!, $first: Int, $maxHops: Int, $rankBy: PathRanking) {
  careerPaths(from: $from, to: $to, first: $first, maxHops: $maxHops, rankBy: $rankBy) { roles { slug } totals { score } }
}`;

interface Pair {
  from: string;
  to: string;
}

async function pickPairs(bolt: string, count: number): Promise<Pair[]> {
  const driver = neo4j.driver(bolt, neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? DEFAULT_LOCAL_PASSWORD));
  try {
    const result = await driver.executeQuery(
      `MATCH (role:Role) WHERE EXISTS { (role)-[:LEADS_TO]->() } AND EXISTS { (role)-[:REQUIRES]->() }
       WITH role ORDER BY role.slug
       WITH collect(role) AS roles
       UNWIND range(0, toInteger($roles) - 1) AS i
       WITH DISTINCT roles[(i * 7919 + 14) % size(roles)] AS from
       CALL (from) { MATCH (from)-[:LEADS_TO]->{2,3}(to:Role) WHERE to <> from RETURN DISTINCT to ORDER BY to.slug LIMIT 2 }
       RETURN from.slug AS from, to.slug AS to`,
      { roles: neo4j.int(Math.ceil(count / 2)) },
      { database: process.env.NEO4J_DATABASE ?? 'neo4j', routing: 'READ' },
    );
    return result.records.map((record) => ({ from: String(record.get('from')), to: String(record.get('to')) })).slice(0, count);
  } finally {
    await driver.close();
  }
}

async function ask(url: string, variables: Record<string, unknown>): Promise<{ keys: string[] | null; error: string | null; ms: number }> {
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY, variables }) });
  const body = (await response.json()) as { data?: { careerPaths: Array<{ roles: Array<{ slug: string }> }> }; errors?: Array<{ message: string }> };
  const ms = performance.now() - started;
  if (body.errors?.length || !body.data) return { keys: null, error: body.errors?.[0]?.message ?? `HTTP ${response.status}`, ms };
  return { keys: body.data.careerPaths.map((path) => path.roles.map((role) => role.slug).join('>')), error: null, ms };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      bolt: { type: 'string', default: 'bolt://127.0.0.1:7687' },
      target: { type: 'string', multiple: true },
      pairs: { type: 'string', default: '300' },
      first: { type: 'string', default: '5' },
      maxHops: { type: 'string', default: '4' },
      out: { type: 'string' },
    },
  });
  const targets = (values.target ?? []).map((entry) => {
    const at = entry.indexOf('=');
    return { name: entry.slice(0, at), url: entry.slice(at + 1) };
  });
  if (targets.length !== 2) throw new Error('Give exactly two --target name=url (the first is compared against the second).');
  const [a, b] = targets as [{ name: string; url: string }, { name: string; url: string }];
  const pairs = await pickPairs(values.bolt!, Number(values.pairs));
  const first = Number(values.first);
  const maxHops = Number(values.maxHops);
  const latencies = new Map<string, number[]>();
  const record = (key: string, ms: number) => latencies.set(key, [...(latencies.get(key) ?? []), ms]);
  const summary: Record<string, { pairs: number; sameOrder: number; sameSet: number; meanOverlap: number; errors: Record<string, number>; differing: unknown[] }> = {};
  for (const rankBy of RANKINGS) {
    const entry = { pairs: 0, sameOrder: 0, sameSet: 0, meanOverlap: 0, errors: { [a.name]: 0, [b.name]: 0 }, differing: [] as unknown[] };
    for (const pair of pairs) {
      const variables = { ...pair, first, maxHops, rankBy };
      const answerA = await ask(a.url, variables);
      const answerB = await ask(b.url, variables);
      record(`${a.name} ${rankBy}`, answerA.ms);
      record(`${b.name} ${rankBy}`, answerB.ms);
      if (answerA.error) entry.errors[a.name]!++;
      if (answerB.error) entry.errors[b.name]!++;
      if (!answerA.keys || !answerB.keys) continue;
      entry.pairs++;
      const setB = new Set(answerB.keys);
      const common = answerA.keys.filter((key) => setB.has(key)).length;
      const same = answerA.keys.length === answerB.keys.length && answerA.keys.every((key, index) => key === answerB.keys![index]);
      if (same) entry.sameOrder++;
      if (common === answerA.keys.length && common === answerB.keys.length) entry.sameSet++;
      entry.meanOverlap += answerB.keys.length ? common / answerB.keys.length : 1;
      if (!same) entry.differing.push({ ...pair, [a.name]: answerA.keys, [b.name]: answerB.keys });
    }
    entry.meanOverlap = round(entry.pairs ? entry.meanOverlap / entry.pairs : 1, 4);
    summary[rankBy] = entry;
    console.log(`${rankBy}: ${entry.sameOrder}/${entry.pairs} same top-${first} in the same order, ${entry.sameSet}/${entry.pairs} same set, mean overlap ${entry.meanOverlap}, errors ${JSON.stringify(entry.errors)}`);
  }
  const timing = Object.fromEntries(
    [...latencies].map(([name, ms]) => {
      const sorted = [...ms].sort((x, y) => x - y);
      return [name, { requests: ms.length, p50Ms: round(quantile(sorted, 0.5), 2), p90Ms: round(quantile(sorted, 0.9), 2), maxMs: round(sorted.at(-1) ?? 0, 2) }];
    }),
  );
  console.log(JSON.stringify(timing));
  if (values.out) writeFileSync(values.out, JSON.stringify({ pairs: pairs.length, first, maxHops, summary, timing }, null, 2));
}

await main();
