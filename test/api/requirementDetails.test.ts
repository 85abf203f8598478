/**
 * A role's requirements in role lists carry their skills without the detail properties
 * (graph/details.ts); the Skill resolvers load description and aliases by id when a query asks.
 * role(slug:) projects them in its own statement when its query selects them (RoleLookup). The
 * answers must equal a direct skill lookup either way, and the details cost at most one batched statement.
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

const ROLE_SKILL_DETAILS = graphql(`
  query RequirementSkillDetails($slug: String!) {
    role(slug: $slug) { requiredSkills { skill { slug name description aliases provenance { method sourceId } } } }
  }
`);
const ROLE_SKILL_NAMES = graphql(`
  query RequirementSkillNames($slug: String!) { role(slug: $slug) { requiredSkills { skill { slug name } } } }
`);
const LISTED_SKILL_DETAILS = graphql(`
  query ListedRequirementSkillDetails($first: Int) {
    roles(first: $first) { edges { node { slug requiredSkills { skill { slug name description aliases provenance { method sourceId } } } } } }
  }
`);
const SKILL_DETAILS = graphql(`
  query DirectSkillDetails($slug: String!) { skill(slug: $slug) { slug name description aliases provenance { method sourceId } } }
`);

describe('details of the skills a role requires', () => {
  it("equal the direct lookup of each skill: in the lookup's own statement, or one more batched statement in a list", async () => {
    const detailed = await api.execute(ROLE_SKILL_DETAILS, { slug: 'cloud-architect-ai-ml' });
    expect(detailed.errors).toBeUndefined();
    const skills = detailed.data!.role!.requiredSkills.map((requirement) => requirement.skill);
    expect(skills.length).toBeGreaterThan(10);
    // The seeds give some of these skills aliases: the comparison is not between empty lists only.
    expect(skills.some((skill) => skill.aliases.length > 0)).toBe(true);
    for (const skill of skills) {
      const direct = await api.data(SKILL_DETAILS, { slug: skill.slug });
      expect(skill).toEqual(direct.skill);
    }
    // The lookup with its requirements and their skills' details in one statement.
    expect(detailed.statements).toBe(1);
    const lean = await api.execute(ROLE_SKILL_NAMES, { slug: 'cloud-architect-ai-ml' });
    expect(lean.statements).toBe(1);

    // A role list: the page, every listed role's requirements in one batch, then the skills' details in one batch.
    const listed = await api.execute(LISTED_SKILL_DETAILS, { first: 100 });
    expect(listed.errors).toBeUndefined();
    expect(listed.statements).toBe(3);
    const fromList = listed.data!.roles.edges.find((edge) => edge.node.slug === 'cloud-architect-ai-ml')!.node.requiredSkills.map((requirement) => requirement.skill);
    expect(fromList).toEqual(skills);
  });
});
