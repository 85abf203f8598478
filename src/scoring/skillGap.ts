/**
 * The skill gap between what someone has and what a role requires — the one definition used by
 * bridging skills (role -> next role), careerPaths steps and skillGap (person -> role).
 *
 *   currentLevel   = the held level; for a skill not held directly, the best gap credit
 *                    (skillCredit.ts: an equivalent, narrower or related skill held)
 *   deficit(skill) = max(0, requiredLevel - currentLevel)          (levels on 0..1)
 *   weight(skill)  = importance × deficit                            (importance on 0..1)
 *   gap            = Σ weight                                        (docs/scoring.md)
 *   coverage       = Σ importance × min(current, required)/required  /  Σ importance
 *
 * A requirement without a level (ESCO edges, O*NET technology) needs ASSUMED_REQUIRED_LEVEL.
 */
import { ESCO_DEFAULT_LEVEL, clamp01, round } from './normalise.js';
import { CreditIndex, NO_CREDIT_LINKS, type CreditLinks, type SkillCredit } from './skillCredit.js';

export const ASSUMED_REQUIRED_LEVEL = ESCO_DEFAULT_LEVEL;
/** Deficits smaller than this are rounding noise between scales, not a gap. */
const EPSILON = 1e-6;

export interface RequirementInput {
  skillId: string;
  importance: number;
  level: number | null;
  essential: boolean;
}

export type GapStatus = 'MISSING' | 'PARTIAL' | 'MET';

export interface GapItem {
  skillId: string;
  importance: number;
  requiredLevel: number;
  currentLevel: number;
  levelGap: number;
  weight: number;
  essential: boolean;
  status: GapStatus;
  /** The credit behind currentLevel when the skill is not held directly; null otherwise. */
  credit: SkillCredit | null;
}

export interface GapResult {
  /** Every requirement, gaps first (by weight, then importance), met ones last. */
  items: GapItem[];
  missing: GapItem[];
  partial: GapItem[];
  met: GapItem[];
  coverage: number;
  gap: number;
}

export function requiredLevelOf(requirement: Pick<RequirementInput, 'level'>): number {
  return clamp01(requirement.level ?? ASSUMED_REQUIRED_LEVEL);
}

/**
 * @param held skill id -> current level (0..1); a skill held without a level counts as held at
 *   the required level of the role, so pass `null` for "has it, level unknown".
 * @param credits what each held skill can credit (a CreditIndex built on the same `held`, reused
 *   across requirement lists, or the links to build one from); none by default.
 */
export function computeSkillGap(
  held: ReadonlyMap<string, number | null>,
  requirements: readonly RequirementInput[],
  credits: CreditIndex | CreditLinks = NO_CREDIT_LINKS,
): GapResult {
  const index = credits instanceof CreditIndex ? credits : new CreditIndex(held, credits);
  const items = requirements.map((requirement): GapItem => {
    const requiredLevel = requiredLevelOf(requirement);
    const heldLevel = held.get(requirement.skillId);
    const credit = heldLevel === undefined ? index.creditFor(requirement.skillId, requiredLevel) : null;
    const currentLevel = currentLevelOf(heldLevel, requiredLevel, credit);
    const levelGap = levelGapOf(requiredLevel, currentLevel);
    const status: GapStatus = levelGap <= EPSILON ? 'MET' : currentLevel <= EPSILON ? 'MISSING' : 'PARTIAL';
    return {
      skillId: requirement.skillId,
      importance: clamp01(requirement.importance),
      requiredLevel,
      currentLevel,
      levelGap: status === 'MET' ? 0 : round(levelGap),
      weight: weightOf(requirement.importance, levelGap),
      essential: requirement.essential,
      status,
      credit,
    };
  });
  items.sort((a, b) => b.weight - a.weight || b.importance - a.importance || a.skillId.localeCompare(b.skillId));

  const totalImportance = items.reduce((sum, item) => sum + item.importance, 0);
  const covered = items.reduce((sum, item) => sum + coveredShareOf(item.importance, item.requiredLevel, item.currentLevel), 0);
  return {
    items,
    missing: items.filter((item) => item.status === 'MISSING'),
    partial: items.filter((item) => item.status === 'PARTIAL'),
    met: items.filter((item) => item.status === 'MET'),
    coverage: totalImportance > 0 ? round(covered / totalImportance) : 1,
    gap: round(items.reduce((sum, item) => sum + item.weight, 0)),
  };
}

/** The level held of a required skill: as held (a level unknown counts as the required one), else credited, else none. */
function currentLevelOf(heldLevel: number | null | undefined, requiredLevel: number, credit: SkillCredit | null): number {
  return heldLevel === undefined ? (credit?.creditedLevel ?? 0) : heldLevel === null ? requiredLevel : clamp01(heldLevel);
}

function levelGapOf(requiredLevel: number, currentLevel: number): number {
  return Math.max(0, requiredLevel - currentLevel);
}

