/**
 * What makes a bulk import safe to interrupt and to repeat:
 *
 * - every batch is one write transaction (`runBatches`), so a kill -9 loses at most the batch in
 *   flight, never half of one;
 * - every statement MERGEs nodes on their id, and the edges a batch owns ("the REQUIRES of these
 *   roles from this source") are replaced, not appended: read once per batch, inside its
 *   transaction, then stale ones deleted, differing ones rewritten and missing ones CREATEd (see
 *   bulkCypher.ts), one edge per (start, type, source, end). Re-running the same import after an
 *   interruption therefore converges on exactly the graph a clean run produces, and a re-run over
 *   a complete import changes nothing;
 * - an (:ImportRun) node records each attempt: RUNNING while it works, SUCCEEDED or FAILED at the
 *   end. A run still RUNNING when the next one starts was interrupted and is marked so.
 */
import neo4j from 'neo4j-driver';
import { DERIVED_METHOD } from '../graph/evidence.js';
import type { GraphDatabase, QueryParameters } from '../neo4j/GraphDatabase.js';
import { edgeCount, withIntegers, type BatchStatement, type EdgeSetItem, type ExistingEdge, type NodeItem } from './bulkCypher.js';
import { LINK_CROSSWALKS, LINK_CROSSWALKS_PARAMETERS } from './crosswalk.js';
import { LINK_SKILL_MATCHES, LINK_SKILL_MATCHES_PARAMETERS } from './skillMatches.js';
import { linkOccupationsAcrossSources } from './occupationCrosswalk/sameOccupation.js';
import { ImportProgress, ImportStats, type ImportSummary } from './progress.js';

export interface BatchStep<T> {
  /** Shown in the progress output. */
  name: string;
  items: readonly T[];
  /** Target weight of one transaction (rows, or relationships when `weight` is given). */
  batchSize: number;
  /** An item's share of the batch, e.g. a role's number of edges, so transactions stay even. */
  weight?: (item: T) => number;
  /** Statements run in this order inside each batch's single transaction, each with its `$batch`. */
  statements: readonly BatchStatement<T>[];
  parameters?: QueryParameters;
  /** How many relationships a batch writes (created or matched), for throughput. Default 0. */
  relationshipsIn?: (batch: readonly T[]) => number;
}

