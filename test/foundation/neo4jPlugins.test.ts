/**
 * The plugins of src/localNeo4j/plugins.ts are loaded by the project-run server (the shared test
 * instance, started by globalSetup like any other): each answers its probe, and its procedures run.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { localNeo4jPaths } from '../../src/localNeo4j/LocalNeo4j.js';
import { SERVER_JAR_SETS } from '../../src/localNeo4j/plugins.js';
import { openTestDatabase } from '../support/testDatabase.js';

const database = openTestDatabase();
afterAll(() => database.close());

describe('server plugins on the local Neo4j', () => {
  for (const set of SERVER_JAR_SETS.filter((s) => s.probe)) {
    it(`${set.name}: ${set.probe!.query} answers ${set.probe!.expected}`, async () => {
      const [row] = await database.db.readRows<{ version: string }>(set.probe!.query);
      expect(row?.version).toBe(set.probe!.expected);
    });
  }

  it('APOC procedures run (apoc.export.csv.query streams CSV; apoc.path.subgraphNodes expands)', async () => {
    const [exported] = await database.db.readRows<{ data: string }>(
      "CALL apoc.export.csv.query('MATCH (r:Role {source: \"curated\"}) RETURN r.slug AS slug ORDER BY slug LIMIT 2', null, {stream: true}) YIELD data RETURN data",
    );
    expect(exported?.data.split('\n')[0]).toBe('"slug"');
    expect(exported?.data.trim().split('\n')).toHaveLength(3);
    const [reached] = await database.db.readRows<{ reached: number }>(
      "MATCH (start:Role {source: 'curated'}) WHERE EXISTS { (start)-[:LEADS_TO]->() } WITH start LIMIT 1 " +
        "CALL apoc.path.subgraphNodes(start, {relationshipFilter: 'LEADS_TO>', maxLevel: 1}) YIELD node RETURN count(node) AS reached",
    );
    expect(Number(reached?.reached)).toBeGreaterThan(1);
  });

  it('GDS procedures register and run (project a graph, PageRank, drop it)', async () => {
    const graphName = 'plugins-test';
    await database.db.readRows("CALL gds.graph.drop($graphName, false) YIELD graphName RETURN graphName", { graphName });
    const [projected] = await database.db.readRows<{ nodes: number; relationships: number }>(
      "MATCH (a:Role {source: 'curated'})-[:LEADS_TO]->(b:Role {source: 'curated'}) " +
        'WITH gds.graph.project($graphName, a, b) AS g RETURN g.nodeCount AS nodes, g.relationshipCount AS relationships',
      { graphName },
    );
    expect(Number(projected?.relationships)).toBeGreaterThan(0);
    try {
      const ranked = await database.db.readRows<{ score: number }>('CALL gds.pageRank.stream($graphName) YIELD nodeId, score RETURN score', { graphName });
      expect(ranked).toHaveLength(Number(projected?.nodes));
      expect(ranked.every((row) => row.score > 0)).toBe(true);
    } finally {
      await database.db.readRows('CALL gds.graph.drop($graphName) YIELD graphName RETURN graphName', { graphName });
    }
  });

  it('no plugin folder holds a second copy of a jar the server has (it would break the procedure registry)', async () => {
    const { jarsDir } = localNeo4jPaths(database.config.local);
    const serverJars = new Set((await readdir(join(jarsDir, 'lib'))).filter((f) => f.endsWith('.jar')));
    for (const set of SERVER_JAR_SETS) {
      const pluginJars = (await readdir(join(jarsDir, 'plugins', set.name))).filter((f) => f.endsWith('.jar'));
      expect(pluginJars.length).toBeGreaterThan(0);
      // Plugin jars are named groupId.artifactId-version.jar; the server's artifactId-version.jar.
      for (const jar of pluginJars) {
        if (jar.startsWith('org.neo4j.gds.')) continue; // GDS's own modules (annotations, neo4j-values) share names with server jars
        expect(serverJars.has(jar.replace(/^([a-z0-9_-]+\.)+(?=[a-zA-Z0-9_-]+-\d)/, '')), jar).toBe(false);
      }
    }
  });
});
