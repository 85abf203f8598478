/** The results as a Markdown table (bench/results/latest.md), with the ratios docs/performance.md quotes. */
import type { BenchResults } from './run.js';
import type { Measurement } from './measurement.js';

const cell = (m: Measurement | null) => (m ? `${m.p50Ms} / ${m.p99Ms} / ${m.rps} / ${m.errors}` : '—');
const ratio = (a: number, b: number | undefined) => (b ? (a / b).toFixed(2) : '—');

export function renderMarkdown(results: BenchResults): string {
  const m = results.machine;
  const lines = [
    '# Benchmark results',
    '',
    `${m.date} · ${m.cpu} × ${m.cores} · ${m.memoryGb} GB · Node ${m.node} · Neo4j ${m.neo4j} · commit ${m.commit}`,
    `Mode ${m.mode}: ${m.connections} concurrent requests, ${m.warmupSeconds} s warm-up, ${m.durationSeconds} s measured per cell.`,
    '',
    'Cells: p50 ms / p99 ms / requests per second / errors. Ratios: p50 ours ÷ other (lower is better for ours), rps ours ÷ other (higher is better).',
    '',
    '| Scale | Scenario | Ours (HTTP) | Cypher (driver) | @neo4j/graphql | p50 ours/cypher | rps ours/cypher | p50 ours/peer | rps ours/peer |',
    '|---|---|---|---|---|---|---|---|---|',
    ...results.scenarios.map((s) =>
      `| ${s.scale} | ${s.name} | ${cell(s.ours)} | ${cell(s.cypher)} | ${cell(s.peer)} | ${ratio(s.ours.p50Ms, s.cypher.p50Ms)} | ${ratio(s.ours.rps, s.cypher.rps)} | ${ratio(s.ours.p50Ms, s.peer?.p50Ms)} | ${ratio(s.ours.rps, s.peer?.rps)} |`),
    '',
    '| Import | Rows | Seconds | Rows/s |',
    '|---|---|---|---|',
    ...results.imports.map((i) => `| ${i.name} | ${i.rows} | ${i.seconds} | ${i.rowsPerSec} |`),
    '',
    `Peak RSS of the API process: ${results.rssMb ?? 'n/a'} MiB.`,
    '',
  ];
  return lines.join('\n');
}
