/**
 * The Cypher imports of O*NET and ESCO as a running graph receives them (issue 13), measured the same
 * way by `npm run bench` (scale "taxonomies") and by `bench/importRate.ts`: per source, a first import
 * into a graph without that source, then a re-import of the same release over it (the update path:
 * prune + MERGE). Each is timed on the wall clock, parsing included; its rate is the relationships it
 * wrote (created or matched, `relationshipsWritten`) per second.
 */
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
      const started = performance.now();
      const progress = options.phases ? new ImportProgress(`${key} ${kind}`, { tty: false, intervalMs: 3_600_000 }) : undefined;
      const result = await run(db, resolve(options.datasetsDir, dir), { progress });
      const row = taxonomyImportResult(name, kind, result, (performance.now() - started) / 1000);
      options.log?.(
        `${row.name}: ${row.relationships} relationships in ${row.seconds} s = ${row.relationshipsPerSec}/s ` +
          `(${row.relationshipsCreated} created, ${row.relationshipsDeleted} deleted, ${row.writeSeconds} s in write transactions)`,
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
