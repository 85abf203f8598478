/**
 * The `kind` words stored on nodes and edges (docs/graph-model.md). The seed schema validates
 * against these lists, the importers write them, the API's types are read from them.
 */

/** Skill.kind. O*NET elements are SKILL, KNOWLEDGE or ABILITY; its products are TECHNOLOGY. */
export const SKILL_KINDS = ['SKILL', 'KNOWLEDGE', 'TECHNOLOGY', 'ABILITY'] as const;
export type SkillKind = (typeof SKILL_KINDS)[number];

/** LEADS_TO.kind: a step up, a step at the same level, or a change of track. */
export const PROGRESSION_KINDS = ['PROMOTION', 'LATERAL', 'PIVOT'] as const;
export type ProgressionKind = (typeof PROGRESSION_KINDS)[number];

/** LearningResource.kind. */
export const RESOURCE_KINDS = ['CERTIFICATION', 'COURSE', 'BOOK', 'DOCUMENTATION', 'PRACTICE'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** RoleFamily.kind, one per source's way of grouping occupations. */
export const FAMILY_KINDS = { CURATED: 'CURATED', SOC_MAJOR: 'SOC_MAJOR', ISCO: 'ISCO' } as const;

/** SkillGroup.kind: ESCO's skills-pillar groups and the UNSPSC commodities of O*NET's products. */
export const SKILL_GROUP_KINDS = { ESCO_SKILL_GROUP: 'ESCO_SKILL_GROUP', UNSPSC_COMMODITY: 'UNSPSC_COMMODITY' } as const;

/**
 * RELATED_SKILL.relationType: ESCO's skill-to-skill relations are essential or optional (the same
 * words as its occupation-to-skill relations, which become REQUIRES.essential); curated links are
 * plain "related".
 */
export const ESCO_RELATION_TYPES = ['essential', 'optional'] as const;
export type EscoRelationType = (typeof ESCO_RELATION_TYPES)[number];
export const CURATED_RELATION_TYPE = 'related';

export function isEscoRelationType(value: string): value is EscoRelationType {
  return (ESCO_RELATION_TYPES as readonly string[]).includes(value);
}
