/**
 * search against the real Neo4j and the curated seeds: typo tolerance, aliases, ranking across
 * kinds, hostile input (Lucene syntax must neither fail nor widen the query), caps and statement
 * counts. The tests run with the type-ahead label index current (search/SearchLabels.ts), so text
 * that matches as typed is answered from it and typos from the fulltext indexes; the last block
 * checks that the index is never served for a graph it was not built from.
 */
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateApiKey, parseApiKeys } from '../../src/auth/apiKeys.js';
import { LIMITS } from '../../src/requestLimits/limits.js';
import { readSeeds, type SeedData } from '../../src/import/seeds/readSeeds.js';
import { testConfig } from '../support/testDatabase.js';
import { graphql } from '../generated/index.js';
import type { SearchHitsQuery, SearchHitsQueryVariables } from '../generated/graphql.js';
import { openTestApi, searchLabelsCurrent, type TestApi } from '../support/testApi.js';

const editorKey = generateApiKey('test-search-editor', 'editor');
const asEditor = { authorization: `Bearer ${editorKey.token}` };
const prefix = `test-search-${randomBytes(4).toString('hex')}`;

let api: TestApi;
let seeds: SeedData;

const labelIndexCurrent = () => searchLabelsCurrent(api);

beforeAll(async () => {
  api = await openTestApi('test', { auth: { apiKeys: parseApiKeys(editorKey.entry), allowAnonymousReads: true } });
  seeds = await readSeeds(testConfig().seedsDir);
  await labelIndexCurrent();
}, 60_000);
afterAll(async () => {
  await api.database.db.writeRows('MATCH (n:Role) WHERE n.slug STARTS WITH $prefix DETACH DELETE n', { prefix });
  await api.close();
});

const SEARCH = graphql(`
  query SearchHits($text: String!, $first: Int, $kinds: [SearchKind!]) {
    search(text: $text, first: $first, kinds: $kinds) {
      kind score matchedOn
      role { slug title alternateTitles }
      skill { slug name aliases }
    }
  }
`);
const SEARCH_ROLE_FAMILIES = graphql(`
  query SearchRoleFamilies { search(text: "engineer", first: 10, kinds: [ROLE]) { role { slug family { slug } } } }
`);
type Hit = SearchHitsQuery['search'][number];

async function search(text: string, variables: Omit<SearchHitsQueryVariables, 'text'> = {}) {
  const result = await api.execute(SEARCH, { text, ...variables });
  if (result.errors?.length) throw new Error(JSON.stringify(result.errors));
  return { hits: result.data!.search, statements: result.statements };
}

const labelsOf = (hit: Hit) => (hit.role ? [hit.role.title, ...hit.role.alternateTitles] : [hit.skill!.name, ...hit.skill!.aliases]);
const codeOf = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;

describe('search', () => {
  it('tolerates typos: "clod architect" finds the Cloud Architect role first, in one statement', async () => {
    const { hits, statements } = await search('clod architect');
    expect(statements).toBe(1);
    expect(hits[0]).toMatchObject({ kind: 'ROLE', role: { slug: 'cloud-architect' }, matchedOn: 'Cloud Architect' });
    expect(hits.map((h) => h.role?.slug)).toContain('cloud-architect-ai-ml');
    expect(hits.slice(0, 5).every((h) => h.matchedOn !== null && /cloud/i.test(h.matchedOn) && /architect/i.test(h.matchedOn))).toBe(true);
  });

  it('finds skills by alias: "k8s" is Kubernetes, matched on the alias', async () => {
    const { hits } = await search('k8s');
    expect(hits[0]).toMatchObject({ kind: 'SKILL', skill: { slug: 'kubernetes' }, score: 1 });
    expect(hits[0].matchedOn?.toLowerCase()).toBe('k8s');
  });

  it('ranks an exact title first and scores on one 0..1 scale across kinds, best first', async () => {
    const { hits } = await search('Data Engineer', { first: 20 });
    expect(hits[0]).toMatchObject({ kind: 'ROLE', role: { slug: 'data-engineer' }, score: 1 });
    for (const hit of hits) {
      expect(hit.score).toBeGreaterThan(0);
      expect(hit.score).toBeLessThanOrEqual(1);
      expect((hit.role === null) !== (hit.skill === null)).toBe(true);
      expect(hit.kind).toBe(hit.role ? 'ROLE' : 'SKILL');
      expect(labelsOf(hit)).toContain(hit.matchedOn);
    }
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
    expect(new Set(hits.map((h) => h.kind))).toEqual(new Set(['ROLE', 'SKILL']));
  });

  it('restricts to the kinds asked for', async () => {
    const skillsOnly = await search('cloud', { kinds: ['SKILL'], first: 15 });
    expect(skillsOnly.hits.length).toBeGreaterThan(3);
    expect(skillsOnly.hits.every((h) => h.kind === 'SKILL')).toBe(true);
    const rolesOnly = await search('cloud', { kinds: ['ROLE'], first: 15 });
    expect(rolesOnly.hits.length).toBeGreaterThan(3);
    expect(rolesOnly.hits.every((h) => h.kind === 'ROLE')).toBe(true);
  });

  it('treats Lucene syntax as text: no error, and never everything', async () => {
    const total = seeds.roles.length + seeds.skills.length;
    for (const text of ['title:* OR "', 'a) AND (b', 'name:kubernetes OR aliasesText:*', 'cloud~ -engineer +x', '[a TO z]', '?']) {
      const { hits, statements } = await search(text, { first: LIMITS.maxFirst });
      expect(statements, text).toBeLessThanOrEqual(1);
      expect(hits.length, text).toBeLessThan(Math.min(total, LIMITS.maxFirst));
      // Every hit matched one of the words the text contains, not a wildcard.
      for (const hit of hits) expect(hit.matchedOn, `${text} -> ${labelsOf(hit)[0]}`).not.toBeNull();
    }
  });

  it('finds nothing, without a statement, for text without letters or digits', async () => {
    for (const text of ['*:*', '\\\\', '\\', '   ', '"', '&& || !']) {
      const { hits, statements } = await search(text);
      expect(hits, text).toEqual([]);
      expect(statements, text).toBe(0);
    }
  });

  it('rejects over-long text and over-cap first before any statement', async () => {
    for (const variables of [{ text: 'a'.repeat(LIMITS.maxSearchTextLength + 1) }, { text: 'cloud', first: LIMITS.maxFirst + 1 }] satisfies SearchHitsQueryVariables[]) {
      const result = await api.execute(SEARCH, variables);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.statements).toBe(0);
    }
  });

  it('batches nested fields of the hits (role profiles in one statement)', async () => {
    const result = await api.execute(SEARCH_ROLE_FAMILIES);
    expect(result.errors).toBeUndefined();
    expect(result.data!.search).toHaveLength(10);
    expect(result.statements).toBe(2);
  });
});

