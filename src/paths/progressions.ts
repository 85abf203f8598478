/** Turns routes (with the requirements of every role on them) into ranked Progressions. */
import type { Role } from '../graph/model.js';
import { salaryChange, scorePath, totalTypicalYears } from '../scoring/pathRanking.js';
import { bridge } from './bridging.js';
import type { LeadsTo, Progression, ProgressionQuery, ProgressionStep, RequirementRow } from './model.js';
import type { RouteSet } from './repository.js';

export function toSteps(roles: readonly Role[], edges: readonly LeadsTo[]): ProgressionStep[] {
  return edges.map((edge, index) => ({ ...edge, from: roles[index]!, to: roles[index + 1]! }));
}

/**
 * The requirements a move's start is compared on: its own, or for a move derived through the
 * ESCO↔O*NET crosswalk (`via`), those of the O*NET occupation whose move it is, so an ESCO
 * occupation's skills (ESCO's vocabulary) are not read as lacking every O*NET skill of the target.
 */
export function startProfile(step: Pick<LeadsTo, 'via'> | undefined, from: Role, rows: Pick<RouteSet, 'requirementsByRole'>): RequirementRow[] {
  const proxy = step?.via ? rows.requirementsByRole.get(step.via) : undefined;
  return proxy ?? rows.requirementsByRole.get(from.id) ?? [];
}

/** Salary change from the route's first to its last role, and the route's score (nextRoles and careerPaths alike). */
export function scoreRoute(roles: readonly Role[], steps: readonly ProgressionStep[], gap: number, maxGap: number) {
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
 * then slug, so equal scores come back in a stable order.
 */
export function buildProgressions(rows: RouteSet, query: Pick<ProgressionQuery, 'direction' | 'first'>): Progression[] {
  const requirementsOf = (role: Role) => rows.requirementsByRole.get(role.id) ?? [];
  const progressions = rows.routes.map((route): Progression => {
    const start = route.roles[0]!;
    const end = route.roles[route.roles.length - 1]!;
    const steps = toSteps(route.roles, route.steps);
    const { bridgingSkills, gap, maxGap, sharedSkills } = bridge(startProfile(steps[0], start, rows), requirementsOf(end), rows.credits);
    const { change, score, components } = scoreRoute(route.roles, steps, gap, maxGap);
    return {
      role: query.direction === 'NEXT' ? end : start,
      hops: steps.length,
      path: route.roles,
      steps,
      bridgingSkills,
      sharedSkills,
      salaryChange: change,
      typicalYears: totalTypicalYears(steps.map((step) => step.typicalYears)),
      gap,
      score,
      scoreBreakdown: components,
    };
  });
  progressions.sort((a, b) => b.score - a.score || a.hops - b.hops || a.role.slug.localeCompare(b.role.slug));
  return progressions.slice(0, query.first);
}
