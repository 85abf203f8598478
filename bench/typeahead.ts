/**
 * Type-ahead on fresh prefixes (issue 14): role titles and skill names of the bundled graph typed one
 * character at a time (from 2), every text sent once, so no response cache can answer; single client
 * over HTTP, `search(text, first: 10)` as the explorer sends it. Several APIs (e.g. this branch and
 * main over the same graph) are measured side by side: each text goes to every target in turn, so
 * all see the same machine load. Prints p50 / p90 / p99 / max per target, and RSS when a pid is given.
 *
 *   npx tsx bench/typeahead.ts --target ours=http://127.0.0.1:4852/graphql [--target main=http://…] \
 *     [--pid ours=<pid>] [--labels 80] [--seed 1]
 *
 * The targets must already run on the O*NET + ESCO graph (`NEO4J_FIRST_LOAD=bundled npm start`);
 * this script starts nothing. Labels are drawn deterministically (--seed) from data/graph: role titles
 * and skill names, half each.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createGunzip } from 'node:zlib';
import { parse } from 'csv-parse';
import { PROJECT_ROOT } from '../src/config.js';
import { quantile, round } from './measurement.js';

const SEARCH = `query TypeAhead($text: String!) { search(text: $text, first: 10) { kind score role { slug title } skill { slug name } } }`;

export interface TypeaheadResult {
  target: string;
  requests: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Peak RSS sampled during the run (MiB), when a pid was given. */
  peakRssMiB?: number;
}

/** The rows of a node file of the bundled graph (data/graph/nodes), keyed by property name (no type suffix). */
export async function bundledNodeRows(file: string, names: readonly string[]): Promise<Array<Record<string, string>>> {
  const rows: Array<Record<string, string>> = [];
  const parser = createReadStream(join(PROJECT_ROOT, 'data/graph/nodes', file)).pipe(createGunzip()).pipe(parse({ columns: true }));
  for await (const row of parser as AsyncIterable<Record<string, string>>) {
    const picked: Record<string, string> = {};
    for (const [header, value] of Object.entries(row)) {
      const name = header.split(':')[0];
      if (names.includes(name) && value) picked[name] = value;
    }
    rows.push(picked);
  }
  return rows;
}

async function column(file: string, name: string): Promise<string[]> {
  return (await bundledNodeRows(file, [name])).flatMap((row) => (row[name] ? [row[name]] : []));
}

/** `count` labels drawn without replacement by a seeded LCG (the same run after run). */
export function draw(labels: readonly string[], count: number, seed: number): string[] {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pool = [...new Set(labels)];
  const picked: string[] = [];
  while (picked.length < count && pool.length > 0) picked.push(pool.splice(Math.floor(random() * pool.length), 1)[0]);
  return picked;
}

/** Every prefix (from 2 characters) of every label, each text once, in typing order. */
export function freshPrefixes(labels: readonly string[]): string[] {
  const seen = new Set<string>();
  const texts: string[] = [];
  for (const label of labels) {
    for (let length = 2; length <= label.length; length++) {
      const text = label.slice(0, length).toLowerCase();
      if (text.trim().length < 2 || seen.has(text)) continue;
      seen.add(text);
      texts.push(text);
    }
  }
  return texts;
}

function rssMiB(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

export async function runTypeahead(targets: ReadonlyMap<string, string>, texts: readonly string[], pids: ReadonlyMap<string, number>): Promise<TypeaheadResult[]> {
  const latencies = new Map([...targets.keys()].map((name) => [name, [] as number[]]));
  const peak = new Map<string, number>();
  for (const text of texts) {
    for (const [name, url] of targets) {
      const started = performance.now();
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: SEARCH, variables: { text } }) });
      const body = (await response.json()) as { errors?: Array<{ message: string }> };
      latencies.get(name)!.push(performance.now() - started);
      if (body.errors?.length) throw new Error(`${name}: search("${text}") failed: ${body.errors[0].message}`);
      const pid = pids.get(name);
      if (pid) peak.set(name, Math.max(peak.get(name) ?? 0, rssMiB(pid)));
    }
  }
  return [...latencies].map(([target, ms]) => ({
    target,
    requests: ms.length,
    p50Ms: round(quantile(ms, 0.5), 1),
    p90Ms: round(quantile(ms, 0.9), 1),
    p99Ms: round(quantile(ms, 0.99), 1),
    maxMs: round(Math.max(...ms), 1),
    ...(peak.has(target) ? { peakRssMiB: round(peak.get(target)!, 0) } : {}),
  }));
}

export function options(argv: readonly string[], name: string): string[] {
  return argv.flatMap((arg, index) => (arg === `--${name}` && argv[index + 1] ? [argv[index + 1]] : []));
}

/** `--name key=value` options as a map (e.g. `--target ours=http://…`). */
export function namedOptions(argv: readonly string[], name: string): Map<string, string> {
  return new Map(options(argv, name).map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)] as const));
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const targets = namedOptions(argv, 'target');
  if (targets.size === 0) throw new Error('Give at least one --target name=http://host:port/graphql');
  const pids = new Map([...namedOptions(argv, 'pid')].map(([name, pid]) => [name, Number(pid)]));
  const count = Number(options(argv, 'labels')[0] ?? 80);
  const seed = Number(options(argv, 'seed')[0] ?? 1);
  const [titles, names] = await Promise.all([column('Role.csv.gz', 'title'), column('Skill.csv.gz', 'name')]);
  const labels = [...draw(titles, Math.ceil(count / 2), seed), ...draw(names, Math.floor(count / 2), seed + 1)];
  const texts = freshPrefixes(labels);
  console.log(`${texts.length} fresh prefixes of ${labels.length} labels (seed ${seed}), single client, search(first: 10)`);
  for (const result of await runTypeahead(targets, texts, pids)) {
    const rss = result.peakRssMiB === undefined ? '' : `, peak RSS ${result.peakRssMiB} MiB`;
    console.log(`${result.target}: p50 ${result.p50Ms} ms, p90 ${result.p90Ms} ms, p99 ${result.p99Ms} ms, max ${result.maxMs} ms (${result.requests} requests${rss})`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