/** A requirement's weight in the gap: importance × deficit, rounded; 0 for a met one (deficit within EPSILON). */
function weightOf(importance: number, levelGap: number): number {
  return levelGap <= EPSILON ? 0 : round(clamp01(importance) * levelGap);
}

/** Weights summed heaviest first, the order computeSkillGap sums its sorted items in, so every gap agrees to the last bit. */
function sumHeaviestFirst(weights: Float64Array): number {
  weights.sort();
  let sum = 0;
  for (let index = weights.length - 1; index >= 0; index--) sum += weights[index]!;
  return round(sum);
}

/** What a requirement adds to coverage: its importance times the share of its required level held. */
function coveredShareOf(importance: number, requiredLevel: number, currentLevel: number): number {
  return importance * (requiredLevel > 0 ? Math.min(currentLevel, requiredLevel) / requiredLevel : 1);
}

/**
 * computeSkillGap's gap and coverage without its items, for ranking many candidates of which only
 * the first few are shown (recommendRoles scores ~100 to show 10): the same levels, credits and
 * weights, summed in the order of computeSkillGap's sorted items, so both agree to the last bit.
 */
export function skillGapTotals(
  held: ReadonlyMap<string, number | null>,
  requirements: readonly RequirementInput[],
  index: CreditIndex,
): Pick<GapResult, 'gap' | 'coverage'> {
  const count = requirements.length;
  const weights = new Float64Array(count);
  const importances = new Float64Array(count);
  const coveredShares = new Float64Array(count);
  for (let position = 0; position < count; position++) {
    const requirement = requirements[position]!;
    const requiredLevel = requiredLevelOf(requirement);
    const heldLevel = held.get(requirement.skillId);
    const credit = heldLevel === undefined ? index.creditFor(requirement.skillId, requiredLevel) : null;
    const currentLevel = currentLevelOf(heldLevel, requiredLevel, credit);
    weights[position] = weightOf(requirement.importance, levelGapOf(requiredLevel, currentLevel));
    importances[position] = clamp01(requirement.importance);
    coveredShares[position] = coveredShareOf(importances[position]!, requiredLevel, currentLevel);
  }
  const order = Array.from({ length: count }, (_, position) => position);
  order.sort((a, b) => weights[b]! - weights[a]! || importances[b]! - importances[a]! || requirements[a]!.skillId.localeCompare(requirements[b]!.skillId));
  let gap = 0;
  let totalImportance = 0;
  let covered = 0;
  for (const position of order) {
    gap += weights[position]!;
    totalImportance += importances[position]!;
    covered += coveredShares[position]!;
  }
  return { gap: round(gap), coverage: totalImportance > 0 ? round(covered / totalImportance) : 1 };
}

/**
 * computeSkillGap's gap without its items, for ranking many candidates of which only the first few
 * are shown (nextRoles reads ~40 O*NET occupations of up to ~400 requirements to show 20): the same
 * levels, credits and weights, summed in the same order.
 */
export function skillGapTotal(held: ReadonlyMap<string, number | null>, requirements: readonly RequirementInput[], index: CreditIndex): number {
  const weights = new Float64Array(requirements.length);
  for (let position = 0; position < requirements.length; position++) {
    const requirement = requirements[position]!;
    const requiredLevel = requiredLevelOf(requirement);
    const heldLevel = held.get(requirement.skillId);
    const credit = heldLevel === undefined ? index.creditFor(requirement.skillId, requiredLevel) : null;
    weights[position] = weightOf(requirement.importance, levelGapOf(requiredLevel, currentLevelOf(heldLevel, requiredLevel, credit)));
  }
  return sumHeaviestFirst(weights);
}

/**
 * The gap of someone holding none of `requirements`: computeSkillGap's gap for an empty profile
 * (the readiness part of a path score divides by it), without building its items. The weights are
 * summed in the order computeSkillGap sums them (heaviest first), so the two agree to the last bit.
 */
export function maxSkillGap(requirements: readonly RequirementInput[]): number {
  return sumHeaviestFirst(Float64Array.from(requirements, (requirement) => weightOf(requirement.importance, requiredLevelOf(requirement))));
}

/** What a role's holder has, as bridgingSkills sees it: each requirement at its required level. */
export function heldFromRequirements(requirements: readonly RequirementInput[]): Map<string, number | null> {
  return new Map(requirements.map((requirement) => [requirement.skillId, requiredLevelOf(requirement)]));
}

/**
 * The skills to bridge from one role to another: the target's requirements the source lacks or
 * holds lower, after the credit the source's skills earn (`credits`: links of the source's skills).
 */
export function bridgingSkills(source: readonly RequirementInput[], target: readonly RequirementInput[], credits: CreditLinks = NO_CREDIT_LINKS): GapResult {
  return computeSkillGap(heldFromRequirements(source), target, credits);
}
