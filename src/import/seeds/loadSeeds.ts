/**
 * Writes validated seed data into Neo4j in ONE write transaction: a failure leaves the graph as it
 * was. Re-running replaces what the seeds own (curated properties, children and edges of seeded
 * entities) and creates nothing twice, because every node is MERGEd on its id. What curators
 * changed through the API is kept field by field, and a seed change under such an edit is reported
 * as a conflict, not applied (keepCuratorEdits.ts).
 */
import { CURATED_RELATION_TYPE, FAMILY_KINDS } from '../../graph/kinds.js';
import { CURATED_AS_OF, CURATED_SOURCE } from '../../graph/sources.js';
import type { GraphDatabase } from '../../neo4j/GraphDatabase.js';
import { CURATED_METHOD } from '../../graph/evidence.js';
import { LINK_CROSSWALKS, LINK_CROSSWALKS_PARAMETERS } from '../crosswalk.js';
import { LINK_SKILL_MATCHES, LINK_SKILL_MATCHES_PARAMETERS } from '../skillMatches.js';
import { seedParameters } from './seedParameters.js';
import type { SeedData } from './readSeeds.js';
import type { CuratedEdit } from '../../graph/curatedEdits.js';
import { planSeedLoad, type SeedConflictReport } from './keepCuratorEdits.js';
import { CURATION_REVISION_ID } from '../../curation/model.js';

const MERGE_FAMILIES = `
UNWIND $families AS f
MERGE (family:RoleFamily {id: f.id})
SET family.slug = f.slug, family.name = f.name, family.description = f.description,
    family.kind = $familyKind, family.source = $source, family.method = $method, family.asOf = date($asOf)`;

/** `s.properties` leaves out what a curator edited; an edited skill keeps its edit's method and date. */
const MERGE_SKILLS = `
UNWIND $skills AS s
MERGE (skill:Skill {id: s.id})
SET skill += s.properties, skill.source = $source, skill += s.matches
FOREACH (_ IN CASE WHEN s.keepProvenance THEN [] ELSE [1] END | SET skill.method = $method, skill.asOf = date($asOf))
WITH skill, s
OPTIONAL MATCH (skill)-[known:KNOWN_AS]->(:SkillName)
DELETE known
WITH DISTINCT skill, s
UNWIND s.keys AS key
MERGE (name:SkillName {key: key})
MERGE (skill)-[:KNOWN_AS]->(name)`;

const REPLACE_SKILL_RESOURCES = `
UNWIND $skills AS s
MATCH (skill:Skill {id: s.id})
OPTIONAL MATCH (skill)-[:HAS_RESOURCE]->(old:LearningResource {source: $source})
DETACH DELETE old
WITH DISTINCT skill, s
UNWIND s.resources AS r
CREATE (resource:LearningResource {id: r.id, title: r.title, kind: r.kind, provider: r.provider, url: r.url,
        source: $source, method: $method, asOf: date($asOf)})
CREATE (skill)-[:HAS_RESOURCE {source: $source, method: $method}]->(resource)`;

const REPLACE_SKILL_LINKS = `
UNWIND $skills AS s
MATCH (skill:Skill {id: s.id})
OPTIONAL MATCH (skill)-[old:BROADER|RELATED_SKILL {source: $source}]->()
DELETE old
WITH DISTINCT skill, s
CALL (skill, s) {
  OPTIONAL MATCH (broader:Skill {id: s.broaderId})
  FOREACH (_ IN CASE WHEN broader IS NULL THEN [] ELSE [1] END |
    MERGE (skill)-[link:BROADER {source: $source}]->(broader) SET link.method = $method)
}
CALL (skill, s) {
  UNWIND s.relatedIds AS relatedId
  MATCH (related:Skill {id: relatedId})
  MERGE (skill)-[link:RELATED_SKILL {source: $source, relationType: $relationType}]->(related)
  SET link.method = $method
}`;

/**
 * MATCHES between curated skills (sameAs -> EXACT, close -> CLOSE) are the seeds' own; links to
 * imported skills are dropped here and remade by LINK_SKILL_MATCHES from the claims just stored, so
 * a claim removed from the seeds leaves no edge behind.
 */
const REPLACE_SKILL_MATCHES = `
UNWIND $skills AS s
MATCH (skill:Skill {id: s.id})
OPTIONAL MATCH (skill)-[old:MATCHES]->()
DELETE old
WITH DISTINCT skill, s
UNWIND s.equivalents AS equivalent
MATCH (other:Skill {id: equivalent.id})
CREATE (skill)-[:MATCHES {matchType: equivalent.matchType, method: $method, evidence: equivalent.evidence,
  source: $source, asOf: date($asOf)}]->(other)`;

