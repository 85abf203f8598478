/**
 * Cypher for the role catalog: the `roles` connection (filters, keyset pages, total count) over
 * curated roles and imported O*NET / ESCO occupations alike. Statements are assembled from the
 * fixed fragments below by keysetQuery.ts; every value is a $parameter.
 */
import { EXPERIENCE_RANKS } from '../graph/ratings.js';
import { skillNameKeyCypher } from '../graph/skillNameKey.js';
import type { GraphDatabase } from '../neo4j/GraphDatabase.js';
import { ROLE_FIELDS } from '../roles/repository.js';
import type { Role } from '../roles/model.js';
import type { KeysetCursor } from './cursor.js';
import { keysetCountStatement, keysetPageStatement, tieBreakOf, type KeysetQuery, type SortKey, type TieBreak } from './keysetQuery.js';
import type { PageRequest, PageRow, RoleFilterParams } from './model.js';

export type RoleOrderField = 'TITLE' | 'MEDIAN_SALARY' | 'JOB_ZONE' | 'RELEVANCE';

/** The fixed map from API sort field to sort key (RELEVANCE needs the fulltext anchor's `score`). */
export const ROLE_SORT_KEYS: Record<RoleOrderField, SortKey> = {
  TITLE: { expression: 'role.titleSort', valueType: 'string', nullable: true, indexedProperty: 'titleSort' },
  MEDIAN_SALARY: { expression: 'role.medianSalaryUsd', valueType: 'number', nullable: true, indexedProperty: 'medianSalaryUsd' },
  JOB_ZONE: { expression: 'role.jobZone', valueType: 'number', nullable: true, indexedProperty: 'jobZone' },
  RELEVANCE: { expression: 'score', valueType: 'number', nullable: false },
};

/**
 * Resolves each requiresSkills entry (slug, name or alias) to the skills it names: the skill with
 * that slug plus every skill known by that name in any source (a curated "Kubernetes" and O*NET's
 * both count). Sets are ordered by how many roles use them, so the rarest anchors the match.
 */
const RESOLVE_REQUIRED_SKILLS = `CALL () {
  UNWIND $requiresSkills AS term
  CALL (term) {
    OPTIONAL MATCH (bySlug:Skill {slug: term})
    OPTIONAL MATCH (:SkillName {key: ${skillNameKeyCypher('term')}})<-[:KNOWN_AS]-(byName:Skill)
    WITH collect(bySlug) + collect(byName) AS found
    UNWIND found AS skill
    WITH DISTINCT skill
    RETURN collect(skill) AS skills, sum(COUNT { (skill)<-[:REQUIRES]-() }) AS uses
  }
  WITH skills, uses ORDER BY uses
  RETURN collect(skills) AS skillSets
}`;

const ANCHOR_TEXT = `CALL db.index.fulltext.queryNodes('role_search', $textQuery) YIELD node AS role, score`;
// DISTINCT inside the subquery: one role may require two skills of a set (a curated and an O*NET
// "Kubernetes"), and de-duplicating rows that carry the skill sets along would hash them per row.
const ANCHOR_REQUIRED_SKILLS = `CALL (skillSets) {
  UNWIND skillSets[0] AS anchorSkill
  MATCH (anchorSkill)<-[:REQUIRES]-(role:Role)
  RETURN DISTINCT role
}
WITH role, skillSets`;
const ANCHOR_FAMILIES = `MATCH (family:RoleFamily)<-[:IN_FAMILY]-(role:Role)
WHERE family.slug IN $families
WITH DISTINCT role`;

const EXPERIENCE_FROM = `$experienceRanks[trim(head(split(toUpper(role.experienceLevel), ' TO ')))]`;
const EXPERIENCE_TO = `$experienceRanks[trim(last(split(toUpper(role.experienceLevel), ' TO ')))]`;

