/** Turns career-path routes (with the requirements of every role on them) into ranked CareerPaths. */
import { averageSalary, comparePaths, PATH_SCORE_WEIGHTS, salaryChange, totalTypicalYears, type PathScoreComponentName } from '../scoring/pathRanking.js';
import { round } from '../scoring/normalise.js';
import { MoveBridges, MoveSkills } from './bridging.js';
import type { Role } from '../graph/model.js';
import type { CareerPath, CareerPathQuery, CareerPathStep, LeadsTo, ProgressionStep, SalaryChange } from './model.js';
import { startProfileId } from './moveStart.js';
import { scoreRoute, toSteps } from './progressions.js';
import type { CareerPathRows } from './repository.js';

/**
 * A route whose requirements were not read (RouteSet.scored): its gap, score and score's parts are
 * NaN, which GraphQL refuses to send as a Float, so a field shown by mistake fails loudly instead of
 * showing a number nobody computed. Its ranking never reads them (orderedByPrimaryKeys).
 */
function unscored(roles: readonly Role[]) {
  return {
    gap: Number.NaN,
    change: salaryChange(roles[0]!.medianSalaryUsd, roles.at(-1)!.medianSalaryUsd),
    score: Number.NaN,
    components: (Object.keys(PATH_SCORE_WEIGHTS) as PathScoreComponentName[]).map((name) => ({ name, value: Number.NaN, weight: PATH_SCORE_WEIGHTS[name], contribution: Number.NaN })),
  };
}

/**
 * Routes share their moves (on O*NET / ESCO pairs, 100 routes of up to four moves hold ~250 steps but
 * ~100 distinct moves) and their start roles, so each move's gap is computed once and only the
 * routes returned get their bridging skills (MoveBridges), when a query reads them.
 */
export function buildCareerPaths(rows: CareerPathRows, query: Pick<CareerPathQuery, 'first' | 'rankBy'>): CareerPath[] {
  const moves = new MoveBridges(rows);
  const startOf = (step: Pick<LeadsTo, 'via'>, from: Role) => startProfileId(step, from, rows);
  const scored = (roles: readonly Role[], steps: readonly LeadsTo[]) => {
    let gap = 0;
    let maxGap = 0;
    steps.forEach((edge, index) => {
      const stepGap = moves.gapOf(startOf(edge, roles[index]!), roles[index + 1]!.id);
      gap += stepGap.gap;
      maxGap += stepGap.maxGap;
    });
    return { gap, ...scoreRoute(roles, steps, gap, maxGap) };
  };
  // Every route is ranked on its moves' gaps and its edges; only the `first` returned become steps.
  const ranked = rows.routes.map((route) => {
    const { gap, change, score, components } = rows.scored === false ? unscored(route.roles) : scored(route.roles, route.steps);
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
    steps: toSteps(route.roles, route.steps).map(
      (step): CareerPathStep =>
        new BridgedStep(
          step,
          salaryChange(step.from.medianSalaryUsd, step.to.medianSalaryUsd),
          // Built when read: the bridging skills (skills resolved, credits explained) are most of the
          // work per step, and a query showing only the routes never reads them.
          rows.scored === false ? null : new MoveSkills(moves, startOf(step, step.from), step.to.id),
        ),
    ),
    totals,
    scoreBreakdown,
  }));
}

/** A step of a career path with its move's bridging skills (MoveSkills: a class's getters, for the reason given there). The interface declares the fields the constructor assigns. */
interface BridgedStep extends ProgressionStep {}
class BridgedStep implements CareerPathStep {
  readonly #skills: MoveSkills | null;

  constructor(
    step: ProgressionStep,
    readonly salaryChange: SalaryChange | null,
    skills: MoveSkills | null,
  ) {
    Object.assign(this, step);
    this.#skills = skills;
  }

  get bridgingSkills() {
    // An answer that shows them has them read (PathSelection.routeScores): this is a bug, said loudly.
    if (!this.#skills) throw new Error('Bridging skills of a career path whose requirements were not read');
    return this.#skills.bridgingSkills;
  }
}
