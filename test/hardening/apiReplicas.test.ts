/**
 * Three API processes on one Neo4j (the suite's test instance), each as `npm start` runs it, each with
 * its own response cache: the set-up of N replicas behind a load balancer (docs/scaling.md).
 *
 * - A mutation through one process is visible through the other two within the poll interval of their
 *   graph-change watchers (GRAPH_CHANGE_POLL_MS), although both held the old answer in their caches.
 * - After that, no process serves the old answer again, from its cache or otherwise.
 * - A process killed with SIGKILL while mutations stream through it lost none it acknowledged: every
 *   mutation answered with data is in the graph.
 *
 * Everything written uses a random per-run slug prefix and is removed in afterAll.
 */
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FormattedExecutionResult } from 'graphql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateApiKey } from '../../src/auth/apiKeys.js';
import { loadConfig } from '../../src/config.js';
import { openGraphDatabase } from '../../src/neo4j/openGraphDatabase.js';
import { graphql } from '../generated/index.js';
import type { TypedDocumentString } from '../generated/graphql.js';
import { startApiProcess, type ApiProcess } from '../support/apiProcess.js';
import { testEnvironment } from '../support/testEnvironment.js';

const POLL_MS = 500;
/** What "within the poll interval" may add on this shared machine: the poll's own read and one request. */
const VISIBILITY_BOUND_MS = POLL_MS + 1_500;

const editor = generateApiKey('replica-editor', 'editor');
const prefix = `test-replicas-${randomBytes(4).toString('hex')}`;
const ROLE = graphql(`
  query ApiReplicasRole($slug: String!) { role(slug: $slug) { slug title } }
`);
const UPSERT = graphql(`
  mutation ApiReplicasUpsert($input: RoleInput!) { upsertRole(input: $input) { slug title } }
`);

interface Answer<TData> {
  status: number;
  age: string | null;
  body: FormattedExecutionResult<TData>;
}

async function post<TData, TVariables>(api: ApiProcess, query: TypedDocumentString<TData, TVariables>, variables: TVariables, asEditor = false): Promise<Answer<TData>> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(asEditor ? { authorization: `Bearer ${editor.token}` } : {}) },
    body: JSON.stringify({ query: query.toString(), variables }),
  });
  return { status: response.status, age: response.headers.get('age'), body: (await response.json()) as FormattedExecutionResult<TData> };
}

const titleThrough = async (api: ApiProcess, slug: string) => (await post(api, ROLE, { slug })).body.data?.role?.title;
const upsert = (api: ApiProcess, slug: string, title: string) =>
  post(api, UPSERT, { input: { slug, title, summary: 'A role the replica test owns.' } }, true);

let apis: ApiProcess[] = [];
const database = openGraphDatabase(loadConfig(testEnvironment()), { uri: inject('neo4jUri') });

beforeAll(async () => {
  const env = { NEO4J_URI: inject('neo4jUri'), API_KEYS: editor.entry, GRAPH_CHANGE_POLL_MS: String(POLL_MS), LOG_LEVEL: 'warn' };
  // One after another: three TypeScript start-ups at once on two cores only slow each other down.
  for (let i = 0; i < 3; i++) apis.push(await startApiProcess(env));
});

afterAll(async () => {
  for (const api of apis) if (api.child.exitCode === null && api.child.signalCode === null) api.child.kill('SIGTERM');
  await Promise.all(apis.map((api) => api.exited));
  await database.db.writeRows(
    `MATCH (n:Role) WHERE n.slug STARTS WITH $prefix
     OPTIONAL MATCH (n)-[:HAS_SALARY_BAND|HAS_DAY_STEP|HAS_START_STEP|HAS_FAQ|HAS_RESOURCE]->(owned)
     DETACH DELETE owned, n`,
    { prefix },
  );
  await database.close();
});

