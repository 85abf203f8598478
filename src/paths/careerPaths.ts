/** Turns career-path routes (with the requirements of every role on them) into ranked CareerPaths. */
import { averageSalary, comparePaths, salaryChange, totalTypicalYears } from '../scoring/pathRanking.js';
import { round } from '../scoring/normalise.js';
import { type Bridge, bridge } from './bridging.js';
import type { CareerPath, CareerPathQuery, CareerPathStep, ProgressionStep } from './model.js';
import { scoreRoute, startProfile, toSteps } from './progressions.js';
import type { CareerPathRows } from './repository.js';

/**
 * Routes share their moves (on O*NET / ESCO pairs, 100 routes of up to four moves hold ~250 steps but
 * ~100 distinct moves), and a move's bridge depends only on whose profile it starts from (the role,
 * or its crosswalk proxy) and where it leads, so each is computed once per answer.
 */
export function buildCareerPaths(rows: CareerPathRows, query: Pick<CareerPathQuery, 'first' | 'rankBy'>): CareerPath[] {
  const requirementsOf = (roleId: string) => rows.requirementsByRole.get(roleId) ?? [];
  const bridges = new Map<string, Bridge>();
  const bridgeOf = (step: ProgressionStep): Bridge => {
    // The role whose requirements startProfile compares on: the proxy when its requirements came back.
    const start = step.via && rows.requirementsByRole.has(step.via) ? step.via : step.from.id;
    const key = `${start}>${step.to.id}`;
    let stepBridge = bridges.get(key);
    if (!stepBridge) {
      stepBridge = bridge(startProfile(step, step.from, rows), requirementsOf(step.to.id), rows.credits);
      bridges.set(key, stepBridge);
    }
    return stepBridge;
  };
  const ranked = rows.routes.map((route) => {
    let gap = 0;
    let maxGap = 0;
    const steps = toSteps(route.roles, route.steps).map((step): CareerPathStep => {
      const stepBridge = bridgeOf(step);
      gap += stepBridge.gap;
      maxGap += stepBridge.maxGap;
      return { ...step, bridgingSkills: stepBridge.bridgingSkills, salaryChange: salaryChange(step.from.medianSalaryUsd, step.to.medianSalaryUsd) };
    });
    const { change, score, components } = scoreRoute(route.roles, steps, gap, maxGap);
    const totals = {
      hops: steps.length,
      typicalYears: totalTypicalYears(steps.map((step) => step.typicalYears)),
      gap: round(gap),
      salaryChange: change,
      averageSalaryUsd: averageSalary(route.roles.slice(1).map((role) => role.medianSalaryUsd)),
      score,
    };
    return { roles: route.roles, steps, totals, scoreBreakdown: components, key: route.roles.map((role) => role.slug).join('>') };
  });
  const compare = comparePaths(query.rankBy);
  ranked.sort((a, b) => compare({ ...a.totals, key: a.key }, { ...b.totals, key: b.key }));
  return ranked.slice(0, query.first).map(({ key: _key, ...path }, index) => ({ rank: index + 1, ...path }));
}
