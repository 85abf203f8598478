/**
 * Cypher for analytics: whole-graph counts (count store and indexes, one statement), the inputs of
 * the centrality and bridge-skill computations (one statement each), family mobility, and skills
 * by id. Every statement reads; `$source` is a stored source tag or null for all sources.
 */
import { CURATION_REVISION_ID } from '../curation/model.js';
import type { GraphDatabase } from '../neo4j/GraphDatabase.js';
import { projection } from '../neo4j/projection.js';
import type { CreditLink } from '../scoring/skillCredit.js';
import type { RequirementInput } from '../scoring/skillGap.js';
import type { Skill } from '../graph/model.js';
import { creditNeighbours } from '../skills/creditNeighbours.js';
import { SKILL_FIELDS } from '../skills/repository.js';
import {
  COUNTED_RELATIONSHIP_TYPES,
  type BridgeInputs,
  type FamilyFlow,
  type GraphFingerprint,
  type GraphStatsRow,
  type ProgressionEdge,
} from './model.js';

/** `CALL () { … }` per count: each is planned on its own (count store / index scan) and yields one row. */
const countPerType = COUNTED_RELATIONSHIP_TYPES.map(
  (type, i) => `CALL () { MATCH ()-[r:${type}]->() RETURN count(r) AS rel${i} }`,
).join('\n');
const relationshipList = `[${COUNTED_RELATIONSHIP_TYPES.map((type, i) => `{type: '${type}', count: rel${i}}`).join(', ')}]`;

const GRAPH_STATS = `
CALL () { MATCH (n:Role) RETURN count(n) AS roles }
CALL () { MATCH (n:Skill) RETURN count(n) AS skills }
CALL () { MATCH (n:RoleFamily) RETURN count(n) AS families }
CALL () { MATCH (n:SkillName) RETURN count(n) AS skillNames }
CALL () { MATCH (n:LearningResource) RETURN count(n) AS learningResources }
${countPerType}
CALL () {
  MATCH (n:Role) WHERE n.source IS NOT NULL
  WITH n.source AS tag, count(*) AS count RETURN collect({tag: tag, count: count}) AS rolesBySource
}
CALL () {
  MATCH (n:Skill) WHERE n.source IS NOT NULL
  WITH n.source AS tag, count(*) AS count RETURN collect({tag: tag, count: count}) AS skillsBySource
}
CALL () {
  MATCH (n:RoleFamily) WHERE n.source IS NOT NULL
  WITH n.source AS tag, count(*) AS count RETURN collect({tag: tag, count: count}) AS familiesBySource
}
CALL () {
  MATCH (n:Skill) WHERE n.kind IS NOT NULL
  WITH n.kind AS kind, count(*) AS count RETURN collect({kind: kind, count: count}) AS skillsByKind
}
CALL () {
  MATCH ()-[r:REQUIRES]->() WHERE r.source IS NOT NULL
  WITH r.source AS tag, count(*) AS count RETURN collect({tag: tag, count: count}) AS requirementsBySource
}
CALL () {
  MATCH ()-[r:LEADS_TO]->() WHERE r.source IS NOT NULL
  WITH r.source AS tag, count(*) AS count RETURN collect({tag: tag, count: count}) AS progressionsBySource
}
CALL () {
  MATCH ()-[r:LEADS_TO]->()
  WITH r.kind AS kind, count(*) AS count RETURN collect({kind: kind, count: count}) AS progressionsByKind
}
CALL () {
  // getDegree per role: no relationship is read.
  MATCH (n:Role)
  RETURN count(CASE WHEN NOT EXISTS { (n)-[:REQUIRES]->() } THEN 1 END) AS rolesWithoutSkills,
         count(CASE WHEN NOT EXISTS { (n)-[:LEADS_TO]-() } THEN 1 END) AS rolesWithoutProgressions
}
OPTIONAL MATCH (revision:GraphRevision {id: $revisionId})
RETURN roles, skills, families, skillNames, learningResources, rel0 AS requirements, rel1 AS progressions,
  rolesBySource, skillsBySource, familiesBySource, skillsByKind, requirementsBySource, progressionsBySource,
  progressionsByKind, ${relationshipList} AS relationships, rolesWithoutSkills, rolesWithoutProgressions,
  revision.revision AS curationRevision, revision.updatedAt AS lastChangeAt, revision.updatedBy AS lastChangeBy`;

