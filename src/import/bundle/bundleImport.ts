/**
 * The bundled graph through the Cypher importers: `npm run import -- bundled` (and the bootstrap, for
 * an empty graph that neo4j-admin cannot reach: a remote NEO4J_URI, Aura, docker compose). The bundle's
 * CSV files are read back into the importers' node and edge-set batches, one import run per source,
 * written by the same statements (`mergeNodes`, `replaceOutgoing`) and the same frame (`runImport`:
 * ImportRun, one transaction per batch, pruning, the links at the end), so the graph is the one the
 * release files would give, and the import is as idempotent and re-runnable as theirs.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { CROSSWALK_MATCHES_SOURCE } from '../../graph/sources.js';
import type { GraphDatabase } from '../../neo4j/GraphDatabase.js';
import { ARRAY_DELIMITER, readBundleManifest, verifyBundle, type BundleManifest, type GraphCsvFile } from '../../localNeo4j/bundledGraph.js';
import { edgeSet, mergeNodes, replaceOutgoing, type EdgeItem, type EdgeSetItem, type NodeItem, type Properties } from '../bulkCypher.js';
import { runImport, type ImportOptions, type ImportResult } from '../importRun.js';
import { storeOccupationMatches } from '../occupationCrosswalk/importOccupationCrosswalk.js';
import type { OccupationMatch } from '../occupationCrosswalk/parseOccupationCrosswalk.js';

/** Written by the import frame itself, not from the file. */
const STAMP = new Set(['source', 'asOf', 'method']);

interface Column {
  key: string;
  type: string;
}

interface CsvTable {
  file: GraphCsvFile;
  /** Node files: the ID column's key (`id` or `key`); relationship files: undefined. */
  idKey?: string;
  idSpace?: string;
  startSpace?: string;
  endSpace?: string;
  columns: Column[];
  rows: Array<Array<string | null>>;
}

async function readTable(dir: string, file: GraphCsvFile): Promise<CsvTable> {
  const text = gunzipSync(await readFile(resolve(dir, file.path))).toString('utf8');
  // A quoted "" is an empty string, an empty unquoted field no property: csv-parse tells them apart in `cast`.
  const [header, ...rows] = parse(text, { cast: (cell, context) => (cell === '' && !context.quoting ? null : cell) }) as Array<Array<string | null>>;
  const table: CsvTable = { file, columns: [], rows };
  for (const cell of header as string[]) {
    const id = /^(\w+):ID\((\w+)\)$/.exec(cell);
    const start = /^:START_ID\((\w+)\)$/.exec(cell);
    const end = /^:END_ID\((\w+)\)$/.exec(cell);
    if (id) [table.idKey, table.idSpace] = [id[1], id[2]];
    else if (start) table.startSpace = start[1];
    else if (end) table.endSpace = end[1];
    else if (cell !== ':LABEL') {
      const [key, type] = cell.split(':');
      table.columns.push({ key, type });
    }
  }
  return table;
}

/** A cell as the driver would have sent it (an empty cell is no property). */
function value(cell: string | null, type: string): Properties[string] | undefined {
  if (cell === null) return undefined;
  switch (type) {
    case 'string':
    case 'date':
    case 'datetime':
      return cell;
    case 'string[]':
      return cell.split(ARRAY_DELIMITER);
    case 'long':
    case 'double':
      return Number(cell);
    case 'boolean':
      return cell === 'true';
    default:
      throw new Error(`bundle column type ${type} is not known`);
  }
}

function rowProperties(table: CsvTable, row: Array<string | null>, offset: number): { properties: Properties; source: string; asOf: string; method: string } {
  const properties: Properties = {};
  const stamp: Record<string, string> = {};
  table.columns.forEach((column, index) => {
    const cell = value(row[offset + index], column.type);
    if (STAMP.has(column.key)) stamp[column.key] = String(cell);
    else if (cell !== undefined) properties[column.key] = cell;
  });
  return { properties, source: stamp.source ?? '', asOf: stamp.asOf ?? '', method: stamp.method ?? '' };
}

/** One source's share of the bundle, as the import frame writes it. */
interface SourceBatches {
  asOf: string;
  nodes: Array<{ label: string; extraLabel?: string; items: NodeItem[]; integers: string[] }>;
  edges: Array<{ type: string; fromLabel: string; toLabels: string[]; items: EdgeSetItem[]; properties: string[]; integers: string[]; targetKey: 'id' | 'key'; createTarget: boolean }>;
  matches: OccupationMatch[];
}

