/** Turns routes (with the requirements of every role on them) into ranked Progressions. */
import type { Role } from '../graph/model.js';
import { salaryChange, scorePath, totalTypicalYears } from '../scoring/pathRanking.js';
import { MoveBridges, MoveSkills } from './bridging.js';
import { startProfileId } from './moveStart.js';
import type { LeadsTo, Progression, ProgressionQuery, ProgressionStep } from './model.js';
import type { RouteSet } from './repository.js';

export function toSteps(roles: readonly Role[], edges: readonly LeadsTo[]): ProgressionStep[] {
  return edges.map((edge, index) => ({ ...edge, from: roles[index]!, to: roles[index + 1]! }));
}

/** Salary change from the route's first to its last role, and the route's score (nextRoles and careerPaths alike). */
export function scoreRoute(roles: readonly Role[], steps: ReadonlyArray<Pick<LeadsTo, 'confidence'>>, gap: number, maxGap: number) {
  const change = salaryChange(roles[0]!.medianSalaryUsd, roles[roles.length - 1]!.medianSalaryUsd);
  const { score, components } = scorePath({
    hops: steps.length,
    stepConfidences: steps.map((step) => step.confidence),
    gap,
    maxGap,
    salaryChangePercent: change?.percent ?? null,
  });
  return { change, score, components };
}

/**
 * A route always runs from the earlier role to the later one (NEXT: source -> target, PREVIOUS:
 * feeder -> source), so bridging skills are the later role's requirements the earlier one lacks in
 * both directions; only which end is "the other role" differs. Ranked by score, then fewer hops,
 * then slug, so equal scores come back in a stable order. Ranking needs each candidate's gap only,
 * so bridging and shared skills are built for the `first` candidates returned (MoveBridges), when
 * a query reads them.
 */
export function buildProgressions(rows: RouteSet, query: Pick<ProgressionQuery, 'direction' | 'first'>): Progression[] {
  const moves = new MoveBridges(rows);
  const ranked = rows.routes.map((route) => {
    const start = route.roles[0]!;
    const end = route.roles[route.roles.length - 1]!;
    const steps = toSteps(route.roles, route.steps);
    const move = [startProfileId(steps[0], start, rows), end.id] as const;
    const { gap, maxGap } = moves.gapOf(...move);
    const { change, score, components } = scoreRoute(route.roles, steps, gap, maxGap);
    return { route, steps, move, gap, change, score, components, role: query.direction === 'NEXT' ? end : start };
  });
  ranked.sort((a, b) => b.score - a.score || a.steps.length - b.steps.length || a.role.slug.localeCompare(b.role.slug));
  return ranked.slice(0, query.first).map(
    ({ route, steps, move, gap, change, score, components, role }) =>
      new RankedProgression(
        {
          role,
          hops: steps.length,
          path: route.roles,
          steps,
          salaryChange: change,
          typicalYears: totalTypicalYears(steps.map((step) => step.typicalYears)),
          gap,
          score,
          scoreBreakdown: components,
        },
        // Built when read (once per move): a query showing only the roles never reads them.
        new MoveSkills(moves, ...move),
      ),
  );
}

type RankedFields = Omit<Progression, 'bridgingSkills' | 'sharedSkills'>;

/** A ranked route with its move's skills (MoveSkills: a class's getters, for the reason given there). The interface declares the fields the constructor assigns. */
interface RankedProgression extends RankedFields {}
class RankedProgression implements Progression {
  readonly #skills: MoveSkills;

  constructor(fields: RankedFields, skills: MoveSkills) {
    Object.assign(this, fields);
    this.#skills = skills;
  }

  get bridgingSkills() {
    return this.#skills.bridgingSkills;
  }

  get sharedSkills() {
    return this.#skills.sharedSkills;
  }
}
