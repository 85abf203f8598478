/**
 * role(slug:|id:) fetches what the query selects below it in the same statement (requirements,
 * profile) or at the same time (nextRoles / previousRoles by slug). The answers must be exactly
 * those of the per-level loaders, which other paths (role lists) still use.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/requestLimits/limits.js';
import { graphql } from '../generated/index.js';
import { openTestApi, type TestApi } from '../support/testApi.js';

let api: TestApi;
beforeAll(async () => {
  api = await openTestApi();
});
afterAll(async () => {
  await api.close();
});

const SOURCE = 'cloud-architect-ai-ml';
graphql(`
  fragment LookaheadRolePage on Role {
    requiredSkills { skill { slug name } importance level essential }
    salary { medianUsd byExperience { label annualUsd } } family { slug } typicalDay { title } faq { question } crosswalk { taxonomy code }
  }
`);
const ROLE_PAGE_BY_SLUG = graphql(`
  query LookaheadRolePageBySlug($slug: String!) { role(slug: $slug) { slug ...LookaheadRolePage } }
`);
const ROLE_PAGE_BY_ID = graphql(`
  query LookaheadRolePageById($id: ID!) { role(id: $id) { slug ...LookaheadRolePage } }
`);
const ROLE_PAGES_LISTED = graphql(`
  query LookaheadRolePagesListed($first: Int) { roles(first: $first) { edges { node { slug ...LookaheadRolePage } } } }
`);
const ROLE_ID = graphql(`
  query LookaheadRoleId($slug: String!) { role(slug: $slug) { id } }
`);
const ROLE_TITLE = graphql(`
  query LookaheadRoleTitle($slug: String!) { role(slug: $slug) { title } }
`);
const ROLE_SKILLS_UNLESS = graphql(`
  query LookaheadRoleSkillsUnless($slug: String!, $skip: Boolean!) { role(slug: $slug) { title ...LookaheadSkills @skip(if: $skip) } }
  fragment LookaheadSkills on Role { requiredSkills { skill { slug } } }
`);
graphql(`
  fragment LookaheadProgressions on Role {
    nextRoles(maxHops: 2) { role { slug } hops score salaryChange { absoluteUsd } bridgingSkills { skill { slug } levelGap } path { slug } }
    previousRoles { role { slug } score }
    soon: nextRoles(maxHops: 1, first: 3) { role { slug } }
  }
`);
const PROGRESSIONS_BY_SLUG = graphql(`
  query LookaheadProgressionsBySlug($slug: String!) { role(slug: $slug) { ...LookaheadProgressions } }
`);
const PROGRESSIONS_BY_ID = graphql(`
  query LookaheadProgressionsById($id: ID!) { role(id: $id) { ...LookaheadProgressions } }
`);
const EVERYTHING_OF = graphql(`
  query LookaheadEverythingOf($slug: String!) { role(slug: $slug) { title nextRoles(maxHops: 2) { role { slug } } requiredSkills { importance } } }
`);
const ROLE_WITH_PROGRESSIONS = graphql(`
  query LookaheadRoleWithProgressions($slug: String!) {
    role(slug: $slug) { id slug title nextRoles(maxHops: 2) { role { slug } gap } previousRoles(first: 3) { role { slug title } } }
  }
`);
const ROLE_WITH_PROGRESSIONS_BY_ID = graphql(`
  query LookaheadRoleWithProgressionsById($id: ID!) {
    role(id: $id) { id slug title nextRoles(maxHops: 2) { role { slug } gap } previousRoles(first: 3) { role { slug title } } }
  }
`);
const ROLE_WITH_SALARY_AND_PROGRESSIONS = graphql(`
  query LookaheadRoleWithSalaryAndProgressions($slug: String!) {
    role(slug: $slug) { slug experienceLevel nextRoles(maxHops: 1) { role { slug } } }
  }
`);
const ENTRY_ROLES = graphql(`
  query LookaheadEntryRoles($first: Int) { roles(first: $first) { edges { node { id slug previousRoles(first: 1) { hops } } } } }
`);
const NEXT_ROLES_WITHIN = graphql(`
  query LookaheadNextRolesWithin($slug: String!, $maxHops: Int!) { role(slug: $slug) { title nextRoles(maxHops: $maxHops) { hops } } }
`);

graphql(`
  fragment LookaheadEveryRequirementField on Role {
    requiredSkills {
      importance level importanceRaw levelRaw importanceScale levelScale essential
      provenance { source sourceTag sourceId asOf reference method confidence evidence }
      skill { id slug name kind category description aliases provenance { source sourceId asOf method } }
    }
    top: requiredSkills(minImportance: 0.7, first: 3) { importance skill { slug } }
    none: requiredSkills(first: 0) { importance }
  }
`);
const EVERY_REQUIREMENT_FIELD = graphql(`
  query LookaheadEveryRequirementField($slug: String!) {
    role(slug: $slug) { slug description alternateTitles progressionSummary provenance { evidence } growth { reason } ...LookaheadEveryRequirementField }
  }
`);
const EVERY_REQUIREMENT_FIELD_LISTED = graphql(`
  query LookaheadEveryRequirementFieldListed($first: Int) {
    roles(first: $first) {
      edges { node { slug description alternateTitles progressionSummary provenance { evidence } growth { reason } ...LookaheadEveryRequirementField } }
    }
  }
`);
const TOP_SKILLS = graphql(`
  query LookaheadTopSkills($slug: String!, $minImportance: Float!, $first: Int!) {
    role(slug: $slug) { title requiredSkills(minImportance: $minImportance, first: $first) { importance skill { slug } } }
  }
`);
const TOP_SKILLS_LISTED = graphql(`
  query LookaheadTopSkillsListed($first: Int, $minImportance: Float!, $top: Int!) {
    roles(first: $first) { edges { node { slug title requiredSkills(minImportance: $minImportance, first: $top) { importance skill { slug } } } } }
  }
`);

describe('role lookahead', () => {
  it('answers a role page (requirements and profile) in one statement, equal to the loaders of a role list', async () => {
    const page = await api.execute(ROLE_PAGE_BY_SLUG, { slug: SOURCE });
    expect(page.errors).toBeUndefined();
    expect(page.statements).toBe(1);
    expect(page.data!.role!.requiredSkills.length).toBeGreaterThan(10);

    // The same fields through roles(): the role list resolves them with the batched loaders.
    const list = await api.data(ROLE_PAGES_LISTED, { first: LIMITS.maxFirst });
    const fromList = list.roles.edges.map((edge) => edge.node).find((node) => node.slug === SOURCE);
    expect(page.data!.role).toEqual(fromList);

    const byId = await api.execute(ROLE_PAGE_BY_ID, { id: (await api.data(ROLE_ID, { slug: SOURCE })).role!.id });
    expect(byId.statements).toBe(1);
    expect(byId.data!.role).toEqual(page.data!.role);
  });

  it('fetches only what is selected: a bare lookup stays one small statement, fragments and @skip are honoured', async () => {
    const bare = await api.execute(ROLE_TITLE, { slug: SOURCE });
    expect(bare.statements).toBe(1);
    const skipped = await api.execute(ROLE_SKILLS_UNLESS, { slug: SOURCE, skip: true });
    expect(skipped.statements).toBe(1);
    expect(skipped.data!.role).toEqual({ title: 'Cloud Architect (AI/ML Focus)' });
    const included = await api.execute(ROLE_SKILLS_UNLESS, { slug: SOURCE, skip: false });
    expect(included.statements).toBe(1);
    expect(included.data!.role!.requiredSkills!.length).toBeGreaterThan(10);
  });

  it('fetches the window and the properties requiredSkills selections read, answering as the loaders do', async () => {
    const page = await api.execute(EVERY_REQUIREMENT_FIELD, { slug: SOURCE });
    expect(page.errors).toBeUndefined();
    // Details of the role and of its skills were selected, so the one statement carried them.
    expect(page.statements).toBe(1);
    const role = page.data!.role!;
    expect(role.requiredSkills.length).toBeGreaterThan(10);
    expect(role.requiredSkills.every((req) => req.provenance.source && req.skill.provenance.source && req.skill.kind)).toBe(true);
    expect(role.top.length).toBeGreaterThan(0);
    expect(role.none).toEqual([]);

    const list = await api.data(EVERY_REQUIREMENT_FIELD_LISTED, { first: LIMITS.maxFirst });
    expect(role).toEqual(list.roles.edges.map((edge) => edge.node).find((node) => node.slug === SOURCE));
  });

  it('cuts the window in the statement at every threshold and count, as the full list would', async () => {
    const list = await api.data(TOP_SKILLS_LISTED, { first: LIMITS.maxFirst, minImportance: 0, top: LIMITS.maxFirst });
    const all = list.roles.edges.map((edge) => edge.node).find((node) => node.slug === SOURCE)!.requiredSkills;
    for (const minImportance of [0, 0.5, 0.75, 0.9, 1]) {
      for (const first of [0, 1, 5, 100]) {
        const top = await api.execute(TOP_SKILLS, { slug: SOURCE, minImportance, first });
        expect(top.statements).toBe(1);
        expect(top.data!.role!.requiredSkills).toEqual(all.filter((req) => req.importance >= minImportance).slice(0, first));
      }
    }
  });

  it('starts nextRoles and previousRoles by slug alongside the lookup, with the answers of the per-role loaders', async () => {
    // role(id:) has no slug to start from, so it goes through the loaders after the lookup. It runs
    // the same progression statements, so it also leaves the credit links of the skills held at the
    // start of the moves remembered (skills/CreditLinkMemo.ts): by slug below needs no statement for them.
    const { role } = await api.data(ROLE_ID, { slug: SOURCE });
    const byId = await api.execute(PROGRESSIONS_BY_ID, { id: role!.id });
    expect(byId.statements).toBeGreaterThanOrEqual(4);

    const bySlug = await api.execute(PROGRESSIONS_BY_SLUG, { slug: SOURCE });
    expect(bySlug.errors).toBeUndefined();
    // Three progression statements, all started at once; the role itself comes back with them
    // (nothing else of it is selected), so there is no lookup statement.
    expect(bySlug.statements).toBe(3);
    expect(bySlug.data!.role!.nextRoles.length).toBeGreaterThan(2);
    expect(byId.data).toEqual(bySlug.data);
  });

  it('takes the role from its progressions statement when nothing more of it is selected, as the lookup would answer', async () => {
    // role(id:) looks the role up in its own statement, then loads the progressions by slug; the
    // credit links of the skills held at the start of the moves are read too unless remembered
    // (skills/CreditLinkMemo.ts), and are remembered afterwards.
    const { role } = await api.data(ROLE_ID, { slug: SOURCE });
    const byId = await api.execute(ROLE_WITH_PROGRESSIONS_BY_ID, { id: role!.id });
    expect(byId.statements).toBeGreaterThanOrEqual(3);
    const bySlug = await api.execute(ROLE_WITH_PROGRESSIONS, { slug: SOURCE });
    expect(bySlug.errors).toBeUndefined();
    expect(bySlug.statements).toBe(2); // nextRoles and previousRoles; no lookup
    expect(bySlug.data!.role!.slug).toBe(SOURCE);
    expect(bySlug.data!.role!.nextRoles.length).toBeGreaterThan(2);
    expect(byId.data).toEqual(bySlug.data);

    // A role no route leads to is still found, with an empty previousRoles.
    const listed = await api.data(ENTRY_ROLES, { first: LIMITS.maxFirst });
    const entry = listed.roles.edges.map((edge) => edge.node).find((node) => node.previousRoles.length === 0);
    expect(entry).toBeDefined();
    const entryById = await api.execute(ROLE_WITH_PROGRESSIONS_BY_ID, { id: entry!.id });
    const entryBySlug = await api.execute(ROLE_WITH_PROGRESSIONS, { slug: entry!.slug });
    expect(entryBySlug.errors).toBeUndefined();
    expect(entryBySlug.statements).toBe(2);
    expect(entryBySlug.data!.role!.previousRoles).toEqual([]);
    expect(entryBySlug.data).toEqual(entryById.data);

    // An unknown slug: null, from the first progressions statement to answer (the count of statements
    // depends on whether the other one has finished when the answer is sent, so it is not asserted).
    const unknown = await api.execute(ROLE_WITH_PROGRESSIONS, { slug: 'no-such-role' });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data).toEqual({ role: null });

    // A property the progressions statement does not read of the source (experience level): the lookup
    // runs. (One hop: another statement, with the same holder, whose links are remembered by now.)
    const withLevel = await api.execute(ROLE_WITH_SALARY_AND_PROGRESSIONS, { slug: SOURCE });
    expect(withLevel.errors).toBeUndefined();
    expect(withLevel.statements).toBe(2);
    expect(withLevel.data!.role!.experienceLevel).toBeTruthy();
  });

  it('an unknown slug is null without errors, and invalid arguments are reported by the field without a statement', async () => {
    const unknown = await api.execute(EVERYTHING_OF, { slug: 'no-such-role' });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data).toEqual({ role: null });

    const invalid = await api.execute(NEXT_ROLES_WITHIN, { slug: SOURCE, maxHops: LIMITS.maxHops + 1 });
    expect(invalid.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(invalid.statements).toBe(1);
  });
});
