/**
 * Cypher for skills: lookup by slug / name / alias / id, the `skills` connection, and the per-skill
 * fields (roles using it, related skills, learning resources, role count) for many skills at once,
 * so a list of skills costs one statement per nested level.
 */
import { skillNameKey } from '../graph/skillNameKey.js';
import { COMPUTED_SOURCE, CURATED_SOURCE } from '../graph/sources.js';
import { SKILL_SEARCH_INDEX } from '../neo4j/graphSchema.js';
import type { GraphDatabase } from '../neo4j/GraphDatabase.js';
import { projection } from '../neo4j/projection.js';
import { countKeyset, readKeysetPage, type KeysetListing } from '../pagination/KeysetListing.js';
import type { KeysetQuery, SortKey } from '../pagination/keysetQuery.js';
import type { PageRequest, PageRow } from '../pagination/model.js';
import { ROLE_PROPERTY_NAMES, SKILL_DETAIL_PROPERTY_NAMES, SKILL_PROPERTY_NAMES, type Skill, type SkillDetailProperty } from '../graph/model.js';
import { coRequirementWeight, RELATION_WEIGHTS, rankRelatedSkills, type SkillRelation } from '../scoring/relatedSkills.js';
import type { LearningResource, RelatedSkill, SkillFilterParams, SkillUsage } from './model.js';

export const SKILL_FIELDS = projection('skill', SKILL_PROPERTY_NAMES);
const OTHER_FIELDS = projection('other', SKILL_PROPERTY_NAMES);

/** Slug first; then the name or alias (SkillName key), a curated skill winning over imported ones. */
const FIND_SKILL_BY_KEY = `
OPTIONAL MATCH (bySlug:Skill {slug: $slug})
OPTIONAL MATCH (:SkillName {key: $key})<-[:KNOWN_AS]-(named:Skill)
WITH bySlug, named ORDER BY CASE named.source WHEN $curatedSource THEN 0 ELSE 1 END, named.id
WITH bySlug, head(collect(named)) AS named
WITH coalesce(bySlug, named) AS skill
WHERE skill IS NOT NULL
RETURN ${SKILL_FIELDS} AS skill`;

const LOAD_SKILL_DETAILS = `
UNWIND $ids AS id
MATCH (skill:Skill {id: id})
RETURN ${projection('skill', ['id', ...SKILL_DETAIL_PROPERTY_NAMES])} AS details`;

const FIND_SKILL_BY_ID = `MATCH (skill:Skill {id: $id}) RETURN ${SKILL_FIELDS} AS skill`;

const LOAD_ROLE_COUNTS = `
UNWIND $ids AS id
MATCH (skill:Skill {id: id})
RETURN id, COUNT { (skill)<-[:REQUIRES]-() } AS roleCount`;

const LOAD_RESOURCES = `
UNWIND $ids AS id
MATCH (skill:Skill {id: id})
RETURN id, COLLECT {
  MATCH (skill)-[:HAS_RESOURCE]->(resource:LearningResource)
  RETURN resource {.id, .title, .kind, .provider, .url, .source, .sourceId, .asOf, .method}
  ORDER BY resource.kind, resource.title, resource.id
} AS resources`;

/**
 * Roles requiring each skill, most important first ($first per skill, not in total). Only
 * (:Role)-[:REQUIRES]->(:Skill) exists, so the role's label is not checked; rows are cut before
 * they are projected (a common skill has thousands of roles).
 */
const LOAD_USAGES = `
UNWIND $ids AS id
MATCH (skill:Skill {id: id})
RETURN id, COLLECT {
  MATCH (skill)<-[req:REQUIRES]-(role)
  WHERE req.importance >= $minImportance
  WITH req, role ORDER BY req.importance DESC, coalesce(req.level, 0) DESC, elementId(role)
  LIMIT toInteger($first)
  RETURN req {.importance, .level, essential: coalesce(req.essential, false), .source, .sourceId, .asOf, .method, .evidence,
              role: ${projection('role', ROLE_PROPERTY_NAMES)}}
} AS usages`;

/**
 * Related skills of each skill: explicit RELATED_SKILL (either direction) and BROADER links, plus
 * the skills most often co-required. Co-requirement is measured on a sample, the $sample roles that
 * rate the skill most important, as a Jaccard index: shared / (sample + rolesOf(other) - shared)
 * (the same formula as coRequirementWeight in scoring/relatedSkills.ts, which recomputes the
 * returned weight); it is exact when the skill has at most $sample roles.
 */
