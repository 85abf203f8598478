/**
 * Cypher for roles: lookups, the profile (family, salary bands, typical day, getting started,
 * FAQ, crosswalk) for many roles in one statement, so a list of roles costs one query per level,
 * and the `roles` listing (filters, keyset pages, total count), assembled from fixed fragments by
 * pagination/keysetQuery.ts with every value a $parameter.
 */
import neo4j from 'neo4j-driver';
import { EXPERIENCE_RANKS } from '../graph/ratings.js';
import { skillNameKeyCypher } from '../graph/skillNameKey.js';
import { ONET_SOURCE } from '../graph/sources.js';
import { ROLE_SEARCH_INDEX } from '../neo4j/graphSchema.js';
import type { GraphDatabase } from '../neo4j/GraphDatabase.js';
import { statementCache } from '../neo4j/statementCache.js';
import { projectedProperties, projection } from '../neo4j/projection.js';
import type { KeysetCursor } from '../pagination/cursor.js';
import { countKeyset, readKeysetPage, type KeysetListing } from '../pagination/KeysetListing.js';
import type { KeysetQuery, SortKey } from '../pagination/keysetQuery.js';
import type { PageRequest, PageRow } from '../pagination/model.js';
import { FAMILY_PROPERTY_NAMES, SKILL_SUMMARY_PROPERTY_NAMES, type SkillRequirement, ROLE_DETAIL_PROPERTY_NAMES, ROLE_PROPERTY_NAMES, ROLE_SUMMARY_PROPERTY_NAMES, type Role, type RoleDetailProperty } from '../graph/model.js';
import type { SkillIdentityMemo } from '../skills/SkillIdentityMemo.js';
import type { RoleFilterParams, RoleProfile } from './model.js';
import { requirementsWithSkillsAtCommit, servesRequirementsWithSkills, type RequirementMemo, type RequirementWithSkill } from './RequirementMemo.js';
import { REQUIREMENT_PROPERTY_NAMES, selectedProperties, type RequirementSelection } from './requirementSelection.js';

export const ROLE_FIELDS = projection('role', ROLE_PROPERTY_NAMES);

const LOAD_ROLE_DETAILS = `
UNWIND $ids AS id
MATCH (role:Role {id: id})
RETURN ${projection('role', ['id', ...ROLE_DETAIL_PROPERTY_NAMES])} AS details`;

const FIND_ROLES_BY_IDS = `
UNWIND $ids AS id
MATCH (role:Role {id: id})
RETURN ${ROLE_FIELDS} AS role`;

/** The profile of `role` as named columns (one OPTIONAL MATCH and five COLLECT subqueries). */
const PROFILE_COLUMNS = `
  head(COLLECT {
    MATCH (role)-[:IN_FAMILY]->(family:RoleFamily)
    RETURN ${projection('family', FAMILY_PROPERTY_NAMES)}
  }) AS family,
  COLLECT {
    MATCH (role)-[:HAS_SALARY_BAND]->(band:SalaryBand)
    RETURN band {.level, .label, .yearsMin, .yearsMax, .annualUsd, .openEnded, .order} ORDER BY band.order
  } AS salaryBands,
  COLLECT {
    MATCH (role)-[:HAS_DAY_STEP]->(step:DayStep) RETURN step {.order, .title, .description} ORDER BY step.order
  } AS typicalDay,
  COLLECT {
    MATCH (role)-[:HAS_START_STEP]->(step:StartStep) RETURN step {.order, .title, .description} ORDER BY step.order
  } AS gettingStarted,
  COLLECT {
    MATCH (role)-[:HAS_FAQ]->(item:Faq) RETURN item {.order, .question, .answer} ORDER BY item.order
  } AS faq,
  COLLECT {
    MATCH (role)-[:CROSSWALK]->(occupation:Role)
    RETURN {taxonomy: CASE occupation.source WHEN $onetSource THEN 'ONET' ELSE 'ESCO' END,
            code: occupation.sourceId, role: ${projection('occupation', ROLE_SUMMARY_PROPERTY_NAMES)}}
  } AS linkedCrosswalk`;

