/**
 * Cypher for `search`: the role_search and skill_search fulltext indexes queried in one statement
 * (one variant per set of kinds, so an unrequested index is never touched), each role hit with its
 * occupation concept (groupRoleHits.ts folds one concept into one hit).
 */
import type { GraphDatabase } from '../neo4j/GraphDatabase.js';
import { ROLE_SEARCH_INDEX, SKILL_SEARCH_INDEX } from '../neo4j/graphSchema.js';
import { projection } from '../neo4j/projection.js';
import { ROLE_PROPERTY_NAMES, SKILL_PROPERTY_NAMES } from '../graph/model.js';
import { CURATED_SOURCE } from '../graph/sources.js';
import type { LabelEntry } from './labelIndex.js';
import type { FulltextHit, SearchKind } from './model.js';

const MEMBER = projection('member', ROLE_PROPERTY_NAMES);

/**
 * The occupation concept of the role hit `node` (docs/api-catalog.md, "search"), in the fulltext
 * statement itself so search stays one statement:
 * - an imported occupation's anchor is its O*NET occupation: itself, or for an ESCO occupation the
 *   O*NET occupation its SAME_OCCUPATION edge marks EXACT (CLOSE matches stay separate hits: Nesta's
 *   best match for "mayor" is "Chief Executives", not the same occupation). The concept's members are
 *   the anchor and every ESCO occupation EXACT-matched to it; its owners the curated roles whose
 *   CROSSWALK to a member is EXACT (a CLOSE, BROADER or NARROWER crosswalk, or one that does not say,
 *   is a related occupation, not the same one: Cloud Architect is crosswalked to Computer Network
 *   Architects, and a search for "network architects" must still list that occupation);
 * - a curated role's members are itself, its EXACT CROSSWALK occupations and their EXACT ESCO
 *   matches; it has no owners.
 */
const ROLE_CONCEPT = `
  CALL (node) {
    OPTIONAL MATCH (node)-[:SAME_OCCUPATION {matchType: 'EXACT'}]->(target:Role:OnetOccupation)
    WITH node, target ORDER BY target.id LIMIT 1
    WITH node, CASE WHEN node.source = $curatedSource THEN null WHEN target IS NULL THEN node ELSE target END AS anchor
    WITH node, anchor,
      CASE WHEN anchor IS NULL
        THEN COLLECT {
          MATCH (node)-[link:CROSSWALK]->(occupation:Role)
          WHERE link.matchType = 'EXACT'
          RETURN occupation
          UNION
          MATCH (node)-[link:CROSSWALK]->(:Role:OnetOccupation)<-[:SAME_OCCUPATION {matchType: 'EXACT'}]-(occupation:Role)
          WHERE link.matchType = 'EXACT'
          RETURN occupation
        }
        ELSE [anchor] + COLLECT { MATCH (anchor)<-[:SAME_OCCUPATION {matchType: 'EXACT'}]-(esco:Role) RETURN esco ORDER BY esco.id }
      END AS occupations
    RETURN {
      id: node.id,
      key: CASE WHEN anchor IS NULL THEN node.id ELSE anchor.id END,
      members: [member IN CASE WHEN anchor IS NULL THEN [node] + occupations ELSE occupations END | ${MEMBER}],
      owners: CASE WHEN anchor IS NULL THEN [] ELSE COLLECT {
        UNWIND occupations AS occupation
        MATCH (curated:Role {source: $curatedSource})-[link:CROSSWALK]->(occupation)
        WHERE link.matchType = 'EXACT'
        RETURN DISTINCT curated.id
      } END
    } AS concept
  }`;

const ROLE_HITS = `
  CALL db.index.fulltext.queryNodes('${ROLE_SEARCH_INDEX.name}', $roleQuery, {limit: toInteger($limit)}) YIELD node, score${ROLE_CONCEPT}
  RETURN 'ROLE' AS kind, score, ${projection('node', ROLE_PROPERTY_NAMES)} AS role, null AS skill, concept`;
const SKILL_HITS = `
  CALL db.index.fulltext.queryNodes('${SKILL_SEARCH_INDEX.name}', $skillQuery, {limit: toInteger($limit)}) YIELD node, score
  RETURN 'SKILL' AS kind, score, null AS role, ${projection('node', SKILL_PROPERTY_NAMES)} AS skill, null AS concept`;

const SEARCH_ROLES = `CALL () {${ROLE_HITS}
}
RETURN kind, score, role, skill, concept`;
const SEARCH_SKILLS = `CALL () {${SKILL_HITS}
}
RETURN kind, score, role, skill, concept`;
const SEARCH_ALL = `CALL () {${ROLE_HITS}
  UNION ALL${SKILL_HITS}
}
RETURN kind, score, role, skill, concept`;

/** Every label the fulltext indexes hold (their fields' source properties), for labelIndex.ts. */
const SEARCH_LABELS = `
  MATCH (role:Role) RETURN role.id AS id, 'ROLE' AS kind, [role.title] + coalesce(role.alternateTitles, []) AS labels
  UNION ALL
  MATCH (skill:Skill) RETURN skill.id AS id, 'SKILL' AS kind, [skill.name] + coalesce(skill.aliases, []) AS labels`;

/** The hits the label index picked, by id, as the fulltext statement returns them (score 0: ranked already). */
const HITS_BY_ID = `CALL () {
  UNWIND $roleIds AS id
  MATCH (node:Role {id: id})${ROLE_CONCEPT}
  RETURN 'ROLE' AS kind, 0.0 AS score, ${projection('node', ROLE_PROPERTY_NAMES)} AS role, null AS skill, concept
  UNION ALL
  UNWIND $skillIds AS id
  MATCH (node:Skill {id: id})
  RETURN 'SKILL' AS kind, 0.0 AS score, null AS role, ${projection('node', SKILL_PROPERTY_NAMES)} AS skill, null AS concept
}
RETURN kind, score, role, skill, concept`;

export class SearchRepository {
  constructor(private readonly db: GraphDatabase) {}

  /** Up to `limit` hits per kind for Lucene queries built by luceneQuery.ts (one per index, for its fields). */
  async fulltext(queries: { roleQuery: string; skillQuery: string }, kinds: ReadonlySet<SearchKind>, limit: number): Promise<FulltextHit[]> {
    const statement = kinds.has('ROLE') && kinds.has('SKILL') ? SEARCH_ALL : kinds.has('ROLE') ? SEARCH_ROLES : SEARCH_SKILLS;
    return this.db.readRows<FulltextHit>(statement, { ...queries, limit, curatedSource: CURATED_SOURCE });
  }

  /** The roles and skills with these ids (missing ones are left out), each role with its occupation concept. */
  async hitsById(roleIds: readonly string[], skillIds: readonly string[]): Promise<FulltextHit[]> {
    return this.db.readRows<FulltextHit>(HITS_BY_ID, { roleIds, skillIds, curatedSource: CURATED_SOURCE });
  }

  /**
   * Every role's title and alternate titles and every skill's name and aliases (search/SearchLabels.ts),
   * an entry at a time as they arrive: ~110,000 rows on the bench's largest graph.
   */
  async forEachSearchLabel(onEntry: (entry: LabelEntry) => void): Promise<void> {
    await this.db.forEachRowAtCommit<LabelEntry>(SEARCH_LABELS, {}, onEntry);
  }
}
