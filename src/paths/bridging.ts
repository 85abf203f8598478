/**
 * What it takes to move from one role to another, from the two roles' requirements: the bridging
 * skills (scoring/skillGap.ts is the one gap definition, with the gap credit the earlier role's
 * skills earn), the gap, the largest possible gap (for the readiness part of the score) and the
 * skills both roles share.
 */
import type { CreditLinks } from '../scoring/skillCredit.js';
import { bridgingSkills, computeSkillGap, type RequirementInput } from '../scoring/skillGap.js';
import type { Skill } from '../graph/model.js';
import { resolveGapItem } from '../skills/resolveGapItem.js';
import type { RequirementRow, SkillGapItem } from './model.js';

export interface Bridge {
  /** MISSING and PARTIAL skills of the later role, heaviest first. */
  bridgingSkills: SkillGapItem[];
  gap: number;
  /** The gap of someone holding none of the later role's skills. */
  maxGap: number;
  /** Skills both roles require, by importance to the later role. */
  sharedSkills: Skill[];
}

export function toInputs(requirements: readonly RequirementRow[]): RequirementInput[] {
  return requirements.map((req) => ({ skillId: req.skill.id, importance: req.importance, level: req.level, essential: req.essential }));
}

/** @param credits what the earlier role's skills can credit (the statement's `credits` column). */
export function bridge(earlier: readonly RequirementRow[], later: readonly RequirementRow[], credits: CreditLinks): Bridge {
  const laterInputs = toInputs(later);
  const result = bridgingSkills(toInputs(earlier), laterInputs, credits);
  const skills = new Map([...earlier, ...later].map((req) => [req.skill.id, req.skill]));
  const held = new Set(earlier.map((req) => req.skill.id));
  return {
    bridgingSkills: result.items.filter((item) => item.status !== 'MET').map((item) => resolveGapItem(item, (id) => skills.get(id))),
    gap: result.gap,
    maxGap: computeSkillGap(new Map(), laterInputs).gap,
    // `later` arrives ordered by importance (repository), and filter keeps that order.
    sharedSkills: later.filter((req) => held.has(req.skill.id)).map((req) => req.skill),
  };
}