const GRAPH_FINGERPRINT = `
CALL () { MATCH (n:Role) RETURN count(n) AS roles }
CALL () { MATCH ()-[r:LEADS_TO]->() RETURN count(r) AS progressions }
CALL () { MATCH ()-[r:REQUIRES]->() RETURN count(r) AS requirements }
CALL () { MATCH ()-[r:MATCHES]->() RETURN count(r) AS skillMatches }
CALL () { MATCH (run:ImportRun) RETURN count(run) AS importRuns, toString(max(run.finishedAt)) AS lastImportAt }
OPTIONAL MATCH (revision:GraphRevision {id: $revisionId})
RETURN roles, progressions, requirements, skillMatches, revision.revision AS curationRevision, importRuns, lastImportAt`;

/** Columns, not rows of maps: decoding ~20k edges and ~100k requirements is several times faster. */
const PROGRESSION_EDGES = `
MATCH (from:Role)-[link:LEADS_TO]->(to:Role)
WHERE $source IS NULL OR link.source = $source
RETURN collect(from.id) AS froms, collect(to.id) AS tos`;

/**
 * The edges, and the requirements of every role at either end of one, as parallel columns (one
 * row). collect() drops nulls, which would misalign the columns, so a missing level travels as -1.
 * Plus, for the skills of every role a move starts from, what each can credit (gap credit), so a
 * skill the source holds under another name or in a narrower form does not count as a bridge.
 * A move derived through the ESCO↔O*NET crosswalk starts, for the comparison, at the O*NET
 * occupation whose move it is (`via`), as in nextRoles' bridgingSkills (src/paths/progressions.ts):
 * the ESCO occupation's skills are ESCO skills, the target's O*NET ones.
 */
const BRIDGE_INPUTS = `
CALL () {
  MATCH (from:Role)-[link:LEADS_TO]->(to:Role)
  WHERE $source IS NULL OR link.source = $source
  RETURN collect(coalesce(link.via, from.id)) AS froms, collect(to.id) AS tos
}
CALL () {
  MATCH (role:Role)-[req:REQUIRES]->(skill:Skill)
  WHERE EXISTS { (role)<-[link:LEADS_TO]-() WHERE $source IS NULL OR link.source = $source }
     OR EXISTS { (role)-[link:LEADS_TO]->() WHERE link.via IS NULL AND ($source IS NULL OR link.source = $source) }
     OR EXISTS { (role)<-[:SAME_OCCUPATION]-()-[link:LEADS_TO]->() WHERE link.via = role.id AND ($source IS NULL OR link.source = $source) }
  WITH role, collect(skill.id) AS skillIds, collect(coalesce(req.importance, 0.0)) AS importance,
       collect(coalesce(req.level, -1.0)) AS levels, collect(coalesce(req.essential, true)) AS essential
  RETURN collect(role.id) AS roleIds, collect(skillIds) AS skillIds, collect(importance) AS importance,
         collect(levels) AS levels, collect(essential) AS essential
}
CALL () {
  MATCH (role:Role)-[:REQUIRES]->(skill:Skill)
  WHERE EXISTS { (role)-[link:LEADS_TO]->() WHERE link.via IS NULL AND ($source IS NULL OR link.source = $source) }
     OR EXISTS { (role)<-[:SAME_OCCUPATION]-()-[link:LEADS_TO]->() WHERE link.via = role.id AND ($source IS NULL OR link.source = $source) }
  WITH DISTINCT skill
  WITH skill, ${creditNeighbours('skill')} AS links WHERE size(links) > 0
  RETURN collect(skill.id) AS creditSkillIds, collect(links) AS creditLinks
}
RETURN froms, tos, roleIds, skillIds, importance, levels, essential, creditSkillIds, creditLinks`;

const FAMILY_FIELDS = (variable: string) => projection(variable, ['id', 'slug', 'name', 'description', 'source', 'sourceId', 'asOf', 'method']);

