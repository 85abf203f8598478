/** The results as Markdown (bench/results/latest.md): the table, the imports, and each target of issue 5 checked. */
import type { Cell } from './measurement.js';
import type { BenchResults, ScenarioResult } from './run.js';

const cell = (m: Cell | null) => (m ? `${m.p50Ms} / ${m.p99Ms} / ${m.rps} / ${m.errors}` : '—');
const ratio = (a: number, b: number | undefined) => (b ? (a / b).toFixed(2) : '—');
const verdict = (met: boolean) => (met ? 'met' : '**not met**');

/** The targets of issue 5 that these results can answer, one line each. */
function targets(results: BenchResults): string[] {
  const find = (scale: string, name: string): ScenarioResult | undefined =>
    results.scenarios.find((s) => s.scale === scale && s.name.includes(name));
  const lines: string[] = [];
  for (const s of results.scenarios.filter((s) => s.name.includes('headline'))) {
    const r = s.ours.p50Ms / s.cypher.p50Ms;
    lines.push(`- Headline at ${s.scale}: ours p50 ${s.ours.p50Ms} ms = ${r.toFixed(2)} × Cypher's ${s.cypher.p50Ms} ms (target ≤ 1.25): ${verdict(r <= 1.25)}`);
  }
  for (const s of results.scenarios.filter((s) => s.peer)) {
    const peer = s.peer!;
    const rps = s.ours.rps / peer.rps;
    lines.push(
      `- ${s.name} at ${s.scale} vs @neo4j/graphql: ${rps.toFixed(2)} × its req/s (target ≥ 2), p99 ${s.ours.p99Ms} vs ${peer.p99Ms} ms (target: no worse): ${verdict(rps >= 2 && s.ours.p99Ms <= peer.p99Ms)}`,
    );
  }
  const bounds: Array<[string, number]> = [['headline', 30], ['careerPaths', 100], ['recommendRoles', 200]];
  for (const [name, bound] of bounds) {
    const s = find('100k', name);
    if (s) lines.push(`- ${name} at 100k roles: p99 ${s.ours.p99Ms} ms single client (target ≤ ${bound}): ${verdict(s.ours.p99Ms <= bound)}`);
  }
  for (const s of results.scenarios.filter((s) => s.scale === '100k')) {
    const small = find('1k', s.name);
    if (!small) continue;
    const growth = s.ours.p50Ms / small.ours.p50Ms;
    lines.push(`- ${s.name}: p50 grows ${growth.toFixed(2)} × from 1k to 100k roles (target ≤ 3): ${verdict(growth <= 3)}`);
  }
  for (const i of results.imports.filter((i) => i.relationships > 0)) {
    lines.push(`- Import ${i.name}: ${i.relationshipsPerSec} relationships/s (target ≥ 50,000): ${verdict(i.relationshipsPerSec >= 50_000)}`);
  }
  if (results.rssMb !== null) lines.push(`- API peak RSS under load: ${results.rssMb} MiB (target ≤ 250): ${verdict(results.rssMb <= 250)}`);
  return lines;
}

export function renderMarkdown(results: BenchResults): string {
  const m = results.machine;
  const lines = [
    '# Benchmark results',
    '',
    `${m.date} · ${m.cpu} × ${m.cores} · ${m.memoryGb} GB · Node ${m.node} · Neo4j ${m.neo4j} · commit ${m.commit}`,
    `Mode ${m.mode}: per cell one run with a single client and one with ${m.connections} concurrent clients, ` +
      `${m.durationSeconds} s each after a ${m.warmupSeconds} s warm-up.`,
    '',
    `Cells: p50 ms / p99 ms (single client) / requests per second (${m.connections} clients) / errors. ` +
      'Ratios: p50 ours ÷ other (lower is better for ours), rps ours ÷ other (higher is better). ' +
      'Latencies under concurrency are in latest.json (loadedP50Ms, loadedP99Ms).',
    '',
    '| Scale | Scenario | Ours (HTTP) | Cypher (driver) | @neo4j/graphql | p50 ours/cypher | rps ours/cypher | p50 ours/peer | rps ours/peer |',
    '|---|---|---|---|---|---|---|---|---|',
    ...results.scenarios.map((s) =>
      `| ${s.scale} | ${s.name} | ${cell(s.ours)} | ${cell(s.cypher)} | ${cell(s.peer)} | ${ratio(s.ours.p50Ms, s.cypher.p50Ms)} | ${ratio(s.ours.rps, s.cypher.rps)} | ${ratio(s.ours.p50Ms, s.peer?.p50Ms)} | ${ratio(s.ours.rps, s.peer?.rps)} |`),
    '',
    '| Import | Rows | Relationships | Seconds | Rows/s | Relationships/s |',
    '|---|---|---|---|---|---|',
    ...results.imports.map((i) => `| ${i.name} | ${i.rows} | ${i.relationships} | ${i.seconds} | ${i.rowsPerSec} | ${i.relationshipsPerSec} |`),
    '',
    `Peak RSS of the API process: ${results.rssMb ?? 'n/a'} MiB.`,
    '',
    '## Targets (issue 5)',
    '',
    ...targets(results),
    '',
  ];
  return lines.join('\n');
}
