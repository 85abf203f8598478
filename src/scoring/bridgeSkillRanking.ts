/**
 * Which skills bridge the most career moves. A skill bridges a LEADS_TO edge when the target role
 * requires it and the source role lacks it or needs it at a lower level — exactly the skills
 * `bridgingSkills` (skillGap.ts) reports as MISSING or PARTIAL for that edge, so "bridge" here and
 * in careerPaths / skillGap mean the same thing. Per skill:
 *
 *   progressions = number of edges it bridges
 *   missing      = of those, edges whose source does not require it at all
 *   totalWeight  = Σ importance(target) × level gap   (the gap weight, summed over edges)
 *   averageGap   = Σ level gap / progressions
 *
 * Edges whose source or target has no requirements at all are skipped: with nothing known about a
 * role's skills, "the source lacks it" would only measure missing data.
 */
import { round } from './normalise.js';
import { CreditIndex, NO_CREDIT_LINKS, type CreditLinks } from './skillCredit.js';
import { computeSkillGap, heldFromRequirements, type RequirementInput } from './skillGap.js';

export type BridgeSkillOrder = 'PROGRESSIONS' | 'WEIGHT';

export interface BridgeSkillTally {
  skillId: string;
  progressions: number;
  missing: number;
  totalWeight: number;
  averageGap: number;
}

export interface BridgeSkillTallies {
  /** Every bridging skill, unordered. */
  skills: BridgeSkillTally[];
  /** Edges that had requirements on both ends (the population the tallies describe). */
  edgesConsidered: number;
}

/**
 * @param credits what each skill can credit when held (gap credit, skillCredit.ts), so a skill the
 *   source holds under another name or a narrower form bridges nothing, as in bridgingSkills.
 */
export function tallyBridgeSkills(
  edges: ReadonlyArray<readonly [from: string, to: string]>,
  requirementsByRole: ReadonlyMap<string, readonly RequirementInput[]>,
  credits: CreditLinks = NO_CREDIT_LINKS,
): BridgeSkillTallies {
  const tallies = new Map<string, { progressions: number; missing: number; weight: number; gap: number }>();
  // bridgingSkills(source, target) per edge, with the source's held levels and credits built once
  // per role instead of once per edge (roles have ~20 edges each on O*NET data).
  const heldByRole = new Map<string, { held: ReadonlyMap<string, number | null>; index: CreditIndex }>();
  const heldOf = (roleId: string, requirements: readonly RequirementInput[]) => {
    let entry = heldByRole.get(roleId);
    if (!entry) {
      const held = heldFromRequirements(requirements);
      heldByRole.set(roleId, (entry = { held, index: new CreditIndex(held, credits) }));
    }
    return entry;
  };
  let edgesConsidered = 0;
  for (const [from, to] of edges) {
    const source = requirementsByRole.get(from) ?? [];
    const target = requirementsByRole.get(to) ?? [];
    if (from === to || source.length === 0 || target.length === 0) continue;
    edgesConsidered++;
    const { held, index } = heldOf(from, source);
    const gap = computeSkillGap(held, target, index);
    for (const item of gap.items) {
      if (item.status === 'MET') continue;
      const tally = tallies.get(item.skillId) ?? { progressions: 0, missing: 0, weight: 0, gap: 0 };
      tally.progressions++;
      if (item.status === 'MISSING') tally.missing++;
      tally.weight += item.weight;
      tally.gap += item.levelGap;
      tallies.set(item.skillId, tally);
    }
  }
  const skills = [...tallies].map(([skillId, tally]) => ({
    skillId,
    progressions: tally.progressions,
    missing: tally.missing,
    totalWeight: round(tally.weight),
    averageGap: round(tally.gap / tally.progressions),
  }));
  return { skills, edgesConsidered };
}

/** A sorted copy, best first; ties end on the skill id so the order is deterministic. */
export function orderBridgeSkills(skills: readonly BridgeSkillTally[], order: BridgeSkillOrder): BridgeSkillTally[] {
  const byProgressions = (a: BridgeSkillTally, b: BridgeSkillTally) => b.progressions - a.progressions || b.totalWeight - a.totalWeight;
  const byWeight = (a: BridgeSkillTally, b: BridgeSkillTally) => b.totalWeight - a.totalWeight || b.progressions - a.progressions;
  const compare = order === 'WEIGHT' ? byWeight : byProgressions;
  return [...skills].sort((a, b) => compare(a, b) || a.skillId.localeCompare(b.skillId));
}
