/**
 * Seeds and curation together, against the real Neo4j: a seed reload after curators' API edits keeps
 * every edited field, relationship and deletion; an unchanged seed reports nothing; a changed seed
 * under an edit is reported as a conflict (structured result), the curator's value staying until a
 * curator resolves it with resolveSeedConflict; an unedited field follows the seeds. The seeds are a
 * small set built from the real ones under a random per-run prefix, removed in afterAll.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateApiKey, parseApiKeys } from '../../src/auth/apiKeys.js';
import { PROJECT_ROOT } from '../../src/config.js';
import { loadSeeds } from '../../src/import/seeds/loadSeeds.js';
import { readSeeds, type SeedData } from '../../src/import/seeds/readSeeds.js';
import { graphql } from '../generated/index.js';
import { openTestApi, type ExecuteOptions, type OperationResult, type TestApi } from '../support/testApi.js';

const editorKey = generateApiKey('seed-curator', 'editor');
const auth = { apiKeys: parseApiKeys(editorKey.entry), allowAnonymousReads: true };
const asEditor: ExecuteOptions = { authorization: `Bearer ${editorKey.token}` };

const prefix = `test-reload-${randomBytes(4).toString('hex')}`;
const A = `${prefix}-a`;
const B = `${prefix}-b`;
const S1 = `${prefix}-s1`;
const S2 = `${prefix}-s2`;
const FAMILY = `${prefix}-family`;

let api: TestApi;
let base: SeedData;

/** The test seeds: role A requires S1 and S2 and leads to B. `change` edits a copy. */
function seeds(change: (data: SeedData) => void = () => {}): SeedData {
  const data = structuredClone(base);
  change(data);
  return data;
}

beforeAll(async () => {
  api = await openTestApi('test', { auth });
  const real = await readSeeds(join(PROJECT_ROOT, 'seeds'));
  const role = real.roles.find((candidate) => candidate.skills.length > 0 && candidate.nextRoles.length > 0)!;
  const skill = (slug: string, name: string) => ({
    ...real.skills[0]!,
    slug,
    name: `${name} ${prefix}`,
    aliases: [],
    related: [],
    broader: undefined,
    sameAs: [],
    close: [],
    resources: [],
    description: `${name} description.`,
  });
  base = {
    families: [{ slug: FAMILY, name: 'Reload family', description: 'Seed reload tests.', coreSkills: [] }],
    skills: [skill(S1, 'Skill one'), skill(S2, 'Skill two')],
    roles: [
      {
        ...role,
        slug: A,
        family: FAMILY,
        title: 'Reload Role A',
        summary: 'Summary of A, version 1.',
        skills: [
          { ...role.skills[0]!, skill: S1, importance: 3, level: 3, adjusted: undefined },
          { ...role.skills[0]!, skill: S2, importance: 2, level: 2, adjusted: undefined },
        ],
        nextRoles: [{ ...role.nextRoles[0]!, role: B, rationale: 'A grows into B.' }],
      },
      { ...role, slug: B, family: FAMILY, title: 'Reload Role B', skills: [], nextRoles: [] },
    ],
  };
});

afterAll(async () => {
  await api.database.db.writeRows(
    `MATCH (n) WHERE (n:Role OR n:Skill OR n:RoleFamily) AND n.slug STARTS WITH $prefix
     OPTIONAL MATCH (n)-[:HAS_SALARY_BAND|HAS_DAY_STEP|HAS_START_STEP|HAS_FAQ|HAS_RESOURCE]->(owned)
     DETACH DELETE owned, n`,
    { prefix },
  );
  await api.database.db.writeRows('MATCH (name:SkillName) WHERE name.key CONTAINS $prefix DETACH DELETE name', { prefix });
  await api.database.db.writeRows('MATCH (n) WHERE (n:AuditEntry OR n:CuratedEdit) AND n.entity CONTAINS $prefix DELETE n', { prefix });
  await api.close();
});

interface GraphState {
  title: string;
  summary: string;
  family: string | null;
  method: string;
  requirements: { skill: string; importanceRaw: number; levelRaw: number; method: string }[];
  moves: { to: string; rationale: string }[];
  s1: { name: string; description: string };
}

async function graphState(): Promise<GraphState> {
  const [row] = await api.database.db.readRows<GraphState>(
    `MATCH (a:Role {slug: $a})
     MATCH (s1:Skill {slug: $s1})
     RETURN a.title AS title, a.summary AS summary, a.method AS method,
       head(COLLECT { MATCH (a)-[:IN_FAMILY]->(f) RETURN f.slug }) AS family,
       COLLECT { MATCH (a)-[r:REQUIRES {source: 'curated'}]->(s) RETURN {skill: s.slug, importanceRaw: r.importanceRaw, levelRaw: r.levelRaw, method: r.method} ORDER BY s.slug } AS requirements,
       COLLECT { MATCH (a)-[m:LEADS_TO {source: 'curated'}]->(t) RETURN {to: t.slug, rationale: m.rationale} ORDER BY t.slug } AS moves,
       s1 {.name, .description} AS s1`,
    { a: A, s1: S1 },
  );
  return row!;
}

