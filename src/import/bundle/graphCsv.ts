/**
 * The graph an importer writes, collected in memory and written as CSV files in neo4j-admin's import
 * format, so the offline bulk loader (`neo4j-admin database import full`) builds the same nodes and
 * relationships the Cypher import does. It takes the importers' own batches through the same
 * BulkWriter interface, reading each statement's `shape` (bulkCypher.ts), and applies their rules:
 *
 * - nodes are MERGEd on `id` per label: a repeated id merges its properties (`+=`, a null removes)
 *   and labels; every node gets `source`, `asOf` (a date) and `method`;
 * - an edge needs its start node, and its end node unless the statement creates targets (SkillName
 *   lookup nodes, keyed by `key`); a missing end is skipped, as Cypher's MATCH skips it;
 * - one edge per (start, type, source, end): a repeated pair keeps its last properties, as MERGE +
 *   SET does; null edge properties are dropped.
 *
 * Property types follow what the driver sends: listed integer keys as longs, other numbers as doubles.
 * neo4j-admin cannot store an empty list (an empty array field means "no property"), so empty lists
 * are recorded apart and set after the load (GraphCsv.emptyLists).
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import neo4j from 'neo4j-driver';
import type { EdgeSetItem, NodeItem, PropertyValue, BatchStatement } from '../bulkCypher.js';
import { ARRAY_DELIMITER, type EmptyListFix, type GraphCsvFile } from '../../localNeo4j/bundledGraph.js';
import type { BulkWriter } from '../importRun.js';
import { ImportProgress, ImportStats } from '../progress.js';


/** A value as it goes into the CSV; `date` and `datetime` are ISO strings typed by the column. */
type CsvValue = string | number | boolean | string[] | { long: number } | { date: string } | { datetime: string };
type CsvType = 'string' | 'long' | 'double' | 'boolean' | 'string[]' | 'date' | 'datetime';

interface CollectedNode {
  labels: Set<string>;
  properties: Map<string, CsvValue>;
}


/** The identity and provenance every node and edge of one source carries. */
export interface SourceStamp {
  source: string;
  asOf: string;
  method: string;
}

export class GraphCsv {
  /** Per ID space (a node's primary label): nodes by id. */
  private readonly nodes = new Map<string, Map<string, CollectedNode>>();
  /** Per relationship type: edges by `start\0source\0end space\0end`. */
  private readonly relationships = new Map<string, Map<string, { start: string; startSpace: string; end: string; endSpace: string; properties: Map<string, CsvValue> }>>();
  /** Edges whose end node is not among the collected nodes (Cypher's MATCH skips them too). */
  readonly skippedEdges = new Map<string, number>();

  /** A BulkWriter for one source: what the importers' `write*Graph` functions write into. */
  writerFor(stamp: SourceStamp, stats = new ImportStats()): BulkWriter {
    return {
      stats,
      progress: new ImportProgress(stamp.source, { quiet: true }),
      nodes: async (_name, items, statement, integers = []) => this.addNodes(stamp, items, statement, integers),
      edges: async (_name, items, statements, integers = []) => this.addEdges(stamp, items, statements, integers),
    };
  }

  /** Adds nodes under `label` directly (rows that are not an importer's batches, e.g. ImportRun, OccupationMatch). */
  addNode(label: string, id: string, properties: Record<string, CsvValue | null>): void {
    const node = this.node(label, id);
    for (const [key, value] of Object.entries(properties)) {
      if (value === null) node.properties.delete(key);
      else node.properties.set(key, value);
    }
  }

  hasNode(label: string, id: string): boolean {
    return this.nodes.get(label)?.has(id) ?? false;
  }

  private node(label: string, id: string): CollectedNode {
    let space = this.nodes.get(label);
    if (!space) this.nodes.set(label, (space = new Map()));
    let node = space.get(id);
    if (!node) space.set(id, (node = { labels: new Set([label]), properties: new Map() }));
    return node;
  }

