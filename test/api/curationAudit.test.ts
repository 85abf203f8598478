/**
 * The curation audit trail against the real Neo4j: every mutation kind writes one AuditEntry with
 * the editor, the mutation, the entity and the before/after of the fields it changed, in the
 * mutation's own transaction (a mutation that fails, even after its write ran, leaves no entry and
 * no change); curationAudit filters by entity, editor and time and pages newest first; only editors
 * read it. Everything written uses a random per-run prefix and is removed in afterAll.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateApiKey, parseApiKeys } from '../../src/auth/apiKeys.js';
import { graphql } from '../generated/index.js';
import type { CurationAuditFilter, CurationAuditPageQuery } from '../generated/graphql.js';
import { openTestApi, type ExecuteOptions, type TestApi } from '../support/testApi.js';

const editorKey = generateApiKey('audit-editor', 'editor');
const otherEditorKey = generateApiKey('audit-other', 'editor');
const readerKey = generateApiKey('audit-reader', 'reader');
const auth = { apiKeys: parseApiKeys(`${editorKey.entry},${otherEditorKey.entry},${readerKey.entry}`), allowAnonymousReads: true };
const asEditor: ExecuteOptions = { authorization: `Bearer ${editorKey.token}` };
const asOther: ExecuteOptions = { authorization: `Bearer ${otherEditorKey.token}` };
const asReader: ExecuteOptions = { authorization: `Bearer ${readerKey.token}` };

const prefix = `test-audit-${randomBytes(4).toString('hex')}`;
const slug = (name: string) => `${prefix}-${name}`;
const ROLE = slug('role');
const TARGET = slug('target');
const SKILL = slug('skill');

let api: TestApi;
let startedAt: string;

const AUDIT = graphql(`
  query CurationAuditPage($filter: CurationAuditFilter, $first: Int, $after: String) {
    curationAudit(filter: $filter, first: $first, after: $after) {
      edges { cursor node { sequence at editor mutation entityType entity changes { field before after } } }
      pageInfo { hasNextPage hasPreviousPage endCursor }
    }
  }
`);
const UPSERT_ROLE = graphql(`
  mutation CurationAuditUpsertRole($input: RoleInput!) { upsertRole(input: $input) { slug } }
`);
const UPSERT_SKILL = graphql(`
  mutation CurationAuditUpsertSkill($input: SkillInput!) { upsertSkill(input: $input) { slug } }
`);
const SET_REQUIREMENT = graphql(`
  mutation CurationAuditSetRequirement($role: String!, $skill: String!, $importance: Float!, $level: Float!) {
    setRoleSkillRequirement(role: $role, skill: $skill, importance: $importance, level: $level) { importance }
  }
`);
const REMOVE_REQUIREMENT = graphql(`
  mutation CurationAuditRemoveRequirement($role: String!, $skill: String!) { removeRoleSkillRequirement(role: $role, skill: $skill) }
`);
const LINK = graphql(`
  mutation CurationAuditLink($from: String!, $to: String!) {
    linkProgression(from: $from, to: $to, kind: PROMOTION, typicalYears: 2, rationale: "Audit move.", confidence: 0.5) { kind }
  }
`);
const UNLINK = graphql(`
  mutation CurationAuditUnlink($from: String!, $to: String!) { unlinkProgression(from: $from, to: $to) }
`);
const REMOVE_SKILL = graphql(`
  mutation CurationAuditRemoveSkill($slug: String!) { removeSkill(slug: $slug) }
`);
const REMOVE_ROLE = graphql(`
  mutation CurationAuditRemoveRole($slug: String!) { removeRole(slug: $slug) }
`);
const UPSERT_ROLE_TITLE = graphql(`
  mutation CurationAuditUpsertRoleTitle($input: RoleInput!) { upsertRole(input: $input) { title } }
`);
const ROLE_BY_SLUG = graphql(`
  query CurationAuditRole($slug: String!) { role(slug: $slug) { slug } }
`);

type Entry = CurationAuditPageQuery['curationAudit']['edges'][number]['node'];

async function auditOf(entity: string): Promise<Entry[]> {
  const data = await api.data(AUDIT, { filter: { entity }, first: 100 }, asEditor);
  return data.curationAudit.edges.map((edge) => edge.node);
}

/** The newest entry of an entity, and that there is exactly one more than before. */
async function latest(entity: string, countBefore: number): Promise<Entry> {
  const entries = await auditOf(entity);
  expect(entries).toHaveLength(countBefore + 1);
  return entries[0]!;
}

