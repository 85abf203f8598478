/**
 * Exports the whole graph for analysts: every node with its labels and properties, every
 * relationship with its type, ends and properties, as CSV (a folder with nodes.csv and
 * relationships.csv), one JSON document, or GraphML. Pages through the database (nodes in
 * elementId order, relationships by start node) and streams to disk, so memory stays flat
 * whatever the graph's size. Nodes are identified by their `id` property (SkillName lookup nodes,
 * which have none, by "skillname:<key>").
 */
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import neo4j from 'neo4j-driver';
import { DATASET_ATTRIBUTIONS } from '../graph/attribution.js';
import type { GraphDatabase } from '../neo4j/GraphDatabase.js';
import type { Native } from '../neo4j/values.js';

export const EXPORT_FORMATS = ['csv', 'json', 'graphml'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A target the export cannot write to (a folder where a file is needed, or the reverse). */
export class ExportError extends Error {
  override name = 'ExportError';
}

/**
 * Where an export reports its progress, one phase per section. The CLI passes the importers'
 * ImportProgress (src/import/progress.ts), which has this shape; the default reports nothing.
 */
export interface ExportProgress {
  phase(name: string, total?: number): { advance(count: number): void; finish(): unknown };
}

const SILENT: ExportProgress = { phase: () => ({ advance: () => undefined, finish: () => undefined }) };

const NODE_KEY = (v: string) => `CASE WHEN ${v}:SkillName THEN 'skillname:' + ${v}.key ELSE coalesce(${v}.id, elementId(${v})) END`;

const NODE_PAGE = `
MATCH (n) WHERE elementId(n) > $after
WITH n ORDER BY elementId(n) LIMIT $limit
RETURN elementId(n) AS elementId, ${NODE_KEY('n')} AS key, labels(n) AS labels, properties(n) AS properties`;

const NODE_IDS_PAGE = `
MATCH (n) WHERE elementId(n) > $after
WITH n ORDER BY elementId(n) LIMIT $limit
RETURN elementId(n) AS elementId`;

const OUTGOING_RELATIONSHIPS = `
UNWIND $elementIds AS startId
MATCH (n)-[r]->(m) WHERE elementId(n) = startId
RETURN type(r) AS type, ${NODE_KEY('n')} AS start, ${NODE_KEY('m')} AS end, properties(r) AS properties`;

const NODE_PROPERTY_TYPES = `
MATCH (n) UNWIND keys(n) AS key
RETURN key, collect(DISTINCT valueType(n[key])) AS types`;

const RELATIONSHIP_PROPERTY_TYPES = `
MATCH ()-[r]->() UNWIND keys(r) AS key
RETURN key, collect(DISTINCT valueType(r[key])) AS types`;

const COUNTS = `
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships`;

interface NodeRow {
  elementId: string;
  key: string;
  labels: string[];
  properties: Record<string, Native>;
}

interface RelationshipRow {
  type: string;
  start: string;
  end: string;
  properties: Record<string, Native>;
}

export interface ExportOptions {
  /** Nodes per read. Default: 5,000. */
  pageSize?: number;
  /** Default: silent. */
  progress?: ExportProgress;
}

export interface ExportResult {
  format: ExportFormat;
  nodes: number;
  relationships: number;
  files: string[];
  seconds: number;
}

/** A write stream that respects backpressure. */
class Output {
  private readonly stream: WriteStream;
  constructor(readonly path: string) {
    this.stream = createWriteStream(path, { encoding: 'utf8' });
  }
  async write(text: string): Promise<void> {
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }
  async close(): Promise<void> {
    this.stream.end();
    await once(this.stream, 'finish');
  }
}

export async function exportGraph(db: GraphDatabase, format: ExportFormat, path: string, options: ExportOptions = {}): Promise<ExportResult> {
  const started = performance.now();
  const progress = options.progress ?? SILENT;
  const pageSize = options.pageSize ?? 5_000;
  const [counts] = await db.readRows<{ nodes: number; relationships: number }>(COUNTS);
  const exporter = await openExporter(db, format, path);
  let nodes = 0;
  let relationships = 0;
  try {
    const nodePhase = progress.phase('nodes', counts.nodes);
    for await (const page of nodePages(db, pageSize)) {
      for (const node of page) await exporter.node(node);
      nodes += page.length;
      nodePhase.advance(page.length);
    }
    nodePhase.finish();
    await exporter.betweenSections();
    const relationshipPhase = progress.phase('relationships', counts.relationships);
    for await (const ids of nodeIdPages(db, pageSize)) {
      const rows = await db.readRows<RelationshipRow>(OUTGOING_RELATIONSHIPS, { elementIds: ids });
      for (const relationship of rows) await exporter.relationship(relationship);
      relationships += rows.length;
      relationshipPhase.advance(rows.length);
    }
    relationshipPhase.finish();
  } finally {
    await exporter.close();
  }
  return { format, nodes, relationships, files: exporter.files, seconds: (performance.now() - started) / 1000 };
}

async function* nodePages(db: GraphDatabase, pageSize: number): AsyncGenerator<NodeRow[]> {
  let after = '';
  for (;;) {
    const page = await db.readRows<NodeRow>(NODE_PAGE, { after, limit: neo4j.int(pageSize) });
    if (page.length === 0) return;
    yield page;
    after = page[page.length - 1].elementId;
  }
}

async function* nodeIdPages(db: GraphDatabase, pageSize: number): AsyncGenerator<string[]> {
  let after = '';
  for (;;) {
    const page = await db.readRows<{ elementId: string }>(NODE_IDS_PAGE, { after, limit: neo4j.int(pageSize) });
    if (page.length === 0) return;
    yield page.map((row) => row.elementId);
    after = page[page.length - 1].elementId;
  }
}

interface Exporter {
  files: string[];
  node(row: NodeRow): Promise<void>;
  betweenSections(): Promise<void>;
  relationship(row: RelationshipRow): Promise<void>;
  close(): Promise<void>;
}

async function openExporter(db: GraphDatabase, format: ExportFormat, path: string): Promise<Exporter> {
  switch (format) {
    case 'csv':
      return csvExporter(db, path);
    case 'json':
      return jsonExporter(path);
    case 'graphml':
      return graphmlExporter(db, path);
  }
}

async function prepareFile(path: string): Promise<void> {
  const existing = await stat(path).catch(() => undefined);
  if (existing?.isDirectory()) throw new ExportError(`Export target is a directory, expected a file: ${path}`);
  await mkdir(dirname(path), { recursive: true });
}

async function propertyTypes(db: GraphDatabase, statement: string): Promise<Map<string, string[]>> {
  const rows = await db.readRows<{ key: string; types: string[] }>(statement);
  return new Map(rows.sort((a, b) => a.key.localeCompare(b.key)).map((row) => [row.key, row.types]));
}

function attributionText(): string {
  return DATASET_ATTRIBUTIONS.map((dataset) => `${dataset.name}: ${dataset.attribution} ${dataset.modifiedNotice}`).join('\n');
}

// ---- CSV -------------------------------------------------------------------------------------

/** A cell: strings as they are, lists and maps as JSON, null as empty; quoted when needed. */
export function csvCell(value: Native | undefined): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

async function csvExporter(db: GraphDatabase, folder: string): Promise<Exporter> {
  const existing = await stat(folder).catch(() => undefined);
  if (existing && !existing.isDirectory()) throw new ExportError(`CSV export needs a folder, but this is a file: ${folder}`);
  await mkdir(folder, { recursive: true });
  // The node key is the first column, so the `id` property is not repeated.
  const nodeKeys = [...(await propertyTypes(db, NODE_PROPERTY_TYPES)).keys()].filter((key) => key !== 'id');
  const relationshipKeys = [...(await propertyTypes(db, RELATIONSHIP_PROPERTY_TYPES)).keys()];
  const nodes = new Output(join(folder, 'nodes.csv'));
  const relationships = new Output(join(folder, 'relationships.csv'));
  const attribution = new Output(join(folder, 'ATTRIBUTION.txt'));
  await attribution.write(`${attributionText()}\n`);
  await attribution.close();
  await nodes.write(`${['id', 'labels', ...nodeKeys].map((key) => csvCell(key)).join(',')}\r\n`);
  await relationships.write(`${['type', 'start', 'end', ...relationshipKeys].map((key) => csvCell(key)).join(',')}\r\n`);
  return {
    files: [nodes.path, relationships.path, attribution.path],
    node: (row) => nodes.write(`${[csvCell(row.key), csvCell(row.labels.join(';')), ...nodeKeys.map((key) => csvCell(row.properties[key]))].join(',')}\r\n`),
    betweenSections: async () => undefined,
    relationship: (row) =>
      relationships.write(
        `${[csvCell(row.type), csvCell(row.start), csvCell(row.end), ...relationshipKeys.map((key) => csvCell(row.properties[key]))].join(',')}\r\n`,
      ),
    close: async () => {
      await nodes.close();
      await relationships.close();
    },
  };
}

// ---- JSON ------------------------------------------------------------------------------------

async function jsonExporter(path: string): Promise<Exporter> {
  await prepareFile(path);
  const out = new Output(path);
  const metadata = { exportedAt: new Date().toISOString(), attributions: DATASET_ATTRIBUTIONS };
  await out.write(`{"metadata":${JSON.stringify(metadata)},\n"nodes":[`);
  let first = true;
  const item = async (value: unknown) => {
    await out.write(`${first ? '\n' : ',\n'}${JSON.stringify(value)}`);
    first = false;
  };
  return {
    files: [path],
    node: (row) => item({ id: row.key, labels: row.labels, properties: row.properties }),
    betweenSections: async () => {
      await out.write('\n],\n"relationships":[');
      first = true;
    },
    relationship: (row) => item({ type: row.type, start: row.start, end: row.end, properties: row.properties }),
    close: async () => {
      await out.write('\n]}\n');
      await out.close();
    },
  };
}

// ---- GraphML ---------------------------------------------------------------------------------

export function xmlEscape(text: string): string {
  // XML 1.0 forbids most control characters even when escaped; they are dropped.
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** GraphML attr.type for the Cypher value types one property key holds. */
export function graphmlType(types: readonly string[]): 'boolean' | 'long' | 'double' | 'string' {
  const base = new Set(types.map((type) => type.replace(/ NOT NULL$/, '')));
  if (base.size === 1 && base.has('BOOLEAN')) return 'boolean';
  if ([...base].every((type) => type === 'INTEGER')) return 'long';
  if ([...base].every((type) => type === 'INTEGER' || type === 'FLOAT')) return 'double';
  return 'string';
}

async function graphmlExporter(db: GraphDatabase, path: string): Promise<Exporter> {
  await prepareFile(path);
  const nodeTypes = await propertyTypes(db, NODE_PROPERTY_TYPES);
  const relationshipTypes = await propertyTypes(db, RELATIONSHIP_PROPERTY_TYPES);
  // Key ids are positional (n0, e0, ...) because property names need not be valid XML ids.
  const nodeKeyIds = new Map([...nodeTypes.keys()].map((key, index) => [key, `n${index}`]));
  const relationshipKeyIds = new Map([...relationshipTypes.keys()].map((key, index) => [key, `e${index}`]));
  const out = new Output(path);
  const header = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    `  <desc>${xmlEscape(attributionText())}</desc>`,
    '  <key id="labels" for="node" attr.name="labels" attr.type="string"/>',
    '  <key id="type" for="edge" attr.name="type" attr.type="string"/>',
    ...[...nodeTypes].map(
      ([key, types]) => `  <key id="${nodeKeyIds.get(key)}" for="node" attr.name="${xmlEscape(key)}" attr.type="${graphmlType(types)}"/>`,
    ),
    ...[...relationshipTypes].map(
      ([key, types]) => `  <key id="${relationshipKeyIds.get(key)}" for="edge" attr.name="${xmlEscape(key)}" attr.type="${graphmlType(types)}"/>`,
    ),
    '  <graph id="career-graph" edgedefault="directed">',
  ];
  await out.write(`${header.join('\n')}\n`);
  const data = (keyIds: Map<string, string>, properties: Record<string, Native>) =>
    Object.entries(properties)
      .filter(([, value]) => value !== null)
      .map(([key, value]) => {
        const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
        return `<data key="${keyIds.get(key)}">${xmlEscape(text)}</data>`;
      })
      .join('');
  let edgeNumber = 0;
  return {
    files: [path],
    node: (row) =>
      out.write(
        `    <node id="${xmlEscape(row.key)}"><data key="labels">${xmlEscape(`:${row.labels.join(':')}`)}</data>${data(nodeKeyIds, row.properties)}</node>\n`,
      ),
    betweenSections: async () => undefined,
    relationship: (row) =>
      out.write(
        `    <edge id="r${edgeNumber++}" source="${xmlEscape(row.start)}" target="${xmlEscape(row.end)}"><data key="type">${xmlEscape(row.type)}</data>${data(relationshipKeyIds, row.properties)}</edge>\n`,
      ),
    close: async () => {
      await out.write('  </graph>\n</graphml>\n');
      await out.close();
    },
  };
}