  private addNodes(stamp: SourceStamp, items: readonly NodeItem[], statement: BatchStatement<NodeItem>, integers: readonly string[]): void {
    const shape = statement.shape;
    if (shape.kind !== 'nodes') throw new Error(`a node statement has shape ${shape.kind}`);
    const longs = new Set(integers);
    for (const item of items) {
      const node = this.node(shape.label, item.id);
      if (shape.extraLabel) node.labels.add(shape.extraLabel);
      for (const [key, value] of Object.entries(item.properties)) {
        const converted = toCsvValue(value, longs.has(key));
        if (converted === null) node.properties.delete(key);
        else node.properties.set(key, converted);
      }
      node.properties.set('source', stamp.source);
      node.properties.set('asOf', { date: stamp.asOf });
      node.properties.set('method', stamp.method);
    }
  }

  private addEdges(
    stamp: SourceStamp,
    items: readonly EdgeSetItem[],
    statements: readonly BatchStatement<EdgeSetItem>[],
    integers: readonly string[],
  ): void {
    const longs = new Set(integers);
    const done = new Set<string>();
    for (const statement of statements) {
      const shape = statement.shape;
      if (shape.kind === 'prune') continue; // a first load has nothing stale to prune
      if (shape.kind !== 'edges') throw new Error(`an edge statement has shape ${shape.kind}`);
      // mergeOutgoing gives the MERGE and the CREATE path the same shape: write each target label once.
      const key = `${shape.type}\u0000${shape.toLabel}`;
      if (done.has(key)) continue;
      done.add(key);
      let edges = this.relationships.get(shape.type);
      if (!edges) this.relationships.set(shape.type, (edges = new Map()));
      for (const item of items) {
        if (!this.hasNode(shape.fromLabel, item.id)) {
          this.skippedEdges.set(shape.type, (this.skippedEdges.get(shape.type) ?? 0) + item.edges.length);
          continue;
        }
        for (const edge of item.edges) {
          if (edge.toLabel !== shape.toLabel) continue;
          if (shape.createTarget) this.node(shape.toLabel, edge.to).properties.set(shape.targetKey, edge.to);
          else if (!this.hasNode(shape.toLabel, edge.to)) {
            this.skippedEdges.set(shape.type, (this.skippedEdges.get(shape.type) ?? 0) + 1);
            continue;
          }
          const properties = new Map<string, CsvValue>();
          for (const [name, value] of Object.entries(edge.properties)) {
            const converted = toCsvValue(value, longs.has(name));
            if (converted !== null) properties.set(name, converted);
          }
          properties.set('source', stamp.source);
          properties.set('asOf', { date: stamp.asOf });
          properties.set('method', stamp.method);
          edges.set(`${item.id}\u0000${stamp.source}\u0000${shape.toLabel}\u0000${edge.to}`, {
            start: item.id,
            startSpace: shape.fromLabel,
            end: edge.to,
            endSpace: shape.toLabel,
            properties,
          });
        }
      }
    }
  }

  get nodeCount(): number {
    let count = 0;
    for (const space of this.nodes.values()) count += space.size;
    return count;
  }

  get relationshipCount(): number {
    let count = 0;
    for (const edges of this.relationships.values()) count += edges.size;
    return count;
  }

  /** Every node property holding an empty list, to be set after the load. */
  emptyLists(): EmptyListFix[] {
    const fixes = new Map<string, EmptyListFix>();
    for (const [label, space] of this.nodes) {
      for (const [id, node] of space) {
        for (const [property, value] of node.properties) {
          if (!Array.isArray(value) || value.length > 0) continue;
          const key = `${label}\u0000${property}`;
          let fix = fixes.get(key);
          if (!fix) fixes.set(key, (fix = { label, property, ids: [] }));
          fix.ids.push(id);
        }
      }
    }
    return [...fixes.values()];
  }