const changesOf = (entry: Entry) => Object.fromEntries(entry.changes.map((change) => [change.field, [JSON.parse(change.before), JSON.parse(change.after)]]));

async function auditEntryCount(): Promise<number> {
  const [row] = await api.database.db.readRows<{ count: number }>('MATCH (entry:AuditEntry) RETURN count(entry) AS count');
  return row!.count;
}

beforeAll(async () => {
  api = await openTestApi('test', { auth });
  const [row] = await api.database.db.readRows<{ now: string }>('RETURN toString(datetime()) AS now');
  startedAt = row!.now;
});

afterAll(async () => {
  await api.database.db.writeRows(
    `MATCH (n) WHERE (n:Role OR n:Skill) AND n.slug STARTS WITH $prefix
     OPTIONAL MATCH (n)-[:HAS_SALARY_BAND|HAS_DAY_STEP|HAS_START_STEP|HAS_FAQ|HAS_RESOURCE]->(owned)
     DETACH DELETE owned, n`,
    { prefix },
  );
  await api.database.db.writeRows('MATCH (name:SkillName) WHERE name.key CONTAINS $prefix DETACH DELETE name', { prefix });
  await api.database.db.writeRows('MATCH (n) WHERE (n:AuditEntry OR n:CuratedEdit) AND n.entity CONTAINS $prefix DELETE n', { prefix });
  await api.close();
});

describe('audit entries per mutation kind', () => {
  it('upsertRole: a creation (exists false -> true, every field set), then an update of only the changed fields', async () => {
    await api.data(UPSERT_ROLE, { input: { slug: ROLE, title: 'Audit Role', summary: 'First summary.', family: 'data', medianSalaryUsd: 120000 } }, asEditor);
    const created = await latest(`ROLE:${ROLE}`, 0);
    expect(created).toMatchObject({ editor: 'audit-editor', mutation: 'upsertRole', entityType: 'ROLE', entity: `ROLE:${ROLE}` });
    expect(changesOf(created)).toEqual({
      exists: [false, true],
      title: [null, 'Audit Role'],
      summary: [null, 'First summary.'],
      family: [null, 'data'],
      medianSalaryUsd: [null, 120000],
    });
    expect(Date.parse(created.at)).toBeGreaterThanOrEqual(Date.parse(startedAt));

    await api.data(UPSERT_ROLE, { input: { slug: ROLE, title: 'Audit Role', summary: 'Second summary.', family: null, alternateTitles: ['Auditor'] } }, asOther);
    const updated = await latest(`ROLE:${ROLE}`, 1);
    expect(updated.editor).toBe('audit-other');
    expect(updated.sequence).toBeGreaterThan(created.sequence);
    expect(changesOf(updated)).toEqual({
      summary: ['First summary.', 'Second summary.'],
      family: ['data', null],
      alternateTitles: [null, ['Auditor']],
    });
  });

  it('upsertSkill and removeSkill', async () => {
    await api.data(
      UPSERT_SKILL,
      { input: { slug: SKILL, name: `Audit skill ${prefix}`, kind: 'SKILL', category: 'Testing', aliases: [`audit alias ${prefix}`] } },
      asEditor,
    );
    const created = await latest(`SKILL:${SKILL}`, 0);
    expect(created.mutation).toBe('upsertSkill');
    expect(changesOf(created)).toMatchObject({ exists: [false, true], name: [null, `Audit skill ${prefix}`], aliases: [null, [`audit alias ${prefix}`]] });
  });

  it('setRoleSkillRequirement (create, then update) and removeRoleSkillRequirement', async () => {
    const entity = `REQUIREMENT:${ROLE}/${SKILL}`;
    await api.data(SET_REQUIREMENT, { role: ROLE, skill: SKILL, importance: 4, level: 5 }, asEditor);
    expect(changesOf(await latest(entity, 0))).toEqual({ exists: [false, true], importance: [null, 4], level: [null, 5], essential: [null, true] });
    await api.data(SET_REQUIREMENT, { role: ROLE, skill: SKILL, importance: 3, level: 5 }, asEditor);
    const updated = await latest(entity, 1);
    expect(updated.mutation).toBe('setRoleSkillRequirement');
    expect(changesOf(updated)).toEqual({ importance: [4, 3] });

    await api.data(REMOVE_REQUIREMENT, { role: ROLE, skill: SKILL }, asEditor);
    const removed = await latest(entity, 2);
    expect(removed.mutation).toBe('removeRoleSkillRequirement');
    expect(changesOf(removed)).toEqual({ exists: [true, false], importance: [3, null], level: [5, null], essential: [true, null] });
    // Removing it again changes nothing and writes no entry.
    expect(await api.data(REMOVE_REQUIREMENT, { role: ROLE, skill: SKILL }, asEditor)).toEqual({
      removeRoleSkillRequirement: false,
    });
    expect(await auditOf(entity)).toHaveLength(3);
  });

  it('linkProgression and unlinkProgression', async () => {
    await api.data(UPSERT_ROLE, { input: { slug: TARGET, title: 'Audit Target', summary: 'x' } }, asEditor);
    const entity = `PROGRESSION:${ROLE}/${TARGET}`;
    await api.data(LINK, { from: ROLE, to: TARGET }, asEditor);
    const linked = await latest(entity, 0);
    expect(linked).toMatchObject({ mutation: 'linkProgression', entityType: 'PROGRESSION' });
    expect(changesOf(linked)).toEqual({
      exists: [false, true],
      kind: [null, 'PROMOTION'],
      typicalYears: [null, 2],
      rationale: [null, 'Audit move.'],
      confidence: [null, 0.5],
    });
    await api.data(UNLINK, { from: ROLE, to: TARGET }, asEditor);
    expect(changesOf(await latest(entity, 1))).toMatchObject({ exists: [true, false], kind: ['PROMOTION', null] });
  });

  it('removeRole and removeSkill record every field before', async () => {
    await api.data(REMOVE_SKILL, { slug: SKILL }, asEditor);
    const skill = await latest(`SKILL:${SKILL}`, 1);
    expect(skill.mutation).toBe('removeSkill');
    expect(changesOf(skill)).toMatchObject({ exists: [true, false], name: [`Audit skill ${prefix}`, null], kind: ['SKILL', null] });

    await api.data(REMOVE_ROLE, { slug: TARGET }, asEditor);
    const role = await latest(`ROLE:${TARGET}`, 1);
    expect(role.mutation).toBe('removeRole');
    expect(changesOf(role)).toMatchObject({ exists: [true, false], title: ['Audit Target', null], summary: ['x', null] });
  });
});

