import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { loadHttp } from '../../bench/loadHttp.js';

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = undefined;
});

async function serve(answer: (respond: (status: number, body: string) => void) => void): Promise<string> {
  server = createServer((req, res) => {
    req.resume();
    answer((status, body) => res.writeHead(status, { 'content-type': 'application/json' }).end(body));
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}

const load = (url: string) => loadHttp({ url, next: () => ({ body: '{"query":"{ __typename }"}' }), connections: 2, durationSeconds: 1 });

describe('loadHttp', () => {
  it('counts a cell the server never answers as failed, and says why', async () => {
    const url = await serve(() => undefined);
    const cell = await load(url);
    expect(cell.rps).toBe(0);
    expect(cell.errors).toBe(2);
    expect(cell.firstError).toBe("no answer within the cell's 1 s");
  });

  it('keeps the first GraphQL error of a cell whose answers carry errors', async () => {
    const url = await serve((respond) => respond(200, '{"errors":[{"message":"boom"}]}'));
    const cell = await load(url);
    expect(cell.errors).toBeGreaterThan(0);
    expect(cell.firstError).toBe('200 {"errors":[{"message":"boom"}]}');
  });

  it('goes on past the duration until it has the answers a p99 needs, and no longer', async () => {
    let answered = 0;
    const url = await serve((respond) => setTimeout(() => respond(200, `{"data":{"n":${++answered}}}`), 20));
    const cell = await loadHttp({ url, next: () => ({ body: '{}' }), connections: 1, durationSeconds: 1, minAnswers: 80, maxSeconds: 10 });
    // ~45 answers fit in the duration at 20 ms each; the run stops at 80 (a request in flight may add one).
    expect(answered).toBeGreaterThanOrEqual(80);
    expect(answered).toBeLessThanOrEqual(81);
    expect(cell.errors).toBe(0);
    expect(cell.p50Ms).toBeGreaterThanOrEqual(20);
  });

  it('stops the stretch at maxSeconds, and gives a server that answered nothing no more time', async () => {
    let answered = 0;
    const slow = await serve((respond) => setTimeout(() => respond(200, `{"data":{"n":${++answered}}}`), 20));
    await loadHttp({ url: slow, next: () => ({ body: '{}' }), connections: 1, durationSeconds: 1, minAnswers: 10_000, maxSeconds: 2 });
    // At most 2 s of 20 ms answers, far from 10,000.
    expect(answered).toBeGreaterThan(45);
    expect(answered).toBeLessThanOrEqual(100);
    server!.closeAllConnections();
    await new Promise((resolve) => server!.close(resolve));
    const silent = await serve(() => undefined);
    const started = performance.now();
    const cell = await loadHttp({ url: silent, next: () => ({ body: '{}' }), connections: 1, durationSeconds: 1, minAnswers: 200, maxSeconds: 30 });
    expect(cell.firstError).toBe("no answer within the cell's 1 s");
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('reports no error for a cell answered cleanly', async () => {
    const url = await serve((respond) => respond(200, '{"data":{"__typename":"Query"}}'));
    const cell = await load(url);
    expect(cell.errors).toBe(0);
    expect(cell.firstError).toBeUndefined();
    expect(cell.rps).toBeGreaterThan(0);
  });
});
