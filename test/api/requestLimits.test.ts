/**
 * Hostile and malformed requests over real HTTP get a clear error, fast, before any Cypher:
 * body size, malformed JSON, batching, depth, aliases, tokens; production hides internals.
 */
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_QUERY_LIMITS } from '../../src/requestLimits/queryLimits.js';
import { createServer, type CareerGraphServer } from '../../src/server.js';
import type { FormattedExecutionResult } from 'graphql';
import { graphql } from '../generated/index.js';
import type { RequestLimitsFanOutQuery } from '../generated/graphql.js';
import { openTestApi } from '../support/testApi.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';

/** Cheap or far over the cost limit, depending only on its variable. */
const FAN_OUT = graphql(`
  query RequestLimitsFanOut($n: Int) { roles(first: $n) { nodes { requiredSkills(first: $n) { skill { roles(first: $n) { role { title } } } } } } }
`);

interface Running {
  url: string;
  close(): Promise<void>;
}

let database: TestDatabase;
const running: Running[] = [];

async function start(env: 'test' | 'production', overrides: Partial<Parameters<typeof createServer>[0]['config']> = {}): Promise<Running> {
  const server: CareerGraphServer = await createServer({ config: { env, ...overrides }, db: database.db });
  const httpServer: Server = createHttpServer(server.handleRequest);
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const handle = {
    url: `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}/graphql`,
    close: async () => {
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await server.stop();
    },
  };
  running.push(handle);
  return handle;
}