const UPSERT_ROLE = graphql(`
  mutation SeedReloadUpsertRole($input: RoleInput!) { upsertRole(input: $input) { slug } }
`);
const SET_REQUIREMENT = graphql(`
  mutation SeedReloadSetRequirement($role: String!, $skill: String!, $importance: Float!, $level: Float!) {
    setRoleSkillRequirement(role: $role, skill: $skill, importance: $importance, level: $level) { importance }
  }
`);
const REMOVE_REQUIREMENT = graphql(`
  mutation SeedReloadRemoveRequirement($role: String!, $skill: String!) { removeRoleSkillRequirement(role: $role, skill: $skill) }
`);
const UNLINK = graphql(`
  mutation SeedReloadUnlink($from: String!, $to: String!) { unlinkProgression(from: $from, to: $to) }
`);
const LINK = graphql(`
  mutation SeedReloadLink($from: String!, $to: String!, $kind: ProgressionKind!, $years: Float!, $rationale: String!) {
    linkProgression(from: $from, to: $to, kind: $kind, typicalYears: $years, rationale: $rationale) { kind }
  }
`);
const UPSERT_SKILL = graphql(`
  mutation SeedReloadUpsertSkill($input: SkillInput!) { upsertSkill(input: $input) { slug } }
`);
const RESOLVE = graphql(`
  mutation SeedReloadResolve($entity: String!, $field: String!, $resolution: SeedConflictResolution!) {
    resolveSeedConflict(entity: $entity, field: $field, resolution: $resolution) { entity field value seedValue conflictSeedValue editedBy }
  }
`);
const OPEN_CONFLICTS = graphql(`
  query SeedReloadOpenConflicts($first: Int) { curatedEdits(conflictsOnly: true, first: $first) { entity field conflictSeedValue } }
`);
const AUDIT = graphql(`
  query SeedReloadAudit($filter: CurationAuditFilter, $first: Int) { curationAudit(filter: $filter, first: $first) { nodes { mutation changes { field } } } }
`);

/** A curator's change through the API, which must succeed: its data. */
const mutate = async <TData>(pending: Promise<OperationResult<TData>>) => {
  const result = await pending;
  expect(result.errors).toBeUndefined();
  return result.data;
};

