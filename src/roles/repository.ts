/**
 * Cypher for roles: lookups and the profile (family, salary bands, typical day, getting started,
 * FAQ, crosswalk) for many roles in one statement, so a list of roles costs one query per level.
 */
import type { GraphDatabase } from '../neo4j/GraphDatabase.js';
import { projection } from '../neo4j/projection.js';
import { SKILL_PROPERTY_NAMES, type SkillRequirement } from '../skills/model.js';
import { ROLE_PROPERTY_NAMES, type Role, type RoleProfile } from './model.js';

export const ROLE_FIELDS = projection('role', ROLE_PROPERTY_NAMES);

const FIND_ROLES_BY_IDS = `
UNWIND $ids AS id
MATCH (role:Role {id: id})
RETURN ${ROLE_FIELDS} AS role`;

/** The profile of `role` as named columns (one OPTIONAL MATCH and five COLLECT subqueries). */
const PROFILE_COLUMNS = `
  head(COLLECT {
    MATCH (role)-[:IN_FAMILY]->(family:RoleFamily)
    RETURN family {.id, .slug, .name, .description, .source, .sourceId, .asOf}
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
    RETURN {taxonomy: CASE occupation.source WHEN 'onet-29.3' THEN 'ONET' ELSE 'ESCO' END,
            code: occupation.sourceId, role: ${projection('occupation', ROLE_PROPERTY_NAMES)}}
  } AS linkedCrosswalk`;

/** Every requirement of `role`, most important first, as one list column. */
const REQUIREMENTS_COLUMN = `
  COLLECT {
    MATCH (role)-[req:REQUIRES]->(skill:Skill)
    WITH req, skill ORDER BY req.importance DESC, coalesce(req.level, 0) DESC, skill.name
    RETURN req {.importance, .level, .importanceRaw, .levelRaw, .importanceScale, .levelScale, .essential,
      .source, .sourceId, .asOf, skill: ${projection('skill', SKILL_PROPERTY_NAMES)}}
  } AS requirements`;

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
  requirements: boolean;
  profile: boolean;
}

/**
 * One statement per key and include combination, built once: the role, and when asked its
 * requirements and profile, so `role(slug:) { requiredSkills … salary … }` is one round trip.
 */
function findOneStatement(key: 'slug' | 'id', include: RoleInclude): string {
  const columns = [`${ROLE_FIELDS} AS role`];
  if (include.requirements) columns.push(REQUIREMENTS_COLUMN);
  if (include.profile) columns.push(PROFILE_COLUMNS);
  return `MATCH (role:Role {${key}: $key}) RETURN ${columns.join(',\n')}`;
}
const FIND_ONE = new Map(
  (['slug', 'id'] as const).flatMap((key) =>
    [false, true].flatMap((requirements) => [false, true].map((profile) => [`${key}/${requirements}/${profile}`, findOneStatement(key, { requirements, profile })] as const)),
  ),
);

export interface FoundRole {
  role: Role;
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

export class RoleRepository {
  constructor(private readonly db: GraphDatabase) {}

  async findBySlug(slug: string): Promise<Role | null> {
    return (await this.findOne({ slug }))?.role ?? null;
  }

  async findById(id: string): Promise<Role | null> {
    return (await this.findOne({ id }))?.role ?? null;
  }

  /** One role by slug or id, with its requirements and profile when `include` asks for them. */
  async findOne(key: { slug: string } | { id: string }, include: RoleInclude = { requirements: false, profile: false }): Promise<FoundRole | null> {
    const [name, value] = 'slug' in key ? (['slug', key.slug] as const) : (['id', key.id] as const);
    const statement = FIND_ONE.get(`${name}/${include.requirements}/${include.profile}`)!;
    const [row] = await this.db.readRows<ProfileRow & { role: Role; requirements?: SkillRequirement[] }>(statement, { key: value });
    if (!row) return null;
    return {
      role: row.role,
      requirements: include.requirements ? row.requirements : undefined,
      profile: include.profile ? toProfile(row.role, row) : undefined,
    };
  }

  async findByIds(ids: readonly string[]): Promise<Map<string, Role>> {
    const rows = await this.db.readRows<{ role: Role }>(FIND_ROLES_BY_IDS, { ids });
    return new Map(rows.map(({ role }) => [role.id, role]));
  }

  /** Profiles keyed by role id; crosswalk codes without an imported occupation are kept, role null. */
  async loadProfiles(roles: readonly Role[]): Promise<Map<string, RoleProfile>> {
    const rows = await this.db.readRows<ProfileRow & { id: string }>(LOAD_PROFILES, { ids: roles.map((role) => role.id) });
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
