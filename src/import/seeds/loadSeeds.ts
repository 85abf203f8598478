/**
 * Writes validated seed data into Neo4j in ONE write transaction: a failure leaves the graph as it
 * was. Re-running replaces what the seeds own (curated properties, children and edges of seeded
 * entities) and creates nothing twice, because every node is MERGEd on its id.
 */
import { curatedFamilyId, curatedRoleId, curatedSkillId, ownedNodeId } from '../../graph/ids.js';
import { CURATED_RELATION_TYPE, FAMILY_KINDS } from '../../graph/kinds.js';
import { skillNameKeys } from '../../graph/skillNameKey.js';
import { CURATED_AS_OF, CURATED_SOURCE } from '../../graph/sources.js';
import type { GraphDatabase } from '../../neo4j/GraphDatabase.js';
import { CURATED_METHOD } from '../../graph/evidence.js';
import { LINK_CROSSWALKS, LINK_CROSSWALKS_PARAMETERS } from '../crosswalk.js';
import { effectiveSkillMatches, LINK_SKILL_MATCHES, LINK_SKILL_MATCHES_PARAMETERS, storedSkillMatches } from '../skillMatches.js';
import { NO_DERIVED_SEEDS } from './derivedSeeds.js';
import { derivedRequirement, progressionEvidence, progressionFacts, requirementFacts, roleFacts } from './factProvenance.js';
import type { SeedData } from './readSeeds.js';
import type { SkillMatchSeed } from './seedSchema.js';

const MERGE_FAMILIES = `
UNWIND $families AS f
MERGE (family:RoleFamily {id: f.id})
SET family.slug = f.slug, family.name = f.name, family.description = f.description,
    family.kind = $familyKind, family.source = $source, family.method = $method, family.asOf = date($asOf)`;