describe('type-ahead from the label index', () => {
  it('answers a prefix as typed from the index in one statement, the exact title first when typed out', async () => {
    expect(api.server.caches.searchLabels.current()).not.toBeNull();
    for (const text of ['data eng', 'data engineer', 'cloud arch', 'kub']) {
      const { hits, statements } = await search(text);
      expect(statements, text).toBe(1);
      expect(hits.length, text).toBeGreaterThan(0);
      // Every hit has a label in which every typed word starts a word.
      for (const hit of hits) {
        const words = hit.matchedOn!.toLowerCase().split(/[^a-z0-9]+/);
        for (const typed of text.split(' ')) expect(words.some((word) => word.startsWith(typed)), `${text} -> ${hit.matchedOn}`).toBe(true);
      }
    }
    expect((await search('data engineer')).hits[0]).toMatchObject({ role: { slug: 'data-engineer' }, score: 1 });
    expect((await search('kubern')).hits[0]).toMatchObject({ kind: 'SKILL', skill: { slug: 'kubernetes' } });
  });

  it('is not served after a write: the next search sees the new role, and a rebuilt index finds it too', async () => {
    const title = `Data Engineer ${prefix.replaceAll('-', ' ')}`;
    const before = (await search(title, { kinds: ['ROLE'] })).hits;
    expect(before.some((hit) => hit.role?.slug === `${prefix}-role`)).toBe(false);
    const written = await api.execute(
      `mutation ($input: RoleInput!) { upsertRole(input: $input) { slug } }`,
      { input: { slug: `${prefix}-role`, title, summary: 'A role created by the search tests.' } },
      asEditor,
    );
    expect(written.errors).toBeUndefined();
    // The mutation moved the graph version: the index built before it is dropped, not served.
    expect(api.server.caches.searchLabels.current()).toBeNull();
    const after = await search(title, { kinds: ['ROLE'] });
    expect(after.hits[0]).toMatchObject({ role: { slug: `${prefix}-role` }, score: 1 });
    await labelIndexCurrent();
    const { hits, statements } = await search(title.split(' ').slice(0, 4).join(' '), { kinds: ['ROLE'] });
    expect(statements).toBe(1);
    expect(hits.map((hit) => hit.role?.slug)).toContain(`${prefix}-role`);
  });

  it('does not cache an answer given without the index: asked again, the text is answered anew, and cached once the index serves it', async () => {
    const text = 'software engin';
    await labelIndexCurrent();
    await api.server.caches.searchLabels.refresh(); // a build just now: the next waits for the rebuild interval (10 s)
    const written = await api.execute(
      `mutation ($input: RoleInput!) { upsertRole(input: $input) { slug } }`,
      { input: { slug: `${prefix}-cache-role`, title: `Cache Test ${prefix}`, summary: 'A role created by the search tests.' } },
      asEditor,
    );
    expect(written.errors).toBeUndefined();
    await sleep(500); // the watcher's poll after the write has answered: the version stays put from here on
    // The next build waits for the rebuild interval: the fulltext path answers meanwhile.
    expect(api.server.caches.searchLabels.current()).toBeNull();
    // The cache stores an answer on its request's second miss (RESPONSE_CACHE_MIN_REQUESTS, 2 by
    // default), so a third request is where a stored answer would show.
    expect((await search(text)).statements).toBe(1);
    expect((await search(text)).statements).toBe(1);
    // Had the second answer been stored, this would take no statement (and be served until the next
    // write), whether or not the index has been rebuilt since: the response cache answers before any resolver.
    expect((await search(text)).statements).toBe(1);
    // From the index, an answer is cached as any other (another text: on a slow machine the index may
    // have been rebuilt, by its timer, before the last search, which it then answered and stored).
    await labelIndexCurrent();
    expect((await search(`${text}e`)).statements).toBe(1);
    expect((await search(`${text}e`)).statements).toBe(1);
    expect((await search(`${text}e`)).statements).toBe(0);
  });
});
