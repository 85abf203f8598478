/** Turns career-path routes (with the requirements of every role on them) into ranked CareerPaths. */
import { averageSalary, comparePaths, salaryChange, totalTypicalYears } from '../scoring/pathRanking.js';
import { round } from '../scoring/normalise.js';
import { MoveBridges } from './bridging.js';
import type { Role } from '../graph/model.js';
import type { CareerPath, CareerPathQuery, CareerPathStep, LeadsTo } from './model.js';
import { startProfileId } from './moveStart.js';
import { scoreRoute, toSteps } from './progressions.js';
import type { CareerPathRows } from './repository.js';

/**
 * Routes share their moves (on O*NET / ESCO pairs, 100 routes of up to four moves hold ~250 steps but
 * ~100 distinct moves) and their start roles, so each move's gap is computed once and only the
 * routes returned get their bridging skills (MoveBridges), when a query reads them.
 */
export function buildCareerPaths(rows: CareerPathRows, query: Pick<CareerPathQuery, 'first' | 'rankBy'>): CareerPath[] {
  const moves = new MoveBridges(rows);
  const startOf = (step: Pick<LeadsTo, 'via'>, from: Role) => startProfileId(step, from, rows);
  // Every route is ranked on its moves' gaps and its edges; only the `first` returned become steps.
  const ranked = rows.routes.map((route) => {
    let gap = 0;
    let maxGap = 0;
    route.steps.forEach((edge, index) => {
      const stepGap = moves.gapOf(startOf(edge, route.roles[index]!), route.roles[index + 1]!.id);
      gap += stepGap.gap;
      maxGap += stepGap.maxGap;
    });
    const { change, score, components } = scoreRoute(route.roles, route.steps, gap, maxGap);
    const totals = {
      hops: route.steps.length,
      typicalYears: totalTypicalYears(route.steps.map((edge) => edge.typicalYears)),
      gap: round(gap),
      salaryChange: change,
      averageSalaryUsd: averageSalary(route.roles.slice(1).map((role) => role.medianSalaryUsd)),
      score,
    };
    // What comparePaths reads, built once a route: the sort compares each route several times.
    const rankable = { ...totals, key: route.roles.map((role) => role.slug).join('>') };
    return { route, totals, scoreBreakdown: components, rankable };
  });
  const compare = comparePaths(query.rankBy);
  ranked.sort((a, b) => compare(a.rankable, b.rankable));
  return ranked.slice(0, query.first).map(({ route, totals, scoreBreakdown }, index) => ({
    rank: index + 1,
    roles: route.roles,
    steps: toSteps(route.roles, route.steps).map((step): CareerPathStep => ({
      ...step,
      // Built when read: the bridging skills (skills resolved, credits explained) are most of the
      // work per step, and a query showing only the routes never reads them.
      get bridgingSkills() {
        return moves.bridgeOf(startOf(step, step.from), step.to.id).bridgingSkills;
      },
      salaryChange: salaryChange(step.from.medianSalaryUsd, step.to.medianSalaryUsd),
    })),
    totals,
    scoreBreakdown,
  }));
}