const FILTER = {
  families: 'EXISTS { (role)-[:IN_FAMILY]->(family:RoleFamily) WHERE family.slug IN $families }',
  sources: 'role.source IN $sources',
  minSalaryUsd: 'role.medianSalaryUsd >= $minSalaryUsd',
  maxSalaryUsd: 'role.medianSalaryUsd <= $maxSalaryUsd',
  jobZones: 'role.jobZone IN $jobZones',
  minJobZone: 'role.jobZone >= $minJobZone',
  maxJobZone: 'role.jobZone <= $maxJobZone',
  // "Entry to Senior" covers Entry, Mid and Senior; roles without a level never match.
  experienceRank: `${EXPERIENCE_FROM} <= $experienceRank AND $experienceRank <= ${EXPERIENCE_TO}`,
  growthRatings: 'role.growthRating IN $growthRatings',
  requiresSkills: 'all(required IN skillSets WHERE EXISTS { (role)-[:REQUIRES]->(skill:Skill) WHERE skill IN required })',
  // Anchored on the first set, so only the others need checking.
  requiresOtherSkills: 'all(required IN skillSets[1..] WHERE EXISTS { (role)-[:REQUIRES]->(skill:Skill) WHERE skill IN required })',
} as const;

/** The statement shape for a filter: the most selective available anchor, the rest as predicates. */
export function roleListingQuery(filter: RoleFilterParams, order: { field: RoleOrderField; direction: 'ASC' | 'DESC' }, after: KeysetCursor | null): KeysetQuery {
  const prelude = filter.requiresSkills ? RESOLVE_REQUIRED_SKILLS : null;
  let anchor: string | null;
  if (filter.textQuery !== null) anchor = ANCHOR_TEXT;
  else if (filter.requiresSkills) anchor = ANCHOR_REQUIRED_SKILLS;
  else if (filter.families) anchor = ANCHOR_FAMILIES;
  else anchor = null;

  const filters: string[] = [];
  if (filter.families && anchor !== ANCHOR_FAMILIES) filters.push(FILTER.families);
  if (filter.sources) filters.push(FILTER.sources);
  if (filter.minSalaryUsd !== null) filters.push(FILTER.minSalaryUsd);
  if (filter.maxSalaryUsd !== null) filters.push(FILTER.maxSalaryUsd);
  if (filter.jobZones) filters.push(FILTER.jobZones);
  if (filter.minJobZone !== null) filters.push(FILTER.minJobZone);
  if (filter.maxJobZone !== null) filters.push(FILTER.maxJobZone);
  if (filter.experienceRank !== null) filters.push(FILTER.experienceRank);
  if (filter.growthRatings) filters.push(FILTER.growthRatings);
  if (filter.requiresSkills) filters.push(anchor === ANCHOR_REQUIRED_SKILLS ? FILTER.requiresOtherSkills : FILTER.requiresSkills);

  return {
    variable: 'role',
    label: 'Role',
    anchor: prelude && anchor ? `${prelude}\n${anchor}` : anchor,
    filters,
    sort: ROLE_SORT_KEYS[order.field],
    direction: order.direction,
    after: after ? { value: after.value } : null,
    projection: ROLE_FIELDS,
  };
}

/** What a cursor of this listing holds as tie-breaker (it depends on the filter: see keysetQuery.ts). */
export function roleTieBreak(filter: RoleFilterParams, field: RoleOrderField): TieBreak {
  return tieBreakOf(roleListingQuery(filter, { field, direction: 'ASC' }, null));
}

function roleParameters(filter: RoleFilterParams): Record<string, unknown> {
  return { ...filter, experienceRanks: EXPERIENCE_RANKS };
}

export class CatalogRepository {
  constructor(private readonly db: GraphDatabase) {}

  /** One page of roles (page.first + 1 rows, so the caller can tell whether more follow). */
  async rolePage(filter: RoleFilterParams, page: PageRequest<RoleOrderField>): Promise<PageRow<Role>[]> {
    const query = roleListingQuery(filter, page, page.after);
    return this.db.readRows<PageRow<Role>>(keysetPageStatement(query), {
      ...roleParameters(filter),
      limit: page.first + 1,
      afterValue: page.after?.value ?? null,
      afterTie: page.after?.tieBreak ?? null,
    });
  }

  async roleCount(filter: RoleFilterParams): Promise<number> {
    const query = roleListingQuery(filter, { field: 'TITLE', direction: 'ASC' }, null);
    const [row] = await this.db.readRows<{ total: number }>(keysetCountStatement(query), roleParameters(filter));
    return row?.total ?? 0;
  }
}
