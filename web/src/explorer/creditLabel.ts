/**
 * How the explorer shows gap credit next to a skill: "credited by Cloud platforms, close match 75 %",
 * with the API's full sentence as a tooltip (SkillGapItem.credit, docs/scoring.md "Gap credit").
 */
import type { SkillCreditRef, SkillCreditRelation } from './operations.js';

const RELATION_LABELS: Record<SkillCreditRelation, string> = {
  SAME_NAME: 'same skill',
  EXACT_MATCH: 'exact match',
  CLOSE_MATCH: 'close match',
  NARROWER: 'narrower skill',
  RELATED: 'related skill',
};

export function creditLabel(credit: SkillCreditRef): string {
  return `credited by ${credit.heldSkill.name}, ${RELATION_LABELS[credit.relation]} ${Math.round(credit.share * 100)} %`;
}
