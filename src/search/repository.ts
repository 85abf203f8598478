/**
 * Cypher for `search`: the role_search and skill_search fulltext indexes queried in one statement
 * (one variant per set of kinds, so an unrequested index is never touched).
 */
import type { GraphDatabase } from '../neo4j/GraphDatabase.js';
import { ROLE_SEARCH_INDEX, SKILL_SEARCH_INDEX } from '../neo4j/graphSchema.js';
import { projection } from '../neo4j/projection.js';
import { ROLE_PROPERTY_NAMES, SKILL_PROPERTY_NAMES } from '../graph/model.js';
import { CURATED_SOURCE } from '../graph/sources.js';
import type { FulltextHit, RoleConcept, SearchKind } from './model.js';

const ROLE_HITS = `
  CALL db.index.fulltext.queryNodes('${ROLE_SEARCH_INDEX.name}', $roleQuery, {limit: toInteger($limit)}) YIELD node, score
  RETURN 'ROLE' AS kind, score, ${projection('node', ROLE_PROPERTY_NAMES)} AS role, null AS skill`;
const SKILL_HITS = `
  CALL db.index.fulltext.queryNodes('${SKILL_SEARCH_INDEX.name}', $skillQuery, {limit: toInteger($limit)}) YIELD node, score
  RETURN 'SKILL' AS kind, score, null AS role, ${projection('node', SKILL_PROPERTY_NAMES)} AS skill`;

const SEARCH_ROLES = `CALL () {${ROLE_HITS}
}
RETURN kind, score, role, skill`;
const SEARCH_SKILLS = `CALL () {${SKILL_HITS}
}
RETURN kind, score, role, skill`;
const SEARCH_ALL = `CALL () {${ROLE_HITS}
  UNION ALL${SKILL_HITS}
}
RETURN kind, score, role, skill`;

const ROLE = projection('member', ROLE_PROPERTY_NAMES);

/**
 * For each role id, the occupation concept it belongs to (docs/api-catalog.md, "search"):
 * - an imported occupation's anchor is its O*NET occupation: itself, or for an ESCO occupation the
 *   O*NET occupation its SAME_OCCUPATION edge marks EXACT (CLOSE matches stay separate hits: Nesta's
 *   best match for "mayor" is "Chief Executives", not the same occupation). The concept's members are
 *   the anchor and every ESCO occupation EXACT-matched to it; its owners the curated roles whose
 *   CROSSWALK names a member (a CROSSWALK without a matchType, or EXACT/CLOSE: not BROADER/NARROWER);
 * - a curated role's members are itself, its CROSSWALK occupations (same rule) and their EXACT ESCO
 *   matches; it owns no other curated role.
 */
const ROLE_CONCEPTS = `
UNWIND $ids AS id
MATCH (role:Role {id: id})
OPTIONAL MATCH (role)-[exact:SAME_OCCUPATION {matchType: 'EXACT'}]->(target:Role:OnetOccupation)
WITH id, role, CASE WHEN role.source = $curatedSource THEN null WHEN target IS NULL THEN role ELSE target END AS anchor
WITH id, role, anchor,
  CASE WHEN anchor IS NULL
    THEN COLLECT {
      MATCH (role)-[link:CROSSWALK]->(occupation:Role)
      WHERE link.matchType IS NULL OR link.matchType IN ['EXACT', 'CLOSE']
      RETURN occupation
      UNION
      MATCH (role)-[link:CROSSWALK]->(:Role:OnetOccupation)<-[:SAME_OCCUPATION {matchType: 'EXACT'}]-(occupation:Role)
      WHERE link.matchType IS NULL OR link.matchType IN ['EXACT', 'CLOSE']
      RETURN occupation
    }
    ELSE [anchor] + COLLECT { MATCH (anchor)<-[:SAME_OCCUPATION {matchType: 'EXACT'}]-(esco:Role) RETURN esco }
  END AS occupations
RETURN id,
  CASE WHEN anchor IS NULL THEN id ELSE anchor.id END AS key,
  [member IN CASE WHEN anchor IS NULL THEN [role] + occupations ELSE occupations END | ${ROLE}] AS members,
  CASE WHEN anchor IS NULL THEN [] ELSE COLLECT {
    UNWIND occupations AS occupation
    MATCH (curated:Role {source: $curatedSource})-[link:CROSSWALK]->(occupation)
    WHERE link.matchType IS NULL OR link.matchType IN ['EXACT', 'CLOSE']
    RETURN DISTINCT curated.id
  } END AS owners`;

export class SearchRepository {
  constructor(private readonly db: GraphDatabase) {}

  /** Up to `limit` hits per kind for Lucene queries built by luceneQuery.ts (one per index, for its fields). */
  async fulltext(queries: { roleQuery: string; skillQuery: string }, kinds: ReadonlySet<SearchKind>, limit: number): Promise<FulltextHit[]> {
    const statement = kinds.has('ROLE') && kinds.has('SKILL') ? SEARCH_ALL : kinds.has('ROLE') ? SEARCH_ROLES : SEARCH_SKILLS;
    return this.db.readRows<FulltextHit>(statement, { ...queries, limit });
  }

  /** The occupation concept of each role (see ROLE_CONCEPTS), one statement for all. */
  async roleConcepts(ids: readonly string[]): Promise<RoleConcept[]> {
    if (ids.length === 0) return [];
    return this.db.readRows<RoleConcept>(ROLE_CONCEPTS, { ids: [...ids], curatedSource: CURATED_SOURCE });
  }
}
