/**
 * What it takes to move from one role to another, from the two roles' requirements: the bridging
 * skills (scoring/skillGap.ts is the one gap definition), the gap, the largest possible gap (for the
 * readiness part of the score) and the skills both roles share.
 */
import { bridgingSkills, computeSkillGap, type RequirementInput } from '../scoring/skillGap.js';
import type { Skill } from '../graph/model.js';
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

function toInputs(requirements: readonly RequirementRow[]): RequirementInput[] {
  return requirements.map((req) => ({ skillId: req.skill.id, importance: req.importance, level: req.level, essential: req.essential }));
}

export function bridge(earlier: readonly RequirementRow[], later: readonly RequirementRow[]): Bridge {
  const laterInputs = toInputs(later);
  const result = bridgingSkills(toInputs(earlier), laterInputs);
  const skills = new Map(later.map((req) => [req.skill.id, req.skill]));
  const held = new Set(earlier.map((req) => req.skill.id));
  return {
    bridgingSkills: result.items
      .filter((item) => item.status !== 'MET')
      .map(({ skillId, ...item }) => ({ ...item, skill: skills.get(skillId)! })),
    gap: result.gap,
    maxGap: computeSkillGap(new Map(), laterInputs).gap,
    // `later` arrives ordered by importance (repository), and filter keeps that order.
    sharedSkills: later.filter((req) => held.has(req.skill.id)).map((req) => req.skill),
  };
}