/** A null familyId: a curator chose the role's family, which the seeds then leave alone. */
const MERGE_ROLES = `
UNWIND $roles AS r
MERGE (role:Role {id: r.id})
SET role += r.properties, role.source = $source
FOREACH (_ IN CASE WHEN r.keepProvenance THEN [] ELSE [1] END | SET role.asOf = date(r.asOf), role.method = r.method)
WITH role, r
CALL (role, r) {
  WITH role, r WHERE r.familyId IS NOT NULL
  OPTIONAL MATCH (role)-[oldFamily:IN_FAMILY]->()
  DELETE oldFamily
  WITH DISTINCT role, r
  MATCH (family:RoleFamily {id: r.familyId})
  MERGE (role)-[link:IN_FAMILY {source: $source}]->(family)
  SET link.method = $method
}`;

const REPLACE_ROLE_PROFILES = `
UNWIND $roles AS r
MATCH (role:Role {id: r.id})
OPTIONAL MATCH (role)-[:HAS_SALARY_BAND|HAS_DAY_STEP|HAS_START_STEP|HAS_FAQ]->(old)
DETACH DELETE old
WITH DISTINCT role, r
CALL (role, r) {
  UNWIND r.salary AS band
  CREATE (role)-[:HAS_SALARY_BAND]->(:SalaryBand {id: band.id, level: band.level, label: band.label, order: band.order,
    yearsMin: band.yearsMin, yearsMax: band.yearsMax, annualUsd: band.annualUsd, openEnded: band.openEnded,
    estimate: r.salaryEstimate, currency: 'USD', source: $source, method: r.method, asOf: date(r.asOf)})
}
CALL (role, r) {
  UNWIND r.typicalDay AS step
  CREATE (role)-[:HAS_DAY_STEP]->(:DayStep {id: step.id, order: step.order, title: step.title,
    description: step.description, source: $source, method: r.method, asOf: date(r.asOf)})
}
CALL (role, r) {
  UNWIND r.gettingStarted AS step
  CREATE (role)-[:HAS_START_STEP]->(:StartStep {id: step.id, order: step.order, title: step.title,
    description: step.description, source: $source, method: r.method, asOf: date(r.asOf)})
}
CALL (role, r) {
  UNWIND r.faq AS item
  CREATE (role)-[:HAS_FAQ]->(:Faq {id: item.id, order: item.order, question: item.question, answer: item.answer,
    source: $source, method: r.method, asOf: date(r.asOf)})
}`;

/**
 * The role's curated requirements become the seeds' list, except those a curator created or edited
 * (r.keptRequirements: skill slugs), which stay; an edited one gets only its unedited fields.
 */
const REPLACE_REQUIREMENTS = `
UNWIND $roles AS r
MATCH (role:Role {id: r.id})
CALL (role, r) {
  MATCH (role)-[old:REQUIRES {source: $source}]->(skill:Skill)
  WHERE NOT skill.slug IN r.keptRequirements
  DELETE old
}
CALL (role, r) {
  UNWIND r.requirements AS req
  MATCH (skill:Skill {id: req.skillId})
  MERGE (role)-[edge:REQUIRES {source: $source}]->(skill)
  SET edge += req.properties
  FOREACH (_ IN CASE WHEN req.keepProvenance THEN [] ELSE [1] END | SET edge.asOf = date(req.asOf))
}`;

/** Like REPLACE_REQUIREMENTS: moves a curator created or edited (r.keptProgressions: target slugs) stay. */
const REPLACE_PROGRESSIONS = `
UNWIND $roles AS r
MATCH (role:Role {id: r.id})
CALL (role, r) {
  MATCH (role)-[old:LEADS_TO {source: $source}]->(target:Role)
  WHERE NOT target.slug IN r.keptProgressions
  DELETE old
}
CALL (role, r) {
  UNWIND r.nextRoles AS next
  MATCH (target:Role {id: next.roleId})
  MERGE (role)-[edge:LEADS_TO {source: $source}]->(target)
  SET edge += next.properties
  FOREACH (_ IN CASE WHEN next.keepProvenance THEN [] ELSE [1] END | SET edge.asOf = date(next.asOf))
}`;

/**
 * Takes the write lock of the curation revision node, which every curation mutation takes first in
 * its own transaction: a load and a change run one after the other, so the load never plans around
 * marks that a concurrent edit is changing, and never overwrites a field edited meanwhile.
 */
