/**
 * Curation mutations and API-key auth against the real Neo4j: each mutation as an editor changes
 * the graph as read back through the API; anonymous, reader and bad-token callers, invalid input,
 * unknown references and imported (read-only) nodes are refused and change nothing. Everything
 * written uses slugs with a random per-run prefix and is removed in afterAll.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateApiKey, parseApiKeys } from '../../src/auth/apiKeys.js';
import { graphql } from '../generated/index.js';
import { openHttpTestApi, openTestApi, type ExecuteOptions, type OperationResult, type TestApi } from '../support/testApi.js';

const editorKey = generateApiKey('test-editor', 'editor');
const readerKey = generateApiKey('test-reader', 'reader');
const auth = { apiKeys: parseApiKeys(`${editorKey.entry},${readerKey.entry}`), allowAnonymousReads: true };
const asEditor: ExecuteOptions = { authorization: `Bearer ${editorKey.token}` };
const asReader: ExecuteOptions = { authorization: `Bearer ${readerKey.token}` };
const withBadToken: ExecuteOptions = { authorization: 'Bearer cgk_not-a-real-key' };

const prefix = `test-curation-${randomBytes(4).toString('hex')}`;
const slug = (name: string) => `${prefix}-${name}`;
/** An "imported" occupation created directly in the graph, to check imports are read-only. */
const importedSlug = slug('onet-occupation');
const today = new Date().toISOString().slice(0, 10);

let api: TestApi;

const codes = (result: OperationResult<unknown>) => (result.errors ?? []).map((error) => error.extensions?.code);

/** Everything a refused mutation could have touched: totals, the curation revision, and our test nodes. */
async function graphSnapshot() {
  const [row] = await api.database.db.readRows(
    `CALL () { MATCH (n) RETURN count(n) AS nodes }
     CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
     OPTIONAL MATCH (revision:GraphRevision {id: 'curation'})
     RETURN nodes, relationships, revision.revision AS revision,
       COLLECT { MATCH (n) WHERE (n:Role OR n:Skill) AND n.slug STARTS WITH $prefix RETURN n {.*} ORDER BY n.slug } AS ours,
       COLLECT {
         MATCH (:Role {slug: $prefix + '-role'})-[r]-(other)
         WITH r, other ORDER BY type(r), other.id
         RETURN r {.*, type: type(r), other: other.id}
       } AS ourEdges`,
    { prefix },
  );
  return row;
}

const UPSERT_ROLE = graphql(`
  mutation CurationUpsertRole($input: RoleInput!) {
    upsertRole(input: $input) { slug title summary description progressionSummary alternateTitles family { slug }
      salary { medianUsd } growth { rating reason } provenance { source sourceTag asOf } }
  }
`);
const UPSERT_SKILL = graphql(`
  mutation CurationUpsertSkill($input: SkillInput!) {
    upsertSkill(input: $input) { slug name kind category aliases provenance { source asOf } }
  }
`);
const SET_REQUIREMENT = graphql(`
  mutation CurationSetRequirement($role: String!, $skill: String!, $importance: Float!, $level: Float!, $essential: Boolean) {
    setRoleSkillRequirement(role: $role, skill: $skill, importance: $importance, level: $level, essential: $essential) {
      skill { slug } importance level importanceRaw levelRaw importanceScale levelScale essential provenance { source asOf method }
    }
  }
`);
const REMOVE_REQUIREMENT = graphql(`
  mutation CurationRemoveRequirement($role: String!, $skill: String!) { removeRoleSkillRequirement(role: $role, skill: $skill) }
`);
const LINK = graphql(`
  mutation CurationLink($from: String!, $to: String!, $kind: ProgressionKind!, $years: Float!, $rationale: String!, $confidence: Float) {
    linkProgression(from: $from, to: $to, kind: $kind, typicalYears: $years, rationale: $rationale, confidence: $confidence) {
      from { slug } to { slug } kind typicalYears rationale confidence provenance { source asOf }
    }
  }
`);
const UNLINK = graphql(`
  mutation CurationUnlink($from: String!, $to: String!) { unlinkProgression(from: $from, to: $to) }
`);
const REMOVE_ROLE = graphql(`
  mutation CurationRemoveRole($slug: String!) { removeRole(slug: $slug) }
`);
const REMOVE_SKILL = graphql(`
  mutation CurationRemoveSkill($slug: String!) { removeSkill(slug: $slug) }
`);
const VIEWER = graphql(`
  query CurationViewer { viewer { authenticated name role canEdit } }
`);
const CHIEF_ARCHITECT = graphql(`
  query CurationChiefArchitect { role(slug: "chief-architect") { slug } }
`);
const ROLE_AS_CURATED = graphql(`
  query CurationRoleAsCurated($slug: String!) {
    role(slug: $slug) { slug title summary alternateTitles family { slug } salary { medianUsd } growth { rating reason }
      progressionSummary provenance { source sourceTag asOf } }
  }
`);
const SKILL_BY_NAME = graphql(`
  query CurationSkillByName($q: String!) { skill(slug: $q) { slug } }
`);
const ROLE_SLUG = graphql(`
  query CurationRoleSlug($slug: String!) { role(slug: $slug) { slug } }
`);
const ROLE_REQUIREMENTS = graphql(`
  query CurationRoleRequirements($slug: String!) { role(slug: $slug) { requiredSkills { skill { slug } importance level } } }
`);
const SKILL_BY_ID = graphql(`
  query CurationSkillById($id: ID!) { skill(id: $id) { slug } }
`);
const CURATION_REVISION = graphql(`
  query CurationRevision { graphStats { curation { revision lastChangeBy } } }
`);
/** A document of the refusal tables: only its error code is read, so it is sent as plain text. */
type Untyped = { toString(): string };
const roleInput = (name: string, extra: Record<string, unknown> = {}) => ({
  slug: slug(name),
  title: `Test ${name}`,
  summary: 'A role created by the curation tests.',
  ...extra,
});
const skillInput = (name: string, extra: Record<string, unknown> = {}) => ({
  slug: slug(name),
  name: `Test skill ${prefix} ${name}`,
  kind: 'SKILL' as const,
  category: 'Testing',
  ...extra,
});

