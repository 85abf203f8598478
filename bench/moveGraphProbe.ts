/**
 * What the graph's moves in memory (src/paths/MoveGraph.ts) cost on the graph NEO4J_URI names, and
 * what their searches answer (issue 14): reads them as memo warming does (PathRepository.readMoveGraph,
 * whatever their number), then prints the bytes the graph says it holds, the V8 heap and the
 * ArrayBuffer memory it added after a full collection, the resident memory's peak during the read
 * (VmHWM), the time to read it, the time of careerPaths' route search and of nextRoles /
 * previousRoles' over 2,000 seeded pairs of roles, and a digest of their answers (routes, moves,
 * salaries of 500 pairs), so two layouts of the same graph can be checked for the same answers:
 *
 *   node --expose-gc --max-old-space-size=224 --import tsx bench/moveGraphProbe.ts
 *
 * NEO4J_URI (default the bench's bolt://127.0.0.1:7740) / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createDriver } from '../src/neo4j/createDriver.js';
import { GraphDatabase } from '../src/neo4j/GraphDatabase.js';
import { PathRepository } from '../src/paths/repository.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('Run with node --expose-gc (see the comment at the top)');
const driver = createDriver({
  uri: process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7740',
  user: process.env.NEO4J_USER ?? 'neo4j',
  password: process.env.NEO4J_PASSWORD ?? 'careergraph-local',
});
const db = new GraphDatabase(driver, { database: process.env.NEO4J_DATABASE ?? 'neo4j', transactionTimeoutMs: 120_000 });
const mib = (bytes: number) => (bytes / 1_048_576).toFixed(2);
const peakMib = () => Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? Number.NaN) / 1024;
const settled = () => {
  gc();
  gc();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return { heapUsed, arrayBuffers };
};

try {
  const repository = new PathRepository(db);
  // The driver's connection and the statement's plan, before anything is counted.
  await repository.readMoveGraph(0);
  const before = settled();
  const peakBefore = peakMib();
  const started = performance.now();
  const graph = await repository.readMoveGraph(Number.MAX_SAFE_INTEGER);
  const readMs = performance.now() - started;
  if (!graph) throw new Error('The graph moved while its moves were read: try again');
  const after = settled();
  console.log(
    `${graph.moveCount} moves, ${graph.roleCount} roles: ${mib(graph.byteSize)} MiB held; heap +${mib(after.heapUsed - before.heapUsed)} MiB, ` +
      `ArrayBuffers +${mib(after.arrayBuffers - before.arrayBuffers)} MiB; peak RSS during the read ${peakBefore.toFixed(1)} -> ${peakMib().toFixed(1)} MiB; read in ${readMs.toFixed(0)} ms`,
  );

  const slugs = (await db.readRows<{ slug: string }>('MATCH (role:Role) WHERE EXISTS { (role)-[:LEADS_TO]-() } RETURN role.slug AS slug ORDER BY role.id')).map(({ slug }) => slug);
  let seed = 11;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const pairs = Array.from({ length: 2_000 }, () => [graph.indexOf(slugs[Math.floor(random() * slugs.length)]!)!, graph.indexOf(slugs[Math.floor(random() * slugs.length)]!)!] as const);
  let found = 0;
  const round = () => {
    let start = performance.now();
    for (const [from, to] of pairs) found += graph.routes(from, to, 4, 100).length;
    const routesMs = performance.now() - start;
    start = performance.now();
    for (const [from] of pairs) found += graph.progressions(from, 'NEXT', 2, null, 20, 0.5).length + graph.progressions(from, 'PREVIOUS', 2, null, 20, 0.5).length;
    return [routesMs, performance.now() - start] as const;
  };
  for (let warm = 0; warm < 3; warm += 1) round();
  const rounds = Array.from({ length: 5 }, round);
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const perPair = (ms: number) => ((ms / pairs.length) * 1_000).toFixed(1);
  console.log(
    `careerPaths' route search (maxHops 4, 100 routes) ${perPair(median(rounds.map(([routesMs]) => routesMs)))} µs a pair; ` +
      `nextRoles + previousRoles (maxHops 2, 20) ${perPair(median(rounds.map(([, progressionsMs]) => progressionsMs)))} µs a role; ${found} routes found`,
  );

  const digest = createHash('sha1');
  const named = (route: { roles: number[]; moves: number[] }) => route.roles.map((role) => graph.roleId(role)).join() + JSON.stringify(route.moves.map((move) => graph.moveAt(move)));
  for (const [from, to] of pairs.slice(0, 500)) {
    for (const route of graph.routes(from, to, 4, 100)) digest.update(named(route));
    for (const direction of ['NEXT', 'PREVIOUS'] as const) for (const route of graph.progressions(from, direction, 3, null, 20, 0.5)) digest.update(named(route));
    digest.update(String(graph.salaryOf(to)));
  }
  console.log(`digest of the answers of 500 pairs: ${digest.digest('hex')}`);
} finally {
  await driver.close();
}