/** Splits items into batches of about `batchSize` weight, keeping input order. */
export function toBatches<T>(items: readonly T[], batchSize: number, weight: (item: T) => number = () => 1): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let currentWeight = 0;
  for (const item of items) {
    const w = Math.max(1, weight(item));
    if (current.length > 0 && currentWeight + w > batchSize) {
      batches.push(current);
      current = [];
      currentWeight = 0;
    }
    current.push(item);
    currentWeight += w;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Writes `step.items` in batches, one managed write transaction per batch, counting everything. */
export async function runBatches<T>(db: GraphDatabase, stats: ImportStats, progress: ImportProgress, step: BatchStep<T>): Promise<void> {
  const weight = step.weight ?? (() => 1);
  const total = step.items.reduce((sum, item) => sum + weight(item), 0);
  const phase = progress.phase(step.name, total);
  for (const batch of toBatches(step.items, step.batchSize, weight)) {
    const started = performance.now();
    const counters = await db.write(async (tx) => {
      const changes = [];
      // Lookups run inside the transaction (a retry runs them again), once per batch, by name.
      const found = new Map<string, ExistingEdge[]>();
      for (const statement of step.statements) {
        const { lookup } = statement;
        if (lookup && !found.has(lookup.name)) {
          const ids = lookup.batch(batch);
          found.set(lookup.name, ids.length > 0 ? await tx.rows<ExistingEdge>(lookup.cypher, { ...step.parameters, batch: ids }) : []);
        }
        const rows = statement.batch(batch, found);
        if (rows.length > 0) changes.push(await tx.update(statement.cypher, { ...step.parameters, batch: rows }));
      }
      return changes;
    });
    stats.writeSeconds += (performance.now() - started) / 1000;
    for (const change of counters) stats.addCounters(change);
    stats.relationshipsWritten += step.relationshipsIn?.(batch) ?? 0;
    phase.advance(batch.reduce((sum, item) => sum + weight(item), 0));
  }
  phase.finish();
}

export type ImportRunStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'INTERRUPTED';

const BEGIN_RUN = `
MATCH (stale:ImportRun {source: $source, status: 'RUNNING'})
SET stale.status = 'INTERRUPTED'
WITH count(stale) AS interrupted
CREATE (run:ImportRun {id: $id, source: $source, sourceId: $sourceId, startedAt: datetime($startedAt), status: 'RUNNING',
        asOf: date($asOf)})
RETURN interrupted`;

const FINISH_RUN = `
MATCH (run:ImportRun {id: $id})
SET run.status = $status, run.finishedAt = datetime(), run += $counts, run.skipped = $skipped, run.notes = $notes,
    run.rowsByFile = $rowsByFile, run.error = $error`;

export interface ImportRunInfo {
  id: string;
  /** How many earlier runs of this source were left RUNNING (interrupted) and are now marked so. */
  interruptedBefore: number;
}

/**
 * Records the start of an import. `sourceId` is the dataset directory as given, `asOf` the
 * release date, so the graph says which files it came from.
 */
export async function beginImportRun(db: GraphDatabase, source: string, sourceId: string, asOf: string): Promise<ImportRunInfo> {
  const startedAt = new Date().toISOString();
  const id = `${source}:run:${startedAt}`;
  const [row] = await db.writeRows<{ interrupted: number }>(BEGIN_RUN, { id, source, sourceId, startedAt, asOf });
  return { id, interruptedBefore: row?.interrupted ?? 0 };
}

export async function finishImportRun(
  db: GraphDatabase,
  id: string,
  status: Exclude<ImportRunStatus, 'RUNNING' | 'INTERRUPTED'>,
  summary: ImportSummary,
  error?: string,
): Promise<void> {
  // Node properties cannot be maps, so the per-reason tallies are stored as "reason: count" lines.
  const lines = (record: Record<string, number>) => Object.entries(record).map(([key, count]) => `${key}: ${count}`);
  await db.writeRows(FINISH_RUN, {
    id,
    status,
    error: error ?? null,
    counts: {
      rowsRead: summary.rowsRead,
      skippedTotal: summary.skippedTotal,
      nodesCreated: summary.nodesCreated,
      nodesDeleted: summary.nodesDeleted,
      relationshipsCreated: summary.relationshipsCreated,
      relationshipsDeleted: summary.relationshipsDeleted,
      relationshipsWritten: summary.relationshipsWritten,
      propertiesSet: summary.propertiesSet,
      seconds: summary.seconds,
      writeSeconds: summary.writeSeconds,
    },
    skipped: lines(summary.skipped),
    notes: lines(summary.notes),
    rowsByFile: lines(summary.rowsByFile),
  });
}

/** Labels an import creates nodes under, deleted in this order (edges go with their nodes). */
const IMPORTED_LABELS = ['Role', 'Skill', 'SkillGroup', 'RoleFamily', 'ImportRun'] as const;

export interface RemovedCounts {
  nodesDeleted: number;
  relationshipsDeleted: number;
}

/**
 * Deletes everything one import source wrote, in batches small enough for a modest heap: its
 * nodes (with their relationships), then the SkillName lookup nodes no skill is known as any more.
 * Curated data and other sources are untouched, except edges that pointed at the removed nodes
 * (e.g. curated CROSSWALK links, which LINK_CROSSWALKS recreates after a re-import).
 */
export async function removeImportedSource(db: GraphDatabase, source: string, batchSize = 2_000): Promise<RemovedCounts> {
  const removed: RemovedCounts = { nodesDeleted: 0, relationshipsDeleted: 0 };
  const deleteLoop = async (statement: string, parameters: QueryParameters) => {
    for (;;) {
      const counters = await db.write((tx) => tx.update(statement, parameters));
      removed.nodesDeleted += counters.nodesDeleted;
      removed.relationshipsDeleted += counters.relationshipsDeleted;
      if (counters.nodesDeleted === 0) break;
    }
  };
  for (const label of IMPORTED_LABELS) {
    // The label comes from the fixed list above, never from input.
    await deleteLoop(`MATCH (n:${label} {source: $source}) WITH n LIMIT $limit DETACH DELETE n`, { source, limit: neo4j.int(batchSize) });
  }
  await deleteLoop('MATCH (name:SkillName) WHERE NOT (name)<-[:KNOWN_AS]-() WITH name LIMIT $limit DELETE name', {
    limit: neo4j.int(batchSize * 5),
  });
  return removed;
}

export interface ImportOptions {
  /** Default: silent. The CLI passes one that draws on stderr. */
  progress?: ImportProgress;
  /** Nodes per transaction. Default: 5,000. */
  nodeBatchSize?: number;
  /** Relationships per transaction (whole edge sets, so a batch may exceed it slightly). Default: 20,000. */
  edgeBatchSize?: number;
}

export interface ImportResult {
  runId: string;
  summary: ImportSummary;
}

/** Writes node and edge-set batches for one source; what an importer's `write` step is given. */
export interface BulkWriter {
  nodes(name: string, items: readonly NodeItem[], statement: BatchStatement<NodeItem>, integerProperties?: readonly string[]): Promise<void>;
  edges(
    name: string,
    items: readonly EdgeSetItem[],
    statements: readonly BatchStatement<EdgeSetItem>[],
    integerProperties?: readonly string[],
  ): Promise<void>;
  readonly stats: ImportStats;
  readonly progress: ImportProgress;
}

export interface ImportDefinition<G> {
  source: string;
  asOf: string;
  /** The dataset directory as given: recorded on the ImportRun node. */
  dir: string;
  /** Reads and checks every input file, before anything is written. */
  read(stats: ImportStats): Promise<G>;
  /** Writes nodes before the edges that need them. */
  write(graph: G, writer: BulkWriter): Promise<void>;
}

/**
 * The frame every import runs in: read everything (an input error writes nothing), record an
 * ImportRun, write in batches, link curated crosswalks and stored ESCO→O*NET crosswalk rows, and
 * record the outcome.
 */
export async function runImport<G>(db: GraphDatabase, definition: ImportDefinition<G>, options: ImportOptions = {}): Promise<ImportResult> {
  const stats = new ImportStats();
  const progress = options.progress ?? new ImportProgress(definition.source, { quiet: true });
  const reading = progress.phase('reading files');
  const graph = await definition.read(stats);
  reading.advance(stats.summary().rowsRead);
  reading.finish();

  const run = await beginImportRun(db, definition.source, definition.dir, definition.asOf);
  if (run.interruptedBefore > 0) progress.log(`${run.interruptedBefore} earlier run(s) were interrupted; this run completes their work`);
  // Everything an importer writes is derived from its dataset release by this repository's code.
  const parameters = { source: definition.source, asOf: definition.asOf, method: DERIVED_METHOD };
  const nodeBatchSize = options.nodeBatchSize ?? 5_000;
  const edgeBatchSize = options.edgeBatchSize ?? 20_000;
  const writer: BulkWriter = {
    stats,
    progress,
    nodes: (name, items, statement, integers = []) =>
      runBatches(db, stats, progress, {
        name,
        items: integers.length ? items.map((item) => ({ ...item, properties: withIntegers(item.properties, integers) })) : items,
        batchSize: nodeBatchSize,
        statements: [statement],
        parameters,
      }),
    edges: (name, items, statements, integers = []) =>
      runBatches(db, stats, progress, {
        name,
        items: integers.length
          ? items.map((item) => ({ ...item, edges: item.edges.map((edge) => ({ ...edge, properties: withIntegers(edge.properties, integers) })) }))
          : items,
        batchSize: edgeBatchSize,
        weight: (item) => item.edges.length,
        statements,
        parameters,
        relationshipsIn: edgeCount,
      }),
  };

  try {
    await definition.write(graph, writer);
    stats.addCounters(await db.write((tx) => tx.update(LINK_CROSSWALKS, LINK_CROSSWALKS_PARAMETERS)));
    stats.addCounters(await db.write((tx) => tx.update(LINK_SKILL_MATCHES, LINK_SKILL_MATCHES_PARAMETERS)));
    // Crosswalk rows stored by `import crosswalks` (if any) link to the occupations this run wrote,
    // and ESCO occupations get the O*NET moves of the occupations they are linked to.
    stats.addCounters(await linkOccupationsAcrossSources(db));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await finishImportRun(db, run.id, 'FAILED', stats.summary(), message).catch(() => undefined);
    throw error;
  }
  const summary = stats.summary();
  await finishImportRun(db, run.id, 'SUCCEEDED', summary);
  return { runId: run.id, summary };
}
