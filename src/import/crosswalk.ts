/**
 * Links curated roles to the imported occupations their seed names (onetCodes / escoUris). Run
 * after seeding and after each import, since either side may arrive first; MERGE keeps it idempotent.
 *
 * Each link carries `matchType` (src/graph/evidence.ts: the occupation relative to the role) from the
 * role's onetMatchTypes / escoMatchTypes, lists parallel to the code lists. A curation edit can change
 * the codes without the match types; when the lengths then disagree no type is trusted and the link
 * gets none, rather than the type of another code.
 */
import { CURATED_METHOD } from '../graph/evidence.js';
import { CURATED_SOURCE, ONET_SOURCE, OCCUPATION_TAXONOMY_SOURCES } from '../graph/sources.js';

export const LINK_CROSSWALKS = `
MATCH (curated:Role {source: $curatedSource})
CALL (curated) {
  // A role a curator created through the API may lack either list (null): it reads as empty, or
  // range() below would fail and with it the seed load or import that runs this statement.
  WITH curated, coalesce(curated.onetCodes, []) AS onetCodes, coalesce(curated.escoUris, []) AS escoUris
  WITH curated,
       onetCodes + escoUris AS codes,
       CASE WHEN size(coalesce(curated.onetMatchTypes, [])) = size(onetCodes)
            THEN curated.onetMatchTypes ELSE [code IN onetCodes | ''] END +
       CASE WHEN size(coalesce(curated.escoMatchTypes, [])) = size(escoUris)
            THEN curated.escoMatchTypes ELSE [code IN escoUris | ''] END AS matchTypes
  UNWIND range(0, size(codes) - 1) AS index
  MATCH (occupation:Role {sourceId: codes[index]})
  WHERE occupation.source IN $occupationSources
  MERGE (curated)-[link:CROSSWALK]->(occupation)
  SET link.source = $curatedSource, link.method = $curatedMethod, link.taxonomy = CASE occupation.source WHEN $onetSource THEN 'ONET' ELSE 'ESCO' END,
      link.matchType = CASE WHEN matchTypes[index] = '' THEN null ELSE matchTypes[index] END
}`;

/** LINK_CROSSWALKS's parameters: the tags are the vocabulary's, never literals in the statement. */
export const LINK_CROSSWALKS_PARAMETERS = {
  curatedSource: CURATED_SOURCE,
  curatedMethod: CURATED_METHOD,
  occupationSources: OCCUPATION_TAXONOMY_SOURCES,
  onetSource: ONET_SOURCE,
} as const;