  /**
   * Writes one gzipped CSV per ID space (`nodes/<Label>.csv.gz`) and per relationship type and end
   * spaces (`relationships/<TYPE>.<From>-<To>.csv.gz`), in a stable order, and returns their entries.
   */
  async write(dir: string): Promise<GraphCsvFile[]> {
    const files: GraphCsvFile[] = [];
    await mkdir(join(dir, 'nodes'), { recursive: true });
    await mkdir(join(dir, 'relationships'), { recursive: true });
    for (const label of [...this.nodes.keys()].sort()) {
      const space = this.nodes.get(label)!;
      const idKey = label === 'SkillName' ? 'key' : 'id';
      const rows = [...space.entries()].map(([id, node]) => {
        const properties = new Map(node.properties);
        properties.delete(idKey); // the ID column stores it
        return { id, labels: [...node.labels].join(ARRAY_DELIMITER), properties };
      });
      const columns = columnTypes(rows.map((row) => row.properties), `${label} nodes`);
      const header = [`${idKey}:ID(${label})`, ':LABEL', ...columns.map(([key, type]) => `${key}:${type}`)];
      const lines = [header.join(',')];
      for (const row of rows) {
        lines.push([quote(row.id), `"${row.labels}"`, ...columns.map(([key, type]) => csvField(row.properties.get(key), type))].join(','));
      }
      files.push(await writeCsv(dir, `nodes/${label}.csv.gz`, 'nodes', label, lines));
    }
    for (const type of [...this.relationships.keys()].sort()) {
      const groups = new Map<string, Array<{ start: string; end: string; properties: Map<string, CsvValue> }>>();
      for (const edge of this.relationships.get(type)!.values()) {
        const group = `${edge.startSpace}-${edge.endSpace}`;
        const list = groups.get(group);
        if (list) list.push(edge);
        else groups.set(group, [edge]);
      }
      for (const group of [...groups.keys()].sort()) {
        const edges = groups.get(group)!;
        const [startSpace, endSpace] = group.split('-');
        const columns = columnTypes(edges.map((edge) => edge.properties), `${type} relationships`);
        const lines = [[`:START_ID(${startSpace})`, `:END_ID(${endSpace})`, ...columns.map(([key, t]) => `${key}:${t}`)].join(',')];
        for (const edge of edges) {
          lines.push([quote(edge.start), quote(edge.end), ...columns.map(([key, t]) => csvField(edge.properties.get(key), t))].join(','));
        }
        files.push(await writeCsv(dir, `relationships/${type}.${group}.csv.gz`, 'relationships', type, lines));
      }
    }
    return files;
  }
}

function toCsvValue(value: PropertyValue, long: boolean): CsvValue | null {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return { long: (value as { toNumber(): number }).toNumber() };
  if (typeof value === 'number' && long) {
    if (!Number.isInteger(value)) throw new Error(`integer property holds ${value}`);
    return { long: value };
  }
  return value as CsvValue;
}

function typeOf(value: CsvValue): CsvType {
  if (Array.isArray(value)) return 'string[]';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return 'double';
  return 'long' in value ? 'long' : 'date' in value ? 'date' : 'datetime';
}

/** Each column's type, from its values (which must agree: one column, one type). */
function columnTypes(rows: ReadonlyArray<Map<string, CsvValue>>, what: string): Array<[string, CsvType]> {
  const types = new Map<string, CsvType>();
  for (const properties of rows) {
    for (const [key, value] of properties) {
      const type = typeOf(value);
      const known = types.get(key);
      if (known === undefined) types.set(key, type);
      else if (known !== type) throw new Error(`${what}: property "${key}" is both ${known} and ${type}`);
    }
  }
  return [...types.entries()].sort(([a], [b]) => a.localeCompare(b));
}

function quote(text: string): string {
  if (text.includes(ARRAY_DELIMITER)) throw new Error(`text contains the array delimiter U+001F: ${JSON.stringify(text.slice(0, 80))}`);
  return `"${text.replace(/"/g, '""')}"`;
}

/** An absent value is an empty, unquoted field: neo4j-admin then sets no property. */
function csvField(value: CsvValue | undefined, type: CsvType): string {
  if (value === undefined) return '';
  switch (type) {
    case 'string':
      return quote(value as string);
    case 'string[]':
      // Each element is checked for the delimiter; the joined list is then quoted as one field.
      return (value as string[]).length === 0 ? '' : `"${(value as string[]).map((item) => quote(item).slice(1, -1)).join(ARRAY_DELIMITER)}"`;
    case 'long':
      return String((value as { long: number }).long);
    case 'date':
      return (value as { date: string }).date;
    case 'datetime':
      return (value as { datetime: string }).datetime;
    default:
      return String(value);
  }
}

async function writeCsv(dir: string, path: string, kind: GraphCsvFile['kind'], name: string, lines: string[]): Promise<GraphCsvFile> {
  const text = `${lines.join('\n')}\n`;
  const compressed = gzipSync(text, { level: 9 });
  await writeFile(join(dir, path), compressed);
  return { path, kind, name, rows: lines.length - 1, sha256: createHash('sha256').update(text).digest('hex'), bytes: compressed.length };
}
