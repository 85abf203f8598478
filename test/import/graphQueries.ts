/** Read-only queries the import tests share: what one source put into the graph. */
import neo4j, { type Driver } from 'neo4j-driver';
import type { GraphDatabase } from '../../src/neo4j/GraphDatabase.js';

export interface SourceCounts {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

/** Nodes by label set and relationships by type (with their end labels) of one source. */
export async function countsOf(db: GraphDatabase, source: string): Promise<SourceCounts> {
  const nodes = await db.readRows<{ labels: string; count: number }>(
    `MATCH (n) WHERE n.source = $source AND NOT n:ImportRun
     WITH reduce(text = '', label IN labels(n) | text + ':' + label) AS labels, count(*) AS count
     RETURN labels, count ORDER BY labels`,
    { source },
  );
  const relationships = await db.readRows<{ type: string; count: number }>(
    `MATCH (a)-[r {source: $source}]->(b)
     WITH type(r) + ' ' + labels(a)[0] + '->' + labels(b)[0] AS type, count(*) AS count RETURN type, count ORDER BY type`,
    { source },
  );
  return {
    nodes: Object.fromEntries(nodes.map((row) => [row.labels, row.count])),
    relationships: Object.fromEntries(relationships.map((row) => [row.type, row.count])),
  };
}

/** Nodes and relationships of the source lacking provenance (expected: none). */
export async function missingProvenance(db: GraphDatabase, source: string): Promise<{ nodes: number; relationships: number }> {
  const [row] = await db.readRows<{ nodes: number; relationships: number }>(
    `CALL () { MATCH (n) WHERE n.source = $source AND (n.asOf IS NULL OR n.id IS NULL) RETURN count(n) AS nodes }
     CALL () {
       MATCH (n) WHERE n.source = $source AND NOT n:ImportRun
       MATCH (n)-[r]->() WHERE r.source IS NULL OR r.asOf IS NULL
       RETURN count(r) AS relationships
     }
     RETURN nodes, relationships`,
    { source },
  );
  return row;
}

/** Everything in the graph that no curated seed wrote (expected empty between test files). */
export async function nonCuratedNodeCount(db: GraphDatabase): Promise<number> {
  const [row] = await db.readRows<{ count: number }>(
    "MATCH (n) WHERE n.source IS NOT NULL AND n.source <> 'curated' RETURN count(n) AS count",
  );
  return row.count;
}

export async function skillNameCount(db: GraphDatabase): Promise<number> {
  const [row] = await db.readRows<{ count: number }>('MATCH (n:SkillName) RETURN count(n) AS count');
  return row.count;
}

/** CROSSWALK links expected from curated roles to one taxonomy, and those present. */
export async function crosswalkCounts(db: GraphDatabase, source: string, codesProperty: 'onetCodes' | 'escoUris') {
  const [row] = await db.readRows<{ curatedRoles: number; expected: number; present: number }>(
    `CALL () { MATCH (c:Role {source: 'curated'}) RETURN count(c) AS curatedRoles }
     CALL () {
       MATCH (c:Role {source: 'curated'}) UNWIND coalesce(c[$codesProperty], []) AS code
       MATCH (o:Role {source: $source, sourceId: code}) RETURN count(DISTINCT [c.id, o.id]) AS expected
     }
     CALL () { MATCH (:Role {source: 'curated'})-[x:CROSSWALK]->(o:Role {source: $source}) RETURN count(x) AS present }
     RETURN curatedRoles, expected, present`,
    { source, codesProperty },
  );
  return row;
}

/** MATCHES links from curated skills to one source's skills (LINK_SKILL_MATCHES writes them on import). */
export async function skillMatchCount(db: GraphDatabase, source: string): Promise<number> {
  const [row] = await db.readRows<{ count: number }>(
    "MATCH (:Skill {source: 'curated'})-[m:MATCHES]->(:Skill {source: $source}) RETURN count(m) AS count",
    { source },
  );
  return row.count;
}

/**
 * Every node and relationship of the graph as sorted text lines with typed values (an integer and a
 * float, a date and a string, an empty list and no property all differ), for comparing two loads of
 * the same data. Import bookkeeping (ImportRun, GraphLoad, GraphRevision nodes) is left out: its times
 * and ids differ by design.
 */
export async function graphSnapshot(driver: Driver): Promise<{ nodes: string[]; relationships: string[] }> {
  const typed = (value: unknown): unknown => {
    if (neo4j.isInt(value)) return `int:${String(value)}`;
    if (typeof value === 'number') return `float:${value}`;
    if (Array.isArray(value)) return value.map(typed);
    if (value !== null && typeof value === 'object') return `${(value as object).constructor.name}:${String(value)}`;
    return value;
  };
  const props = (properties: Record<string, unknown>) =>
    JSON.stringify(Object.keys(properties).sort().map((key) => [key, typed(properties[key])]));
  const bookkeeping = 'n:ImportRun OR n:GraphLoad OR n:GraphRevision';
  const { records: nodes } = await driver.executeQuery(`MATCH (n) WHERE NOT (${bookkeeping}) RETURN labels(n) AS labels, properties(n) AS properties`);
  const { records: relationships } = await driver.executeQuery(
    `MATCH (a)-[r]->(b) RETURN type(r) AS type, coalesce(a.id, a.key) AS start, coalesce(b.id, b.key) AS end, properties(r) AS properties`,
  );
  return {
    nodes: nodes.map((row) => `${[...(row.get('labels') as string[])].sort().join(':')} ${props(row.get('properties'))}`).sort(),
    relationships: relationships.map((row) => `${row.get('type')} ${row.get('start')} -> ${row.get('end')} ${props(row.get('properties'))}`).sort(),
  };
}