describe('failed mutations', () => {
  it('a refused mutation (NOT_FOUND inside the transaction) writes no entry', async () => {
    const before = await auditEntryCount();
    const result = await api.execute(UPSERT_ROLE, { input: { slug: slug('refused'), title: 'T', summary: 'S', family: `${prefix}-nowhere` } }, asEditor);
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await auditEntryCount()).toBe(before);
    expect(await auditOf(`ROLE:${slug('refused')}`)).toEqual([]);
  });

  it('a mutation whose audit write fails rolls back its change too: one transaction', async () => {
    // An entry already holds the sequence the next change would get, so writing the audit entry
    // violates the uniqueness constraint after the role was written in the same transaction.
    const [revision] = await api.database.db.readRows<{ revision: number }>("MATCH (r:GraphRevision {id: 'curation'}) RETURN r.revision AS revision");
    const blocker = `${prefix}-blocker`;
    await api.database.db.writeRows('CREATE (:AuditEntry {id: $id, sequence: $sequence, entity: $entity})', {
      id: blocker,
      sequence: revision!.revision + 1,
      entity: `ROLE:${blocker}`,
    });
    try {
      const before = await auditEntryCount();
      const doomed = slug('doomed');
      const result = await api.execute(UPSERT_ROLE, { input: { slug: doomed, title: 'Doomed', summary: 'S' } }, asEditor);
      expect(result.errors).toHaveLength(1);
      expect((await api.data(ROLE_BY_SLUG, { slug: doomed })).role).toBeNull();
      expect(await auditEntryCount()).toBe(before);
      const [after] = await api.database.db.readRows<{ revision: number; marks: number }>(
        "MATCH (r:GraphRevision {id: 'curation'}) RETURN r.revision AS revision, COUNT { MATCH (m:CuratedEdit) WHERE m.entity = $entity } AS marks",
        { entity: `ROLE:${doomed}` },
      );
      expect(after).toEqual({ revision: revision!.revision, marks: 0 });
    } finally {
      await api.database.db.writeRows('MATCH (entry:AuditEntry {id: $id}) DELETE entry', { id: blocker });
    }
  });
});

