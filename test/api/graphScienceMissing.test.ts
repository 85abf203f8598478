/**
 * A Neo4j without Graph Data Science: the statements of the GDS-backed fields fail there at compile
 * time with "Unknown function 'gds.…'" (a Cypher projection) or "There is no procedure with the name
 * `gds.…`" (an algorithm). The test server has GDS, so this test makes the server produce exactly those
 * errors with names GDS does not have, through the API's own database layer, and checks that they
 * become the documented SERVICE_UNAVAILABLE (reason GDS_NOT_INSTALLED) while other failures do not,
 * and that the rest of the API answers meanwhile.
 *
 * (A whole local server without the plugin is not started here: the project's local Neo4j always loads
 * its plugins. The end-to-end path, careerClusters against Neo4j 5.26.30 without GDS, was checked by
 * hand: docs/api-analytics.md shows the error it gives.)
 */
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GDS_NOT_INSTALLED } from '../../src/errors.js';
import { RESPONSE_CACHE_OFF } from '../../src/responseCache/responseCache.js';
import { graphql } from '../generated/index.js';
import { openTestApi, type TestApi } from '../support/testApi.js';

let api: TestApi;

beforeAll(async () => {
  api = await openTestApi('test', { responseCache: RESPONSE_CACHE_OFF });
});

afterAll(async () => {
  await api.close();
});

const STATS_AND_CENTRALITY = graphql(`
  query GraphScienceMissingStats($first: Int) { graphStats { roles } roleCentrality(first: $first) { rank } }
`);

const failure = async (cypher: string) => {
  try {
    await api.database.db.read((tx) => tx.rows(cypher));
  } catch (error) {
    return error;
  }
  throw new Error(`${cypher} did not fail`);
};

describe('GDS missing on the server', () => {
  it.each([
    ['an unknown GDS function (a projection)', "RETURN gds.graph.projectOnAServerWithoutGds('g', null, null) AS graph"],
    ['an unknown GDS procedure (an algorithm)', "CALL gds.leidenOnAServerWithoutGds.stream('g') YIELD nodeId RETURN nodeId"],
  ])('%s is SERVICE_UNAVAILABLE with reason GDS_NOT_INSTALLED and says what is missing', async (_what, cypher) => {
    const error = await failure(cypher);
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: GDS_NOT_INSTALLED });
    expect((error as GraphQLError).message).toMatch(/Graph Data Science library \(GDS 2\.13\).*does not have/);
  });

  it('a real error in a statement that uses GDS is not reported as a missing GDS', async () => {
    const error = await failure("CALL gds.graph.drop('careergraph-no-such-graph') YIELD graphName RETURN graphName");
    expect((error as { extensions?: unknown }).extensions).toBeUndefined();
    expect(String((error as Error).message)).toMatch(/careergraph-no-such-graph/);
  });

  it('the version probe answers on this server, and the fields that need no GDS keep answering', async () => {
    const [{ version }] = await api.database.db.readRows<{ version: string }>('RETURN gds.version() AS version');
    expect(version).toBe('2.13.9');
    const result = await api.execute(STATS_AND_CENTRALITY, { first: 3 });
    expect(result.errors).toBeUndefined();
    expect(result.data!.graphStats.roles).toBeGreaterThan(50);
    expect(result.data!.roleCentrality).toHaveLength(3);
  });
});
