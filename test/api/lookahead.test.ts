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
const NEXT_ROLES_WITHIN = graphql(`
  query LookaheadNextRolesWithin($slug: String!, $maxHops: Int!) { role(slug: $slug) { title nextRoles(maxHops: $maxHops) { hops } } }
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

  it('starts nextRoles and previousRoles by slug alongside the lookup, with the answers of the per-role loaders', async () => {
    const bySlug = await api.execute(PROGRESSIONS_BY_SLUG, { slug: SOURCE });
    expect(bySlug.errors).toBeUndefined();
    expect(bySlug.statements).toBe(4); // the lookup and three progression statements, all started at once
    expect(bySlug.data!.role!.nextRoles.length).toBeGreaterThan(2);

    // role(id:) has no slug to start from, so it goes through the loaders after the lookup.
    const { role } = await api.data(ROLE_ID, { slug: SOURCE });
    const byId = await api.execute(PROGRESSIONS_BY_ID, { id: role!.id });
    expect(byId.data).toEqual(bySlug.data);
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
