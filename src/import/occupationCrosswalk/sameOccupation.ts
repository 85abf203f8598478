/**
 * Cypher that turns stored crosswalk rows (:OccupationMatch, written by `import crosswalks`) into
 * SAME_OCCUPATION edges between the ESCO and O*NET occupations present. The rows are stored, not
 * only the edges, so the three imports (onet, esco, crosswalks) can run in any order: each ends by
 * running LINK_SAME_OCCUPATION, which links whatever pairs both ends exist for now, and removing an
 * occupation source drops its edges with its nodes, to be relinked when it is imported again.
 */
import { CROSSWALK_MATCHES_SOURCE } from '../../graph/sources.js';

/** Replaces the stored rows with $batch (the whole crosswalk: ~1,700 rows, one transaction). */
export const REPLACE_OCCUPATION_MATCHES = `
CALL () {
  MATCH (old:OccupationMatch {source: $crosswalkSource})
  DELETE old
}
UNWIND $batch AS row
CREATE (match:OccupationMatch)
SET match = row, match.asOf = date(row.asOf)`;

/**
 * Drops edges whose row is gone, then MERGEs one edge per row whose two occupations exist. The
 * edge's sourceId is the row's id, so a re-run finds and rewrites the same edge.
 */
export const LINK_SAME_OCCUPATION = `
CALL () {
  WITH COLLECT { MATCH (match:OccupationMatch {source: $crosswalkSource}) RETURN match.id } AS current
  MATCH (:Role)-[stale:SAME_OCCUPATION]->(:Role)
  WHERE NOT stale.sourceId IN current
  DELETE stale
}
MATCH (match:OccupationMatch {source: $crosswalkSource})
MATCH (esco:Role:EscoOccupation {sourceId: match.escoUri})
MATCH (onet:Role:OnetOccupation {sourceId: match.onetCode})
MERGE (esco)-[link:SAME_OCCUPATION]->(onet)
SET link.matchType = match.matchType, link.confidence = match.confidence, link.method = match.method,
    link.source = match.source, link.sourceId = match.id, link.asOf = match.asOf, link.evidence = match.evidence`;

/** How many stored rows could not be linked, by the missing end (run after LINK_SAME_OCCUPATION). */
export const COUNT_UNLINKED_MATCHES = `
MATCH (match:OccupationMatch {source: $crosswalkSource})
RETURN count(match) AS rows,
  count(CASE WHEN EXISTS { MATCH (:Role:EscoOccupation {sourceId: match.escoUri})-[:SAME_OCCUPATION {sourceId: match.id}]->(:Role) } THEN 1 END) AS linked,
  count(CASE WHEN NOT EXISTS { MATCH (:Role:EscoOccupation {sourceId: match.escoUri}) } THEN 1 END) AS escoMissing,
  count(CASE WHEN NOT EXISTS { MATCH (:Role:OnetOccupation {sourceId: match.onetCode}) } THEN 1 END) AS onetMissing`;

/** Deletes the rows and every edge derived from them (`npm run import -- remove crosswalks`). */
export const REMOVE_OCCUPATION_MATCHES = `
CALL () {
  MATCH (:Role)-[link:SAME_OCCUPATION {source: $crosswalkSource}]->(:Role)
  DELETE link
}
CALL () {
  MATCH (match:OccupationMatch {source: $crosswalkSource})
  DELETE match
}
CALL () {
  MATCH (run:ImportRun {source: $crosswalkSource})
  DELETE run
}`;

export const SAME_OCCUPATION_PARAMETERS = { crosswalkSource: CROSSWALK_MATCHES_SOURCE } as const;