const LOAD_RELATED = `
UNWIND $ids AS id
MATCH (skill:Skill {id: id})
WITH id, skill, COUNT { (skill)<-[:REQUIRES]-() } AS roleCount
WITH id, skill, CASE WHEN roleCount < $sample THEN roleCount ELSE $sample END AS sampleSize
RETURN id, sampleSize,
  COLLECT {
    MATCH (skill)-[link:RELATED_SKILL]-(other:Skill) WHERE other <> skill
    RETURN {relation: 'RELATED', skill: ${OTHER_FIELDS}, source: link.source, asOf: link.asOf, method: link.method}
  } AS related,
  COLLECT {
    MATCH (skill)-[link:BROADER]->(other:Skill)
    RETURN {relation: 'BROADER', skill: ${OTHER_FIELDS}, source: link.source, asOf: link.asOf, method: link.method}
  } AS broader,
  COLLECT {
    MATCH (skill)<-[link:BROADER]-(other:Skill)
    RETURN {relation: 'NARROWER', skill: ${OTHER_FIELDS}, source: link.source, asOf: link.asOf, method: link.method}
    ORDER BY other.nameSort, other.id LIMIT toInteger($first)
  } AS narrower,
  COLLECT {
    MATCH (skill)<-[req:REQUIRES]-(role)
    WITH skill, role ORDER BY req.importance DESC, elementId(role) LIMIT toInteger($sample)
    MATCH (role)-[:REQUIRES]->(other) WHERE other <> skill
    WITH other, count(*) AS shared
    WITH other, shared, COUNT { (other)<-[:REQUIRES]-() } AS otherRoles
    RETURN {relation: 'CO_REQUIRED', skill: ${OTHER_FIELDS}, shared: shared, otherRoles: otherRoles}
    ORDER BY toFloat(shared) / (sampleSize + otherRoles - shared) DESC, other.nameSort, other.id
    LIMIT toInteger($first)
  } AS coRequired`;

interface RelatedRow {
  id: string;
  sampleSize: number;
  related: ExplicitLink[];
  broader: ExplicitLink[];
  narrower: ExplicitLink[];
  coRequired: { skill: Skill; shared: number; otherRoles: number }[];
}
interface ExplicitLink {
  relation: Exclude<SkillRelation, 'CO_REQUIRED'>;
  skill: Skill;
  source: string | null;
  asOf: string | null;
  method: string | null;
}

/** How many top roles per skill co-requirement is measured on (bounds the work for very common skills). */
export const CO_REQUIRED_SAMPLE = 100;

export type SkillOrderField = 'NAME' | 'ROLE_COUNT' | 'RELEVANCE';

/** The fixed map from API sort field to sort key (RELEVANCE needs the fulltext anchor's `score`). */
export const SKILL_SORT_KEYS: Record<SkillOrderField, SortKey> = {
  NAME: { expression: 'skill.nameSort', valueType: 'string', nullable: true, indexedProperty: 'nameSort' },
  ROLE_COUNT: { expression: 'COUNT { (skill)<-[:REQUIRES]-() }', valueType: 'number', nullable: false },
  RELEVANCE: { expression: 'score', valueType: 'number', nullable: false },
};

const ANCHOR_TEXT = `CALL db.index.fulltext.queryNodes('${SKILL_SEARCH_INDEX.name}', $textQuery) YIELD node AS skill, score`;
const ANCHOR_REQUIRED_BY_ROLE = `MATCH (byRole:Role) WHERE byRole.slug = $requiredByRole OR byRole.id = $requiredByRole
MATCH (byRole)-[:REQUIRES]->(skill:Skill)`;

const FILTER = {
  kinds: 'skill.kind IN $kinds',
  sources: 'skill.source IN $sources',
  category: 'toLower(skill.category) = $category',
  requiredByRole:
    'EXISTS { (skill)<-[:REQUIRES]-(byRole:Role) WHERE byRole.slug = $requiredByRole OR byRole.id = $requiredByRole }',
} as const;

function skillListingQuery(
  filter: SkillFilterParams,
  order: { field: SkillOrderField; direction: 'ASC' | 'DESC' },
  after: { value: string | number | null } | null,
): KeysetQuery {
  const anchor = filter.textQuery !== null ? ANCHOR_TEXT : filter.requiredByRole !== null ? ANCHOR_REQUIRED_BY_ROLE : null;
  const filters: string[] = [];
  if (filter.kinds) filters.push(FILTER.kinds);
  if (filter.sources) filters.push(FILTER.sources);
  if (filter.category !== null) filters.push(FILTER.category);
  if (filter.requiredByRole !== null && anchor !== ANCHOR_REQUIRED_BY_ROLE) filters.push(FILTER.requiredByRole);
  return {
    variable: 'skill',
    label: 'Skill',
    anchor,
    filters,
    sort: SKILL_SORT_KEYS[order.field],
    direction: order.direction,
    after: after ? { value: after.value } : null,
    projection: SKILL_FIELDS,
  };
}

