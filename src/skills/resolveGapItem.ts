/**
 * A gap item as the API returns it: the required skill and the credited-by skill resolved from
 * what the statement loaded, and the credit explained in words (scoring/skillCredit.ts).
 */
import type { Skill } from '../graph/model.js';
import { describeCredit } from '../scoring/skillCredit.js';
import type { GapItem } from '../scoring/skillGap.js';
import type { SkillGapItem } from './model.js';

/** `skillOf` must know every skill the item names; a miss is our bug (the statement loads them all). */
export function resolveGapItem({ skillId, credit, ...item }: GapItem, skillOf: (id: string) => Skill | undefined): SkillGapItem {
  const skill = known(skillOf(skillId), skillId);
  if (!credit) return { ...item, skill, credit: null };
  const { heldSkillId, ...rest } = credit;
  const heldSkill = known(skillOf(heldSkillId), heldSkillId);
  return { ...item, skill, credit: { ...rest, heldSkill, explanation: describeCredit(heldSkill.name, skill.name, credit) } };
}

function known(skill: Skill | undefined, id: string): Skill {
  if (!skill) throw new Error(`Skill ${id} of a gap item was not loaded with it`);
  return skill;
}
