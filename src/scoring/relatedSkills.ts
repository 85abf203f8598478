/**
 * Which skills relate to a skill, and how strongly (docs/scoring.md). Curated or imported
 * assertions rank above statistics: RELATED_SKILL (either direction) 1.0, the broader skill 0.9,
 * narrower skills 0.8. Co-required skills are weighted by the Jaccard index of the roles requiring
 * each (computed in Cypher, see skills/repository.ts), which is below 0.8 for all but near-identical
 * skills. A skill reached several ways keeps its strongest relation.
 */

export type SkillRelation = 'RELATED' | 'BROADER' | 'NARROWER' | 'CO_REQUIRED';

export const RELATION_WEIGHTS: Record<Exclude<SkillRelation, 'CO_REQUIRED'>, number> = {
  RELATED: 1,
  BROADER: 0.9,
  NARROWER: 0.8,
};

/** Explicit relations win ties against co-requirement, in this order. */
const RELATION_PRIORITY: Record<SkillRelation, number> = { RELATED: 0, BROADER: 1, NARROWER: 2, CO_REQUIRED: 3 };

/**
 * Jaccard index of two skills' role sets: shared / (rolesA + rolesB - shared). rolesA may be a
 * sample (the roles rating skill A most important); 0 when both are empty.
 */
export function coRequirementWeight(shared: number, rolesA: number, rolesB: number): number {
  const union = rolesA + rolesB - shared;
  return union > 0 ? shared / union : 0;
}

export interface RelatedCandidate {
  skillId: string;
  name: string;
  relation: SkillRelation;
  weight: number;
}

/** One entry per skill (its strongest relation), strongest first, then by name; at most `first`. */
export function rankRelatedSkills<T extends RelatedCandidate>(candidates: readonly T[], first: number): T[] {
  const best = new Map<string, T>();
  for (const candidate of candidates) {
    const current = best.get(candidate.skillId);
    if (
      !current ||
      candidate.weight > current.weight ||
      (candidate.weight === current.weight && RELATION_PRIORITY[candidate.relation] < RELATION_PRIORITY[current.relation])
    ) {
      best.set(candidate.skillId, candidate);
    }
  }
  return [...best.values()]
    .sort((a, b) => b.weight - a.weight || RELATION_PRIORITY[a.relation] - RELATION_PRIORITY[b.relation] || a.name.localeCompare(b.name))
    .slice(0, first);
}
