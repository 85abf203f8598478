/**
 * Cypher for `search`: the role_search and skill_search fulltext indexes queried in one statement
 * (one variant per set of kinds, so an unrequested index is never touched).
 */
import type { GraphDatabase } from '../neo4j/GraphDatabase.js';
import { ROLE_SEARCH_INDEX, SKILL_SEARCH_INDEX } from '../neo4j/graphSchema.js';
import { projection } from '../neo4j/projection.js';
import { ROLE_PROPERTY_NAMES, SKILL_PROPERTY_NAMES } from '../graph/model.js';
import type { FulltextHit, SearchKind } from './model.js';

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

export class SearchRepository {
  constructor(private readonly db: GraphDatabase) {}

  /** Up to `limit` hits per kind for Lucene queries built by luceneQuery.ts (one per index, for its fields). */
  async fulltext(queries: { roleQuery: string; skillQuery: string }, kinds: ReadonlySet<SearchKind>, limit: number): Promise<FulltextHit[]> {
    const statement = kinds.has('ROLE') && kinds.has('SKILL') ? SEARCH_ALL : kinds.has('ROLE') ? SEARCH_ROLES : SEARCH_SKILLS;
    return this.db.readRows<FulltextHit>(statement, { ...queries, limit });
  }
}
