/**
 * Metrics and logs over real HTTP against the test Neo4j: /metrics exposes operation durations,
 * error codes and Cypher timings; every request logs one JSON line with its request id; slow
 * statements log a warning with the statement text but never its parameters.
 */
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/observability/createLogger.js';
import { createServer, type CareerGraphServer } from '../../src/server.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';

type LogLine = Record<string, unknown> & { level: number; msg: string };

interface Running {
  url: string;
  lines: LogLine[];
  close(): Promise<void>;
}

let database: TestDatabase;
const running: Running[] = [];

async function start(slowQueryMs: number): Promise<Running> {
  const lines: LogLine[] = [];
  const logger = createLogger({ level: 'info', destination: { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) } });
  const server: CareerGraphServer = await createServer({ config: { env: 'test', slowQueryMs }, db: database.db, logger });
  const httpServer: Server = createHttpServer(server.handleRequest);
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const handle: Running = {
    url: `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`,
    lines,
    close: async () => {
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await server.stop();
    },
  };
  running.push(handle);
  return handle;
}

const graphql = (base: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });

/** The value of one series in Prometheus text format, e.g. `metric{a="b"}`. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

let api: Running;
beforeAll(async () => {
  database = openTestDatabase();
  api = await start(60_000);
});
afterAll(async () => {
  for (const server of running) await server.close();
  await database.close();
});

describe('/metrics', () => {
  it('exposes operation durations, error codes, Neo4j statement timings and process metrics', async () => {
    for (let i = 0; i < 3; i++) {
      const ok = await graphql(api.url, 'query RoleTitle($slug: String!) { role(slug: $slug) { title } }', { slug: 'cloud-architect-ai-ml' });
      expect(((await ok.json()) as { errors?: unknown }).errors).toBeUndefined();
    }
    const failing = (await (await graphql(api.url, 'query Ambiguous { role(slug: "a", id: "b") { title } }')).json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(failing.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');

    const response = await fetch(`${api.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(sample(text, 'graphql_request_duration_seconds_count{operation="RoleTitle",type="query"}')).toBe(3);
    expect(sample(text, 'graphql_request_duration_seconds_bucket{le="+Inf",operation="RoleTitle",type="query"}')).toBe(3);
    expect(sample(text, 'graphql_errors_total{code="BAD_USER_INPUT"}')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'neo4j_query_duration_seconds_count{mode="READ",outcome="ok"}')).toBeGreaterThan(0);
    expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('does not turn arbitrary client operation names into label values', async () => {
    await graphql(api.url, '{ apiInfo { name } }');
    await graphql(api.url, 'query { nope }'); // invalid: its (absent) name is not trusted either
    const text = await (await fetch(`${api.url}/metrics`)).text();
    expect(sample(text, 'graphql_request_duration_seconds_count{operation="anonymous",type="query"}')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'graphql_request_duration_seconds_count{operation="invalid",type="unknown"}')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"}')).toBeGreaterThanOrEqual(1);
  });
});

describe('request logs', () => {
  it('logs one JSON line per request with the incoming request id, operation name and error codes', async () => {
    const response = await graphql(api.url, 'query Ambiguous { role(slug: "a", id: "b") { title } }', {}, { 'x-request-id': 'test-req-42' });
    expect(response.headers.get('x-request-id')).toBe('test-req-42');
    await response.text();
    const line = api.lines.find((candidate) => candidate.event === 'request' && candidate.requestId === 'test-req-42');
    expect(line).toMatchObject({ msg: 'request', level: 30, method: 'POST', path: '/graphql', status: 200, operationName: 'Ambiguous', operationType: 'query', errorCodes: ['BAD_USER_INPUT'] });
    expect(typeof line!.durationMs).toBe('number');
  });

  it('generates a request id when none (or an unusable one) is sent', async () => {
    const response = await graphql(api.url, 'query Info { apiInfo { name } }', {}, { 'x-request-id': 'bad id with spaces' });
    await response.text();
    const id = response.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(api.lines.find((candidate) => candidate.requestId === id)).toMatchObject({ operationName: 'Info', status: 200 });
  });

  it('logs slow Cypher statements as warnings with the statement text but not its parameters', async () => {
    const slow = await start(0);
    const secret = 'parameter-value-that-must-not-be-logged';
    await (await graphql(slow.url, 'query Lookup($slug: String!) { role(slug: $slug) { title } }', { slug: secret })).text();
    const warnings = slow.lines.filter((line) => line.event === 'slow_query');
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings[0]).toMatchObject({ level: 40, msg: 'slow Cypher statement', mode: 'READ', thresholdMs: 0 });
    expect(typeof warnings[0]!.statement).toBe('string');
    expect((warnings[0]!.statement as string).length).toBeLessThanOrEqual(200);
    expect(JSON.stringify(slow.lines)).not.toContain(secret);
  });

  it('logs nothing slow below the threshold', () => {
    expect(api.lines.filter((line) => line.event === 'slow_query')).toEqual([]);
  });
});
