/**
 * The project-run Neo4j groups a node's relationships by type once it has more than
 * RELATIONSHIP_GROUPING_THRESHOLD of them (src/localNeo4j/neo4jConf.ts says why), as APOC's isDense
 * reports it, on the shared test instance: a node of its own with one more is grouped, one with as
 * many is not (Neo4j's default, 50, would group neither).
 */
import { randomBytes } from 'node:crypto';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { RELATIONSHIP_GROUPING_THRESHOLD } from '../../src/localNeo4j/neo4jConf.js';
import { openTestDatabase } from '../support/testDatabase.js';

const database = openTestDatabase();
// A label of this run's own: files run one after another, and this one removes what it writes.
const label = `GroupingProbe${randomBytes(4).toString('hex')}`;
afterAll(async () => {
  await database.db.writeRows(`MATCH (n:${label}) DETACH DELETE n`);
  await database.close();
});

/** Creates a node with `count` relationships (to nodes of its own) and says whether the store groups them. */
async function groupedWith(count: number): Promise<boolean> {
  const [created] = await database.db.writeRows<{ id: string }>(
    `CREATE (hub:${label})
     WITH hub UNWIND range(1, $count) AS i
     CREATE (hub)-[:PROBES]->(:${label})
     RETURN DISTINCT elementId(hub) AS id`,
    { count: neo4j.int(count) },
  );
  const [row] = await database.db.readRows<{ grouped: boolean; degree: number }>(
    `MATCH (hub:${label}) WHERE elementId(hub) = $id RETURN apoc.nodes.isDense(hub) AS grouped, COUNT { (hub)--() } AS degree`,
    { id: created!.id },
  );
  expect(Number(row!.degree)).toBe(count);
  return row!.grouped;
}

describe('relationship grouping on the project-run Neo4j', () => {
  it(`groups a node's relationships by type above ${RELATIONSHIP_GROUPING_THRESHOLD}, not at it`, async () => {
    expect(await groupedWith(RELATIONSHIP_GROUPING_THRESHOLD + 1)).toBe(true);
    expect(await groupedWith(RELATIONSHIP_GROUPING_THRESHOLD)).toBe(false);
  });
});
