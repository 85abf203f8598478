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
    const currentLevel = heldLevel === undefined ? (credit?.creditedLevel ?? 0) : heldLevel === null ? requiredLevel : clamp01(heldLevel);
    const levelGap = Math.max(0, requiredLevel - currentLevel);
    const status: GapStatus = levelGap <= EPSILON ? 'MET' : currentLevel <= EPSILON ? 'MISSING' : 'PARTIAL';
    return {
      skillId: requirement.skillId,
      importance: clamp01(requirement.importance),
      requiredLevel,
      currentLevel,
      levelGap: status === 'MET' ? 0 : round(levelGap),
      weight: status === 'MET' ? 0 : round(clamp01(requirement.importance) * levelGap),
      essential: requirement.essential,
      status,
      credit,
    };
  });
  items.sort((a, b) => b.weight - a.weight || b.importance - a.importance || a.skillId.localeCompare(b.skillId));

  const totalImportance = items.reduce((sum, item) => sum + item.importance, 0);
  const covered = items.reduce(
    (sum, item) => sum + item.importance * (item.requiredLevel > 0 ? Math.min(item.currentLevel, item.requiredLevel) / item.requiredLevel : 1),
    0,
  );
  return {
    items,
    missing: items.filter((item) => item.status === 'MISSING'),
    partial: items.filter((item) => item.status === 'PARTIAL'),
    met: items.filter((item) => item.status === 'MET'),
    coverage: totalImportance > 0 ? round(covered / totalImportance) : 1,
    gap: round(items.reduce((sum, item) => sum + item.weight, 0)),
  };
}

/**
 * The gap of someone holding none of `requirements`: computeSkillGap's gap for an empty profile
 * (the readiness part of a path score divides by it), without building its items. The weights are
 * summed in the order computeSkillGap sums them (heaviest first), so the two agree to the last bit.
 */
export function maxSkillGap(requirements: readonly RequirementInput[]): number {
  const weights = requirements.map((requirement) => {
    const requiredLevel = requiredLevelOf(requirement);
    return requiredLevel <= EPSILON ? 0 : round(clamp01(requirement.importance) * requiredLevel);
  });
  weights.sort((a, b) => b - a);
  return round(weights.reduce((sum, weight) => sum + weight, 0));
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
