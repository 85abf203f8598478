/**
 * A paths answer that shows no skill of a move is computed from a statement that returns no Skill,
 * only the requirements' skill ids (PathSelection.skills): the ranking needs the gaps, not the
 * skills. So the same question asked with and without the skills must rank the same routes and
 * roles, with the same scores, for career paths and progressions alike.
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

const PATHS_WITHOUT_SKILLS = graphql(`
  query PathsWithoutSkills($from: String!, $to: String!, $rankBy: PathRanking) {
    careerPaths(from: $from, to: $to, maxHops: 4, first: 10, rankBy: $rankBy) {
      rank
      roles { slug }
      totals { hops gap score }
    }
  }
`);
const PATHS_WITH_SKILLS = graphql(`
  query PathsWithSkills($from: String!, $to: String!, $rankBy: PathRanking) {
    careerPaths(from: $from, to: $to, maxHops: 4, first: 10, rankBy: $rankBy) {
      rank
      roles { slug }
      totals { hops gap score }
      steps { bridgingSkills { skill { slug } levelGap } }
    }
  }
`);
const NEXT_WITHOUT_SKILLS = graphql(`
  query NextRolesWithoutSkills($slug: String!) {
    role(slug: $slug) { nextRoles(maxHops: 2, first: 15) { role { slug } hops gap score } }
  }
`);
const NEXT_WITH_SKILLS = graphql(`
  query NextRolesWithSkills($slug: String!) {
    role(slug: $slug) { nextRoles(maxHops: 2, first: 15) { role { slug } hops gap score sharedSkills { slug } bridgingSkills { skill { slug } } } }
  }
`);

const PAIRS = [
  { from: 'cloud-engineer', to: 'chief-architect' },
  { from: 'junior-software-engineer', to: 'staff-software-engineer' },
];
const RANKINGS = ['FEWEST_STEPS', 'SMALLEST_GAP', 'HIGHEST_SALARY'] as const;

describe('paths answers that show no skill', () => {
  it('rank career paths as the answers that show the skills do', async () => {
    for (const pair of PAIRS) {
      for (const rankBy of RANKINGS) {
        const without = (await api.data(PATHS_WITHOUT_SKILLS, { ...pair, rankBy })).careerPaths;
        const withSkills = (await api.data(PATHS_WITH_SKILLS, { ...pair, rankBy })).careerPaths;
        expect(without.length, `${pair.from} -> ${pair.to}`).toBeGreaterThan(1);
        // Gaps were computed: a route that bridges nothing would make this comparison say little.
        expect(without.some((path) => path.totals.gap > 0)).toBe(true);
        expect(without, `${pair.from} -> ${pair.to} ${rankBy}`).toEqual(withSkills.map(({ rank, roles, totals }) => ({ rank, roles, totals })));
        expect(withSkills.some((path) => path.steps.some((step) => step.bridgingSkills.length > 0))).toBe(true);
      }
    }
  });

  it('rank next roles as the answers that show the skills do', async () => {
    for (const slug of ['cloud-engineer', 'data-analyst']) {
      const without = (await api.data(NEXT_WITHOUT_SKILLS, { slug })).role!.nextRoles;
      const withSkills = (await api.data(NEXT_WITH_SKILLS, { slug })).role!.nextRoles;
      expect(without.length, slug).toBeGreaterThan(1);
      expect(without.some((progression) => progression.gap > 0)).toBe(true);
      expect(without, slug).toEqual(withSkills.map(({ role, hops, gap, score }) => ({ role, hops, gap, score })));
    }
  });
});