describe('a change while a seed load holds the curation lock', () => {
  it('waits for it, and records the value the load wrote as before', async () => {
    const locked = slug('locked');
    await api.data(UPSERT_ROLE, { input: { slug: locked, title: 'Original', summary: 'S' } }, asEditor);
    // What loadSeeds does first (LOCK_CURATION), then a write of the role, in a transaction held open.
    const session = api.database.driver.session({ database: api.database.db.databaseName });
    const load = await session.beginTransaction();
    try {
      await load.run("MATCH (revision:GraphRevision {id: 'curation'}) SET revision.revision = revision.revision");
      await load.run('MATCH (role:Role {slug: $slug}) SET role.title = $title', { slug: locked, title: 'Written by a load' });
      let settled = false;
      const change = api
        .execute(UPSERT_ROLE_TITLE, { input: { slug: locked, title: 'Curator edit', summary: 'S' } }, asEditor)
        .finally(() => void (settled = true));
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(settled).toBe(false);
      await load.commit();
      const result = await change;
      expect(result.errors).toBeUndefined();
      expect(changesOf((await auditOf(`ROLE:${locked}`))[0]!)).toEqual({ title: ['Written by a load', 'Curator edit'] });
    } finally {
      if (load.isOpen()) await load.rollback();
      await session.close();
    }
  });
});

describe('curationAudit', () => {
  it('filters by editor and entity type and pages newest first without overlap', async () => {
    const filter: CurationAuditFilter = { editor: 'audit-editor', entityType: 'REQUIREMENT', since: startedAt };
    const first = await api.data(AUDIT, { filter, first: 2 }, asEditor);
    expect(first.curationAudit.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await api.data(AUDIT, { filter, first: 2, after: first.curationAudit.pageInfo.endCursor }, asEditor);
    expect(second.curationAudit.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const entries = [...first.curationAudit.edges, ...second.curationAudit.edges].map((edge) => edge.node);
    expect(entries.map((entry) => entry.mutation)).toEqual(['removeRoleSkillRequirement', 'setRoleSkillRequirement', 'setRoleSkillRequirement']);
    const sequences = entries.map((entry) => entry.sequence);
    expect(sequences).toEqual([...sequences].sort((a, b) => b - a));
    expect(entries.every((entry) => entry.editor === 'audit-editor' && entry.entity === `REQUIREMENT:${ROLE}/${SKILL}`)).toBe(true);
  });

  it('filters by time range', async () => {
    const count = async (filter: CurationAuditFilter) =>
      (await api.data(AUDIT, { filter: { ...filter, entity: `ROLE:${ROLE}` }, first: 100 }, asEditor)).curationAudit.edges.length;
    expect(await count({ since: startedAt })).toBe(2);
    expect(await count({ until: startedAt })).toBe(0);
    expect(await count({ since: '2999-01-01T00:00:00Z' })).toBe(0);
    expect(await count({ editor: 'audit-other' })).toBe(1);
  });

  it('is never answered from the response cache: the same request anonymously is refused, and repeated it reads again', async () => {
    const variables = { filter: { entity: `ROLE:${ROLE}` }, first: 5 };
    const asCurator = await api.execute(AUDIT, variables, asEditor);
    expect(asCurator.errors).toBeUndefined();
    expect((await api.execute(AUDIT, variables, asEditor)).statements).toBeGreaterThan(0);
    const anonymous = await api.execute(AUDIT, variables);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.data).toBeNull();
  });

  it('is for editors only, and refuses a bad filter or cursor before any Cypher', async () => {
    const reader = await api.execute(AUDIT, {}, asReader);
    expect(reader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await api.execute(AUDIT, {});
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    for (const [variables, argument] of [
      [{ filter: { since: 'yesterday' } }, 'filter.since'],
      [{ filter: { entity: 'Role cloud' } }, 'filter.entity'],
      [{ after: 'not-a-cursor!' }, 'after'],
      [{ first: 101 }, 'first'],
    ] as const) {
      const result = await api.execute(AUDIT, variables, asEditor);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
      expect(result.statements).toBe(0);
    }
  });
});
