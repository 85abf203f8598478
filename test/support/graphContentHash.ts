/**
 * A hash of a graph's whole content: every node (labels and properties) and every relationship (type,
 * properties, and the content of both ends), independent of internal ids and of the order Neo4j
 * returns them in. Two graphs hash alike exactly when they hold the same nodes and relationships.
 */
import { createHash } from 'node:crypto';
import neo4j, { isInt } from 'neo4j-driver';

/** Properties as canonical text: keys sorted, integers and temporals as their exact strings. */
function canonical(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (isInt(value)) return `int:${value.toString()}`;
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object') {
    // Temporal and spatial values print themselves exactly; plain maps are sorted by key.
    if (value.constructor !== Object) return `${value.constructor.name}:${String(value)}`;
    return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return `${typeof value}:${JSON.stringify(value)}`;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export interface GraphContent {
  nodes: number;
  relationships: number;
  hash: string;
}

export async function graphContentHash(uri: string, user: string, password: string, database = 'neo4j'): Promise<GraphContent> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { logging: { level: 'error', logger: () => undefined } });
  try {
    const nodes = await driver.executeQuery('MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS properties', {}, { database });
    const nodeHashes = new Map<string, string>();
    for (const record of nodes.records) {
      const labels = [...(record.get('labels') as string[])].sort().join(':');
      nodeHashes.set(record.get('id') as string, sha256(`${labels}|${canonical(record.get('properties'))}`));
    }
    const relationships = await driver.executeQuery(
      'MATCH (a)-[r]->(b) RETURN elementId(a) AS start, type(r) AS type, properties(r) AS properties, elementId(b) AS end',
      {},
      { database },
    );
    const lines = [...nodeHashes.values()].map((hash) => `node ${hash}`);
    for (const record of relationships.records) {
      lines.push(`rel ${nodeHashes.get(record.get('start'))} ${record.get('type')} ${canonical(record.get('properties'))} ${nodeHashes.get(record.get('end'))}`);
    }
    return { nodes: nodes.records.length, relationships: relationships.records.length, hash: sha256(lines.sort().join('\n')) };
  } finally {
    await driver.close();
  }
}
