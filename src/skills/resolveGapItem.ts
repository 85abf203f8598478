/**
 * A gap item as the API returns it: the required skill and the credited-by skill resolved from
 * what the statement loaded, and the credit explained in words (scoring/skillCredit.ts).
 *
 * Built as object literals with every field named: rest and spread of the item (`{ skillId,
 * ...item }`, `{ ...item, skill }`) made each item a dictionary-mode object, ~600 bytes where a
 * literal takes ~100, and a headline answer resolves hundreds of them (heap profile,
 * docs/performance.md, seventh pass).
 */
import type { Skill } from '../graph/model.js';
import { describeCredit, type SkillCredit } from '../scoring/skillCredit.js';
import type { GapItem } from '../scoring/skillGap.js';
import type { SkillCreditModel, SkillGapItem } from './model.js';

/** `skillOf` must know every skill the item names; a miss is our bug (the statement loads them all). */
export function resolveGapItem(item: GapItem, skillOf: (id: string) => Skill | undefined): SkillGapItem {
  const skill = known(skillOf(item.skillId), item.skillId);
  const credit = item.credit;
  return {
    importance: item.importance,
    requiredLevel: item.requiredLevel,
    currentLevel: item.currentLevel,
    levelGap: item.levelGap,
    weight: item.weight,
    essential: item.essential,
    status: item.status,
    skill,
    credit: credit && resolveCredit(credit, skill, skillOf),
  };
}

function resolveCredit(credit: SkillCredit, skill: Skill, skillOf: (id: string) => Skill | undefined): SkillCreditModel {
  const heldSkill = known(skillOf(credit.heldSkillId), credit.heldSkillId);
  return {
    relation: credit.relation,
    hops: credit.hops,
    share: credit.share,
    heldLevel: credit.heldLevel,
    creditedLevel: credit.creditedLevel,
    heldSkill,
    explanation: describeCredit(heldSkill.name, skill.name, credit),
  };
}

function known(skill: Skill | undefined, id: string): Skill {
  if (!skill) throw new Error(`Skill ${id} of a gap item was not loaded with it`);
  return skill;
}