const FAMILY_MOBILITY = `
MATCH (fromFamily:RoleFamily)<-[:IN_FAMILY]-(:Role)-[link:LEADS_TO]->(:Role)-[:IN_FAMILY]->(toFamily:RoleFamily)
WHERE $source IS NULL OR link.source = $source
WITH fromFamily, toFamily, count(link) AS progressions,
  count(CASE link.kind WHEN 'PROMOTION' THEN 1 END) AS promotions,
  count(CASE link.kind WHEN 'LATERAL' THEN 1 END) AS laterals,
  count(CASE link.kind WHEN 'PIVOT' THEN 1 END) AS pivots,
  round(avg(link.typicalYears), 2) AS averageTypicalYears
ORDER BY progressions DESC, fromFamily.slug, toFamily.slug
LIMIT toInteger($first)
RETURN ${FAMILY_FIELDS('fromFamily')} AS from, ${FAMILY_FIELDS('toFamily')} AS to,
  progressions, promotions, laterals, pivots, averageTypicalYears`;

const FIND_SKILLS_BY_IDS = `
UNWIND $ids AS id
MATCH (skill:Skill {id: id})
RETURN ${SKILL_FIELDS} AS skill`;

interface EdgeColumns {
  froms: string[];
  tos: string[];
}

/** Per role r: its requirements k as skillIds[r][k], importance[r][k], levels[r][k], essential[r][k]. */
interface RequirementColumns {
  roleIds: string[];
  skillIds: string[][];
  importance: number[][];
  /** -1 where the requirement has no level. */
  levels: number[][];
  essential: boolean[][];
}

/** Per held skill s: what it can credit, creditLinks[s]. */
interface CreditColumns {
  creditSkillIds: string[];
  creditLinks: CreditLink[][];
}

const edgesOf = (columns: EdgeColumns): ProgressionEdge[] => columns.froms.map((from, i) => [from, columns.tos[i]] as const);

export class AnalyticsRepository {
  constructor(private readonly db: GraphDatabase) {}

  async graphStats(): Promise<GraphStatsRow> {
    const [row] = await this.db.readRows<GraphStatsRow>(GRAPH_STATS, { revisionId: CURATION_REVISION_ID });
    return row;
  }

  async fingerprint(): Promise<GraphFingerprint> {
    const [row] = await this.db.readRows<GraphFingerprint>(GRAPH_FINGERPRINT, { revisionId: CURATION_REVISION_ID });
    return row;
  }

  async progressionEdges(sourceTag: string | null): Promise<ProgressionEdge[]> {
    const [row] = await this.db.readRows<EdgeColumns>(PROGRESSION_EDGES, { source: sourceTag });
    return edgesOf(row);
  }

  async bridgeInputs(sourceTag: string | null): Promise<BridgeInputs> {
    const [row] = await this.db.readRows<EdgeColumns & RequirementColumns & CreditColumns>(BRIDGE_INPUTS, { source: sourceTag });
    const requirementsByRole = new Map<string, RequirementInput[]>();
    row.roleIds.forEach((roleId, r) => {
      const requirements = row.skillIds[r].map((skillId, k) => ({
        skillId,
        importance: row.importance[r][k],
        level: row.levels[r][k] < 0 ? null : row.levels[r][k],
        essential: row.essential[r][k],
      }));
      requirementsByRole.set(roleId, requirements);
    });
    const credits = new Map(row.creditSkillIds.map((skillId, i) => [skillId, row.creditLinks[i]]));
    return { edges: edgesOf(row), requirementsByRole, credits };
  }

  async familyMobility(sourceTag: string | null, first: number): Promise<FamilyFlow[]> {
    return this.db.readRows<FamilyFlow>(FAMILY_MOBILITY, { source: sourceTag, first });
  }

  /** Skills keyed by id (missing ids are simply absent). */
  async findSkillsByIds(ids: readonly string[]): Promise<Map<string, Skill>> {
    const rows = await this.db.readRows<{ skill: Skill }>(FIND_SKILLS_BY_IDS, { ids });
    return new Map(rows.map(({ skill }) => [skill.id, skill]));
  }
}