/** The `skills` connection over every source. */
export const SKILL_LISTING: KeysetListing<SkillOrderField, SkillFilterParams> = {
  entity: 'skill',
  sortKeys: SKILL_SORT_KEYS,
  fallback: 'NAME',
  relevance: 'RELEVANCE',
  defaultDirections: { NAME: 'ASC', ROLE_COUNT: 'DESC', RELEVANCE: 'DESC' },
  query: skillListingQuery,
  parameters: (filter) => ({ ...filter }),
};

export class SkillRepository {
  constructor(private readonly db: GraphDatabase) {}

  async findBySlugOrName(slug: string): Promise<Skill | null> {
    const [row] = await this.db.readRows<{ skill: Skill }>(FIND_SKILL_BY_KEY, { slug, key: skillNameKey(slug), curatedSource: CURATED_SOURCE });
    return row?.skill ?? null;
  }

  async findById(id: string): Promise<Skill | null> {
    const [row] = await this.db.readRows<{ skill: Skill }>(FIND_SKILL_BY_ID, { id });
    return row?.skill ?? null;
  }

  /** One page of the `skills` listing (page.first + 1 rows, so the caller can tell whether more follow). */
  async page(filter: SkillFilterParams, page: PageRequest<SkillOrderField>): Promise<PageRow<Skill>[]> {
    return readKeysetPage(this.db, SKILL_LISTING, filter, page);
  }

  async count(filter: SkillFilterParams): Promise<number> {
    return countKeyset(this.db, SKILL_LISTING, filter);
  }

  /** The detail properties (model.ts SKILL_DETAIL_PROPERTY_NAMES) of skills a list statement projected without them. */
  async loadDetails(ids: readonly string[]): Promise<Map<string, Pick<Skill, SkillDetailProperty>>> {
    const rows = await this.db.readRows<{ details: Pick<Skill, SkillDetailProperty> & { id: string } }>(LOAD_SKILL_DETAILS, { ids });
    return new Map(rows.map(({ details }) => [details.id, details]));
  }

  async loadRoleCounts(ids: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.db.readRows<{ id: string; roleCount: number }>(LOAD_ROLE_COUNTS, { ids });
    return new Map(rows.map((row) => [row.id, row.roleCount]));
  }

  async loadResources(ids: readonly string[]): Promise<Map<string, LearningResource[]>> {
    const rows = await this.db.readRows<{ id: string; resources: LearningResource[] }>(LOAD_RESOURCES, { ids });
    return new Map(rows.map((row) => [row.id, row.resources]));
  }

  async loadUsages(ids: readonly string[], options: { first: number; minImportance: number }): Promise<Map<string, SkillUsage[]>> {
    const rows = await this.db.readRows<{ id: string; usages: SkillUsage[] }>(LOAD_USAGES, { ids, ...options });
    return new Map(rows.map((row) => [row.id, row.usages]));
  }

  /** Related skills per skill id, ranked by scoring/relatedSkills.ts. */
  async loadRelated(ids: readonly string[], first: number): Promise<Map<string, RelatedSkill[]>> {
    const rows = await this.db.readRows<RelatedRow>(LOAD_RELATED, { ids, first, sample: CO_REQUIRED_SAMPLE });
    const byId = new Map<string, RelatedSkill[]>();
    for (const row of rows) {
      const explicit = [...row.related, ...row.broader, ...row.narrower].map((link) => ({
        skillId: link.skill.id,
        name: link.skill.name,
        relation: link.relation,
        weight: RELATION_WEIGHTS[link.relation],
        related: { skill: link.skill, relation: link.relation, weight: RELATION_WEIGHTS[link.relation], sharedRoleCount: null, source: link.source ?? COMPUTED_SOURCE, asOf: link.asOf, method: link.method },
      }));
      const statistical = row.coRequired.map((candidate) => {
        const weight = coRequirementWeight(candidate.shared, row.sampleSize, candidate.otherRoles);
        return {
          skillId: candidate.skill.id,
          name: candidate.skill.name,
          relation: 'CO_REQUIRED' as const,
          weight,
          related: { skill: candidate.skill, relation: 'CO_REQUIRED' as const, weight, sharedRoleCount: candidate.shared, source: COMPUTED_SOURCE, asOf: null },
        };
      });
      byId.set(row.id, rankRelatedSkills([...explicit, ...statistical], first).map((candidate) => candidate.related));
    }
    return byId;
  }
}
