/**
 * The Cypher shapes every bulk import uses, and the batch items they take. Each statement is a
 * named constant built once from fixed labels and types (never from input), parameterised by
 * `$batch`, `$source`, `$asOf` and `$method` (what an importer writes is `derived`: computed from a
 * named dataset release by this repository's code, graph/evidence.ts).
 *
 * Nodes are MERGEd on `id` and their properties overwritten. Relationships are owned by their
 * start node and source: for each start node in a batch, `pruneOutgoing` deletes its edges of
 * that type and source whose target is no longer listed, and `mergeOutgoing` MERGEs the listed
 * ones on (start, type, source, end) and overwrites their properties. Together they make a batch
 * idempotent: replaying it, or replaying a whole import after an interruption, yields the same
 * graph and never a duplicate edge.
 */
import neo4j, { type Integer } from 'neo4j-driver';

/** A property value the importers write (lists are lists of strings). */
export type PropertyValue = string | number | boolean | null | string[] | Integer;
export type Properties = Record<string, PropertyValue>;

export interface NodeItem {
  id: string;
  /** Written with `+=`: a null removes the property, so a re-import leaves no stale value. */
  properties: Properties;
}

export interface EdgeItem {
  /** The target's id (or its key, for SkillName). */
  to: string;
  /** The target's label; a statement handles one label, so mixed targets need one per label. */
  toLabel: string;
  properties: Properties;
}

/** The complete set of one node's outgoing edges of one type from one source. */
export interface EdgeSetItem {
  id: string;
  /** Every target's id or key: edges to anything else are pruned. */
  targets: string[];
  edges: EdgeItem[];
}

/** One node's edge set; a repeated target keeps its first edge (one edge per pair and source). */
export function edgeSet(id: string, edges: EdgeItem[]): EdgeSetItem {
  const seen = new Set<string>();
  const unique = edges.filter((edge) => {
    const key = `${edge.toLabel}\u0000${edge.to}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { id, targets: unique.map((edge) => edge.to), edges: unique };
}

/** Integer-valued properties must be sent as Neo4j integers, or the driver sends floats. */
export function withIntegers(properties: Properties, keys: readonly string[]): Properties {
  const out: Properties = { ...properties };
  for (const key of keys) {
    const value = out[key];
    if (typeof value === 'number') out[key] = neo4j.int(value);
  }
  return out;
}

/**
 * One statement of a batch transaction and the parameter shape it needs: each statement gets only
 * the fields it reads, because packing parameters is the client's main cost in a bulk import.
 */
export interface BatchStatement<T> {
  cypher: string;
  /** `$batch` for this statement, built from the batch's items. */
  batch(items: readonly T[]): unknown[];
  /**
   * What the statement writes, as data: the offline bulk loader (bundle/graphCsv.ts) writes the same
   * nodes and edges as CSV for neo4j-admin from it, so both loaders share one description of a source.
   */
  shape: StatementShape;
}

/** Nodes MERGEd on `id` under `label` (and `extraLabel`); edges of `type` to `toLabel` keyed by `targetKey`; or a prune. */
export type StatementShape =
  | { kind: 'nodes'; label: string; extraLabel?: string }
  | { kind: 'edges'; fromLabel: string; type: string; toLabel: string; targetKey: 'id' | 'key'; createTarget: boolean }
  | { kind: 'prune' };

/** Drops null values: relationship properties are replaced wholesale, so a null adds nothing. */
function compact(properties: Properties): Properties {
  const out: Properties = {};
  for (const [key, value] of Object.entries(properties)) if (value !== null) out[key] = value;
  return out;
}

export function mergeNodes(label: string, extraLabel?: string): BatchStatement<NodeItem> {
  return {
    // `+=`, not `=`: a node may carry properties other writers own (e.g. curated crosswalk data).
    cypher: `
WITH date($asOf) AS asOf
UNWIND $batch AS item
MERGE (n:${label} {id: item.id})
SET n += item.properties, n.source = $source, n.asOf = asOf, n.method = $method${extraLabel ? `, n:${extraLabel}` : ''}`,
    batch: (items) => items as NodeItem[],
    shape: { kind: 'nodes', label, ...(extraLabel ? { extraLabel } : {}) },
  };
}

export function pruneOutgoing(fromLabel: string, type: string, targetKey: 'id' | 'key' = 'id'): BatchStatement<EdgeSetItem> {
  return {
    cypher: `
UNWIND $batch AS item
MATCH (from:${fromLabel} {id: item.id})-[old:${type} {source: $source}]->(to)
WHERE NOT to.${targetKey} IN item.targets
DELETE old`,
    batch: (items) => items.map((item) => ({ id: item.id, targets: item.targets })),
    shape: { kind: 'prune' },
  };
}

export interface EdgeStatementOptions {
  /** The target's key property: `id` (default) or `key` (SkillName). */
  targetKey?: 'id' | 'key';
  /** MERGE the target instead of matching it: only for shared lookup nodes (SkillName). */
  createTarget?: boolean;
  /**
   * Every property key an edge of this type may carry (default: none). A first import writes them
   * inline in CREATE, which needs the keys spelled out; an edge with an unlisted key is a bug and
   * fails its batch rather than losing the value.
   */
  properties?: readonly string[];
}

/**
 * Keeps only the edges to `toLabel`, with null properties dropped, and checks their keys. Both
 * statements of a pair take the same rows, so they are built once per batch.
 */
function edgeRows(type: string, toLabel: string, properties: readonly string[]) {
  const known = new Set(properties);
  const built = new WeakMap<readonly EdgeSetItem[], unknown[]>();
  const build = (items: readonly EdgeSetItem[]) =>
    items
      .map((item) => ({
        id: item.id,
        edges: item.edges
          .filter((edge) => edge.toLabel === toLabel)
          .map((edge) => {
            const unknown = Object.keys(edge.properties).find((key) => !known.has(key));
            if (unknown !== undefined) throw new Error(`${type} edge property "${unknown}" is not declared in its statement's properties`);
            return { to: edge.to, properties: compact(edge.properties) };
          }),
      }))
      .filter((item) => item.edges.length > 0);
  return (items: readonly EdgeSetItem[]) => {
    let rows = built.get(items);
    if (!rows) built.set(items, (rows = build(items)));
    return rows;
  };
}

