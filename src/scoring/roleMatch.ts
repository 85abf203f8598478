/**
 * Ranking roles for a skill profile (recommendRoles, docs/scoring.md). The gap itself is the
 * one definition in skillGap.ts; this module only turns it into a score and orders candidates.
 *
 *   score = coverage × (1 − GAP_PENALTY × gap / (gap + GAP_HALF_SATURATION))
 *
 * Coverage is relative ("what share of this role do I have"), so on its own it favours small roles
 * and hides how much is left to learn; the saturating penalty on the absolute gap prefers, among
 * equally covered roles, the one with less left to learn, without letting a huge role drop to zero.
 *
 * Candidates come from the database already cut to a bounded pool: the roles requiring one of the
 * CANDIDATE_SEED_SKILLS held skills that the fewest roles require (at most CANDIDATE_ROLES_PER_SKILL
 * roles per skill; for a crowded skill, roles for which it is important), and of those the best `candidatePoolSize(first)` by a cheap pre-score:
 *
 *   prescore = (Σ_matched importance × min(1, held/required) / Σ_matched importance) × matched / requirements
 *
 * i.e. the coverage the role would have if its unmatched requirements weighed as much, on average,
 * as its matched ones. It needs only the profile's edges and each role's degree, so candidate
 * generation never reads every requirement of every role; the exact score is computed here.
 */
import { round } from './normalise.js';
import { CreditIndex, NO_CREDIT_LINKS, type CreditLinks } from './skillCredit.js';
import { computeSkillGap, skillGapTotals, type GapItem, type GapResult, type RequirementInput } from './skillGap.js';

/** How much a large absolute gap can lower the score (at most 30 %). */
export const GAP_PENALTY = 0.3;
/** The gap at which half of GAP_PENALTY applies: about three important skills missing at LV 4-5. */
export const GAP_HALF_SATURATION = 2;
/** Gap items shown per recommended role (SkillGapSummary.missing / .partial). */
export const SUMMARY_ITEMS = 5;
/** Held skills that seed candidate generation: those required by the fewest roles. */
export const CANDIDATE_SEED_SKILLS = 16;
/** Roles reached from one seed skill at most: bounds the work whatever the skill's fan-in. */
export const CANDIDATE_ROLES_PER_SKILL = 500;
/**
 * From a "crowded" seed skill (required by more roles than CANDIDATE_ROLES_PER_SKILL, e.g. an O*NET
 * element every occupation is rated on), only roles for which it is important (O*NET IM 3+) are
 * reached: those are the roles the skill says something about, and they fill the cap first.
 */
export const CROWDED_SKILL_MIN_IMPORTANCE = 0.5;
/**
 * Equivalents of a seed skill (same name in another source, MATCHES EXACT / CLOSE) that are walked
 * too, so a profile in ESCO or O*NET skill names reaches the curated roles requiring their curated
 * counterparts (gap credit then scores them); a few suffice, one per source and a close match.
 */
export const CREDIT_EQUIVALENTS_PER_SKILL = 4;
/** Smallest candidate pool, and pool size per requested result. */
export const CANDIDATE_POOL_MIN = 100;
export const CANDIDATE_POOL_PER_RESULT = 5;

export function candidatePoolSize(first: number): number {
  return Math.max(CANDIDATE_POOL_MIN, first * CANDIDATE_POOL_PER_RESULT);
}

export function roleMatchScore(gap: Pick<GapResult, 'coverage' | 'gap'>): number {
  const penalty = gap.gap > 0 ? (GAP_PENALTY * gap.gap) / (gap.gap + GAP_HALF_SATURATION) : 0;
  return round(gap.coverage * (1 - penalty));
}

export interface RoleCandidate {
  roleId: string;
  requirements: readonly RequirementInput[];
}

export interface RankedRole {
  roleId: string;
  score: number;
  coverage: number;
  gap: GapResult;
}

/**
 * Scores every candidate against the held skills (with the gap credit their `credits` links earn)
 * and returns the best `first`, by score, then coverage, then role id (so equal scores come back
 * in a stable order). Roles the profile covers nothing of (e.g. a skill held at level 0) are not
 * matches and are dropped.
 */
export function rankRoleMatches(
  held: ReadonlyMap<string, number | null>,
  candidates: readonly RoleCandidate[],
  first: number,
  credits: CreditLinks = NO_CREDIT_LINKS,
): RankedRole[] {
  const index = new CreditIndex(held, credits);
  // Every candidate is ranked on its totals; the gap items are built for the `first` shown only.
  const scored: Array<{ candidate: RoleCandidate; score: number; coverage: number }> = [];
  for (const candidate of candidates) {
    const totals = skillGapTotals(held, candidate.requirements, index);
    if (totals.coverage <= 0) continue;
    scored.push({ candidate, score: roleMatchScore(totals), coverage: totals.coverage });
  }
  scored.sort((a, b) => b.score - a.score || b.coverage - a.coverage || compare(a.candidate.roleId, b.candidate.roleId));
  return scored.slice(0, first).map(({ candidate, score, coverage }) => ({
    roleId: candidate.roleId,
    score,
    coverage,
    gap: computeSkillGap(held, candidate.requirements, index),
  }));
}

export interface GapSummary {
  gap: number;
  missingCount: number;
  partialCount: number;
  metCount: number;
  missing: GapItem[];
  partial: GapItem[];
}

/** The brief view of a gap shown with each recommendation: counts and the largest few items. */
export function summariseGap(gap: GapResult, size = SUMMARY_ITEMS): GapSummary {
  return {
    gap: gap.gap,
    missingCount: gap.missing.length,
    partialCount: gap.partial.length,
    metCount: gap.met.length,
    missing: gap.missing.slice(0, size),
    partial: gap.partial.slice(0, size),
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
