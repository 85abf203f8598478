/** The walking skeleton over real HTTP: health, readiness, and role(slug) read from Neo4j. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../src/server.js';
import { createDriver } from '../../src/neo4j/createDriver.js';
import { GraphDatabase } from '../../src/neo4j/GraphDatabase.js';
import type { FormattedExecutionResult } from 'graphql';
import { graphql } from '../generated/index.js';
import type { TypedDocumentString } from '../generated/graphql.js';
import { openHttpTestApi, type HttpTestApi } from '../support/testApi.js';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';

let http: HttpTestApi;
beforeAll(async () => {
  http = await openHttpTestApi();
});
afterAll(async () => {
  await http.close();
});

const ROLE_TITLE = graphql(`
  query HttpRoleTitle($slug: String) { role(slug: $slug) { title } }
`);
const ROLE_END_TO_END = graphql(`
  query HttpRoleEndToEnd($slug: String) { role(slug: $slug) { slug title salary { medianUsd } provenance { source asOf } } }
`);

/** A typed document gets its result type; a plain string (an invalid request on purpose) gets unknown data. */
async function postGraphql<TData = unknown, TVariables = Record<string, unknown>>(
  url: string,
  query: TypedDocumentString<TData, TVariables> | string,
  variables?: NoInfer<TVariables>,
) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: query.toString(), variables }),
  });
  return { status: response.status, body: (await response.json()) as FormattedExecutionResult<TData> };
}

describe('health and readiness', () => {
  it('GET /health answers 200 while the process is up', async () => {
    const response = await fetch(`${http.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('GET /ready answers 200 when Neo4j answers', async () => {
    const response = await fetch(`${http.url}/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready' });
  });

  it('GET /ready answers 503 with the reason, and queries fail with SERVICE_UNAVAILABLE, when Neo4j is unreachable', async () => {
    // A driver pointed at a port where nothing listens.
    const driver = createDriver({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x' });
    const db = new GraphDatabase(driver, { database: 'neo4j', transactionTimeoutMs: 1000 });
    const server = await createServer({ config: { env: 'test' }, db });
    const httpServer = createHttpServer(server.handleRequest);
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
    try {
      const ready = await fetch(`${url}/ready`);
      expect(ready.status).toBe(503);
      const body = (await ready.json()) as { status: string; reason: string };
      expect(body.status).toBe('unavailable');
      expect(body.reason.length).toBeGreaterThan(0);

      const result = await postGraphql(url, ROLE_TITLE, { slug: 'cloud-architect-ai-ml' });
      expect(result.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await server.stop();
      await driver.close();
    }
  });
});

describe('role(slug:) end to end', () => {
  it('answers from the database over HTTP', async () => {
    const [stored] = await http.api.database.db.readRows<{ title: string; median: number }>(
      'MATCH (r:Role {slug: $slug}) RETURN r.title AS title, r.medianSalaryUsd AS median',
      { slug: 'cloud-architect-ai-ml' },
    );
    expect(stored).toBeDefined();
    const result = await postGraphql(http.url, ROLE_END_TO_END, { slug: 'cloud-architect-ai-ml' });
    expect(result.status).toBe(200);
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data?.role).toEqual({
      slug: 'cloud-architect-ai-ml',
      title: stored!.title,
      salary: { medianUsd: stored!.median },
      provenance: { source: 'CURATED', asOf: '2026-03-07' },
    });
  });

  it('returns null for an unknown slug, and BAD_USER_INPUT when both or neither key is given', async () => {
    const unknown = await postGraphql(http.url, ROLE_TITLE, { slug: 'no-such-role' });
    expect(unknown.body.data?.role).toBeNull();
    expect(unknown.body.errors).toBeUndefined();

    const both = await postGraphql(http.url, '{ role(slug: "a", id: "b") { title } }');
    expect(both.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const neither = await postGraphql(http.url, '{ role { title } }');
    expect(neither.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('the /graphql endpoint', () => {
  it('answers GET (through Express, with a validator for conditional requests) and POST the same', async () => {
    const query = encodeURIComponent('query HttpGetTitle { role(slug: "cloud-architect-ai-ml") { title } }');
    // Apollo's CSRF prevention lets a GET through only with a header a simple (cross-site) request cannot send.
    const get = await fetch(`${http.url}/graphql?query=${query}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(200);
    const etag = get.headers.get('etag');
    expect(etag).toBeTruthy();
    const viaGet = await get.json();
    const viaPost = await postGraphql(http.url, 'query HttpGetTitle { role(slug: "cloud-architect-ai-ml") { title } }');
    expect(viaGet).toEqual(viaPost.body);
    expect((viaPost.body.data as { role: { title: string } }).role.title.length).toBeGreaterThan(0);
    // A browser's revalidation; without a Cache-Control of its own, fetch would add "no-cache", which forbids a 304.
    const again = await fetch(`${http.url}/graphql?query=${query}`, {
      headers: { 'apollo-require-preflight': 'true', 'if-none-match': etag!, 'cache-control': 'max-age=0' },
    });
    expect(again.status).toBe(304);
  });

  it('refuses a POST a browser could send cross-site (no JSON content type) before running it, with a request id', async () => {
    const response = await fetch(`${http.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await response.text()).toMatch(/CSRF|preflight/i);
  });

  it('answers a POST below /graphql and one with a query string like /graphql itself', async () => {
    for (const path of ['/graphql/', '/graphql?trace=1']) {
      const response = await fetch(`${http.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
    }
  });
});