/**
 * Writes the listed edges of each start node to `toLabel`, as two statements run in this order:
 *
 * 1. start nodes that already have edges of this type and source (a re-run, or an interrupted
 *    run): MERGE on `(start)-[:TYPE {source}]->(end)` and replace the properties;
 * 2. start nodes that have none (every node, in a first import): CREATE with the properties
 *    inline. Nothing can be duplicated, and both MERGE's check of every existing edge (quadratic
 *    in a node's degree) and the Eager a `SET rel = map` forces are skipped.
 *
 * The split is per start node, not per edge, so one node's edges take one path. Run per target
 * label in sequence, a node that got edges to the first label takes the MERGE path for the next,
 * which is correct, only slower.
 */
export function mergeOutgoing(fromLabel: string, type: string, toLabel: string, options: EdgeStatementOptions = {}): BatchStatement<EdgeSetItem>[] {
  const targetKey = options.targetKey ?? 'id';
  const properties = options.properties ?? [];
  // A missing target (MATCH) is a bug upstream of this statement and the edge is simply not written.
  const target = `${options.createTarget ? 'MERGE' : 'MATCH'} (to:${toLabel} {${targetKey}: edge.to})`;
  const inline = [...properties.map((key) => `${key}: edge.properties.${key}`), 'source: $source', 'asOf: asOf', 'method: $method'].join(', ');
  const batch = edgeRows(type, toLabel, properties);
  const shape: StatementShape = { kind: 'edges', fromLabel, type, toLabel, targetKey, createTarget: options.createTarget ?? false };
  return [
    {
      cypher: `
WITH date($asOf) AS asOf
UNWIND $batch AS item
MATCH (from:${fromLabel} {id: item.id})
WHERE EXISTS { (from)-[:${type} {source: $source}]->() }
UNWIND item.edges AS edge
${target}
MERGE (from)-[rel:${type} {source: $source}]->(to)
SET rel = edge.properties, rel.source = $source, rel.asOf = asOf, rel.method = $method`,
      batch,
      shape,
    },
    {
      cypher: `
WITH date($asOf) AS asOf
UNWIND $batch AS item
MATCH (from:${fromLabel} {id: item.id})
WHERE NOT EXISTS { (from)-[:${type} {source: $source}]->() }
UNWIND item.edges AS edge
${target}
CREATE (from)-[:${type} {${inline}}]->(to)`,
      batch,
      shape,
    },
  ];
}

/** The statements that replace one edge type's outgoing sets, for every target label it uses. */
export function replaceOutgoing(
  fromLabel: string,
  type: string,
  toLabels: readonly string[],
  options: EdgeStatementOptions = {},
): BatchStatement<EdgeSetItem>[] {
  return [pruneOutgoing(fromLabel, type, options.targetKey), ...toLabels.flatMap((toLabel) => mergeOutgoing(fromLabel, type, toLabel, options))];
}

export const edgeCount = (batch: readonly EdgeSetItem[]) => batch.reduce((sum, item) => sum + item.edges.length, 0);