/** Direct read of the stamp the API cannot show. */
async function stampOf(cypher: string, params: Record<string, unknown>) {
  const [row] = await api.database.db.readRows<{ updatedBy: string; updatedAt: string; asOf: string }>(cypher, params);
  return row;
}

beforeAll(async () => {
  api = await openTestApi('test', { auth });
  await api.database.db.writeRows(
    `CREATE (:Role:OnetOccupation {id: 'onet:role:' + $slug, slug: $slug, title: 'Imported Test Occupation', source: 'onet-29.3', method: 'derived',
      sourceId: $slug, asOf: date('2024-08-01')})`,
    { slug: importedSlug },
  );
});

afterAll(async () => {
  await api.database.db.writeRows(
    `MATCH (n) WHERE (n:Role OR n:Skill) AND n.slug STARTS WITH $prefix
     OPTIONAL MATCH (n)-[:HAS_SALARY_BAND|HAS_DAY_STEP|HAS_START_STEP|HAS_FAQ|HAS_RESOURCE]->(owned)
     DETACH DELETE owned, n`,
    { prefix },
  );
  // Names and aliases of the test skills all contain the prefix.
  await api.database.db.writeRows('MATCH (name:SkillName) WHERE name.key CONTAINS $prefix DETACH DELETE name', { prefix });
  // The audit entries and curator-edit marks of the test entities (their keys contain the slugs).
  await api.database.db.writeRows('MATCH (n) WHERE (n:AuditEntry OR n:CuratedEdit) AND n.entity CONTAINS $prefix DELETE n', { prefix });
  await api.close();
});

