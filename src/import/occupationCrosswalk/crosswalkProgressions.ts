/**
 * Next roles for ESCO occupations, derived through the crosswalk. ESCO has no progression data; an
 * ESCO occupation linked by SAME_OCCUPATION to an O*NET occupation gets that occupation's O*NET
 * moves (LEADS_TO from "Related Occupations", source onet-29.3) as its own:
 *
 *   (esco)-[:SAME_OCCUPATION {confidence c}]->(onet)-[:LEADS_TO {confidence p}]->(target)
 *   gives (esco)-[:LEADS_TO {source: nesta-esco-onet-2020, confidence p × c}]->(target)
 *
 * with the O*NET move's kind, typical years, tier and rank, and evidence naming the crosswalk row and
 * the related-occupation pair. CLOSE matches propagate too, at their lower confidence (docs/importers.md
 * says why). A target that is itself one of the ESCO occupation's matches is skipped (moving "to the
 * same occupation" is no move), and when several matched O*NET occupations lead to one target the
 * most confident route gives the edge. Only O*NET's own moves are followed, so derived edges never
 * feed each other and curated moves stay curated.
 *
 * Two statements, run in this order after LINK_SAME_OCCUPATION (sameOccupation.ts lists all three):
 * the first deletes derived edges no route supports any more (a crosswalk row, a SAME_OCCUPATION
 * edge or an O*NET move gone), the second MERGEs one edge per (ESCO occupation, target) and replaces
 * its properties as a whole, so re-running converges on the same edges and changes nothing.
 */

/** Deletes derived LEADS_TO edges whose (ESCO occupation, target) pair no crosswalk route gives any more. */
export const PRUNE_CROSSWALK_PROGRESSIONS = `
MATCH (esco:Role)-[stale:LEADS_TO {source: $crosswalkSource}]->(target:Role)
WHERE NOT EXISTS {
  MATCH (esco:EscoOccupation)-[:SAME_OCCUPATION {source: $crosswalkSource}]->(:OnetOccupation)-[:LEADS_TO {source: $onetSource}]->(target:OnetOccupation)
  WHERE NOT EXISTS { (esco)-[:SAME_OCCUPATION {source: $crosswalkSource}]->(target) }
}
DELETE stale`;

/**
 * One edge per (ESCO occupation, target): the route with the highest confidence (O*NET move ×
 * match), ties broken by the O*NET rank, then the O*NET code, so the choice is deterministic.
 * `sourceId` is the crosswalk row (OccupationMatch id) the edge stands on; `asOf` the crosswalk's date;
 * `via` the id of the O*NET occupation whose move it is: the API compares skills across the move on
 * that occupation's profile (the ESCO occupation's skills are ESCO skills, the target's O*NET ones).
 */
export const LINK_CROSSWALK_PROGRESSIONS = `
MATCH (esco:Role:EscoOccupation)-[same:SAME_OCCUPATION {source: $crosswalkSource}]->(onet:Role:OnetOccupation)
      -[move:LEADS_TO {source: $onetSource}]->(target:Role:OnetOccupation)
WHERE NOT EXISTS { (esco)-[:SAME_OCCUPATION {source: $crosswalkSource}]->(target) }
WITH esco, target, same, onet, move, round(move.confidence * same.confidence, 4) AS confidence
ORDER BY confidence DESC, move.rank, onet.sourceId
WITH esco, target, collect({same: same, onet: onet, move: move, confidence: confidence}) AS routes
WITH esco, target, routes[0] AS best, size(routes) AS routeCount
WITH esco, target, best.same AS same, best.onet AS onet, best.move AS move, best.confidence AS confidence, routeCount
MERGE (esco)-[link:LEADS_TO {source: $crosswalkSource}]->(target)
SET link = {
  source: $crosswalkSource,
  sourceId: same.sourceId,
  via: onet.id,
  asOf: same.asOf,
  method: $method,
  kind: move.kind,
  typicalYears: move.typicalYears,
  tier: move.tier,
  rank: move.rank,
  confidence: confidence,
  rationale: 'As ' + onet.title + ' (O*NET ' + onet.sourceId + ', ' + same.matchType + ' crosswalk match): ' + move.rationale,
  evidence: 'ESCO ' + esco.title + ' -> O*NET ' + onet.sourceId + ' ' + onet.title + ': ' + same.matchType + ' match, confidence ' +
    toString(same.confidence) + ' (' + same.evidence + '). O*NET 29.3 Related Occupations: ' + onet.sourceId + ' -> ' +
    target.sourceId + ' ' + target.title + ', ' + move.tier + ' rank ' + toString(move.rank) + ', confidence ' +
    toString(move.confidence) + '. Confidence ' + toString(move.confidence) + ' x ' + toString(same.confidence) + ' = ' +
    toString(confidence) + '.' +
    CASE WHEN routeCount > 1 THEN ' Best of ' + toString(routeCount) + ' crosswalk routes to this occupation.' ELSE '' END
}`;
