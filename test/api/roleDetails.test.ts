/**
 * Statements about many roles or skills at once (progressions, career paths, recommendations, gaps)
 * leave out the detail properties (long texts, alternate titles, aliases: graph/details.ts); the Role
 * and Skill resolvers load them by id when a query asks. The answers must be exactly those of a
 * direct lookup, and the details must cost one batched statement per kind, only when selected.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  fragment RoleDetailsOfRole on Role {
    slug summary description progressionSummary alternateTitles growth { rating reason } provenance { evidence sourceId method }
  }
`);
graphql(`
  fragment RoleDetailsOfSkill on Skill { slug description aliases provenance { method sourceId } }
`);
const DIRECT_ROLE = graphql(`
  query RoleDetailsDirectRole($slug: String!) { role(slug: $slug) { ...RoleDetailsOfRole } }
`);
const DIRECT_SKILL = graphql(`
  query RoleDetailsDirectSkill($slug: String!) { skill(slug: $slug) { ...RoleDetailsOfSkill } }
`);
const NEXT_ROLES_DETAILED = graphql(`
  query RoleDetailsNextRoles($slug: String!) {
    role(slug: $slug) { nextRoles(maxHops: 2) { role { ...RoleDetailsOfRole } bridgingSkills { skill { ...RoleDetailsOfSkill } } } }
  }
`);
const LEAN = graphql(`
  query RoleDetailsLean($slug: String!) { role(slug: $slug) { nextRoles(maxHops: 2) { role { slug title } bridgingSkills { skill { slug name } } } } }
`);
const DETAILED = graphql(`
  query RoleDetailsDetailed($slug: String!) {
    role(slug: $slug) { nextRoles(maxHops: 2) { role { slug description } bridgingSkills { skill { slug aliases } } } }
  }
`);
const REACHABLE = graphql(`
  query RoleDetailsReachable($slug: String!) { role(slug: $slug) { nextRoles(maxHops: 3) { role { slug } hops } } }
`);
const CAREER_PATH_ROLES = graphql(`
  query RoleDetailsCareerPaths($from: String!, $to: String!) { careerPaths(from: $from, to: $to, first: 3) { roles { ...RoleDetailsOfRole } } }
`);
const RECOMMENDED = graphql(`
  query RoleDetailsRecommended($profile: SkillProfileInput!) {
    recommendRoles(profile: $profile, first: 5) { role { ...RoleDetailsOfRole } gap { missing { skill { ...RoleDetailsOfSkill } } } }
  }
`);

async function directRole(slug: string) {
  return (await api.data(DIRECT_ROLE, { slug })).role;
}
async function directSkill(slug: string) {
  return (await api.data(DIRECT_SKILL, { slug })).skill;
}

describe('details of roles and skills reached through lists', () => {
  it('nextRoles: every detail of every role and bridging skill equals the direct lookup', async () => {
    const result = await api.execute(NEXT_ROLES_DETAILED, { slug: SOURCE });
    expect(result.errors).toBeUndefined();
    const progressions = result.data!.role!.nextRoles;
    expect(progressions.length).toBeGreaterThan(3);
    for (const { role } of progressions) expect(role).toEqual(await directRole(role.slug));
    const skills = progressions.flatMap((progression) => progression.bridgingSkills.map((bridge) => bridge.skill));
    expect(skills.length).toBeGreaterThan(5);
    // Some curated roles and skills carry each detail: the comparison is not between nulls only.
    expect(progressions.some(({ role }) => typeof role.summary === 'string')).toBe(true);
    expect(progressions.some(({ role }) => (role.alternateTitles ?? []).length > 0)).toBe(true);
    expect(skills.some((skill) => (skill.aliases ?? []).length > 0)).toBe(true);
    for (const skill of skills.slice(0, 25)) expect(skill).toEqual(await directSkill(skill.slug));
  });

  it('costs at most one more statement per kind of node, only when a detail is selected', async () => {
    // The credit links of the skills SOURCE holds are remembered once an answer has read them
    // (skills/CreditLinkMemo.ts): counted below is what the query itself costs.
    await api.data(NEXT_ROLES_DETAILED, { slug: SOURCE });
    const lean = await api.execute(LEAN, { slug: SOURCE });
    const detailed = await api.execute(DETAILED, { slug: SOURCE });
    expect(lean.errors).toBeUndefined();
    expect(detailed.errors).toBeUndefined();
    // The progressions (which return the role looked up too: nothing else of it is selected); then
    // the roles' details in one batch. The skills' details come in the progressions statement itself
    // when selected (paths/pathSelection.ts).
    expect(lean.statements).toBe(1);
    expect(detailed.statements).toBe(2);
  });

  it('careerPaths and recommendRoles: role details equal the direct lookup', async () => {
    const reachable = await api.data(REACHABLE, { slug: SOURCE });
    const goal = reachable.role!.nextRoles.find((progression) => progression.hops >= 2)!.role.slug;
    const found = await api.data(CAREER_PATH_ROLES, { from: SOURCE, to: goal });
    const roles = found.careerPaths.flatMap((path) => path.roles);
    expect(roles.length).toBeGreaterThan(1);
    for (const role of roles) expect(role).toEqual(await directRole(role.slug));

    const recommended = await api.data(RECOMMENDED, {
      profile: { skills: [{ skill: 'statistics', level: 3 }, { skill: 'data-analysis', level: 3 }] },
    });
    expect(recommended.recommendRoles.length).toBeGreaterThan(0);
    for (const match of recommended.recommendRoles) {
      expect(match.role).toEqual(await directRole(match.role.slug));
      for (const { skill } of match.gap.missing) expect(skill).toEqual(await directSkill(skill.slug));
    }
  });
});