const post = (url: string, body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  fetch(url, { method: 'POST', headers, body });

let dev: Running;
let production: Running;
beforeAll(async () => {
  database = openTestDatabase();
  dev = await start('test', { requestBodyLimit: '2kb' });
  production = await start('production');
});
afterAll(async () => {
  for (const server of running) await server.close();
  await database.close();
});

describe('malformed requests', () => {
  it('answers 413 with a JSON error for a body over the limit', async () => {
    const response = await post(dev.url, JSON.stringify({ query: `{ apiInfo { name } } # ${'x'.repeat(4096)}` }));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ errors: [{ message: 'Request body too large.', extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('answers 400 with a JSON error for malformed JSON, without a stack trace', async () => {
    const response = await post(dev.url, '{"query": "{ apiInfo { name } }"');
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text).errors[0].message).toBe('Malformed JSON in request body.');
    expect(text).not.toMatch(/at .*\.js/);
  });

  it('rejects batched requests', async () => {
    const response = await post(dev.url, JSON.stringify([{ query: '{ apiInfo { name } }' }, { query: '{ apiInfo { name } }' }]));
    expect(response.status).toBe(400);
  });

  it('rejects content types other than JSON (form posts and plain text a browser could send cross-site)', async () => {
    const body = JSON.stringify({ query: '{ apiInfo { name } }' });
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const response = await post(production.url, body, { 'content-type': contentType });
      expect(response.status, contentType).toBe(400);
      const text = await response.text();
      expect(JSON.parse(text).errors[0].message).toMatch(/Cross-Site Request Forgery/);
      expect(text).not.toMatch(/at .*\.js/);
    }
  });

  it('blocks mutations and simple cross-site requests over GET (CSRF prevention)', async () => {
    const get = await fetch(`${dev.url}?query=${encodeURIComponent('{ apiInfo { name } }')}`);
    expect(get.status).toBe(400);
    const mutation = await fetch(`${dev.url}?query=${encodeURIComponent('mutation { removeRole(slug: "x") }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(mutation.status).toBe(405);
  });
});

describe('query limits', () => {
  const deep = (depth: number) => `{ skill(slug: "kubernetes") { ${'relatedSkills { skill { '.repeat(depth)}name${' } }'.repeat(depth)} } }`;

  it('rejects a query deeper than the limit before running it', async () => {
    const response = await post(dev.url, JSON.stringify({ query: deep(DEFAULT_QUERY_LIMITS.maxDepth) }));
    const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(response.status).toBe(400);
    expect(body.errors[0]!.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors[0]!.message).toMatch(/depth \d+ exceeds the limit of 12/);
  });

  it('rejects too many aliases and too many tokens', async () => {
    const aliases = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: apiInfo { name }`).join(' ')} }`;
    const aliasBody = (await (await post(dev.url, JSON.stringify({ query: aliases }))).json()) as { errors: Array<{ message: string }> };
    expect(aliasBody.errors.map((error) => error.message)).toContain('40 aliases exceed the limit of 30.');

    const tokens = `{ apiInfo { ${'name '.repeat(6000)} } }`;
    // (the production server: the dev one here has a 2 kB body limit)
    const tokenBody = (await (await post(production.url, JSON.stringify({ query: tokens }))).json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(tokenBody.errors[0]!.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(tokenBody.errors[0]!.message).toMatch(/more that 5000 tokens/);
  });

  it('rejects an operation whose estimated cost exceeds the limit, sized by its variables, before any Cypher', async () => {
    const tooCostly = await post(dev.url, JSON.stringify({ query: FAN_OUT.toString(), variables: { n: 100 } }));
    expect(tooCostly.status).toBe(400);
    const body = (await tooCostly.json()) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]!.message).toBe(`Query cost 2020201 exceeds the limit of ${DEFAULT_QUERY_LIMITS.maxCost}.`);
    expect(body.errors[0]!.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', cost: 2020201, maxCost: DEFAULT_QUERY_LIMITS.maxCost });

    // The same document with small pages is cheap and runs.
    const cheap = (await (await post(dev.url, JSON.stringify({ query: FAN_OUT.toString(), variables: { n: 2 } }))).json()) as FormattedExecutionResult<RequestLimitsFanOutQuery>;
    expect(cheap.errors).toBeUndefined();
    expect(cheap.data!.roles.nodes).toHaveLength(2);

    const api = await openTestApi();
    try {
      const refused = await api.execute(FAN_OUT, { n: 100 });
      expect(refused.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(refused.statements).toBe(0);
    } finally {
      await api.close();
    }
  });

  it('applies a configured cost limit (QUERY_MAX_COST) in production too, with the same clear message', async () => {
    const strict = await start('production', { queryLimits: { ...DEFAULT_QUERY_LIMITS, maxCost: 10 } });
    const response = await post(strict.url, JSON.stringify({ query: '{ search(text: "cloud", first: 5) { kind score matchedOn } }' }));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
    expect(body.errors[0]!.message).toBe('Query cost 16 exceeds the limit of 10.');
    expect(body.errors[0]!.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const allowed = (await (await post(strict.url, JSON.stringify({ query: '{ search(text: "cloud", first: 3) { kind score matchedOn } }' }))).json()) as { errors?: unknown };
    expect(allowed.errors).toBeUndefined();
  });

  it('counts nextRoles without first at its SDL default of 20 results', async () => {
    const strict = await start('production', { queryLimits: { ...DEFAULT_QUERY_LIMITS, maxCost: 21 } });
    const response = await post(strict.url, JSON.stringify({ query: '{ role(slug: "cloud-engineer") { nextRoles { hops } } }' }));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Array<{ message: string }> };
    expect(body.errors[0]!.message).toBe('Query cost 22 exceeds the limit of 21.');
    const allowed = (await (await post(strict.url, JSON.stringify({ query: '{ role(slug: "cloud-engineer") { nextRoles(first: 19) { hops } } }' }))).json()) as { errors?: unknown };
    expect(allowed.errors).toBeUndefined();
  });

  it('rejects circular fragments before running anything', async () => {
    const query = '{ role(slug: "cloud-engineer") { ...A } } fragment A on Role { nextRoles { role { ...B } } } fragment B on Role { nextRoles { role { ...A } } }';
    const response = await post(dev.url, JSON.stringify({ query }));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors[0]!.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors.map((error) => error.message)).toContain('Cannot spread fragment "A" within itself via "B".');
  });

  it('reports variable coercion errors as BAD_USER_INPUT', async () => {
    const response = await post(dev.url, JSON.stringify({ query: 'query($n: Int) { roles(first: $n) { totalCount } }', variables: { n: 'many' } }));
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('production mode', () => {
  it('turns introspection off and hides field suggestions', async () => {
    const introspection = (await (await post(production.url, JSON.stringify({ query: '{ __schema { types { name } } }' }))).json()) as { errors: Array<{ message: string }> };
    expect(introspection.errors[0]!.message).toMatch(/introspection/i);
    const typo = (await (await post(production.url, JSON.stringify({ query: '{ rol(slug: "x") { title } }' }))).json()) as { errors: Array<{ message: string }> };
    expect(typo.errors[0]!.message).not.toMatch(/Did you mean/);
  });

  it('answers documented errors without stack traces', async () => {
    const body = (await (await post(production.url, JSON.stringify({ query: '{ role(slug: "a", id: "b") { title } }' }))).json()) as { errors: Array<{ extensions: Record<string, unknown> }> };
    expect(body.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0]!.extensions.stacktrace).toBeUndefined();
  });
});
