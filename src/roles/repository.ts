/**
 * Cypher for roles: lookups and the profile (family, salary bands, typical day, getting started,
 * FAQ, crosswalk) for many roles in one statement, so a list of roles costs one query per level.
 */
import type { GraphDatabase } from '../neo4j/GraphDatabase.js';
import { projection } from '../neo4j/projection.js';
import { SKILL_PROPERTY_NAMES, type SkillRequirement } from '../skills/model.js';
import { ROLE_PROPERTY_NAMES, type Role, type RoleProfile } from './model.js';

export const ROLE_FIELDS = projection('role', ROLE_PROPERTY_NAMES);

const FIND_ROLE_BY_SLUG = `MATCH (role:Role {slug: $slug}) RETURN ${ROLE_FIELDS} AS role`;
const FIND_ROLE_BY_ID = `MATCH (role:Role {id: $id}) RETURN ${ROLE_FIELDS} AS role`;
const FIND_ROLES_BY_IDS = `
UNWIND $ids AS id
MATCH (role:Role {id: id})
RETURN ${ROLE_FIELDS} AS role`;

const LOAD_PROFILES = `
UNWIND $ids AS id
MATCH (role:Role {id: id})
OPTIONAL MATCH (role)-[:IN_FAMILY]->(family:RoleFamily)
WITH role, head(collect(family {.id, .slug, .name, .description, .source, .sourceId, .asOf})) AS family
RETURN role.id AS id, family,
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

const LOAD_REQUIREMENTS = `
UNWIND $ids AS id
MATCH (role:Role {id: id})-[req:REQUIRES]->(skill:Skill)
WITH id, req, skill ORDER BY req.importance DESC, coalesce(req.level, 0) DESC, skill.name
RETURN id, collect(req {.importance, .level, .importanceRaw, .levelRaw, .importanceScale, .levelScale, .essential,
  .source, .sourceId, .asOf, skill: ${projection('skill', SKILL_PROPERTY_NAMES)}}) AS requirements`;

type ProfileRow = Omit<RoleProfile, 'crosswalk'> & { id: string; linkedCrosswalk: RoleProfile['crosswalk'] };

export class RoleRepository {
  constructor(private readonly db: GraphDatabase) {}

  async findBySlug(slug: string): Promise<Role | null> {
    const [row] = await this.db.readRows<{ role: Role }>(FIND_ROLE_BY_SLUG, { slug });
    return row?.role ?? null;
  }

  async findById(id: string): Promise<Role | null> {
    const [row] = await this.db.readRows<{ role: Role }>(FIND_ROLE_BY_ID, { id });
    return row?.role ?? null;
  }

  async findByIds(ids: readonly string[]): Promise<Map<string, Role>> {
    const rows = await this.db.readRows<{ role: Role }>(FIND_ROLES_BY_IDS, { ids });
    return new Map(rows.map(({ role }) => [role.id, role]));
  }

  /** Profiles keyed by role id; crosswalk codes without an imported occupation are kept, role null. */
  async loadProfiles(roles: readonly Role[]): Promise<Map<string, RoleProfile>> {
    const rows = await this.db.readRows<ProfileRow>(LOAD_PROFILES, { ids: roles.map((role) => role.id) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    const profiles = new Map<string, RoleProfile>();
    for (const role of roles) {
      const row = byId.get(role.id);
      if (!row) continue;
      const linked = new Map(row.linkedCrosswalk.map((entry) => [entry.code, entry]));
      const declared = [
        ...(role.onetCodes ?? []).map((code) => ({ taxonomy: 'ONET' as const, code })),
        ...(role.escoUris ?? []).map((code) => ({ taxonomy: 'ESCO' as const, code })),
      ];
      const crosswalk = declared.map((entry) => linked.get(entry.code) ?? { ...entry, role: null });
      for (const entry of row.linkedCrosswalk) if (!crosswalk.includes(entry)) crosswalk.push(entry);
      profiles.set(role.id, { family: row.family, salaryBands: row.salaryBands, typicalDay: row.typicalDay, gettingStarted: row.gettingStarted, faq: row.faq, crosswalk });
    }
    return profiles;
  }

  /** All requirements per role id, most important first. */
  async loadRequirements(roleIds: readonly string[]): Promise<Map<string, SkillRequirement[]>> {
    const rows = await this.db.readRows<{ id: string; requirements: SkillRequirement[] }>(LOAD_REQUIREMENTS, { ids: roleIds });
    return new Map(rows.map((row) => [row.id, row.requirements]));
  }
}
