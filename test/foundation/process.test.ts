/**
 * `npm start`'s process as a user runs it: starts, serves from the real Neo4j, does not re-seed on
 * restart, and on SIGTERM finishes in-flight requests, exits 0 and leaves a Neo4j it did not
 * launch running.
 */
import type { ChildProcess } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { localNeo4jStatus } from '../../src/localNeo4j/LocalNeo4j.js';
import { startApiProcess } from '../support/apiProcess.js';
import { openTestDatabase, testConfig } from '../support/testDatabase.js';

const running: ChildProcess[] = [];
afterEach(() => {
  for (const child of running.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

async function graphCounts(): Promise<{ nodes: number; relationships: number }> {
  const database = openTestDatabase();
  try {
    const [row] = await database.db.readRows<{ nodes: number; relationships: number }>(
      'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
    );
    return row!;
  } finally {
    await database.close();
  }
}

describe('the API process', () => {
  it('with NEO4J_URI: serves from that Neo4j, does not re-seed, and drains in-flight requests on SIGTERM', async () => {
    const uri = testConfig().neo4j.uri!;
    const before = await graphCounts();
    // Production mode, as deployed: Apollo's own signal handling is on outside NODE_ENV=test, and it
    // once hijacked SIGTERM so that shutdown never finished.
    const api = await startApiProcess({ NEO4J_URI: uri, NODE_ENV: 'production' });
    running.push(api.child);
    expect(api.output()).toContain('Graph already seeded');

    // An in-flight request: headers sent, body still coming when SIGTERM arrives.
    const body = JSON.stringify({ query: '{ role(slug: "cloud-architect-ai-ml") { title requiredSkills { skill { name } } } }' });
    const { port } = new URL(api.url);
    const inFlight = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const request = httpRequest(
        { host: '127.0.0.1', port: Number(port), path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
        (response) => {
          let text = '';
          response.on('data', (chunk) => (text += chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
        },
      );
      request.on('error', reject);
      request.write(body.slice(0, 10));
      setTimeout(() => {
        api.child.kill('SIGTERM');
        setTimeout(() => request.end(body.slice(10)), 300);
      }, 300);
    });
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text).data.role.title).toBe('Cloud Architect (AI/ML Focus)');

    expect(await api.exited).toBe(0);
    expect(api.output()).toContain('Stopped.');
    expect(await graphCounts()).toEqual(before);
  });

  it('without NEO4J_URI: reuses the running local Neo4j and leaves it running on exit', async () => {
    const api = await startApiProcess({});
    running.push(api.child);
    expect(api.output()).toContain('Using the local Neo4j already running');
    // Ctrl-C in a terminal reaches the process two or three times (npm and tsx forward it too):
    // that must still be one graceful shutdown, not a forced exit.
    api.child.kill('SIGINT');
    api.child.kill('SIGINT');
    expect(await api.exited).toBe(0);
    expect(api.output()).toContain('Stopped.');
    expect(api.output()).not.toContain('exiting now');
    expect(api.output()).not.toContain('Stopping the local Neo4j');
    const status = await localNeo4jStatus(testConfig().local);
    expect(status.running).toBe(true);
  });
});