/** requiredSkills' order (schema/role.graphql), the skill id last so that ties are cut the same way every time. */
const REQUIREMENT_ORDER = 'req.importance DESC, coalesce(req.level, 0) DESC, skill.name, skill.id';

/**
 * Every requirement of `role`, most important first, as one list column. The skills come without
 * their details (graph/details.ts: an O*NET occupation requires ~150 skills, each with a description),
 * which the Skill resolvers load when a query asks; crosswalk occupations likewise.
 */
const REQUIREMENTS_COLUMN = `
  COLLECT {
    MATCH (role)-[req:REQUIRES]->(skill:Skill)
    WITH req, skill ORDER BY ${REQUIREMENT_ORDER}
    RETURN req {${projectedProperties('req', REQUIREMENT_PROPERTY_NAMES)}, skill: ${projection('skill', SKILL_SUMMARY_PROPERTY_NAMES)}}
  } AS requirements`;

/**
 * The window of requirements a lookup's selection reads ($minImportance, $first), with only the
 * properties it reads (requirementSelection.ts): what Role.requiredSkills then answers from.
 */
function selectedRequirementsColumn(selection: RequirementSelection): string {
  const properties = selectedProperties(selection);
  return `
  COLLECT {
    MATCH (role)-[req:REQUIRES]->(skill:Skill)
    WHERE req.importance >= $minImportance
    WITH req, skill ORDER BY ${REQUIREMENT_ORDER}
    LIMIT $first
    RETURN req {${projectedProperties('req', properties.requirement)}, skill: ${projection('skill', properties.skill)}}
  } AS requirements`;
}

const LOAD_PROFILES = `
UNWIND $ids AS id
MATCH (role:Role {id: id})
RETURN role.id AS id, ${PROFILE_COLUMNS}`;

const LOAD_REQUIREMENTS = `
UNWIND $ids AS id
MATCH (role:Role {id: id})
RETURN id, ${REQUIREMENTS_COLUMN}`;

/** What a single-role lookup brings along in the same statement (see RoleLookup). */
export interface RoleInclude {
  /** The role's summary properties to read (graph/selectedProperties.ts). */
  properties: readonly string[];
  /** The role's detail properties (model.ts); without them the Role resolvers load them by id when a query asks. */
  details: boolean;
  /** The requirements a selection reads; null: none. */
  requirements: RequirementSelection | null;
  profile: boolean;
}

const FULL_ROLE: RoleInclude = { properties: ROLE_SUMMARY_PROPERTY_NAMES, details: true, requirements: null, profile: false };

/**
 * The statement for a key and an include, built from fixed fragments and kept: the role, and when
 * asked its requirements and profile, so `role(slug:) { requiredSkills … salary … }` is one round
 * trip. The texts vary only by which property groups are projected (a few hundred at most).
 */
const findOneStatements = statementCache();
function findOneStatement(key: 'slug' | 'id', include: RoleInclude): string {
  const requirements = include.requirements ? selectedProperties(include.requirements) : null;
  const shape = `${key}/${include.properties.join()}/${include.details}/${include.profile}/${requirements ? `${requirements.requirement.join()}/${requirements.skill.join()}` : '-'}`;
  return findOneStatements(shape, () => {
    const columns = [`${projection('role', include.details ? [...include.properties, ...ROLE_DETAIL_PROPERTY_NAMES] : include.properties)} AS role`];
    if (include.requirements) columns.push(selectedRequirementsColumn(include.requirements));
    if (include.profile) columns.push(PROFILE_COLUMNS);
    return `MATCH (role:Role {${key}: $key}) RETURN ${columns.join(',\n')}`;
  });
}

export interface FoundRole {
  role: Role;
  /** Shaped by include.requirements: only the properties its selection reads. */
  requirements?: SkillRequirement[];
  profile?: RoleProfile;
}

type ProfileRow = Omit<RoleProfile, 'crosswalk'> & { linkedCrosswalk: RoleProfile['crosswalk'] };

