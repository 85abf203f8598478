/**
 * Links curated roles to the imported occupations their seed names (onetCodes / escoUris). Run
 * after seeding and after each import, since either side may arrive first; MERGE keeps it idempotent.
 */
export const LINK_CROSSWALKS = `
MATCH (curated:Role {source: 'curated'})
CALL (curated) {
  UNWIND curated.onetCodes + curated.escoUris AS code
  MATCH (occupation:Role {sourceId: code})
  WHERE occupation.source IN ['onet-29.3', 'esco-1.1.1']
  MERGE (curated)-[link:CROSSWALK]->(occupation)
  SET link.source = 'curated', link.taxonomy = CASE occupation.source WHEN 'onet-29.3' THEN 'ONET' ELSE 'ESCO' END
}`;
