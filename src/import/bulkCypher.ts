/**
 * The Cypher shapes every bulk import uses, and the batch items they take. Each statement is a
 * named constant built once from fixed labels and types (never from input), parameterised by
 * `$batch`, `$source`, `$asOf` and `$method` (what an importer writes is `derived`: computed from a
 * named dataset release by this repository's code, graph/evidence.ts).
 *
 * Nodes are MERGEd on `id` and their properties overwritten. Relationships are owned by their
 * start node and source. Per batch, one lookup reads the start nodes' existing edges of the type
 * and source (target key and labels, element id); then `pruneOutgoing` deletes those whose target
 * is no longer listed, and `mergeOutgoing` rewrites the listed ones whose properties differ (by
 * element id) and CREATEs the listed ones that do not exist. The graph that results is the one
 * `MERGE (start)-[:TYPE {source}]->(end) SET rel = properties` gave, edge for edge, without
 * MERGE's scan of a node's edges per listed edge; a re-run over an unchanged graph writes nothing.
 * Together they make a batch idempotent: replaying it, or replaying a whole import after an
 * interruption, yields the same graph and never a duplicate edge.
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
 * An edge of the graph as a batch found it before writing: its start node's id, its target's key
 * and labels, and the relationship's element id (valid inside the batch's transaction).
 */
export interface ExistingEdge {
  from: string;
  /** Null when the target lacks the key property (then it is neither pruned nor matched). */
  to: string | null;
  labels: string[];
  rel: string;
}

/**
 * A read the statements of one batch share, run once per batch transaction before the first
 * statement that names it: the existing edges of one type and source from the batch's start nodes.
 */
export interface BatchLookup<T> {
  /** Statements naming the same lookup share its rows within a batch. */
  name: string;
  cypher: string;
  batch(items: readonly T[]): unknown[];
}

/** What a batch's lookups returned, by lookup name. */
export type BatchFindings = ReadonlyMap<string, readonly ExistingEdge[]>;

/**
 * One statement of a batch transaction and the parameter shape it needs: each statement gets only
 * the rows it acts on, because packing parameters is the client's main cost in a bulk import (and
 * unpacking them a large part of the server's). A statement whose `batch` comes out empty is not run.
 */
