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

  it('reports no error for a cell answered cleanly', async () => {
    const url = await serve((respond) => respond(200, '{"data":{"__typename":"Query"}}'));
    const cell = await load(url);
    expect(cell.errors).toBe(0);
    expect(cell.firstError).toBeUndefined();
    expect(cell.rps).toBeGreaterThan(0);
  });
});