describe('three API processes on one Neo4j', () => {
  const slug = `${prefix}-shared`;

  it('a mutation through one is seen through the others within the poll interval, though they had it cached', async () => {
    const [a, b, c] = apis;
    expect((await upsert(a, slug, 'Version One')).body.data?.upsertRole).toEqual({ slug, title: 'Version One' });
    // B and C learn of that write by polling, then cache the answer: a later read is a hit (Age header).
    // A read can see the new title before the replica's watcher has polled the write: that answer is
    // cached under the old graph version, and the poll then moves the version that keys the cache, so
    // the next read misses once. The hit is therefore awaited (bounded), not expected of the very next read.
    for (const other of [b, c]) {
      const deadline = Date.now() + VISIBILITY_BOUND_MS;
      while ((await titleThrough(other, slug)) !== 'Version One' && Date.now() < deadline) await sleep(25);
      let hit = await post(other, ROLE, { slug });
      while (hit.age === null && Date.now() < deadline + VISIBILITY_BOUND_MS) hit = await post(other, ROLE, { slug });
      expect(hit.body.data?.role?.title).toBe('Version One');
      expect(hit.age).not.toBeNull();
    }

    const acknowledged = await upsert(a, slug, 'Version Two');
    const writtenAt = performance.now();
    expect(acknowledged.body.data?.upsertRole).toEqual({ slug, title: 'Version Two' });
    expect(await titleThrough(a, slug)).toBe('Version Two'); // the writer itself: at once
    const delays = await Promise.all(
      [b, c].map(async (other) => {
        while ((await titleThrough(other, slug)) !== 'Version Two') {
          if (performance.now() - writtenAt > 30_000) throw new Error('a replica kept the old answer for 30 s');
          await sleep(10);
        }
        return performance.now() - writtenAt;
      }),
    );
    console.log(`[replicas] mutation visible through the other processes after ${delays.map((ms) => `${Math.round(ms)} ms`).join(' and ')} (poll ${POLL_MS} ms)`);
    for (const delay of delays) expect(delay).toBeLessThan(VISIBILITY_BOUND_MS);
  });

  it('after that no process serves the old answer, cached or not', async () => {
    for (let round = 0; round < 10; round++) {
      const answers = await Promise.all(apis.map((api) => post(api, ROLE, { slug })));
      for (const answer of answers) expect(answer.body.data?.role?.title).toBe('Version Two');
    }
    // And those were cache hits: the cached entries are the new answer.
    for (const api of apis) expect((await post(api, ROLE, { slug })).age).not.toBeNull();
  });

  it('a process killed with SIGKILL while mutations stream through it lost none it acknowledged', async () => {
    const victim = apis[2];
    const acknowledged: string[] = [];
    let sent = 0;
    let stopped = false;
    const stream = async (lane: number) => {
      for (let i = 0; !stopped; i++) {
        const roleSlug = `${prefix}-kill-${lane}-${i}`;
        sent++;
        try {
          const answer = await upsert(victim, roleSlug, `Written through the victim ${lane}/${i}`);
          if (answer.status === 200 && !answer.body.errors && answer.body.data?.upsertRole?.slug === roleSlug) acknowledged.push(roleSlug);
        } catch {
          return; // the connection died with the process: this one was not acknowledged
        }
      }
    };
    const lanes = [0, 1, 2, 3].map(stream);
    while (acknowledged.length < 20) await sleep(10);
    victim.child.kill('SIGKILL');
    await victim.exited;
    stopped = true;
    await Promise.all(lanes);
    const rows = await database.db.readRows<{ slug: string }>('MATCH (r:Role) WHERE r.slug IN $slugs RETURN r.slug AS slug', { slugs: acknowledged });
    console.log(`[replicas] SIGKILL with ${sent} mutations sent: ${acknowledged.length} acknowledged, ${rows.length} of them in the graph`);
    expect(rows.map((row) => row.slug).sort()).toEqual([...acknowledged].sort());
    // The survivors serve them.
    expect(await titleThrough(apis[0], acknowledged[0])).toMatch(/^Written through the victim/);
  });
});