export interface BatchStatement<T> {
  cypher: string;
  /** `$batch` for this statement, built from the batch's items and what its lookup found. */
  batch(items: readonly T[], found?: BatchFindings): unknown[];
  /** Run (once per batch) before this statement; its rows reach `batch` as `found.get(lookup.name)`. */
  lookup?: BatchLookup<T>;
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

/**
 * The existing edges of `type` and this source from the batch's start nodes (one expansion per
 * start node; a first import finds none). Shared by the prune, update and create statements below,
 * which then act on relationships by element id and on exactly the edges that need it, instead of
 * MERGE's check of every existing edge per listed edge (quadratic in a node's degree).
 *
 * The hint keeps the plan a seek per start node: with few edges of a type in the graph (O*NET's LEADS_TO
 * after a removal), the planner otherwise scans the relationship `source` index once per id, which took
 * 9 s instead of milliseconds in one O*NET re-import (bench/importRate.ts --statements).
 */
function existingOutgoing(fromLabel: string, type: string, targetKey: 'id' | 'key'): BatchLookup<EdgeSetItem> {
  return {
    name: `${fromLabel}-[${type}]->.${targetKey}`,
    cypher: `
UNWIND $batch AS id
MATCH (from:${fromLabel} {id: id})-[rel:${type} {source: $source}]->(to)
USING INDEX from:${fromLabel}(id)
RETURN id AS from, to.${targetKey} AS to, labels(to) AS labels, elementId(rel) AS rel`,
    batch: (items) => items.map((item) => item.id),
  };
}

/** The existing edges of each start node, from a lookup's rows (empty when nothing was found). */
function existingByStart(found: BatchFindings | undefined, lookup: BatchLookup<EdgeSetItem>): Map<string, ExistingEdge[]> {
  const byStart = new Map<string, ExistingEdge[]>();
  for (const edge of found?.get(lookup.name) ?? []) {
    const list = byStart.get(edge.from);
    if (list) list.push(edge);
    else byStart.set(edge.from, [edge]);
  }
  return byStart;
}

/** Caches a per-batch computation on the batch's items array (each statement's `batch` reads it). */
function perBatch<R>(compute: (items: readonly EdgeSetItem[], found: BatchFindings | undefined) => R) {
  const cache = new WeakMap<readonly EdgeSetItem[], { found: BatchFindings | undefined; value: R }>();
  return (items: readonly EdgeSetItem[], found: BatchFindings | undefined): R => {
    const hit = cache.get(items);
    if (hit && hit.found === found) return hit.value;
    const value = compute(items, found);
    cache.set(items, { found, value });
    return value;
  };
}

/** Deletes each start node's edges of this type and source whose target is no longer listed (by element id). */
export function pruneOutgoing(fromLabel: string, type: string, targetKey: 'id' | 'key' = 'id'): BatchStatement<EdgeSetItem> {
  const lookup = existingOutgoing(fromLabel, type, targetKey);
  return {
    cypher: `
UNWIND $batch AS id
MATCH ()-[old:${type} {source: $source}]->() WHERE elementId(old) = id
DELETE old`,
    lookup,
    shape: { kind: 'prune' },
    batch: (items, found) => {
      const byStart = existingByStart(found, lookup);
      const stale: string[] = [];
      for (const item of items) {
        const existing = byStart.get(item.id);
        if (!existing) continue;
        const listed = new Set(item.targets);
        // A target without the key property was never pruned (`NOT null IN targets` is null, not true).
        for (const edge of existing) if (edge.to !== null && !listed.has(edge.to)) stale.push(edge.rel);
      }
      return stale;
    },
  };
}

export interface EdgeStatementOptions {
  /** The target's key property: `id` (default) or `key` (SkillName). */
  targetKey?: 'id' | 'key';
  /** MERGE the target instead of matching it: only for shared lookup nodes (SkillName). */
  createTarget?: boolean;
  /**
   * Every property key an edge of this type may carry (default: none). Edges travel as value lists
   * in this order (no key repeated per edge), which needs the keys spelled out; an edge with an
   * unlisted key is a bug and fails its batch rather than losing the value.
   */
  properties?: readonly string[];
}

/** An edge's property values in the declared key order, after checking it has no other key. */
function propertyValues(type: string, known: ReadonlySet<string>, properties: readonly string[], edge: EdgeItem): PropertyValue[] {
  for (const key in edge.properties) {
    if (!known.has(key)) throw new Error(`${type} edge property "${key}" is not declared in its statement's properties`);
  }
  return properties.map((key) => edge.properties[key] ?? null);
}

/**
 * Writes the listed edges of each start node to `toLabel`, as two statements run in this order,
 * after the lookup of the start nodes' existing edges of this type and source:
 *
 * 1. listed edges that exist (a re-run, or an interrupted run): their properties are compared with
 *    the listed ones (values and types) and replaced only where they differ, by element id;
 * 2. listed edges that do not (every edge, in a first import): CREATE with the properties inline.
 *    Nothing can be duplicated: the lookup saw every edge of this type and source from the node.
 *
 * This is what `MERGE (start)-[:TYPE {source}]->(end)` followed by `SET rel = properties` did,
 * edge for edge: the same relationships with the same properties, and none written twice. A null
 * property value is not written (CREATE and `SET rel = map` skip nulls), as before.
 */
export function mergeOutgoing(fromLabel: string, type: string, toLabel: string, options: EdgeStatementOptions = {}): BatchStatement<EdgeSetItem>[] {
  const targetKey = options.targetKey ?? 'id';
  const properties = options.properties ?? [];
  const known = new Set(properties);
  const lookup = existingOutgoing(fromLabel, type, targetKey);
  const shape: StatementShape = { kind: 'edges', fromLabel, type, toLabel, targetKey, createTarget: options.createTarget ?? false };
  // A missing target (MATCH) is a bug upstream of this statement and the edge is simply not written.
  const target = `${options.createTarget ? 'MERGE' : 'MATCH'} (to:${toLabel} {${targetKey}: edge[0]})`;
  // Edge rows are [target key or element id, ...values in `properties` order]: keys are fixed here, never input.
  const value = (i: number) => `edge[${i + 1}]`;
  const inline = [...properties.map((key, i) => `${key}: ${value(i)}`), 'source: $source', 'asOf: asOf', 'method: $method'].join(', ');
  // Equal as SET would leave it: same keys, and per key the same value of the same type (1 and 1.0 differ).
  const unchanged = [
    `size(keys(rel)) = size([v IN edge[1..] WHERE v IS NOT NULL]) + 3`,
    `valueType(rel.asOf) = valueType(asOf)`, `rel.asOf = asOf`, `rel.method = $method`,
    ...properties.map((key, i) => `valueType(rel.${key}) = valueType(${value(i)}) AND (${value(i)} IS NULL OR rel.${key} = ${value(i)})`),
  ].join('\n  AND ');
  const plan = perBatch((items, found) => {
    const byStart = existingByStart(found, lookup);
    const updates: unknown[] = [];
    const creates: unknown[] = [];
    for (const item of items) {
      const existing = byStart.get(item.id);
      const fresh: unknown[] = [];
      for (const edge of item.edges) {
        if (edge.toLabel !== toLabel) continue;
        const values = propertyValues(type, known, properties, edge);
        let matched = false;
        if (existing) {
          // Every existing edge to the same node: MERGE would have matched (and updated) them all.
          for (const old of existing) {
            if (old.to === edge.to && old.labels.includes(toLabel)) {
              updates.push([old.rel, ...values]);
              matched = true;
            }
          }
        }
        if (!matched) fresh.push([edge.to, ...values]);
      }
      if (fresh.length > 0) creates.push([item.id, fresh]);
    }
    return { updates, creates };
  });
  return [
    {
      cypher: `
WITH date($asOf) AS asOf
UNWIND $batch AS edge
MATCH ()-[rel:${type} {source: $source}]->() WHERE elementId(rel) = edge[0]
WITH rel, edge, asOf
WHERE NOT coalesce(
  ${unchanged}, false)
SET rel = {${inline}}`,
      lookup,
      shape,
      batch: (items, found) => plan(items, found).updates,
    },
    {
      cypher: `
WITH date($asOf) AS asOf
UNWIND $batch AS item
MATCH (from:${fromLabel} {id: item[0]})
UNWIND item[1] AS edge
${target}
CREATE (from)-[:${type} {${inline}}]->(to)`,
      lookup,
      shape,
      batch: (items, found) => plan(items, found).creates,
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
