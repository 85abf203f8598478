/**
 * What a held skill can credit (gap credit, src/scoring/skillCredit.ts), as one Cypher expression
 * that every statement loading requirements embeds (gaps, paths, analytics), so the graph's side of
 * the credit rule is written once, like its arithmetic.
 *
 * For a Skill variable it yields a compact list of [creditedSkillId, relation, hops]:
 *   SAME_NAME    another skill KNOWN_AS one of its names or aliases (the same skill in another source)
 *   EXACT_MATCH  MATCHES {matchType: 'EXACT'} either direction
 *   CLOSE_MATCH  MATCHES {matchType: 'CLOSE'} either direction
 *   NARROWER     the skill is narrower than the credited one: -[:BROADER]-> 1 or 2 hops, or a MATCHES
 *                saying so (BROADER toward the other skill, NARROWER from it); never the other way
 *   RELATED      RELATED_SKILL either direction
 * Each relation is capped at CREDIT_NEIGHBOURS_PER_RELATION skills, so the work per held skill is
 * bounded whatever its degree (ESCO skills have dozens of relations, O*NET roles ~150 requirements).
 * A skill may come back under two relations; the scoring keeps the best. (No aggregation function
 * inside: Neo4j 5 rejects one in a COLLECT subquery used beside other expressions of the outer
 * RETURN, "implicit grouping expressions".)
 */
import type { CreditRelation } from '../scoring/skillCredit.js';

/** Skills listed per held skill and relation at most. */
export const CREDIT_NEIGHBOURS_PER_RELATION = 12;

const tag = (relation: CreditRelation) => `'${relation}'`;

/**
 * Hop counts as float literals: neo4j-driver decodes every Cypher integer into an Integer object and
 * range-checks it into a number (several more Integer objects each), even with lossless integers off,
 * while a float is read straight into a number. Credit links are the only integers in bulk in the
 * statements that embed this fragment (hundreds per careerPaths answer), and the scoring reads hops
 * as a number either way.
 */
const HOPS = { 1: '1.0', 2: '2.0' } as const;

/**
 * The credit links of the Skill bound to `variable` (an identifier of ours, never user input) as a
 * list expression; the limit is a literal so the fragment needs no parameter of its own.
 */
export function creditNeighbours(variable: string): string {
  const limit = `LIMIT ${CREDIT_NEIGHBOURS_PER_RELATION}`;
  return `(COLLECT {
    MATCH (${variable})-[:KNOWN_AS]->(:SkillName)<-[:KNOWN_AS]-(other:Skill) WHERE other <> ${variable}
    WITH DISTINCT other ORDER BY other.id ${limit}
    RETURN [other.id, ${tag('SAME_NAME')}, ${HOPS[1]}]
  } + COLLECT {
    MATCH (${variable})-[link:MATCHES]-(other:Skill) WHERE link.matchType IN ['EXACT', 'CLOSE'] AND other <> ${variable}
    WITH DISTINCT other, link.matchType = 'EXACT' AS exact
    ORDER BY exact DESC, other.id ${limit}
    RETURN [other.id, CASE WHEN exact THEN ${tag('EXACT_MATCH')} ELSE ${tag('CLOSE_MATCH')} END, ${HOPS[1]}]
  } + COLLECT {
    MATCH (${variable})-[link:MATCHES]-(other:Skill)
    WHERE (startNode(link) = ${variable} AND link.matchType = 'BROADER') OR (endNode(link) = ${variable} AND link.matchType = 'NARROWER')
    WITH DISTINCT other ORDER BY other.id ${limit}
    RETURN [other.id, ${tag('NARROWER')}, ${HOPS[1]}]
  } + COLLECT {
    MATCH (${variable})-[:BROADER]->(other:Skill)
    WITH DISTINCT other ORDER BY other.id ${limit}
    RETURN [other.id, ${tag('NARROWER')}, ${HOPS[1]}]
  } + COLLECT {
    MATCH (${variable})-[:BROADER]->(:Skill)-[:BROADER]->(other:Skill) WHERE other <> ${variable}
    WITH DISTINCT other ORDER BY other.id ${limit}
    RETURN [other.id, ${tag('NARROWER')}, ${HOPS[2]}]
  } + COLLECT {
    MATCH (${variable})-[:RELATED_SKILL]-(other:Skill) WHERE other <> ${variable}
    WITH other, other.source = ${variable}.source AS sameSource
    WITH DISTINCT other, sameSource ORDER BY sameSource DESC, other.id ${limit}
    RETURN [other.id, ${tag('RELATED')}, ${HOPS[1]}]
  })`;
}

/**
 * The credit links of the skills whose ids are `$ids`, one row each ([skillId, links]), for the
 * statements that return held skills without their links and take the ones not remembered from here
 * (paths: skills/CreditLinkMemo.ts, creditLinksAtCommit).
 */
export const CREDIT_LINKS_OF_SKILLS = `
UNWIND $ids AS id
MATCH (skill:Skill {id: id})
RETURN skill.id AS skillId, ${creditNeighbours('skill')} AS links`;
