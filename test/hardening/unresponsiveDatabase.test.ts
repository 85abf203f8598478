/**
 * A database that accepts connections and never answers (a hung server, or Neo4j while it starts)
 * must not hold a request forever: GraphDatabase gives up 1 s after the transaction timeout with
 * SERVICE_UNAVAILABLE, and the API, its /ready included, answers.
 */
import { createServer as createHttpServer } from 'node:http';
import { createServer as createTcpServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../src/neo4j/createDriver.js';
import { GraphDatabase } from '../../src/neo4j/GraphDatabase.js';
import { createServer } from '../../src/server.js';

const sockets: Socket[] = [];
// Accepts TCP connections and reads whatever arrives, never writing a byte back.
const silent = createTcpServer((socket) => {
  sockets.push(socket);
  socket.resume();
});
let port: number;

beforeAll(async () => {
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  port = (silent.address() as AddressInfo).port;
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => silent.close(resolve));
});

describe('a database that never answers', () => {
  it('fails a transaction with SERVICE_UNAVAILABLE shortly after the transaction timeout, and the API answers', async () => {
    const driver = createDriver({ uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password: 'x' });
    // 500 ms + 1 s grace: well before the driver's own 5 s connection-acquisition timeout.
    const db = new GraphDatabase(driver, { database: 'neo4j', transactionTimeoutMs: 500 });
    const server = await createServer({ config: { env: 'production' }, db });
    const httpServer = createHttpServer(server.handleRequest);
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
    try {
      const started = performance.now();
      const error = await db.readRows('RETURN 1').then(() => undefined, (failure: unknown) => failure);
      const elapsed = performance.now() - started;
      expect(error).toBeInstanceOf(GraphQLError);
      expect((error as GraphQLError).extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect((error as GraphQLError).message).toBe('The graph database did not answer in time; try again shortly.');
      expect(elapsed).toBeGreaterThanOrEqual(1_400); // the deadline, not an immediate refusal

      const ready = await fetch(`${url}/ready`);
      expect(ready.status).toBe(503);
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ role(slug: "cloud-architect-ai-ml") { title } }' }),
      });
      const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
      expect(body.errors[0]!.extensions.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await server.stop();
      void driver.close(); // its connections hang on the silent server; they are destroyed in afterAll
    }
  });
});
