/**
 * A role's requirements (role(slug:) and role lists) carry their skills without the detail properties
 * (graph/details.ts); the Skill resolvers load description and aliases by id when a query asks. The
 * answers must equal a direct skill lookup, and the details cost one batched statement.
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
const SKILL_DETAILS = graphql(`
  query DirectSkillDetails($slug: String!) { skill(slug: $slug) { slug name description aliases provenance { method sourceId } } }
`);

describe('details of the skills a role requires', () => {
  it('equal the direct lookup of each skill, for one more statement only when selected', async () => {
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
    // The lookup with its requirements in one statement, then the skills' details in one batch.
    expect(detailed.statements).toBe(2);
    const lean = await api.execute(ROLE_SKILL_NAMES, { slug: 'cloud-architect-ai-ml' });
    expect(lean.statements).toBe(1);
  });
});