describe('viewer and authentication', () => {
  it('reports who the request is authenticated as, with no Cypher', async () => {
    const query = VIEWER;
    const anonymous = await api.execute(query);
    expect(anonymous.data).toEqual({ viewer: { authenticated: false, name: null, role: null, canEdit: false } });
    expect(anonymous.statements).toBe(0);
    expect((await api.data(query, {}, asEditor)).viewer).toEqual({ authenticated: true, name: 'test-editor', role: 'EDITOR', canEdit: true });
    expect((await api.data(query, {}, asReader)).viewer).toEqual({ authenticated: true, name: 'test-reader', role: 'READER', canEdit: false });
  });

  it('refuses any operation, even a query, with a bad token: UNAUTHENTICATED before any Cypher', async () => {
    const result = await api.execute(CHIEF_ARCHITECT, {}, withBadToken);
    expect(codes(result)).toEqual(['UNAUTHENTICATED']);
    expect(result.data).toBeUndefined();
    expect(result.statements).toBe(0);
  });

  it('answers 401 with a Bearer challenge over HTTP for a bad token, and 200 for a good one', async () => {
    const http = await openHttpTestApi('test', { auth });
    try {
      const post = (authorization?: string) =>
        fetch(`${http.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
          body: JSON.stringify({ query: '{ viewer { name } }' }),
        });
      const refused = await post('Bearer nope');
      expect(refused.status).toBe(401);
      expect(refused.headers.get('www-authenticate')).toMatch(/^Bearer/);
      const body = (await refused.json()) as { errors: Array<{ extensions: { code: string } }> };
      expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      const accepted = await post(`Bearer ${editorKey.token}`);
      expect(accepted.status).toBe(200);
      expect(await accepted.json()).toEqual({ data: { viewer: { name: 'test-editor' } } });
    } finally {
      await http.close();
    }
  });

  it('refuses anonymous queries when anonymous reads are switched off', async () => {
    const closed = await openTestApi('test', { auth: { ...auth, allowAnonymousReads: false } });
    try {
      expect(codes(await closed.execute(CHIEF_ARCHITECT))).toEqual(['UNAUTHENTICATED']);
      expect((await closed.data(CHIEF_ARCHITECT, {}, asReader)).role).toEqual({ slug: 'chief-architect' });
    } finally {
      await closed.close();
    }
  });
});

describe('upsertRole', () => {
  it('creates a curated role, stamped with the editor and today, readable through the API', async () => {
    const input = roleInput('role', {
      family: 'cloud-infrastructure',
      alternateTitles: ['Test Alias Title'],
      medianSalaryUsd: 123_000,
      growthRating: 'High',
      growthReason: 'Tests keep growing.',
      progressionSummary: 'Onwards.',
      onetCodes: ['15-1241.00'],
    });
    const result = await api.execute(UPSERT_ROLE, { input }, asEditor);
    expect(result.errors).toBeUndefined();
    // references, write, revision; plus one for the selection's family/salary (the role profile loader)
    expect(result.statements).toBe(4);
    const read = await api.data(ROLE_AS_CURATED, { slug: input.slug });
    expect(read.role).toEqual({
      slug: input.slug,
      title: input.title,
      summary: input.summary,
      alternateTitles: ['Test Alias Title'],
      family: { slug: 'cloud-infrastructure' },
      salary: { medianUsd: 123_000 },
      growth: { rating: 'High', reason: 'Tests keep growing.' },
      progressionSummary: 'Onwards.',
      provenance: { source: 'CURATED', sourceTag: 'curated', asOf: today },
    });
    const stamp = await stampOf(
      `MATCH (role:Role {slug: $slug}) RETURN role.updatedBy AS updatedBy, toString(role.updatedAt) AS updatedAt, role.id AS id,
         role.titleSort AS titleSort, role.alternateTitlesText AS alternateTitlesText`,
      { slug: input.slug },
    );
    expect(stamp).toMatchObject({
      updatedBy: 'test-editor',
      id: `curated:role:${input.slug}`,
      titleSort: input.title.toLowerCase(),
      alternateTitlesText: 'Test Alias Title',
    });
    expect(Date.now() - Date.parse(stamp.updatedAt)).toBeLessThan(10 * 60_000);
  });

  it('updates in place: omitted fields keep their value, null clears, a new family replaces the old', async () => {
    const input = roleInput('role', { title: 'Test role renamed', progressionSummary: null, family: 'devops-sre' });
    const result = await api.data(UPSERT_ROLE, { input }, asEditor);
    expect(result.upsertRole).toMatchObject({
      slug: input.slug,
      title: 'Test role renamed',
      progressionSummary: null,
      alternateTitles: ['Test Alias Title'],
      salary: { medianUsd: 123_000 },
      family: { slug: 'devops-sre' },
    });
    const [families] = await api.database.db.readRows<{ families: string[] }>(
      'MATCH (:Role {slug: $slug})-[:IN_FAMILY]->(family) RETURN collect(family.slug) AS families',
      { slug: input.slug },
    );
    expect(families.families).toEqual(['devops-sre']);
    const [count] = await api.database.db.readRows<{ roles: number }>('MATCH (role:Role {slug: $slug}) RETURN count(role) AS roles', { slug: input.slug });
    expect(count.roles).toBe(1);
  });
});

describe('upsertSkill', () => {
  it('creates a curated skill findable by its aliases, then re-links its names when the aliases change', async () => {
    const input = skillInput('skill', { aliases: [`${prefix} alias one`], description: 'Testing things.' });
    const created = await api.data(UPSERT_SKILL, { input }, asEditor);
    expect(created.upsertSkill).toEqual({
      slug: input.slug,
      name: input.name,
      kind: 'SKILL',
      category: 'Testing',
      aliases: [`${prefix} alias one`],
      provenance: { source: 'CURATED', asOf: today },
    });
    const byAlias = await api.data(SKILL_BY_NAME, {
      q: `${prefix} ALIAS one`,
    });
    expect(byAlias.skill).toEqual({ slug: input.slug });

    await api.data(UPSERT_SKILL, { input: { ...input, aliases: [`${prefix} alias two`] } }, asEditor);
    const [names] = await api.database.db.readRows<{ keys: string[]; orphan: number }>(
      `MATCH (:Skill {slug: $slug})-[:KNOWN_AS]->(name:SkillName) WITH collect(name.key) AS keys
       RETURN keys, COUNT { MATCH (old:SkillName {key: $old}) } AS orphan`,
      { slug: input.slug, old: `${prefix} alias one` },
    );
    expect([...names.keys].sort()).toEqual([`${prefix} alias two`, input.name.toLowerCase()].sort());
    expect(names.orphan).toBe(0);
    const stamp = await stampOf('MATCH (s:Skill {slug: $slug}) RETURN s.updatedBy AS updatedBy', { slug: input.slug });
    expect(stamp.updatedBy).toBe('test-editor');
  });
});

describe('setRoleSkillRequirement and removeRoleSkillRequirement', () => {
  const requiredSkills = async () =>
    (await api.data(ROLE_REQUIREMENTS, { slug: slug('role') })).role!.requiredSkills;

  it('sets a requirement on raw scales, stored normalised, and updates it in place', async () => {
    const variables = { role: slug('role'), skill: 'kubernetes', importance: 4, level: 5.25 };
    const result = await api.execute(SET_REQUIREMENT, variables, asEditor);
    expect(result.errors).toBeUndefined();
    expect(result.statements).toBe(3);
    expect(result.data?.setRoleSkillRequirement).toEqual({
      skill: { slug: 'kubernetes' },
      importance: 0.75,
      level: 0.75,
      importanceRaw: 4,
      levelRaw: 5.25,
      // A curator's numbers on O*NET's scales, labelled as the curator's (issue 12), not as O*NET ratings.
      importanceScale: 'curated estimate on IM 1-5',
      levelScale: 'curated estimate on LV 0-7',
      essential: true,
      provenance: { source: 'CURATED', asOf: today, method: 'CURATED_ESTIMATE' },
    });
    await api.data(SET_REQUIREMENT, { ...variables, importance: 5, essential: false }, asEditor);
    expect(await requiredSkills()).toEqual([{ skill: { slug: 'kubernetes' }, importance: 1, level: 0.75 }]);
    const stamp = await stampOf(
      'MATCH (:Role {slug: $role})-[req:REQUIRES]->(:Skill {slug: $skill}) RETURN req.updatedBy AS updatedBy, req.essential AS essential',
      variables,
    );
    expect(stamp).toEqual({ updatedBy: 'test-editor', essential: false });
  });

  it('requires a curated test skill too, then removes one requirement (true) and reports a missing one (false)', async () => {
    await api.data(SET_REQUIREMENT, { role: slug('role'), skill: slug('skill'), importance: 3, level: 3.5 }, asEditor);
    expect((await requiredSkills()).map((req) => req.skill.slug)).toEqual(['kubernetes', slug('skill')]);
    expect(await api.data(REMOVE_REQUIREMENT, { role: slug('role'), skill: 'kubernetes' }, asEditor)).toEqual({ removeRoleSkillRequirement: true });
    expect(await api.data(REMOVE_REQUIREMENT, { role: slug('role'), skill: 'kubernetes' }, asEditor)).toEqual({ removeRoleSkillRequirement: false });
    expect((await requiredSkills()).map((req) => req.skill.slug)).toEqual([slug('skill')]);
  });
});

describe('linkProgression and unlinkProgression', () => {
  const variables = { from: slug('role'), to: 'chief-architect', kind: 'PROMOTION' as const, years: 4, rationale: 'Tests climb ladders.' };

  it('links a curated career move (default confidence 0.8) and updates it in place', async () => {
    const linked = await api.data(LINK, variables, asEditor);
    expect(linked.linkProgression).toEqual({
      from: { slug: slug('role') },
      to: { slug: 'chief-architect' },
      kind: 'PROMOTION',
      typicalYears: 4,
      rationale: 'Tests climb ladders.',
      confidence: 0.8,
      provenance: { source: 'CURATED', asOf: today },
    });
    await api.data(LINK, { ...variables, kind: 'LATERAL', confidence: 0.5 }, asEditor);
    const [edges] = await api.database.db.readRows<{ edges: Array<Record<string, unknown>> }>(
      `MATCH (:Role {slug: $from})-[link:LEADS_TO]->(:Role {slug: $to})
       RETURN collect(link {.kind, .confidence, .typicalYears, .source, .updatedBy}) AS edges`,
      variables,
    );
    expect(edges.edges).toEqual([{ kind: 'LATERAL', confidence: 0.5, typicalYears: 4, source: 'curated', updatedBy: 'test-editor' }]);
  });

  it('may lead to an imported occupation (the edge is curated; the occupation is untouched)', async () => {
    const linked = await api.data(LINK, { ...variables, to: importedSlug, kind: 'PIVOT' }, asEditor);
    expect(linked.linkProgression.to.slug).toBe(importedSlug);
    expect(await api.data(UNLINK, { from: slug('role'), to: importedSlug }, asEditor)).toEqual({ unlinkProgression: true });
  });

  it('unlinks (true), then reports there is nothing to unlink (false)', async () => {
    expect(await api.data(UNLINK, { from: slug('role'), to: 'chief-architect' }, asEditor)).toEqual({ unlinkProgression: true });
    expect(await api.data(UNLINK, { from: slug('role'), to: 'chief-architect' }, asEditor)).toEqual({ unlinkProgression: false });
  });
});

describe('refused mutations change nothing', () => {
  const attempts: Array<[string, Untyped, Record<string, unknown>]> = [
    ['upsertRole', UPSERT_ROLE, { input: roleInput('role', { title: 'Hijacked' }) }],
    ['upsertSkill', UPSERT_SKILL, { input: skillInput('skill', { name: 'Hijacked' }) }],
    ['setRoleSkillRequirement', SET_REQUIREMENT, { role: slug('role'), skill: 'python', importance: 5, level: 7 }],
    ['removeRoleSkillRequirement', REMOVE_REQUIREMENT, { role: slug('role'), skill: slug('skill') }],
    ['linkProgression', LINK, { from: slug('role'), to: 'chief-architect', kind: 'PROMOTION', years: 1, rationale: 'x' }],
    ['unlinkProgression', UNLINK, { from: 'cloud-architect-ai-ml', to: 'chief-architect' }],
    ['removeRole', REMOVE_ROLE, { slug: 'chief-architect' }],
    ['removeSkill', REMOVE_SKILL, { slug: 'kubernetes' }],
  ];

  it.each(attempts)('%s: no token -> UNAUTHENTICATED, reader -> FORBIDDEN, bad token -> UNAUTHENTICATED', async (_name, mutation, variables) => {
    const before = await graphSnapshot();
    for (const [options, code] of [
      [{}, 'UNAUTHENTICATED'],
      [asReader, 'FORBIDDEN'],
      [withBadToken, 'UNAUTHENTICATED'],
    ] as const) {
      const result = await api.execute(mutation.toString(), variables, options);
      expect(codes(result)).toEqual([code]);
      expect(result.statements).toBe(0);
    }
    expect(await graphSnapshot()).toEqual(before);
  });

  it.each<[string, Untyped, Record<string, unknown>, string, string]>([
    ['a bad slug', UPSERT_ROLE, { input: roleInput('role', { slug: 'Bad Slug' }) }, 'BAD_USER_INPUT', 'input.slug'],
    ['an empty title', UPSERT_ROLE, { input: roleInput('role', { title: '  ' }) }, 'BAD_USER_INPUT', 'input.title'],
    ['an unknown growth rating', UPSERT_ROLE, { input: roleInput('role', { growthRating: 'Meteoric' }) }, 'BAD_USER_INPUT', 'input.growthRating'],
    ['a bad O*NET code', UPSERT_ROLE, { input: roleInput('role', { onetCodes: ['15-1241'] }) }, 'BAD_USER_INPUT', 'input.onetCodes.0'],
    ['an unknown family', UPSERT_ROLE, { input: roleInput('role', { family: `${prefix}-nowhere` }) }, 'NOT_FOUND', ''],
    ['a bad skill slug', UPSERT_SKILL, { input: skillInput('skill', { slug: 'no_underscores' }) }, 'BAD_USER_INPUT', 'input.slug'],
    ['importance 9', SET_REQUIREMENT, { role: slug('role'), skill: 'python', importance: 9, level: 3 }, 'BAD_USER_INPUT', 'importance'],
    ['level -1', SET_REQUIREMENT, { role: slug('role'), skill: 'python', importance: 3, level: -1 }, 'BAD_USER_INPUT', 'level'],
    ['an unknown skill', SET_REQUIREMENT, { role: slug('role'), skill: `${prefix}-no-such-skill`, importance: 3, level: 3 }, 'NOT_FOUND', ''],
    ['an unknown role', SET_REQUIREMENT, { role: `${prefix}-no-such-role`, skill: 'python', importance: 3, level: 3 }, 'NOT_FOUND', ''],
    ['a self-loop', LINK, { from: slug('role'), to: slug('role'), kind: 'LATERAL', years: 1, rationale: 'x' }, 'BAD_USER_INPUT', 'to'],
    ['typicalYears 25', LINK, { from: slug('role'), to: 'chief-architect', kind: 'LATERAL', years: 25, rationale: 'x' }, 'BAD_USER_INPUT', 'typicalYears'],
    ['confidence 1.5', LINK, { from: slug('role'), to: 'chief-architect', kind: 'LATERAL', years: 2, rationale: 'x', confidence: 1.5 }, 'BAD_USER_INPUT', 'confidence'],
    ['an empty rationale', LINK, { from: slug('role'), to: 'chief-architect', kind: 'LATERAL', years: 2, rationale: '' }, 'BAD_USER_INPUT', 'rationale'],
    ['an unknown target role', LINK, { from: slug('role'), to: `${prefix}-nowhere`, kind: 'LATERAL', years: 2, rationale: 'x' }, 'NOT_FOUND', ''],
    ['a bad slug to unlink', UNLINK, { from: slug('role'), to: 'Chief Architect' }, 'BAD_USER_INPUT', 'to'],
    ['a bad slug to remove', REMOVE_ROLE, { slug: '-leading-dash' }, 'BAD_USER_INPUT', 'slug'],
  ])('%s -> %s, nothing written', async (_name, mutation, variables, code, argument) => {
    const before = await graphSnapshot();
    const result = await api.execute(mutation.toString(), variables, asEditor);
    expect(codes(result)).toEqual([code]);
    if (argument) expect(result.errors?.[0].extensions?.argument).toBe(argument);
    if (code === 'BAD_USER_INPUT') expect(result.statements).toBe(0);
    expect(await graphSnapshot()).toEqual(before);
  });

  it.each<[string, Untyped, Record<string, unknown>]>([
    ['upsertRole', UPSERT_ROLE, { input: { slug: importedSlug, title: 'Curated takeover', summary: 'No.' } }],
    ['setRoleSkillRequirement', SET_REQUIREMENT, { role: importedSlug, skill: 'python', importance: 3, level: 3 }],
    ['linkProgression from it', LINK, { from: importedSlug, to: 'chief-architect', kind: 'LATERAL', years: 2, rationale: 'x' }],
    ['removeRole', REMOVE_ROLE, { slug: importedSlug }],
  ])('an imported occupation is read-only: %s -> FORBIDDEN', async (_name, mutation, variables) => {
    const before = await graphSnapshot();
    const [imported] = await api.database.db.readRows('MATCH (role:Role {slug: $slug}) RETURN role {.*} AS role', { slug: importedSlug });
    const result = await api.execute(mutation.toString(), variables, asEditor);
    expect(codes(result)).toEqual(['FORBIDDEN']);
    expect(result.errors?.[0].extensions?.reason).toBe('IMPORTED_READ_ONLY');
    expect(await graphSnapshot()).toEqual(before);
    expect(await api.database.db.readRows('MATCH (role:Role {slug: $slug}) RETURN role {.*} AS role', { slug: importedSlug })).toEqual([imported]);
  });
});

describe('removeRole and removeSkill', () => {
  it('removes a role with its requirements, progressions and profile nodes; false when there is no such role', async () => {
    const doomed = slug('doomed-role');
    await api.data(UPSERT_ROLE, { input: roleInput('doomed-role', { family: 'data' }) }, asEditor);
    await api.data(SET_REQUIREMENT, { role: doomed, skill: 'python', importance: 4, level: 4 }, asEditor);
    await api.data(LINK, { from: doomed, to: 'chief-architect', kind: 'PROMOTION', years: 3, rationale: 'x' }, asEditor);
    const [before] = await api.database.db.readRows<{ relationships: number; chief: number }>(
      `CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
       RETURN relationships, COUNT { (:Role {slug: 'chief-architect'})<-[:LEADS_TO]-() } AS chief`,
    );

    const result = await api.execute(REMOVE_ROLE, { slug: doomed }, asEditor);
    expect(result.data).toEqual({ removeRole: true });
    expect(result.statements).toBe(3);
    expect((await api.data(ROLE_SLUG, { slug: doomed })).role).toBeNull();
    const [after] = await api.database.db.readRows<{ relationships: number; chief: number }>(
      `CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
       RETURN relationships, COUNT { (:Role {slug: 'chief-architect'})<-[:LEADS_TO]-() } AS chief`,
    );
    expect(after).toEqual({ relationships: before.relationships - 3, chief: before.chief - 1 }); // IN_FAMILY, REQUIRES, LEADS_TO
    expect(await api.data(REMOVE_ROLE, { slug: doomed }, asEditor)).toEqual({ removeRole: false });
  });

  it('removes a skill with every requirement of it and the names only it had', async () => {
    const doomed = slug('doomed-skill');
    await api.data(UPSERT_SKILL, { input: skillInput('doomed-skill', { aliases: [`${prefix} doomed alias`] }) }, asEditor);
    await api.data(SET_REQUIREMENT, { role: slug('role'), skill: doomed, importance: 2, level: 2 }, asEditor);
    expect(await api.data(REMOVE_SKILL, { slug: doomed }, asEditor)).toEqual({ removeSkill: true });
    expect((await api.data(SKILL_BY_ID, { id: `curated:skill:${doomed}` })).skill).toBeNull();
    const [left] = await api.database.db.readRows<{ requirements: number; names: number }>(
      `RETURN COUNT { (:Role {slug: $role})-[:REQUIRES]->(:Skill {slug: $skill}) } AS requirements,
              COUNT { (name:SkillName) WHERE name.key = $alias } AS names`,
      { role: slug('role'), skill: doomed, alias: `${prefix} doomed alias` },
    );
    expect(left).toEqual({ requirements: 0, names: 0 });
    expect(await api.data(REMOVE_SKILL, { slug: doomed }, asEditor)).toEqual({ removeSkill: false });
  });
});

describe('the curation revision', () => {
  it('counts successful changes with their author, and not refused or no-op ones', async () => {
    const revision = async () => (await api.data(CURATION_REVISION,
    )).graphStats.curation;
    const start = await revision();
    await api.data(LINK, { from: slug('role'), to: 'chief-architect', kind: 'LATERAL', years: 2, rationale: 'x' }, asEditor);
    expect(await revision()).toEqual({ revision: start.revision + 1, lastChangeBy: 'test-editor' });
    await api.data(UNLINK, { from: slug('role'), to: 'chief-architect' }, asEditor);
    await api.data(UNLINK, { from: slug('role'), to: 'chief-architect' }, asEditor); // false: nothing changed
    await api.execute(LINK, { from: slug('role'), to: slug('role'), kind: 'LATERAL', years: 2, rationale: 'x' }, asEditor);
    expect((await revision()).revision).toBe(start.revision + 2);
  });
});

describe('the read path', () => {
  it('runs reads in read transactions: a write statement through readRows fails and writes nothing', async () => {
    const label = `Probe${randomBytes(4).toString('hex')}`;
    await expect(api.database.db.readRows(`CREATE (:${label}) RETURN 1 AS created`)).rejects.toThrow(/write|read/i);
    const [row] = await api.database.db.readRows<{ probes: number }>(`MATCH (n:${label}) RETURN count(n) AS probes`);
    expect(row.probes).toBe(0);
  });
});
