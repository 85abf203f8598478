/**
 * Links curated roles to the imported occupations their seed names (onetCodes / escoUris). Run
 * after seeding and after each import, since either side may arrive first; MERGE keeps it idempotent.
 */
import { CURATED_METHOD } from '../graph/evidence.js';
import { CURATED_SOURCE, ONET_SOURCE, OCCUPATION_TAXONOMY_SOURCES } from '../graph/sources.js';

export const LINK_CROSSWALKS = `
MATCH (curated:Role {source: $curatedSource})
CALL (curated) {
  UNWIND curated.onetCodes + curated.escoUris AS code
  MATCH (occupation:Role {sourceId: code})
  WHERE occupation.source IN $occupationSources
  MERGE (curated)-[link:CROSSWALK]->(occupation)
  SET link.source = $curatedSource, link.method = $curatedMethod, link.taxonomy = CASE occupation.source WHEN $onetSource THEN 'ONET' ELSE 'ESCO' END
}`;

/** LINK_CROSSWALKS's parameters: the tags are the vocabulary's, never literals in the statement. */
export const LINK_CROSSWALKS_PARAMETERS = {
  curatedSource: CURATED_SOURCE,
  curatedMethod: CURATED_METHOD,
  occupationSources: OCCUPATION_TAXONOMY_SOURCES,
  onetSource: ONET_SOURCE,
} as const;
