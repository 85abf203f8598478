/**
 * careerPaths reads only the routes that can reach the first `first` places (the statement cuts by
 * rankBy's primary criterion before requirements travel, and bridging skills are computed for the
 * routes returned only). So asking for fewer routes must give exactly the head of the longer answer:
 * the same routes, in the same order, with the same totals, scores and bridging skills.
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

const CAREER_PATHS = graphql(`
  query CareerPathsCut($from: String!, $to: String!, $maxHops: Int, $first: Int, $rankBy: PathRanking) {
    careerPaths(from: $from, to: $to, maxHops: $maxHops, first: $first, rankBy: $rankBy) {
      rank
      roles { slug }
      steps { from { slug } to { slug } confidence bridgingSkills { skill { id } weight status } salaryChange { percent } }
      totals { hops typicalYears gap averageSalaryUsd score }
      scoreBreakdown { name value }
    }
  }
`);

const PAIRS = [
  { from: 'cloud-engineer', to: 'chief-architect' },
  { from: 'junior-software-engineer', to: 'staff-software-engineer' },
  { from: 'cloud-architect-ai-ml', to: 'chief-ai-officer' },
];
const RANKINGS = ['FEWEST_STEPS', 'SMALLEST_GAP', 'HIGHEST_SALARY'] as const;

describe('careerPaths with a small first', () => {
  it('returns the head of the full ranking for every rankBy', async () => {
    let compared = 0;
    for (const pair of PAIRS) {
      for (const rankBy of RANKINGS) {
        const all = await api.data(CAREER_PATHS, { ...pair, maxHops: 4, first: 100, rankBy });
        const routes = all.careerPaths;
        // Routes of different lengths, or the cut would have nothing to cut.
        expect(new Set(routes.map((path) => path.totals.hops)).size, `${pair.from} -> ${pair.to}`).toBeGreaterThan(1);
        for (const first of [1, 2, 3, 5]) {
          const head = await api.data(CAREER_PATHS, { ...pair, maxHops: 4, first, rankBy });
          expect(head.careerPaths, `${pair.from} -> ${pair.to} ${rankBy} first ${first}`).toEqual(routes.slice(0, first));
          compared++;
        }
      }
    }
    expect(compared).toBe(PAIRS.length * RANKINGS.length * 4);
  });
});
