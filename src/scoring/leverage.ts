/**
 * Which skill to learn next (skillLeverage, docs/scoring.md). For every candidate role the
 * person's gap is computed (skillGap.ts); each missing or partial skill is then credited with what
 * learning it — up to the role's required level — would do:
 *
 *   unlocks(skill, role)  ⇔  coverage(role) < UNLOCK_COVERAGE  ≤  coverage(role after learning skill)
 *   rolesUnlocked(skill)  = number of candidate roles it unlocks
 *   gapClosed(skill)      = Σ over candidate roles of the skill's gap weight (importance × deficit)
 *   score(skill)          = rolesUnlocked + GAP_CLOSED_WEIGHT × gapClosed
 *
 * An unlocked role counts most (it is the point where a role becomes a realistic application);
 * gapClosed separates skills that unlock nothing yet but move many roles closer.
 */
import { round } from './normalise.js';
import type { GapItem, GapResult } from './skillGap.js';

/** Coverage from which a role counts as within reach. */
export const UNLOCK_COVERAGE = 0.7;
/** Weight of gapClosed next to rolesUnlocked in the score. */
export const GAP_CLOSED_WEIGHT = 0.5;
/** Unlocked roles listed per skill. */
export const UNLOCKS_SHOWN = 5;

export interface RoleGap {
  roleId: string;
  gap: GapResult;
}

export interface SkillLeverageScore {
  skillId: string;
  rolesUnlocked: number;
  gapClosed: number;
  score: number;
  /** Ids of the unlocked roles, highest coverage after learning first, at most UNLOCKS_SHOWN. */
  unlocks: string[];
}

/**
 * Coverage of a role once `item` is held at its required level, exactly as computeSkillGap would
 * report it (same formula and rounding), computed incrementally so every gap item of every role
 * costs O(1) rather than a full recomputation.
 */
export function coverageAfterLearning(gap: Pick<GapResult, 'items'>, item: GapItem): number {
  return afterLearning(coverageTotals(gap.items), item);
}

export function rankSkillLeverage(roles: readonly RoleGap[], first: number): SkillLeverageScore[] {
  const bySkill = new Map<string, { rolesUnlocked: number; gapClosed: number; unlocked: { roleId: string; coverage: number }[] }>();
  for (const { roleId, gap } of roles) {
    const totals = coverageTotals(gap.items);
    for (const item of gap.items) {
      if (item.status === 'MET') continue;
      const entry = bySkill.get(item.skillId) ?? { rolesUnlocked: 0, gapClosed: 0, unlocked: [] };
      bySkill.set(item.skillId, entry);
      entry.gapClosed += item.weight;
      const after = afterLearning(totals, item);
      if (gap.coverage < UNLOCK_COVERAGE && after >= UNLOCK_COVERAGE) {
        entry.rolesUnlocked++;
        entry.unlocked.push({ roleId, coverage: after });
      }
    }
  }
  const scores: SkillLeverageScore[] = [];
  for (const [skillId, entry] of bySkill) {
    const gapClosed = round(entry.gapClosed);
    const score = round(entry.rolesUnlocked + GAP_CLOSED_WEIGHT * gapClosed);
    if (score <= 0) continue;
    const unlocks = entry.unlocked
      .sort((a, b) => b.coverage - a.coverage || compare(a.roleId, b.roleId))
      .slice(0, UNLOCKS_SHOWN)
      .map((role) => role.roleId);
    scores.push({ skillId, rolesUnlocked: entry.rolesUnlocked, gapClosed, score, unlocks });
  }
  scores.sort((a, b) => b.score - a.score || b.rolesUnlocked - a.rolesUnlocked || b.gapClosed - a.gapClosed || compare(a.skillId, b.skillId));
  return scores.slice(0, first);
}

interface CoverageTotals {
  total: number;
  covered: number;
}

/** Numerator and denominator of computeSkillGap's coverage, unrounded. */
function coverageTotals(items: readonly GapItem[]): CoverageTotals {
  let total = 0;
  let covered = 0;
  for (const item of items) {
    total += item.importance;
    covered += item.importance * ratio(item);
  }
  return { total, covered };
}

function afterLearning({ total, covered }: CoverageTotals, item: GapItem): number {
  return total > 0 ? round((covered + item.importance * (1 - ratio(item))) / total) : 1;
}

/** The share of a requirement a held level covers, as in computeSkillGap's coverage. */
function ratio(item: GapItem): number {
  return item.requiredLevel > 0 ? Math.min(item.currentLevel, item.requiredLevel) / item.requiredLevel : 1;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