/** Reads and verifies the bundle, and sorts its rows by source into node and edge-set batches. */
export async function readBundleBatches(dir: string): Promise<{ manifest: BundleManifest; sources: Map<string, SourceBatches> }> {
  const manifest = await readBundleManifest(dir);
  const { emptyLists } = await verifyBundle(dir, manifest);
  const empty = new Map<string, Set<string>>();
  for (const fix of emptyLists) empty.set(`${fix.label}\u0000${fix.property}`, new Set(fix.ids));
  const sources = new Map<string, SourceBatches>();
  const sourceOf = (source: string, asOf: string) => {
    let batches = sources.get(source);
    if (!batches) sources.set(source, (batches = { asOf, nodes: [], edges: [], matches: [] }));
    return batches;
  };

  for (const file of manifest.files.filter((entry) => entry.kind === 'nodes')) {
    // SkillName lookup nodes are made by the KNOWN_AS statements; runs are recorded by the import frame.
    if (file.name === 'SkillName' || file.name === 'ImportRun') continue;
    const table = await readTable(dir, file);
    const integers = table.columns.filter((column) => column.type === 'long').map((column) => column.key);
    const groups = new Map<string, { label: string; extraLabel?: string; items: NodeItem[]; integers: string[] }>();
    for (const row of table.rows) {
      const { properties, source, asOf, method } = rowProperties(table, row, 2);
      const [label, extraLabel, ...more] = (row[1] ?? '').split(ARRAY_DELIMITER);
      if (label !== table.idSpace || more.length > 0) throw new Error(`${file.path}: labels ${row[1]} are not what the importers write`);
      const id = row[0]!;
      const lists = table.columns.filter((column) => column.type === 'string[]' && empty.get(`${label}\u0000${column.key}`)?.has(id));
      for (const column of lists) properties[column.key] = [];
      if (file.name === 'OccupationMatch') {
        sourceOf(source, asOf).matches.push({ ...(properties as unknown as OccupationMatch), id, source: source as OccupationMatch['source'], asOf, method: method as OccupationMatch['method'] });
        continue;
      }
      const key = `${source}\u0000${extraLabel ?? ''}`;
      let group = groups.get(key);
      if (!group) {
        group = { label, ...(extraLabel ? { extraLabel } : {}), items: [], integers };
        groups.set(key, group);
        sourceOf(source, asOf).nodes.push(group);
      }
      group.items.push({ id, properties });
    }
  }

  // Edge sets are owned per (start node, type, source) across every end label, as replaceOutgoing prunes them.
  const edgeGroups = new Map<string, SourceBatches['edges'][number] & { byStart: Map<string, EdgeItem[]> }>();
  for (const file of manifest.files.filter((entry) => entry.kind === 'relationships')) {
    const table = await readTable(dir, file);
    const fromLabel = table.startSpace!;
    const toLabel = table.endSpace!;
    const properties = table.columns.map((column) => column.key).filter((key) => !STAMP.has(key));
    const integers = table.columns.filter((column) => column.type === 'long').map((column) => column.key);
    for (const row of table.rows) {
      const { properties: edgeProperties, source, asOf } = rowProperties(table, row, 2);
      const key = `${source}\u0000${file.name}\u0000${fromLabel}`;
      let group = edgeGroups.get(key);
      if (!group) {
        group = { type: file.name, fromLabel, toLabels: [], items: [], properties: [], integers: [], targetKey: 'id', createTarget: false, byStart: new Map() };
        edgeGroups.set(key, group);
        sourceOf(source, asOf).edges.push(group);
      }
      if (!group.toLabels.includes(toLabel)) group.toLabels.push(toLabel);
      for (const name of properties) if (!group.properties.includes(name)) group.properties.push(name);
      for (const name of integers) if (!group.integers.includes(name)) group.integers.push(name);
      if (toLabel === 'SkillName') [group.targetKey, group.createTarget] = ['key', true];
      const [start, end] = [row[0]!, row[1]!];
      const list = group.byStart.get(start);
      const edge = { to: end, toLabel, properties: edgeProperties };
      if (list) list.push(edge);
      else group.byStart.set(start, [edge]);
    }
  }
  for (const group of edgeGroups.values()) group.items = [...group.byStart].map(([id, edges]) => edgeSet(id, edges));
  return { manifest, sources };
}

/** Imports every source of the bundle through Cypher, O*NET and ESCO before the crosswalk rows. */
export async function importBundle(db: GraphDatabase, dir: string, options: ImportOptions = {}): Promise<ImportResult[]> {
  const { sources } = await readBundleBatches(dir);
  const results: ImportResult[] = [];
  for (const [source, batches] of [...sources].sort(([a], [b]) => Number(a === CROSSWALK_MATCHES_SOURCE) - Number(b === CROSSWALK_MATCHES_SOURCE))) {
    if (source === CROSSWALK_MATCHES_SOURCE) {
      results.push(await storeOccupationMatches(db, batches.matches, `${dir} (bundled)`, options));
      continue;
    }
    results.push(
      await runImport(
        db,
        {
          source,
          asOf: batches.asOf,
          dir: `${dir} (bundled)`,
          read: async (stats) => {
            for (const group of batches.nodes) stats.read(`${group.label} (${source})`, group.items.length);
            return batches;
          },
          write: async (graph, writer) => {
            for (const group of graph.nodes) {
              await writer.nodes(`${group.label}${group.extraLabel ? ` (${group.extraLabel})` : ''}`, group.items, mergeNodes(group.label, group.extraLabel), group.integers);
            }
            for (const group of graph.edges) {
              const statements = replaceOutgoing(group.fromLabel, group.type, group.toLabels, {
                properties: group.properties,
                targetKey: group.targetKey,
                createTarget: group.createTarget,
              });
              await writer.edges(`${group.type} (${group.fromLabel} → ${group.toLabels.join(', ')})`, group.items, statements, group.integers);
            }
          },
        },
        options,
      ),
    );
  }
  return results;
}