const LOCK_CURATION = `
OPTIONAL MATCH (revision:GraphRevision {id: $revisionId})
FOREACH (locked IN CASE WHEN revision IS NULL THEN [] ELSE [revision] END | SET locked.revision = locked.revision)`;

/** Every curator-edit mark (a few per edited entity): the load plans around them. */
const READ_CURATED_EDITS = `
MATCH (edit:CuratedEdit)
RETURN edit.entity AS entity, edit.field AS field, edit.value AS value, edit.seedValue AS seedValue,
  edit.editedBy AS editedBy, edit.editedAt AS editedAt, edit.conflictSeedValue AS conflictSeedValue`;

/** The marks' baselines and open conflicts after this load (keepCuratorEdits.ts decides them). */
const UPDATE_CURATED_EDITS = `
UNWIND $updates AS update
MATCH (edit:CuratedEdit {id: update.id})
SET edit.seedValue = update.seedValue, edit.conflictSeedValue = update.conflictSeedValue`;

export interface SeedSummary {
  families: number;
  skills: number;
  roles: number;
  requirements: number;
  progressions: number;
  /** Curator-edited fields the load left as the curator set them (docs/api-curation.md). */
  keptCuratorFields: number;
  /** Changed seed values under a curator's edit: not applied, kept on the edit until resolved. */
  conflicts: SeedConflictReport[];
}

export async function loadSeeds(db: GraphDatabase, data: SeedData): Promise<SeedSummary> {
  const seeded = seedParameters(data);
  const common = { source: CURATED_SOURCE, asOf: CURATED_AS_OF, method: CURATED_METHOD };
  const plan = await db.write(async (tx) => {
    // Read in the load's own transaction: an edit committed meanwhile is either seen here or waits for the load.
    await tx.rows(LOCK_CURATION, { revisionId: CURATION_REVISION_ID });
    const marks = await tx.rows<CuratedEdit>(READ_CURATED_EDITS);
    const planned = planSeedLoad(seeded, marks);
    const { families, skills, roles } = planned.parameters;
    await tx.rows(MERGE_FAMILIES, { ...common, families, familyKind: FAMILY_KINDS.CURATED });
    await tx.rows(MERGE_SKILLS, { ...common, skills });
    await tx.rows(REPLACE_SKILL_RESOURCES, { ...common, skills });
    await tx.rows(REPLACE_SKILL_LINKS, { ...common, skills, relationType: CURATED_RELATION_TYPE });
    await tx.rows(REPLACE_SKILL_MATCHES, { ...common, skills, method: CURATED_METHOD });
    await tx.rows(MERGE_ROLES, { ...common, roles });
    await tx.rows(REPLACE_ROLE_PROFILES, { ...common, roles });
    await tx.rows(REPLACE_REQUIREMENTS, { ...common, roles });
    await tx.rows(REPLACE_PROGRESSIONS, { ...common, roles });
    await tx.rows(UPDATE_CURATED_EDITS, { updates: planned.markUpdates });
    await tx.rows(LINK_CROSSWALKS, LINK_CROSSWALKS_PARAMETERS);
    await tx.rows(LINK_SKILL_MATCHES, LINK_SKILL_MATCHES_PARAMETERS);
    return planned;
  });
  const { families, skills, roles } = seeded;
  return {
    families: families.length,
    skills: skills.length,
    roles: roles.length,
    requirements: roles.reduce((sum, role) => sum + role.requirements.length, 0),
    progressions: roles.reduce((sum, role) => sum + role.nextRoles.length, 0),
    keptCuratorFields: plan.keptFields,
    conflicts: plan.conflicts,
  };
}

export async function graphHasCuratedRoles(db: GraphDatabase): Promise<boolean> {
  const [row] = await db.readRows<{ present: boolean }>(
    'OPTIONAL MATCH (role:Role {source: $source}) WITH role LIMIT 1 RETURN role IS NOT NULL AS present',
    { source: CURATED_SOURCE },
  );
  return row?.present ?? false;
}

/**
 * True when curated facts were written before provenance methods existed: the API then refuses their
 * provenance (toProvenance) until `npm run seed` (and `npm run import` for imported data) rewrites them.
 */
export async function graphPredatesMethods(db: GraphDatabase): Promise<boolean> {
  const [row] = await db.readRows<{ legacy: boolean }>(
    'OPTIONAL MATCH (role:Role {source: $source}) WHERE role.method IS NULL WITH role LIMIT 1 RETURN role IS NOT NULL AS legacy',
    { source: CURATED_SOURCE },
  );
  return row?.legacy ?? false;
}