describe('a seed reload after curators edited through the API', () => {
  it('loads the test seeds with nothing to keep', async () => {
    const summary = await loadSeeds(api.database.db, seeds());
    expect(summary).toMatchObject({ roles: 2, skills: 2, requirements: 2, progressions: 1, keptCuratorFields: 0, conflicts: [] });
    expect(await graphState()).toMatchObject({ title: 'Reload Role A', requirements: [{ skill: S1 }, { skill: S2 }], moves: [{ to: B }] });
  });

  it('keeps field edits, relationship edits and deletions when the seeds did not change, with no conflict', async () => {
    await mutate(api.execute(UPSERT_ROLE, { input: { slug: A, title: 'Curated Title A', summary: 'Summary of A, version 1.' } }, asEditor));
    await mutate(api.execute(SET_REQUIREMENT, { role: A, skill: S1, importance: 5, level: 3 }, asEditor));
    await mutate(api.execute(REMOVE_REQUIREMENT, { role: A, skill: S2 }, asEditor));
    await mutate(api.execute(UNLINK, { from: A, to: B }, asEditor));
    await mutate(api.execute(LINK, { from: B, to: A, kind: 'LATERAL', years: 1, rationale: 'Curated way back.' }, asEditor));
    await mutate(
      api.execute(
        UPSERT_SKILL,
        { input: { slug: S1, name: `Skill one ${prefix}`, kind: 'SKILL', category: base.skills[0]!.category, description: 'Curated description.' } },
        asEditor,
      ),
    );
    const edited = await graphState();

    const summary = await loadSeeds(api.database.db, seeds());
    expect(summary.conflicts).toEqual([]);
    expect(summary.keptCuratorFields).toBeGreaterThanOrEqual(6);
    const after = await graphState();
    expect(after).toEqual(edited);
    expect(after).toMatchObject({
      title: 'Curated Title A',
      method: 'curated',
      requirements: [{ skill: S1, importanceRaw: 5, levelRaw: 3, method: 'curated' }],
      moves: [],
      s1: { description: 'Curated description.' },
    });
    const [back] = await api.database.db.readRows<{ rationale: string }>(
      "MATCH (:Role {slug: $b})-[m:LEADS_TO {source: 'curated'}]->(:Role {slug: $a}) RETURN m.rationale AS rationale",
      { a: A, b: B },
    );
    expect(back).toEqual({ rationale: 'Curated way back.' });
  });

  it('reports each changed seed value under an edit as a conflict, keeps the curator value, and applies unedited fields', async () => {
    const changed = seeds((data) => {
      const a = data.roles[0]!;
      a.title = 'Seed Title A, version 2';
      a.summary = 'Summary of A, version 2.';
      a.skills[0]!.level = 4; // S1: importance was edited, level was not
      a.skills[1]!.importance = 4; // S2: deleted by the curator
      data.skills[0]!.description = 'Seed description, version 2.';
    });
    const summary = await loadSeeds(api.database.db, changed);
    const conflicts = summary.conflicts.map((conflict) => [conflict.entity, conflict.field, JSON.parse(conflict.curatorValue), JSON.parse(conflict.seedValue)]);
    expect(conflicts.sort()).toEqual(
      [
        [`ROLE:${A}`, 'title', 'Curated Title A', 'Seed Title A, version 2'],
        [`REQUIREMENT:${A}/${S2}`, 'importance', null, 4],
        [`SKILL:${S1}`, 'description', 'Curated description.', 'Seed description, version 2.'],
      ].sort(),
    );
    expect(summary.conflicts.every((conflict) => conflict.editedBy === 'seed-curator')).toBe(true);
    expect(await graphState()).toMatchObject({
      title: 'Curated Title A',
      summary: 'Summary of A, version 2.',
      requirements: [{ skill: S1, importanceRaw: 5, levelRaw: 4 }],
      moves: [],
      s1: { description: 'Curated description.' },
    });

    // The same conflicts through the API, until resolved; reloading again reports them again.
    const open = await api.data(OPEN_CONFLICTS, { first: 100 }, asEditor);
    expect(open.curatedEdits.filter((edit) => edit.entity.includes(prefix)).map((edit) => `${edit.entity} ${edit.field}`).sort()).toEqual(
      [`ROLE:${A} title`, `REQUIREMENT:${A}/${S2} importance`, `SKILL:${S1} description`].sort(),
    );
    expect((await loadSeeds(api.database.db, changed)).conflicts).toHaveLength(3);
  });

  it('resolves conflicts: USE_SEED hands the field back to the seeds, KEEP_CURATED keeps the edit and silences the conflict', async () => {
    const changed = seeds((data) => {
      const a = data.roles[0]!;
      a.title = 'Seed Title A, version 2';
      a.summary = 'Summary of A, version 2.';
      a.skills[0]!.level = 4;
      a.skills[1]!.importance = 4;
      data.skills[0]!.description = 'Seed description, version 2.';
    });
    const useSeed = await mutate(api.execute(RESOLVE, { entity: `ROLE:${A}`, field: 'title', resolution: 'USE_SEED' }, asEditor));
    expect(useSeed).toMatchObject({ resolveSeedConflict: { entity: `ROLE:${A}`, field: 'title', value: '"Curated Title A"', conflictSeedValue: null } });
    await mutate(api.execute(RESOLVE, { entity: `REQUIREMENT:${A}/${S2}`, field: 'importance', resolution: 'KEEP_CURATED' }, asEditor));
    await mutate(api.execute(RESOLVE, { entity: `SKILL:${S1}`, field: 'description', resolution: 'KEEP_CURATED' }, asEditor));
    // A field without an open conflict cannot be resolved (again).
    const again = await api.execute(RESOLVE, { entity: `SKILL:${S1}`, field: 'description', resolution: 'KEEP_CURATED' }, asEditor);
    expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknownField = await api.execute(RESOLVE, { entity: `SKILL:${S1}`, field: 'salary', resolution: 'KEEP_CURATED' }, asEditor);
    expect(unknownField.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'field' });

    const summary = await loadSeeds(api.database.db, changed);
    expect(summary.conflicts).toEqual([]);
    const state = await graphState();
    expect(state.title).toBe('Seed Title A, version 2');
    expect(state.requirements.map((req) => req.skill)).toEqual([S1]);
    expect(state.s1.description).toBe('Curated description.');

    // The resolutions are in the audit trail.
    const audit = await api.data(AUDIT, { filter: { entity: `ROLE:${A}` }, first: 1 }, asEditor);
    expect(audit.curationAudit.nodes).toEqual([{ mutation: 'resolveSeedConflict', changes: [{ field: 'title' }] }]);
  });
});
