/**
 * Text that looks like Cypher or Lucene is harmless in every text input: each is a parameter (or
 * escaped for the fulltext index), so it finds nothing or answers a documented error, never an
 * internal one, and never changes the graph. And one pathological statement cannot hold the
 * database: the per-transaction timeout stops it and the caller gets a clean SERVICE_UNAVAILABLE.
 */
import { GraphQLError } from 'graphql';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphDatabase } from '../../src/neo4j/GraphDatabase.js';
import { formatError } from '../../src/server.js';
import { openTestApi, type TestApi } from '../support/testApi.js';

let api: TestApi;
beforeAll(async () => {
  api = await openTestApi('production');
});
afterAll(async () => {
  await api.close();
});

const HOSTILE = [
  `x"}) MATCH (n) DETACH DELETE n //`,
  `' OR 1=1 RETURN n //`,
  '`Role`) DETACH DELETE n WITH 1 AS x MATCH (m',
  '$slug',
  '*:* OR title:* AND NOT ~ ^2 [a TO z] {}',
  'cloud\\ AND (k8s OR "aws") -python +java /reg.*ex/',
  'CALL db.index.fulltext.queryNodes("role_search", "*") YIELD node RETURN node',
];

/** Every operation with a free-text input, each input filled with `text`. */
const operations = (text: string): Array<[string, Record<string, unknown>]> => [
  ['query($t: String!) { role(slug: $t) { title } }', { t: text }],
  ['query($t: ID!) { role(id: $t) { title } }', { t: text }],
  ['query($t: String!) { skill(slug: $t) { name } }', { t: text }],
  ['query($t: String!) { search(text: $t) { kind score } }', { t: text }],
  ['query($t: String!) { roles(filter: { text: $t, families: [$t], requiresSkills: [$t] }) { totalCount } }', { t: text }],
  ['query($t: String!) { roles(filter: { text: $t }, orderBy: { field: RELEVANCE }) { nodes { title } } }', { t: text }],
  ['query($t: String!) { skills(filter: { text: $t, category: $t, requiredByRole: $t }) { totalCount } }', { t: text }],
  ['query($t: String!) { skillGap(target: $t, profile: { skills: [{ skill: $t }] }) { coverage } }', { t: text }],
  ['query($t: String!) { skillGap(target: "chief-architect", fromRole: $t) { coverage } }', { t: text }],
  ['query($t: String!) { recommendRoles(profile: { skills: [{ skill: $t }] }, filter: { excludeRoles: [$t], families: [$t] }) { score } }', { t: text }],
  ['query($t: String!) { skillLeverage(profile: { skills: [{ skill: $t }] }) { score } }', { t: text }],
  ['query($t: String!) { careerPaths(from: $t, to: "chief-architect") { rank } }', { t: text }],
];

async function graphSize(): Promise<{ nodes: number; relationships: number }> {
  const [row] = await api.database.db.readRows<{ nodes: number; relationships: number }>(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  );
  return row!;
}

describe('Cypher- and Lucene-looking text', () => {
  it('is data in every text input: no internal error, nothing found by accident, the graph unchanged', async () => {
    const before = await graphSize();
    for (const text of HOSTILE) {
      for (const [query, variables] of operations(text)) {
        const result = await api.execute(query, variables);
        const codes = (result.errors ?? []).map((error) => error.extensions?.code);
        expect(codes.filter((code) => code !== 'NOT_FOUND' && code !== 'BAD_USER_INPUT'), `${query} with ${text}`).toEqual([]);
        // A hostile slug or id names nothing; hostile search text never widens to "everything".
        if (query.includes('role(') || query.includes('skill(')) expect(Object.values(result.data ?? {})[0] ?? null).toBeNull();
        if (query.includes('totalCount')) expect(JSON.stringify(result.data)).toMatch(/"totalCount":0/);
      }
    }
    expect(await graphSize()).toEqual(before);
  });
});

describe('a pathological statement', () => {
  it('is stopped by the transaction timeout; the caller gets SERVICE_UNAVAILABLE without internals', async () => {
    const marker = `pathological-${Date.now()}`;
    const db = new GraphDatabase(api.database.driver, { database: api.database.config.neo4j.database, transactionTimeoutMs: 1_000 });
    const started = Date.now();
    // Billions of rows: minutes of work without a timeout.
    const error = await db
      .readRows(`UNWIND range(1, 10000000000) AS i WITH i WHERE i % 1000003 = $never RETURN count(*) AS n, $marker AS marker`, { never: -1, marker })
      .then(() => undefined, (failure: unknown) => failure);
    expect(error).toBeInstanceOf(GraphQLError);
    const graphqlError = error as GraphQLError;
    expect(graphqlError.extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(Date.now() - started).toBeLessThan(10_000);

    // What a production client sees: the documented code and message, no Neo4j internals.
    const formatted = formatError(true)(graphqlError.toJSON(), graphqlError);
    expect(formatted.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
    expect(formatted.message).not.toMatch(/Neo\.|neo4j|transaction/i);

    // And the database let go of it.
    let running = 1;
    for (let attempt = 0; attempt < 50 && running > 0; attempt++) {
      const rows = await api.database.db.readRows<{ query: string }>('SHOW TRANSACTIONS YIELD currentQuery AS query');
      running = rows.filter((row) => row.query.includes('range(1, 10000000000)')).length;
      if (running > 0) await sleep(200);
    }
    expect(running).toBe(0);
  });
});
