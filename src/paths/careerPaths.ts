/** Turns career-path routes (with the requirements of every role on them) into ranked CareerPaths. */
import { averageSalary, comparePaths, salaryChange, totalTypicalYears } from '../scoring/pathRanking.js';
import { round } from '../scoring/normalise.js';
import { CreditIndex } from '../scoring/skillCredit.js';
import { computeSkillGap, heldFromRequirements } from '../scoring/skillGap.js';
import { type Bridge, bridge, toInputs } from './bridging.js';
import type { CareerPath, CareerPathQuery, CareerPathStep, ProgressionStep } from './model.js';
import { scoreRoute, startProfile, toSteps } from './progressions.js';
import type { CareerPathRows } from './repository.js';

/**
 * Routes share their moves (on O*NET / ESCO pairs, 100 routes of up to four moves hold ~250 steps but
 * ~100 distinct moves) and their start roles, and a move's gap depends only on whose profile it
 * starts from (the role, or its crosswalk proxy) and where it leads. So ranking computes each move's
 * gap once, with each start profile's credit index built once (the same arithmetic bridge() does,
 * computeSkillGap on the held levels and the credit links), and only the routes returned get their
 * bridging skills (bridge(), once per move).
 */
class MoveGaps {
  private readonly creditIndexes = new Map<string, { held: Map<string, number | null>; index: CreditIndex }>();
  private readonly maxGaps = new Map<string, number>();
  private readonly gaps = new Map<string, number>();
  private readonly bridges = new Map<string, Bridge>();

  constructor(private readonly rows: CareerPathRows) {}

  /** The role whose requirements startProfile compares a move on: the proxy when its requirements came back. */
  private startOf(step: ProgressionStep): string {
    return step.via && this.rows.requirementsByRole.has(step.via) ? step.via : step.from.id;
  }

  private requirementsOf(roleId: string) {
    return this.rows.requirementsByRole.get(roleId) ?? [];
  }

  gapOf(step: ProgressionStep): { gap: number; maxGap: number } {
    const start = this.startOf(step);
    const key = `${start}>${step.to.id}`;
    let maxGap = this.maxGaps.get(step.to.id);
    if (maxGap === undefined) {
      maxGap = computeSkillGap(new Map(), toInputs(this.requirementsOf(step.to.id))).gap;
      this.maxGaps.set(step.to.id, maxGap);
    }
    let gap = this.gaps.get(key);
    if (gap === undefined) {
      let holder = this.creditIndexes.get(start);
      if (!holder) {
        const held = heldFromRequirements(toInputs(startProfile(step, step.from, this.rows)));
        holder = { held, index: new CreditIndex(held, this.rows.credits) };
        this.creditIndexes.set(start, holder);
      }
      gap = computeSkillGap(holder.held, toInputs(this.requirementsOf(step.to.id)), holder.index).gap;
      this.gaps.set(key, gap);
    }
    return { gap, maxGap };
  }

  bridgeOf(step: ProgressionStep): Bridge {
    const key = `${this.startOf(step)}>${step.to.id}`;
    let stepBridge = this.bridges.get(key);
    if (!stepBridge) {
      stepBridge = bridge(startProfile(step, step.from, this.rows), this.requirementsOf(step.to.id), this.rows.credits);
      this.bridges.set(key, stepBridge);
    }
    return stepBridge;
  }
}

export function buildCareerPaths(rows: CareerPathRows, query: Pick<CareerPathQuery, 'first' | 'rankBy'>): CareerPath[] {
  const moves = new MoveGaps(rows);
  const ranked = rows.routes.map((route) => {
    const steps = toSteps(route.roles, route.steps);
    let gap = 0;
    let maxGap = 0;
    for (const step of steps) {
      const stepGap = moves.gapOf(step);
      gap += stepGap.gap;
      maxGap += stepGap.maxGap;
    }
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
  return ranked.slice(0, query.first).map(({ roles, steps, totals, scoreBreakdown }, index) => ({
    rank: index + 1,
    roles,
    steps: steps.map((step): CareerPathStep => ({
      ...step,
      bridgingSkills: moves.bridgeOf(step).bridgingSkills,
      salaryChange: salaryChange(step.from.medianSalaryUsd, step.to.medianSalaryUsd),
    })),
    totals,
    scoreBreakdown,
  }));
}
