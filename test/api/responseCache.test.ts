/**
 * The response cache against the real Neo4j: a repeated query is answered without Cypher; a
 * mutation through the API, and a write that bypasses the API (another process), are both seen by
 * the next answer (at once, and within a poll interval); errors, the caller-dependent `viewer` field
 * and requests refused by authentication or limits are never served from it; RESPONSE_CACHE_MAX_AGE_SECONDS=0
 * turns it off; an answer is stored from its request's second miss (RESPONSE_CACHE_MIN_REQUESTS), or
 * its first with 1. Writes use a random per-run slug prefix, removed in afterAll.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { RESPONSE_CACHE_OFF, type ResponseCacheConfig } from '../../src/responseCache/responseCache.js';
import { generateApiKey, parseApiKeys } from '../../src/auth/apiKeys.js';
import { openHttpTestApi, openTestApi, type ExecuteOptions, type HttpTestApi, type TestApi } from '../support/testApi.js';

const editorKey = generateApiKey('cache-editor', 'editor');
const auth = { apiKeys: parseApiKeys(editorKey.entry), allowAnonymousReads: true };
const asEditor: ExecuteOptions = { authorization: `Bearer ${editorKey.token}` };
const CACHE_ON: ResponseCacheConfig = { maxAgeSeconds: 300, maxSizeMb: 8, changePollMs: 100, minRequests: 2 };

const prefix = `test-cache-${randomBytes(4).toString('hex')}`;
const roleSlug = `${prefix}-role`;
const ROLE = 'query CachedRole($slug: String!) { role(slug: $slug) { slug title summary } }';
const UPSERT = `mutation Upsert($input: RoleInput!) { upsertRole(input: $input) { slug title } }`;
const upsert = (title: string) => ({ input: { slug: roleSlug, title, summary: 'A role the cache test owns.' } });

let api: TestApi;
let http: HttpTestApi;

beforeAll(async () => {
  api = await openTestApi('test', { auth, responseCache: CACHE_ON });
  http = await openHttpTestApi('production', { auth, responseCache: CACHE_ON });
  await api.data(UPSERT, upsert('Cache Test Role'), asEditor);
  // The watcher's first poll has answered once a repeated query is a hit.
  await vi.waitFor(async () => {
    await api.execute(ROLE, { slug: roleSlug });
    expect((await api.execute(ROLE, { slug: roleSlug })).statements).toBe(0);
  });
});

afterAll(async () => {
  await api.database.db.writeRows('MATCH (role:Role) WHERE role.slug STARTS WITH $prefix DETACH DELETE role', { prefix });
  await api.database.db.writeRows('MATCH (n) WHERE (n:AuditEntry OR n:CuratedEdit) AND n.entity CONTAINS $prefix DELETE n', { prefix });
  await http?.close();
  await api?.close();
});

describe('response cache', () => {
  it('answers a repeated query from the cache, with no Cypher and the same data', async () => {
    const first = await api.execute(ROLE, { slug: roleSlug });
    const second = await api.execute(ROLE, { slug: roleSlug });
    expect(second.statements).toBe(0);
    expect(second.data).toEqual(first.data);
    expect(second.data).toEqual({ role: { slug: roleSlug, title: 'Cache Test Role', summary: 'A role the cache test owns.' } });
  });

  it('keys on the variables: another role is looked up in the graph', async () => {
    const other = await api.execute(ROLE, { slug: 'cloud-architect' });
    expect(other.statements).toBeGreaterThan(0);
    expect(other.data).toMatchObject({ role: { slug: 'cloud-architect', title: 'Cloud Architect' } });
  });

  it('shows a mutation made through the API in the very next answer', async () => {
    await api.execute(ROLE, { slug: roleSlug });
    await api.data(UPSERT, upsert('Renamed Through The API'), asEditor);
    const after = await api.execute(ROLE, { slug: roleSlug });
    expect(after.statements).toBeGreaterThan(0);
    expect(after.data).toMatchObject({ role: { title: 'Renamed Through The API' } });
  });

  it('shows a write that bypassed the API (another process) within a poll interval', async () => {
    await vi.waitFor(async () => expect((await api.execute(ROLE, { slug: roleSlug })).statements).toBe(0));
    await api.database.db.writeRows('MATCH (role:Role {slug: $slug}) SET role.title = $title', { slug: roleSlug, title: 'Renamed In Cypher' });
    const seenAt = performance.now();
    await vi.waitFor(async () => {
      expect((await api.execute(ROLE, { slug: roleSlug })).data).toMatchObject({ role: { title: 'Renamed In Cypher' } });
    }, { timeout: 5_000, interval: 20 });
    // Staleness is bounded by the poll interval (100 ms here), not by the cache's max age (300 s).
    expect(performance.now() - seenAt).toBeLessThan(2_000);
  });

  it('never caches an answer with errors', async () => {
    const unknown = { from: `${prefix}-no-such-role`, to: 'cloud-architect' };
    const query = 'query Missing($from: String!, $to: String!) { careerPaths(from: $from, to: $to) { rank } }';
    const first = await api.execute(query, unknown);
    const second = await api.execute(query, unknown);
    expect(first.errors?.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);
    expect(second.errors?.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);
    expect(second.statements).toBeGreaterThan(0);
  });

  it('never caches an answer that includes the caller-dependent viewer field', async () => {
    const query = 'query WithViewer($slug: String!) { viewer { authenticated name } role(slug: $slug) { title } }';
    const anonymous = await api.execute(query, { slug: roleSlug });
    const editor = await api.execute(query, { slug: roleSlug }, asEditor);
    expect(anonymous.data).toMatchObject({ viewer: { authenticated: false, name: null } });
    expect(editor.data).toMatchObject({ viewer: { authenticated: true, name: 'cache-editor' } });
    expect(editor.statements).toBeGreaterThan(0);
  });

  it('refuses a bad token even when the answer is cached', async () => {
    await vi.waitFor(async () => expect((await api.execute(ROLE, { slug: roleSlug })).statements).toBe(0));
    const refused = await api.execute(ROLE, { slug: roleSlug }, { authorization: 'Bearer cgk_not-a-real-key' });
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });

  it('over HTTP: a hit carries an Age header, is counted in /metrics and sends no Cache-Control', async () => {
    const post = () =>
      fetch(`${http.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: ROLE, variables: { slug: 'cloud-architect' } }),
      });
    await vi.waitFor(async () => {
      await post();
      expect((await post()).headers.get('age')).not.toBeNull();
    });
    const hit = await post();
    expect(hit.headers.get('cache-control')).toBeNull();
    expect(await hit.json()).toMatchObject({ data: { role: { slug: 'cloud-architect' } } });
    const metrics = await (await fetch(`${http.url}/metrics`)).text();
    expect(metrics).toMatch(/graphql_response_cache_total\{result="hit"\} [1-9]/);
    expect(metrics).toMatch(/graphql_response_cache_total\{result="miss"\} [1-9]/);
  });

  it('stores an answer on its request\'s second miss, so the third request is the first hit', async () => {
    let attempt = 0;
    await vi.waitFor(async () => {
      // A query text of its own per attempt: a write elsewhere between two requests moves the graph
      // version, and the attempt is made again with a request the cache has never seen.
      const query = `query Admitted($slug: String!) { role(slug: $slug) { slug title } } # ${prefix} ${(attempt += 1)}`;
      const statements = [];
      for (let request = 0; request < 3; request++) statements.push((await api.execute(query, { slug: 'cloud-architect' })).statements);
      expect(statements.map((count) => count > 0)).toEqual([true, true, false]);
    });
  });

  it('stores every answer on its first miss with minRequests 1', async () => {
    const eager = await openTestApi('test', { responseCache: { ...CACHE_ON, minRequests: 1 } });
    try {
      let attempt = 0;
      await vi.waitFor(async () => {
        const query = `query Eager($slug: String!) { role(slug: $slug) { slug title } } # ${prefix} ${(attempt += 1)}`;
        const first = await eager.execute(query, { slug: 'cloud-architect' });
        const second = await eager.execute(query, { slug: 'cloud-architect' });
        expect([first.statements > 0, second.statements]).toEqual([true, 0]);
        expect(second.data).toEqual(first.data);
      });
    } finally {
      await eager.close();
    }
  });

  it('is off with a max age of 0: every request runs its Cypher', async () => {
    const uncached = await openTestApi('test', { responseCache: RESPONSE_CACHE_OFF });
    try {
      await uncached.execute(ROLE, { slug: roleSlug });
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect((await uncached.execute(ROLE, { slug: roleSlug })).statements).toBeGreaterThan(0);
    } finally {
      await uncached.close();
    }
  });
});
