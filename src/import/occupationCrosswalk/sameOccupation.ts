/**
 * Cypher that turns stored crosswalk rows (:OccupationMatch, written by `import crosswalks`) into
 * SAME_OCCUPATION edges between the ESCO and O*NET occupations present, and those edges into the
 * ESCO occupations' derived next roles (crosswalkProgressions.ts). The rows are stored, not only the
 * edges, so the three imports (onet, esco, crosswalks) can run in any order: each ends by running
 * linkOccupationsAcrossSources, which links whatever pairs both ends exist for now, and removing an
 * occupation source drops its edges with its nodes, to be relinked when it is imported again.
 */
import { DERIVED_METHOD } from '../../graph/evidence.js';
import { CROSSWALK_MATCHES_SOURCE, ONET_SOURCE } from '../../graph/sources.js';
import type { GraphDatabase, UpdateCounters } from '../../neo4j/GraphDatabase.js';
import { LINK_CROSSWALK_PROGRESSIONS, PRUNE_CROSSWALK_PROGRESSIONS } from './crosswalkProgressions.js';

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
  // Only the crosswalk's own edges: a SAME_OCCUPATION from any other source (a curated one) is not its to prune.
  MATCH (:Role)-[stale:SAME_OCCUPATION {source: $crosswalkSource}]->(:Role)
  WHERE NOT stale.sourceId IN current
  DELETE stale
}
MATCH (match:OccupationMatch {source: $crosswalkSource})
MATCH (esco:Role:EscoOccupation {sourceId: match.escoUri})
MATCH (onet:Role:OnetOccupation {sourceId: match.onetCode})
// Keyed on the source too: MERGE must not take over (and overwrite) another source's edge between the pair.
MERGE (esco)-[link:SAME_OCCUPATION {source: $crosswalkSource}]->(onet)
SET link.matchType = match.matchType, link.confidence = match.confidence, link.method = match.method,
    link.source = match.source, link.sourceId = match.id, link.asOf = match.asOf, link.evidence = match.evidence`;

/** How many stored rows could not be linked, by the missing end (run after LINK_SAME_OCCUPATION). */
export const COUNT_UNLINKED_MATCHES = `
MATCH (match:OccupationMatch {source: $crosswalkSource})
RETURN count(match) AS rows,
  count(CASE WHEN EXISTS { MATCH (:Role:EscoOccupation {sourceId: match.escoUri})-[:SAME_OCCUPATION {sourceId: match.id}]->(:Role) } THEN 1 END) AS linked,
  count(CASE WHEN NOT EXISTS { MATCH (:Role:EscoOccupation {sourceId: match.escoUri}) } THEN 1 END) AS escoMissing,
  count(CASE WHEN NOT EXISTS { MATCH (:Role:OnetOccupation {sourceId: match.onetCode}) } THEN 1 END) AS onetMissing`;

/** LEADS_TO edges derived through the crosswalk, and how many ESCO occupations have at least one. */
export const COUNT_CROSSWALK_PROGRESSIONS = `
MATCH (esco:Role)-[move:LEADS_TO {source: $crosswalkSource}]->(:Role)
RETURN count(move) AS progressions, count(DISTINCT esco) AS escoOccupations`;

/** Deletes the rows and every edge derived from them (`npm run import -- remove crosswalks`). */
export const REMOVE_OCCUPATION_MATCHES = `
CALL () {
  MATCH (:Role)-[link:SAME_OCCUPATION {source: $crosswalkSource}]->(:Role)
  DELETE link
}
CALL () {
  MATCH (:Role)-[move:LEADS_TO {source: $crosswalkSource}]->(:Role)
  DELETE move
}
CALL () {
  MATCH (match:OccupationMatch {source: $crosswalkSource})
  DELETE match
}
CALL () {
  MATCH (run:ImportRun {source: $crosswalkSource})
  DELETE run
}`;

export const SAME_OCCUPATION_PARAMETERS = { crosswalkSource: CROSSWALK_MATCHES_SOURCE, onetSource: ONET_SOURCE, method: DERIVED_METHOD } as const;

/**
 * Everything the stored crosswalk rows give, in order: SAME_OCCUPATION edges, then the derived
 * LEADS_TO edges of ESCO occupations (stale ones pruned first). One list, run by every import's end
 * (importRun.ts), `import crosswalks` and the bundled load's finish (bundle/finishLoad.ts), so those
 * places cannot drift apart. Each statement takes SAME_OCCUPATION_PARAMETERS.
 */
export const OCCUPATION_LINK_STATEMENTS = [LINK_SAME_OCCUPATION, PRUNE_CROSSWALK_PROGRESSIONS, LINK_CROSSWALK_PROGRESSIONS] as const;

/**
 * Runs OCCUPATION_LINK_STATEMENTS in one write transaction (a crosswalk's worth of edges: ~1,800
 * SAME_OCCUPATION and ~34,000 LEADS_TO on the full data sets), so a reader never sees SAME_OCCUPATION
 * edges without the progressions they give. Idempotent: a re-run creates and deletes nothing.
 */
export async function linkOccupationsAcrossSources(db: GraphDatabase): Promise<UpdateCounters> {
  return db.write(async (tx) => {
    const total: UpdateCounters = { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0, labelsAdded: 0 };
    for (const statement of OCCUPATION_LINK_STATEMENTS) {
      const counters = await tx.update(statement, SAME_OCCUPATION_PARAMETERS);
      for (const key of Object.keys(total) as (keyof UpdateCounters)[]) total[key] += counters[key];
    }
    return total;
  });
}