const MERGE_SKILLS = `
UNWIND $skills AS s
MERGE (skill:Skill {id: s.id})
SET skill.slug = s.slug, skill.name = s.name, skill.nameSort = toLower(s.name), skill.kind = s.kind,
    skill.category = s.category, skill.description = s.description, skill.aliases = s.aliases,
    skill.aliasesText = s.aliasesText, skill.source = $source, skill.method = $method, skill.sourceId = s.slug,
    skill.asOf = date($asOf), skill += s.matches
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

const MERGE_ROLES = `
UNWIND $roles AS r
MERGE (role:Role {id: r.id})
SET role += r.properties, role.asOf = date(r.asOf), role.source = $source, role.method = r.method
WITH role, r
OPTIONAL MATCH (role)-[oldFamily:IN_FAMILY]->()
DELETE oldFamily
WITH DISTINCT role, r
MATCH (family:RoleFamily {id: r.familyId})
MERGE (role)-[link:IN_FAMILY {source: $source}]->(family)
SET link.method = $method`;

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

const REPLACE_REQUIREMENTS = `
UNWIND $roles AS r
MATCH (role:Role {id: r.id})
OPTIONAL MATCH (role)-[old:REQUIRES {source: $source}]->(:Skill)
DELETE old
WITH DISTINCT role, r
UNWIND r.requirements AS req
MATCH (skill:Skill {id: req.skillId})
CREATE (role)-[:REQUIRES {importance: req.importance, level: req.level, importanceRaw: req.importanceRaw,
  levelRaw: req.levelRaw, importanceScale: req.importanceScale, levelScale: req.levelScale, essential: req.essential,
  source: $source, method: req.method, asOf: date(req.asOf), reference: req.reference, evidence: req.evidence}]->(skill)`;

const REPLACE_PROGRESSIONS = `
UNWIND $roles AS r
MATCH (role:Role {id: r.id})
OPTIONAL MATCH (role)-[old:LEADS_TO {source: $source}]->(:Role)
DELETE old
WITH DISTINCT role, r
UNWIND r.nextRoles AS next
MATCH (target:Role {id: next.roleId})
CREATE (role)-[:LEADS_TO {kind: next.kind, typicalYears: next.typicalYears, rationale: next.rationale,
  confidence: next.confidence, salaryNote: next.salaryNote, source: $source, method: next.method, asOf: date(next.asOf),
  reference: next.reference, evidence: next.evidence}]->(target)`;

export function seedParameters(data: SeedData) {
  const matchesBySkill = new Map<string, SkillMatchSeed[]>();
  for (const match of effectiveSkillMatches(data.matches ?? [])) matchesBySkill.set(match.skill, [...(matchesBySkill.get(match.skill) ?? []), match]);
  const nameOf = new Map(data.skills.map((skill) => [skill.slug, skill.name]));
  const families = data.families.map((family) => ({ ...family, id: curatedFamilyId(family.slug) }));
  const skills = data.skills.map((skill) => {
    const id = curatedSkillId(skill.slug);
    return {
      id,
      slug: skill.slug,
      name: skill.name,
      kind: skill.kind,
      category: skill.category,
      description: skill.description ?? null,
      aliases: skill.aliases,
      aliasesText: skill.aliases.join(' | '),
      keys: skillNameKeys(skill.name, skill.aliases),
      broaderId: skill.broader ? curatedSkillId(skill.broader) : null,
      relatedIds: skill.related.map(curatedSkillId),
      equivalents: [
        ...skill.sameAs.map((other) => ({ id: curatedSkillId(other), matchType: 'EXACT', evidence: `Curated: "${skill.name}" and "${nameOf.get(other)}" name the same skill` })),
        ...skill.close.map((other) => ({ id: curatedSkillId(other), matchType: 'CLOSE', evidence: `Curated: "${nameOf.get(other)}" stands in for "${skill.name}" in most roles` })),
      ],
      matches: storedSkillMatches(matchesBySkill.get(skill.slug) ?? []),
      resources: skill.resources.map((resource, index) => ({ ...resource, url: resource.url ?? null, id: ownedNodeId(id, 'resource', index + 1) })),
    };
  });
  const derived = data.derived ?? NO_DERIVED_SEEDS;
  const roles = data.roles.map((role) => {
    const id = curatedRoleId(role.slug);
    const facts = roleFacts(role);
    const steps = (list: { title: string; description: string }[], kind: 'day' | 'start') =>
      list.map((step, index) => ({ ...step, order: index + 1, id: ownedNodeId(id, kind, index + 1) }));
    return {
      id,
      familyId: curatedFamilyId(role.family),
      asOf: facts.role.asOf,
      method: facts.role.method,
      salaryEstimate: role.salaryBasis === 'estimate',
      properties: {
        slug: role.slug,
        sourceId: role.slug,
        title: role.title,
        titleSort: role.title.toLowerCase(),
        summary: role.summary,
        description: role.description ?? null,
        alternateTitles: role.alternateTitles,
        alternateTitlesText: role.alternateTitles.join(' | '),
        medianSalaryUsd: role.medianSalaryUsd,
        salaryBasis: role.salaryBasis,
        growthRating: role.growth.rating,
        growthReason: role.growth.reason,
        experienceLevel: role.experienceLevel,
        progressionSummary: role.progressionSummary ?? null,
        onetCodes: role.crosswalk.onet.map((entry) => entry.code),
        escoUris: role.crosswalk.esco.map((entry) => entry.code),
        // Parallel to onetCodes / escoUris: LINK_CROSSWALKS reads them when it links (after seeding or an
        // import). '' for a code given without a match type: a stored list may not hold null.
        onetMatchTypes: role.crosswalk.onet.map((entry) => entry.matchType ?? ''),
        escoMatchTypes: role.crosswalk.esco.map((entry) => entry.matchType ?? ''),
        reference: facts.role.reference,
        evidence: facts.role.evidence,
      },
      salary: role.salary.map((band, index) => ({
        ...band,
        yearsMin: band.yearsMin ?? null,
        yearsMax: band.yearsMax ?? null,
        order: index + 1,
        id: ownedNodeId(id, 'salary', band.level),
      })),
      typicalDay: steps(role.typicalDay, 'day'),
      gettingStarted: steps(role.gettingStarted, 'start'),
      faq: role.faq.map((item, index) => ({ ...item, order: index + 1, id: ownedNodeId(id, 'faq', index + 1) })),
      requirements: role.skills.map((req) => ({
        skillId: curatedSkillId(req.skill),
        essential: req.essential,
        ...requirementFacts(facts, req, derivedRequirement(derived, role.slug, req.skill)),
      })),
      nextRoles: role.nextRoles.map((next) => ({
        role: next.role,
        kind: next.kind,
        typicalYears: next.typicalYears,
        rationale: next.rationale,
        confidence: next.confidence,
        salaryNote: next.salaryNote ?? null,
        roleId: curatedRoleId(next.role),
        ...progressionFacts(facts, next, progressionEvidence(derived, role.slug, next.role)),
      })),
    };
  });
  return { families, skills, roles };
}

export interface SeedSummary {
  families: number;
  skills: number;
  roles: number;
  requirements: number;
  progressions: number;
}

export async function loadSeeds(db: GraphDatabase, data: SeedData): Promise<SeedSummary> {
  const { families, skills, roles } = seedParameters(data);
  const common = { source: CURATED_SOURCE, asOf: CURATED_AS_OF, method: CURATED_METHOD };
  await db.write(async (tx) => {
    await tx.rows(MERGE_FAMILIES, { ...common, families, familyKind: FAMILY_KINDS.CURATED });
    await tx.rows(MERGE_SKILLS, { ...common, skills });
    await tx.rows(REPLACE_SKILL_RESOURCES, { ...common, skills });
    await tx.rows(REPLACE_SKILL_LINKS, { ...common, skills, relationType: CURATED_RELATION_TYPE });
    await tx.rows(REPLACE_SKILL_MATCHES, { ...common, skills, method: CURATED_METHOD });
    await tx.rows(MERGE_ROLES, { ...common, roles });
    await tx.rows(REPLACE_ROLE_PROFILES, { ...common, roles });
    await tx.rows(REPLACE_REQUIREMENTS, { ...common, roles });
    await tx.rows(REPLACE_PROGRESSIONS, { ...common, roles });
    await tx.rows(LINK_CROSSWALKS, LINK_CROSSWALKS_PARAMETERS);
    await tx.rows(LINK_SKILL_MATCHES, LINK_SKILL_MATCHES_PARAMETERS);
  });
  return {
    families: families.length,
    skills: skills.length,
    roles: roles.length,
    requirements: roles.reduce((sum, role) => sum + role.requirements.length, 0),
    progressions: roles.reduce((sum, role) => sum + role.nextRoles.length, 0),
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
