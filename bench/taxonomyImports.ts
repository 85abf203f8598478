/**
 * The Cypher imports of O*NET and ESCO as a running graph receives them (issue 13), measured the same
 * way by `npm run bench` (scale "taxonomies") and by `bench/importRate.ts`: per source, a first import
 * into a graph without that source, then a re-import of the same release over it (the update path:
 * prune + MERGE). Each is timed on the wall clock, parsing included; its rate is the relationships it
 * wrote (created or matched, `relationshipsWritten`) per second.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ESCO_SOURCE, ONET_SOURCE } from '../src/graph/sources.js';
import { importEsco } from '../src/import/esco/index.js';
import { removeImportedSource, type ImportResult as RunResult } from '../src/import/importRun.js';
import { importOnet } from '../src/import/onet/index.js';
import { ImportProgress } from '../src/import/progress.js';
import type { GraphDatabase, QueryObserver } from '../src/neo4j/GraphDatabase.js';
import { round } from './measurement.js';
import type { ImportResult } from './run.js';

/** The target every row measured here is checked against (issue 13). */
export const CYPHER_UPDATE_TARGET = 20_000;
export const CYPHER_UPDATE_TARGET_LABEL = '≥ 20,000 relationships/s (Cypher update of a running graph, issue 13)';

export const TAXONOMY_SOURCES = {
  onet: { name: 'O*NET 29.3', source: ONET_SOURCE, dir: 'onet/29.3', run: importOnet },
  esco: { name: 'ESCO v1.1.1', source: ESCO_SOURCE, dir: 'esco/v1.1.1', run: importEsco },
} as const;
export type TaxonomySource = keyof typeof TAXONOMY_SOURCES;

export interface TaxonomyImportOptions {
  datasetsDir: string;
  sources?: readonly TaxonomySource[];
  /** Also re-import each source over itself (default: true). */
  update?: boolean;
  /** Delete a source already in the graph before its first import (default: true), so "first" means first. */
  removeFirst?: boolean;
  log?: (message: string) => void;
  /** Print each phase's final progress line (name, count, rate, seconds) to stderr (default: false). */
  phases?: boolean;
  /**
   * The Neo4j server's process id, when it runs on this machine: each row then carries the CPU time the
   * server spent on the import (from /proc), which says what an import costs more steadily than the wall
   * clock on a shared machine.
   */
  serverPid?: number;
}

/** User + system CPU seconds of a process so far (Linux /proc), or undefined when unreadable. */
async function processCpuSeconds(pid: number): Promise<number | undefined> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

export function taxonomyImportResult(name: string, kind: 'first' | 'update', result: RunResult, seconds: number): ImportResult {
  const { summary } = result;
  return {
    name: `${name}, ${kind === 'first' ? 'first import' : 're-import (update)'}`,
    rows: summary.rowsRead,
    seconds: round(seconds, 2),
    rowsPerSec: round(summary.rowsRead / seconds, 0),
    relationships: summary.relationshipsWritten,
    relationshipsPerSec: round(summary.relationshipsWritten / seconds, 0),
    relationshipsCreated: summary.relationshipsCreated,
    relationshipsDeleted: summary.relationshipsDeleted,
    writeSeconds: summary.writeSeconds,
    target: 'cypherUpdate',
  };
}

/** First import and re-import of each source, in order; returns one row per import. */
export async function measureTaxonomyImports(db: GraphDatabase, options: TaxonomyImportOptions): Promise<ImportResult[]> {
  const results: ImportResult[] = [];
  for (const key of options.sources ?? (['onet', 'esco'] as const)) {
    const { name, source, dir, run } = TAXONOMY_SOURCES[key];
    if (options.removeFirst ?? true) await removeImportedSource(db, source);
    const kinds = options.update === false ? (['first'] as const) : (['first', 'update'] as const);
    for (const kind of kinds) {
      const progress = options.phases ? new ImportProgress(`${key} ${kind}`, { tty: false, intervalMs: 3_600_000 }) : undefined;
      const serverCpu = options.serverPid ? await processCpuSeconds(options.serverPid) : undefined;
      const clientCpu = process.cpuUsage();
      const started = performance.now();
      const result = await run(db, resolve(options.datasetsDir, dir), { progress });
      const row = taxonomyImportResult(name, kind, result, (performance.now() - started) / 1000);
      const client = process.cpuUsage(clientCpu);
      row.clientCpuSeconds = round((client.user + client.system) / 1e6, 2);
      const serverCpuAfter = options.serverPid ? await processCpuSeconds(options.serverPid) : undefined;
      if (serverCpu !== undefined && serverCpuAfter !== undefined) row.serverCpuSeconds = round(serverCpuAfter - serverCpu, 2);
      options.log?.(
        `${row.name}: ${row.relationships} relationships in ${row.seconds} s = ${row.relationshipsPerSec}/s ` +
          `(${row.relationshipsCreated} created, ${row.relationshipsDeleted} deleted, ${row.writeSeconds} s in write transactions; ` +
          `CPU: client ${row.clientCpuSeconds} s, Neo4j ${row.serverCpuSeconds ?? 'n/a'} s)`,
      );
      results.push(row);
    }
  }
  return results;
}

/** Total time and count per Cypher statement (`--statements`): where an import's write time goes. */
export function statementTimer(): QueryObserver & { report(): string } {
  const totals = new Map<string, { ms: number; count: number }>();
  return {
    onQuery({ cypher, durationMs }) {
      const entry = totals.get(cypher) ?? { ms: 0, count: 0 };
      entry.ms += durationMs;
      entry.count += 1;
      totals.set(cypher, entry);
    },
    report() {
      return [...totals]
        .sort((a, b) => b[1].ms - a[1].ms)
        .map(([cypher, { ms, count }]) => `${(ms / 1000).toFixed(2).padStart(7)} s ${String(count).padStart(4)}×  ${cypher.replace(/\s+/g, ' ').trim().slice(0, 150)}`)
        .join('\n');
    },
  };
}