/** Crosswalk codes the role declares come first, linked to the imported occupation when there is one (else role null). */
function toProfile(role: Role, row: ProfileRow): RoleProfile {
  const linked = new Map(row.linkedCrosswalk.map((entry) => [entry.code, entry]));
  const declared = [
    ...(role.onetCodes ?? []).map((code) => ({ taxonomy: 'ONET' as const, code })),
    ...(role.escoUris ?? []).map((code) => ({ taxonomy: 'ESCO' as const, code })),
  ];
  const crosswalk = declared.map((entry) => linked.get(entry.code) ?? { ...entry, role: null });
  for (const entry of row.linkedCrosswalk) if (!crosswalk.includes(entry)) crosswalk.push(entry);
  return { family: row.family, salaryBands: row.salaryBands, typicalDay: row.typicalDay, gettingStarted: row.gettingStarted, faq: row.faq, crosswalk };
}

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

const ANCHOR_TEXT = `CALL db.index.fulltext.queryNodes('${ROLE_SEARCH_INDEX.name}', $textQuery) YIELD node AS role, score`;
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
function roleListingQuery(filter: RoleFilterParams, order: { field: RoleOrderField; direction: 'ASC' | 'DESC' }, after: KeysetCursor | null): KeysetQuery {
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

/** The `roles` connection: curated roles and imported O*NET / ESCO occupations alike. */
export const ROLE_LISTING: KeysetListing<RoleOrderField, RoleFilterParams> = {
  entity: 'role',
  sortKeys: ROLE_SORT_KEYS,
  fallback: 'TITLE',
  relevance: 'RELEVANCE',
  defaultDirections: { TITLE: 'ASC', MEDIAN_SALARY: 'DESC', JOB_ZONE: 'ASC', RELEVANCE: 'DESC' },
  query: roleListingQuery,
  parameters: (filter) => ({ ...filter, experienceRanks: EXPERIENCE_RANKS }),
};

/** The process's memos a role lookup can take its requirements from (RoleRepository.findOne). */
export interface RequirementMemos {
  requirements: RequirementMemo;
  skillIdentities: SkillIdentityMemo;
}

/** Role lookups, as a reader of the requirement memo (RequirementMemo.noteNeeded, readsInStatement). */
const ROLE_LOOKUP_READER = 'roleLookup';

/** requiredSkills' order (REQUIREMENT_ORDER), for requirements taken from the memos. */
function byRequirementOrder(a: RequirementWithSkill, b: RequirementWithSkill): number {
  return (
    b.importance - a.importance ||
    (b.level ?? 0) - (a.level ?? 0) ||
    compareStrings(a.skill.name, b.skill.name) ||
    compareStrings(a.skill.id, b.skill.id)
  );
}

/** Cypher's ORDER BY on strings, nulls last: UTF-16 code units, as Java's String.compareTo. */
function compareStrings(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

export class RoleRepository {
  constructor(
    private readonly db: GraphDatabase,
    /** With them, a lookup showing no more of its requirements than their ratings and their skills' identity reads none in its statement. */
    private readonly memos: RequirementMemos | null = null,
  ) {}

  /** One page of the `roles` listing (page.first + 1 rows, so the caller can tell whether more follow). */
  async page(filter: RoleFilterParams, page: PageRequest<RoleOrderField>): Promise<PageRow<Role>[]> {
    return readKeysetPage(this.db, ROLE_LISTING, filter, page);
  }

  async count(filter: RoleFilterParams): Promise<number> {
    return countKeyset(this.db, ROLE_LISTING, filter);
  }

  async findBySlug(slug: string): Promise<Role | null> {
    return (await this.findOne({ slug }))?.role ?? null;
  }

  async findById(id: string): Promise<Role | null> {
    return (await this.findOne({ id }))?.role ?? null;
  }

  /**
   * One role by slug or id, with its requirements and profile when `include` asks for them, in one
   * statement. The requirements come from the memos instead when they can give them at the statement's commit
   * (requirementsFromMemos), as skillGap's target's do; a role the requirement memo lacks costs one
   * more statement, and a statement at another commit than the memos is followed by the one that
   * reads them.
   */
  async findOne(key: { slug: string } | { id: string }, include: RoleInclude = FULL_ROLE): Promise<FoundRole | null> {
    const [name, value] = 'slug' in key ? (['slug', key.slug] as const) : (['id', key.id] as const);
    const memos = include.requirements && this.requirementsFromMemos(include.requirements) ? this.memos : null;
    if (memos && include.requirements) {
      const { rows: [row], commit } = await this.db.readRowsAtCommit<ProfileRow & { role: Role }>(findOneStatement(name, { ...include, requirements: null }), {
        key: value,
        onetSource: ONET_SOURCE,
      });
      if (!row) return null;
      memos.requirements.noteNeeded(ROLE_LOOKUP_READER, commit, [row.role.id]);
      const read = await requirementsWithSkillsAtCommit(this.db, memos.requirements, memos.skillIdentities, commit, row.role.id);
      if (read) {
        const { minImportance, first } = include.requirements;
        const requirements = read
          .filter(({ importance }) => importance !== null && importance >= minImportance)
          .sort(byRequirementOrder)
          .slice(0, first)
          .map(({ importance, level, skill }) => ({ importance, level, skill }) as SkillRequirement);
        return { role: row.role, requirements, profile: include.profile ? toProfile(row.role, row) : undefined };
      }
    }
    const window = include.requirements ? { minImportance: include.requirements.minImportance, first: neo4j.int(include.requirements.first) } : {};
    const {
      rows: [row],
      commit,
    } = await this.db.readRowsAtCommit<ProfileRow & { role: Role; requirements?: SkillRequirement[] }>(findOneStatement(name, include), {
      key: value,
      onetSource: ONET_SOURCE,
      ...window,
    });
    if (!row) return null;
    // Noted when the statement read them too, so the reader's miss share falls once the memo holds its roles.
    if (include.requirements && !memos) this.memos?.requirements.noteNeeded(ROLE_LOOKUP_READER, commit, [row.role.id]);
    return {
      role: row.role,
      requirements: include.requirements ? row.requirements : undefined,
      profile: include.profile ? toProfile(row.role, row) : undefined,
    };
  }

  /**
   * Whether a lookup's requirements come from the memos: the skill-identity memo holds every required
   * skill, the selection shows of a requirement its ratings (importance, level) and of its skill the
   * identity only, and the requirement memo is not one whose recent lookups mostly missed
   * (RequirementMemo.readsInStatement).
   */
  private requirementsFromMemos(selection: RequirementSelection): boolean {
    const memos = this.memos;
    return (
      memos !== null &&
      [...selection.requirementGroups].every((group) => group === 'ratings') &&
      servesRequirementsWithSkills(memos.requirements, memos.skillIdentities, ROLE_LOOKUP_READER, selection.skillProperties)
    );
  }

  /** The detail properties (model.ts ROLE_DETAIL_PROPERTY_NAMES) of roles a list statement projected without them. */
  async loadDetails(ids: readonly string[]): Promise<Map<string, Pick<Role, RoleDetailProperty>>> {
    const rows = await this.db.readRows<{ details: Pick<Role, RoleDetailProperty> & { id: string } }>(LOAD_ROLE_DETAILS, { ids });
    return new Map(rows.map(({ details }) => [details.id, details]));
  }

  async findByIds(ids: readonly string[]): Promise<Map<string, Role>> {
    const rows = await this.db.readRows<{ role: Role }>(FIND_ROLES_BY_IDS, { ids });
    return new Map(rows.map(({ role }) => [role.id, role]));
  }

  /** Profiles keyed by role id; crosswalk codes without an imported occupation are kept, role null. */
  async loadProfiles(roles: readonly Role[]): Promise<Map<string, RoleProfile>> {
    const rows = await this.db.readRows<ProfileRow & { id: string }>(LOAD_PROFILES, { ids: roles.map((role) => role.id), onetSource: ONET_SOURCE });
    const byId = new Map(rows.map((row) => [row.id, row]));
    const profiles = new Map<string, RoleProfile>();
    for (const role of roles) {
      const row = byId.get(role.id);
      if (row) profiles.set(role.id, toProfile(role, row));
    }
    return profiles;
  }

  /** All requirements per role id, most important first. */
  async loadRequirements(roleIds: readonly string[]): Promise<Map<string, SkillRequirement[]>> {
    const rows = await this.db.readRows<{ id: string; requirements: SkillRequirement[] }>(LOAD_REQUIREMENTS, { ids: roleIds });
    return new Map(rows.map((row) => [row.id, row.requirements]));
  }
}
