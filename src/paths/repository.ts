/**
 * Cypher for progressions, career paths and similar roles. Each public method is ONE statement that
 * returns the routes (or candidates) together with the skill requirements of every role involved,
 * so gaps and scores are computed in TypeScript by the pure functions in src/scoring without another
 * round trip. With the process's memos, requirements and credit links come from them instead, and
 * the routes of progressions and career paths from the moves held in memory (MoveGraph), the
 * statement then reading only the routes' roles. Batch methods take many roles (DataLoader) and answer them all in that statement.
 * Progressions take role slugs, not ids: role(slug:) starts its routes before it has found the role.
 *
 * Routes share roles and roles share skills, so each role and each skill is returned once (routes
 * and requirements refer to them by id) and joined here: it halves the bytes on the wire, which
 * dominate these statements' cost. A large answer comes over several records of bounded size
 * (neo4j/recordParts.ts), joined back before anything reads it.
 *
 * Cypher 5 does not accept a parameter as a quantifier bound (`{1,$maxHops}`) or as SHORTEST's k,
 * so there is one statement per hop count (and per selection, pathSelection.ts), built on first use.
 */
import neo4j from 'neo4j-driver';
import { LIMITS } from '../requestLimits/limits.js';
import type { GraphDatabase, QueryParameters } from '../neo4j/GraphDatabase.js';
import { statementCache } from '../neo4j/statementCache.js';
import { joinParts, REQUIREMENTS_PER_RECORD, returnInParts, returnWhole, type PartRow, type RecordParts } from '../neo4j/recordParts.js';
import { fromTuple, projection, tupleProjection } from '../neo4j/projection.js';
import { ROLE_SUMMARY_PROPERTY_NAMES, type Role, SKILL_SUMMARY_PROPERTY_NAMES, type Skill } from '../graph/model.js';
import { DEFAULT_STEP_CONFIDENCE, PRIMARY_RANK_KEY_TOLERANCE, orderedByPrimaryKeys, primaryRankKey, rankableByPrimaryKey, type PathRanking } from '../scoring/pathRanking.js';
import type { CreditLink, CreditLinks } from '../scoring/skillCredit.js';
import type { RequirementInput } from '../scoring/skillGap.js';
import { creditNeighbours } from '../skills/creditNeighbours.js';
import { creditLinksAtCommit, type CreditLinkMemo } from '../skills/CreditLinkMemo.js';
import { SkillIdentityMemo } from '../skills/SkillIdentityMemo.js';
import { requirementsAtCommit, requirementTuples, type RequirementMemo, type RequirementsByRole, type RequirementTuple } from '../roles/RequirementMemo.js';
import { pinKnownGaps, type KnownMoveGaps, type MoveGapMemo } from './MoveGapMemo.js';
import { MOVE_GRAPH_MAX_MOVES, MoveGraph, MoveGraphRows, type FoundRoute, type MoveGraphMemo, type MoveGraphRow } from './MoveGraph.js';
import { startProfileId } from './moveStart.js';
import { pathSelectionKey, STEP_DETAIL_PROPERTIES, STEP_RANKING_PROPERTIES, WHOLE_PATHS, type PathSelection } from './pathSelection.js';
import type { CareerPathQuery, LeadsTo, ProgressionDirection, ProgressionKind, RequirementRow } from './model.js';

/** How many roles (requirements) and skills (credit links) one statement of rememberBusiestRoles reads. */
export interface MemoWarmingBatch {
  roles: number;
  skills: number;
}
/** ~40,000 requirement tuples a statement on O*NET roles: small enough not to hold a request back for long. */
export const MEMO_WARMING_BATCH: MemoWarmingBatch = { roles: 400, skills: 2_000 };

/** careerPaths ranks among at most this many shortest routes (before dropping those that revisit a role). */
export const CAREER_PATH_ROUTE_CAP = 100;
/** similarRoles looks for candidates through at most this many of the role's most distinctive skills. */
export const SIMILARITY_ANCHOR_SKILLS = 40;
/** …and estimates the similarity of at most this many candidates (by shared weight on those skills). */
export const SIMILARITY_PREFILTER = 100;

/** The properties of a move that `selection` reads (pathSelection.ts), in the order of its tuple. */
const stepPropertiesOf = (selection: PathSelection): readonly string[] =>
  selection.stepDetails ? [...STEP_RANKING_PROPERTIES, ...STEP_DETAIL_PROPERTIES] : STEP_RANKING_PROPERTIES;
/**
 * A move's properties as a tuple (pathRowsFromTuples turns it back into a LeadsTo): an O*NET / ESCO
 * answer holds hundreds of moves, and their keys were ~5 % of a fresh careerPaths statement's time
 * in-process (docs/performance.md, "Thirteenth pass").
 */
const stepFields = (selection: PathSelection) => tupleProjection('hop', stepPropertiesOf(selection));

/**
 * The roles whose profiles stand in for a step's start (`via` of moves derived through the ESCO↔O*NET
 * crosswalk: the O*NET occupation whose move it is), for the hops in the list expression `hops`.
 */
const stepProxies = (hops: string) => `
  COLLECT {
    UNWIND ${hops} AS hop
    WITH DISTINCT hop.via AS via WHERE via IS NOT NULL
    MATCH (proxy:Role {id: via})
    RETURN proxy
  }`;
const routeOf = (route: string, selection: PathSelection) =>
  `{roleIds: [node IN nodes(${route}) | node.id], steps: [hop IN relationships(${route}) | ${stepFields(selection)}]}`;

/**
 * Every role of the list `nodes` once, with its requirements as [skillId, importance, level,
 * essential] tuples (O*NET roles have ~150 requirements each, and tuples carry no keys); and every
 * skill they require, once (none when `skillProperties` is null: PathSelection.skills). Roles and skills without their detail properties (long texts, alternate
 * titles: graph/details.ts), which the Role and Skill resolvers load when a query asks for them;
 * roles and skills with the properties `roleProperties` and `skillProperties` (pathSelection.ts), as
 * tuples too (rolesAndSkillsFromTuples makes them objects): a fresh O*NET / ESCO nextRoles answer
 * holds ~60 roles and ~850 skills, and their keys were a fifth of its statement's time in-process
 * (docs/performance.md, "Thirteenth pass").
 */
const rolesAndSkills = (skillProperties: readonly string[] | null, roleProperties: readonly string[] = ROLE_SUMMARY_PROPERTY_NAMES, withRequirements = true) => `
  [node IN nodes | {
    role: ${tupleProjection('node', roleProperties)}${withRequirements ? `,
    requirements: ${requirementTuples('node')}` : ''}
  }] AS roles,
  ${
    skillProperties === null
      ? '[] AS skills'
      : `COLLECT {
    UNWIND nodes AS node
    MATCH (node)-[:REQUIRES]->(skill:Skill)
    WITH DISTINCT skill
    RETURN ${tupleProjection('skill', skillProperties)}
  } AS skills`
  }`;

/** Turns the roles and skills of rolesAndSkills' tuples into objects with these properties, in place (the rows are this answer's own). */
function rolesAndSkillsFromTuples(rows: readonly RolesAndSkillsRow[], roleProperties: readonly string[], skillProperties: readonly string[] | null): void {
  for (const row of rows) {
    for (const entry of row.roles) entry.role = fromTuple<Role>(roleProperties, entry.role as unknown as unknown[]);
    if (skillProperties) row.skills = row.skills.map((skill) => fromTuple<Skill>(skillProperties, skill as unknown as unknown[]));
  }
}
/**
 * The roles with the most moves (LEADS_TO either way), busiest first, and how many requirements each
 * has: the roles paths answers cross most, which MemoWarming reads into the memos ahead of requests.
 * A role's degree comes from the store, so ranking even 100k roles reads no relationship.
 */
const ROLES_BY_MOVES = `
MATCH (role:Role)
WITH role, COUNT { (role)-[:LEADS_TO]-() } AS moves
WHERE moves > 0
ORDER BY moves DESC, role.id
LIMIT $limit
RETURN role.id AS roleId, COUNT { (role)-[:REQUIRES]->() } AS requirements`;

/** The skill properties a paths statement returns: none when the answer shows no skill of a move (pathSelection.ts). */
const skillPropertiesOf = (selection: PathSelection) => (selection.skills ? selection.skillProperties : null);

/**
 * Where a statement's answer gets the requirements of its roles and the credit links of the skills
 * held at the start of its moves:
 * - AFTER_STATEMENT — both from the process's memos, and one more statement each for what they do
 *   not hold (roles/RequirementMemo.ts, requirementsAtCommit; skills/CreditLinkMemo.ts, creditLinksAtCommit);
 * - CREDITS_AFTER — the statement reads the requirements, the credit links come after it (a
 *   repository without a requirement memo, or a paths answer while an outgrown memo lacks most of
 *   what answers of its kind needed lately: readWithMemos' `reader`);
 * - IN_STATEMENT — the statement reads both itself (heldCredits), which is what an answer falls
 *   back to when a write lands between the statements.
 * The memos pay because every route set reads the requirements of all its roles and the links of
 * every skill its start roles hold: ~600 skills, six subqueries each, were ~45 % of a careerPaths
 * statement's time on O*NET pairs, though O*NET skills have almost no links, and the requirements
 * two thirds of what was left (docs/performance.md).
 */
type FactsRead = 'AFTER_STATEMENT' | 'CREDITS_AFTER' | 'IN_STATEMENT';

/** The lists besides `roles` a paths statement shares out over its records (returnInParts): credits only when it reads them itself. */
const sharedLists = (read: FactsRead) => (read === 'IN_STATEMENT' ? ['skills', 'credits'] : ['skills']);

/**
 * How a paths statement ends: with its requirements, in records of bounded size (returnInParts);
 * without them (AFTER_STATEMENT), its answer is small and comes in one record.
 */
const returnAnswer = (read: FactsRead, parts: Omit<RecordParts, 'shared'>) =>
  read === 'AFTER_STATEMENT' ? returnWhole({ ...parts, shared: sharedLists(read) }) : returnInParts({ ...parts, shared: sharedLists(read) });

/**
 * What the skills of the roles `holders` (a list expression) can credit (gap credit), once per
 * skill: the roles at the earlier end of a move hold them.
 */
const heldCredits = (holders: string) => `
  COLLECT {
    UNWIND ${holders} AS holder
    WITH DISTINCT holder
    MATCH (holder)-[:REQUIRES]->(skill:Skill)
    WITH DISTINCT skill
    RETURN [skill.id, ${creditNeighbours('skill')}]
  } AS credits`;

/**
 * The best route from each source to every role within `hops` moves (or, PREVIOUS, from every role
 * to the source), found breadth-first, one unrolled layer per hop: a layer expands the previous
 * layer's roles, drops roles already reached (so no route revisits a role or loops back to the
 * source) and keeps, per newly reached role, the most confident route — so each role gets its
 * fewest-moves route, and of those the most confident (the product is monotone, so keeping the best
 * per role and layer is exact). Layers stop once $candidates roles are reached: the nearest
 * candidates are all the ranking needs, and on a dense graph (O*NET's 20 related occupations each)
 * that is after two or three layers instead of the whole graph. ALL SHORTEST would give the same
 * routes but enumerates every shortest route per role, which explodes on dense graphs at 4+ hops.
 * The source itself comes back too (the first of `visited`), with the roles' properties: role(slug:)
 * can take it from here instead of looking it up in a statement of its own (PathService).
 */
function progressionStatement(direction: ProgressionDirection, hops: number, selection: PathSelection, read: FactsRead): string {
  const expand =
    direction === 'NEXT'
      ? { pattern: '(current)-[hop:LEADS_TO WHERE $kinds IS NULL OR hop.kind IN $kinds]->(next:Role)', nodes: 'entry.nodes + next', hops: 'entry.hops + hop' }
      : { pattern: '(current)<-[hop:LEADS_TO WHERE $kinds IS NULL OR hop.kind IN $kinds]-(next:Role)', nodes: '[next] + entry.nodes', hops: '[hop] + entry.hops' };
  const layer = `
CALL (visited, frontier, found) {
  WITH visited, frontier WHERE size(found) < $candidates
  UNWIND frontier AS entry
  WITH visited, entry, entry.node AS current
  MATCH ${expand.pattern}
  WHERE NOT next IN visited
  WITH next, entry, hop, entry.confidence * coalesce(hop.confidence, $defaultConfidence) AS confidence
  ORDER BY confidence DESC, entry.node.id
  WITH next, head(collect({node: next, nodes: ${expand.nodes}, hops: ${expand.hops}, confidence: confidence})) AS best
  ORDER BY best.confidence DESC, next.id
  RETURN collect(best) AS layer
}
WITH slug, visited + [entry IN layer | entry.node] AS visited, layer AS frontier, found + layer AS found`;
  return `
UNWIND $slugs AS slug
MATCH (source:Role {slug: slug})
WITH slug, [source] AS visited, [{node: source, nodes: [source], hops: [], confidence: 1.0}] AS frontier, [] AS found
${Array.from({ length: hops }, () => layer).join('\n')}
WITH slug, visited[0] AS source, found[..$candidates] AS found
WITH slug, source, found, COLLECT { UNWIND found AS entry UNWIND entry.nodes AS node RETURN DISTINCT node } AS nodes,
  ${stepProxies('[entry IN found WHERE size(entry.hops) > 0 | entry.hops[0]]')} AS proxies
WITH slug, source, found, nodes + [proxy IN proxies WHERE NOT proxy IN nodes] AS nodes, proxies
WITH slug, ${projection('source', selection.roleProperties)} AS source, [entry IN found | {roleIds: [node IN entry.nodes | node.id], steps: [hop IN entry.hops | ${stepFields(selection)}]}] AS routes,
${rolesAndSkills(skillPropertiesOf(selection), selection.roleProperties, read !== 'AFTER_STATEMENT')}${read === 'IN_STATEMENT' ? `,\n${heldCredits('[entry IN found | entry.nodes[0]] + proxies')}` : ''}
${returnAnswer(read, { identity: ['slug'], head: ['source', 'routes'], byRequirements: 'roles' })}`;
}

/**
 * What each PathRanking orders routes by first (primaryRankKey in scoring/pathRanking.ts), as a
 * Cypher expression over `route` where higher is better: the part of the ranking known before any
 * requirement is read. FEWEST_STEPS: fewer moves; HIGHEST_SALARY: the mean median salary of the roles
 * after the start (unknown last, as averageSalary and comparePaths treat it); SMALLEST_GAP: nothing
 * (the gap needs the requirements), so every route is scored.
 */
const KNOWN_SALARIES = '[node IN tail(nodes(route)) WHERE node.medianSalaryUsd IS NOT NULL | node.medianSalaryUsd]';
const PRIMARY_RANK_KEY: Record<PathRanking, string> = {
  FEWEST_STEPS: '-length(route)',
  HIGHEST_SALARY: `CASE WHEN size(${KNOWN_SALARIES}) = 0 THEN -1.0 ELSE reduce(total = 0.0, salary IN ${KNOWN_SALARIES} | total + salary) / size(${KNOWN_SALARIES}) END`,
  SMALLEST_GAP: '0',
};

/**
 * The CAREER_PATH_ROUTE_CAP shortest routes between two roles (SHORTEST k enumerates them in order
 * of length, so the cap keeps the shortest), minus routes that visit a role twice, with every role
 * on them. Missing roles are reported, not errors, so the caller can say which slug is unknown
 * without a second statement.
 *
 * Only routes that can reach the first $cut + 1 places are returned with their roles' requirements:
 * the ranking is by `rankBy`'s primary criterion first (PRIMARY_RANK_KEY), then by score (which needs
 * the requirements), so a route whose primary key is below the ($cut + 1)-th best key cannot be in
 * the answer. On O*NET / ESCO pairs three moves apart most of the 100 routes take four moves, and
 * FEWEST_STEPS never needs them; their requirements and credit links were most of the statement.
 */
function careerPathStatement(rankBy: PathRanking, hops: number, selection: PathSelection, read: FactsRead): string {
  return `
OPTIONAL MATCH (origin:Role {slug: $from})
OPTIONAL MATCH (goal:Role {slug: $to})
CALL (origin, goal) {
  WITH origin, goal WHERE origin IS NOT NULL AND goal IS NOT NULL
  MATCH route = SHORTEST ${CAREER_PATH_ROUTE_CAP} (origin)(()-[:LEADS_TO]->()){1,${hops}}(goal)
  WITH route WHERE COUNT { UNWIND nodes(route) AS node RETURN DISTINCT node } = length(route) + 1
  RETURN collect(route) AS routes
}
WITH origin, goal, [route IN routes | {route: route, key: ${PRIMARY_RANK_KEY[rankBy]}}] AS candidates
WITH origin, goal, candidates,
  COLLECT { UNWIND candidates AS candidate RETURN candidate.key AS key ORDER BY key DESC SKIP $cut LIMIT 1 } AS cutKey
WITH origin, goal, [candidate IN candidates WHERE size(cutKey) = 0 OR candidate.key >= cutKey[0] - ${PRIMARY_RANK_KEY_TOLERANCE} | candidate.route] AS routes
WITH origin, goal, routes, COLLECT { UNWIND routes AS route UNWIND nodes(route) AS node RETURN DISTINCT node } AS nodes,
  ${stepProxies('COLLECT { UNWIND routes AS route UNWIND relationships(route) AS hop RETURN hop }')} AS proxies
WITH origin, goal, routes, nodes + [proxy IN proxies WHERE NOT proxy IN nodes] AS nodes
WITH origin IS NOT NULL AS fromFound, goal IS NOT NULL AS toFound, [route IN routes | ${routeOf('route', selection)}] AS routes,
${rolesAndSkills(skillPropertiesOf(selection), selection.roleProperties, read !== 'AFTER_STATEMENT')}${read === 'IN_STATEMENT' ? `,\n${heldCredits('[node IN nodes WHERE node <> goal]')}` : ''}
${returnAnswer(read, { identity: [], head: ['fromFound', 'toFound', 'routes'], byRequirements: 'roles' })}`;
}

/**
 * A page of the roles with a move in or out, with their moves out (MoveGraphRow), for the MoveGraph:
 * the next $page roles by id after $after. readMoveGraph reads every page at one commit.
 */
const MOVE_GRAPH_PAGE = `
MATCH (role:Role) WHERE role.id > $after AND EXISTS { (role)-[:LEADS_TO]-(:Role) }
WITH role ORDER BY role.id LIMIT $page
RETURN [role.id, role.slug, role.medianSalaryUsd, COLLECT {
  MATCH (role)-[move:LEADS_TO]->(next:Role)
  RETURN [next.id, move.kind, move.typicalYears, move.confidence, move.via]
}] AS role`;
const MOVE_COUNT = 'MATCH ()-[move:LEADS_TO]->() RETURN count(move) AS moves';
/**
 * Roles a page of MOVE_GRAPH_PAGE: ~30,000 moves on the synthetic graphs. The pages' rows are
 * streamed (GraphDatabase.forEachRowAtCommit), so a page's size no longer bounds the records decoded
 * at once; it bounds how long each statement runs (all 300,000 moves in one collected statement ran
 * the API out of its 224 MiB heap).
 */
const MOVE_GRAPH_PAGE_ROLES = 10_000;

/** The roles of routes found in the MoveGraph, by id ($roleIds): what rolesAndSkills reads as `nodes`. */
const ROUTE_ROLES = 'COLLECT { UNWIND $roleIds AS id MATCH (node:Role {id: id}) RETURN node }';

/**
 * How a statement of routes found in the MoveGraph reads its roles' requirements: after it, from
 * the memo and one more statement for the rest (AFTER_STATEMENT), or in it (CREDITS_AFTER), as
 * readWithMemos chooses for the statements that find their routes themselves.
 */
type RouteRolesRead = Extract<FactsRead, 'AFTER_STATEMENT' | 'CREDITS_AFTER'>;

/**
 * careerPaths' roles when its routes were found in the MoveGraph: whether both ends exist, and the
 * roles of the routes (with their moves' proxies) as careerPathStatement returns them, in one
 * statement whose commit says whether the MoveGraph's routes are those of this graph.
 */
const careerPathRolesStatement = (selection: PathSelection, read: RouteRolesRead) => `
OPTIONAL MATCH (origin:Role {slug: $from})
OPTIONAL MATCH (goal:Role {slug: $to})
WITH origin IS NOT NULL AS fromFound, goal IS NOT NULL AS toFound, ${ROUTE_ROLES} AS nodes
WITH fromFound, toFound,
${rolesAndSkills(skillPropertiesOf(selection), selection.roleProperties, read === 'CREDITS_AFTER')}
${returnAnswer(read, { identity: [], head: ['fromFound', 'toFound'], byRequirements: 'roles' })}`;

/**
 * nextRoles / previousRoles' roles when their routes were found in the MoveGraph: each source that
 * exists ([slug, its properties]) and the roles of the routes (with their first moves' proxies), as
 * progressionStatement returns them, in one statement whose commit says whether the MoveGraph's
 * routes are those of this graph.
 */
const progressionRolesStatement = (selection: PathSelection, read: RouteRolesRead) => `
WITH ${ROUTE_ROLES} AS nodes
WITH nodes, COLLECT { UNWIND $slugs AS slug MATCH (source:Role {slug: slug}) RETURN [slug, ${tupleProjection('source', selection.roleProperties)}] } AS sources
WITH sources,
${rolesAndSkills(skillPropertiesOf(selection), selection.roleProperties, read === 'CREDITS_AFTER')}
${returnAnswer(read, { identity: [], head: ['sources'], byRequirements: 'roles' })}`;

/** A skill's counterparts in other vocabularies: same SkillName key (other source), or MATCHES EXACT/CLOSE. */
const SKILL_EQUIVALENTS = (skill: string, other: string) => `
    MATCH (${skill})-[:KNOWN_AS]->(:SkillName)<-[:KNOWN_AS]-(${other}:Skill) WHERE ${other}.source <> ${skill}.source RETURN ${other}
    UNION
    MATCH (${skill})-[match:MATCHES]-(${other}:Skill) WHERE match.matchType IN ['EXACT', 'CLOSE'] RETURN ${other}`;

/**
 * Similar-role candidates without scanning every role: candidates are the roles requiring one of
 * the source's SIMILARITY_ANCHOR_SKILLS most distinctive skills (importance / log(1 + number of
 * roles requiring it), so near-universal skills such as O*NET's basic skills come last) or one of
 * their counterparts in another source (SKILL_EQUIVALENTS: curated, O*NET and ESCO roles share no
 * skill node), pre-ranked by the weighted Jaccard estimated on those skills and capped at $pool per
 * source — a curated role's ~18 skills against an O*NET occupation's ~150 would otherwise rank every
 * cross-source candidate below the curated ones before the score that compares them fairly is
 * computed. The occupations the role is linked to (CROSSWALK, SAME_OCCUPATION, and the EXACT
 * SAME_OCCUPATION matches of its CROSSWALK occupations) are always candidates, and the links come
 * back to explain the result. The vectors and the skill joins come back so scoring/similarity.ts
 * computes the score.
 */
const SIMILAR_ROLE_CANDIDATES = `
UNWIND $ids AS id
MATCH (role:Role {id: id})
CALL (role) {
  MATCH (role)-[req:REQUIRES]->(skill:Skill)
  WHERE req.importance > 0
  WITH role, sum(req.importance) AS ownTotal, collect({skill: skill, weight: req.importance}) AS own
  UNWIND own AS entry
  WITH role, ownTotal, entry.skill AS skill, entry.weight AS weight
  WITH role, ownTotal, skill, weight, COUNT { (skill)<-[:REQUIRES]-() } AS popularity
  ORDER BY weight / log(1.0 + popularity) DESC, skill.id
  LIMIT $anchorSkills
  CALL (skill) {
    RETURN skill AS same
    UNION${SKILL_EQUIVALENTS('skill', 'same')}
  }
  MATCH (same)<-[theirs:REQUIRES]-(candidate:Role)
  WHERE candidate <> role AND theirs.importance > 0
  WITH ownTotal, candidate, skill, weight, max(theirs.importance) AS theirWeight
  WITH ownTotal, candidate, sum(CASE WHEN theirWeight < weight THEN theirWeight ELSE weight END) AS overlap
  ORDER BY overlap DESC, candidate.id
  WITH ownTotal, candidate.source AS source, collect({candidate: candidate, overlap: overlap})[..$prefilter] AS best
  UNWIND best AS entry
  WITH ownTotal, source, entry.candidate AS candidate, entry.overlap AS overlap
  CALL (candidate) {
    MATCH (candidate)-[req:REQUIRES]->() WHERE req.importance > 0
    RETURN sum(req.importance) AS total
  }
  WITH source, candidate, overlap / (ownTotal + total - overlap) AS estimate
  ORDER BY estimate DESC, candidate.id
  WITH source, collect(candidate)[..$pool] AS best
  UNWIND best AS candidate
  RETURN collect(candidate) AS candidates
}
WITH role, candidates, COLLECT {
  MATCH (role)-[link:CROSSWALK|SAME_OCCUPATION]-(linked:Role)
  RETURN {roleId: linked.id, relation: type(link), matchType: link.matchType, outgoing: startNode(link) = role, confidence: link.confidence,
          evidence: link.evidence, via: null} AS link
  UNION
  MATCH (role)-[first:CROSSWALK]-(middle:Role)-[link:SAME_OCCUPATION {matchType: 'EXACT'}]-(linked:Role)
  WHERE linked <> role
  RETURN {roleId: linked.id, relation: type(first) + ', ' + type(link), matchType: first.matchType, outgoing: startNode(first) = role,
          confidence: link.confidence,
          evidence: link.evidence, via: middle.title} AS link
} AS links
WITH role, links, [candidate IN candidates | candidate.id] + [link IN links | link.roleId] AS candidateIds
WITH role, links, COLLECT { MATCH (candidate:Role) WHERE candidate.id IN candidateIds AND candidate <> role RETURN DISTINCT candidate } AS nodes
WITH role, links, nodes
WITH role.id AS id, role.source AS source, links,
  COLLECT { MATCH (role)-[req:REQUIRES]->(skill:Skill) RETURN {skillId: skill.id, importance: req.importance} } AS vector,
  COLLECT {
    UNWIND [role] + nodes AS node
    MATCH (node)-[:REQUIRES]->(skill:Skill)
    WITH DISTINCT skill
    CALL (skill) {${SKILL_EQUIVALENTS('skill', 'other')}
    }
    RETURN {skillId: skill.id, skillSource: skill.source, otherId: other.id, otherSource: other.source}
  } AS joins,
${rolesAndSkills(SKILL_SUMMARY_PROPERTY_NAMES)}
${returnInParts({ identity: ['id'], head: ['source', 'links', 'vector'], byRequirements: 'roles', shared: ['skills', 'joins'] })}`;

/** Statements by kind, hop count (Cypher 5 takes no parameter as a quantifier bound) and selection. */
const cachedStatement = statementCache();

/** Resolvers check maxHops against LIMITS before calling, so a count outside them here is our bug. */
function checkedHops(hops: number): number {
  if (!Number.isInteger(hops) || hops < 1 || hops > LIMITS.maxHops) throw new Error(`No statement for ${hops} hops`);
  return hops;
}

const progressionStatementFor = (direction: ProgressionDirection, hops: number, selection: PathSelection, read: FactsRead) =>
  cachedStatement(`progressions/${direction}/${checkedHops(hops)}/${pathSelectionKey(selection)}/${read}`, () => progressionStatement(direction, hops, selection, read));
const careerPathStatementFor = (rankBy: PathRanking, hops: number, selection: PathSelection, read: FactsRead) =>
  cachedStatement(`careerPaths/${rankBy}/${checkedHops(hops)}/${pathSelectionKey(selection)}/${read}`, () => careerPathStatement(rankBy, hops, selection, read));
const progressionRolesStatementFor = (selection: PathSelection, read: RouteRolesRead) =>
  cachedStatement(`progressionRoles/${pathSelectionKey(selection)}/${read}`, () => progressionRolesStatement(selection, read));
const careerPathRolesStatementFor = (selection: PathSelection, read: RouteRolesRead) =>
  cachedStatement(`careerPathRoles/${pathSelectionKey(selection)}/${read}`, () => careerPathRolesStatement(selection, read));

/** Roles and skills as the statements return them: each once, requirements by skill id (none when read after the statement: AFTER_STATEMENT). */
interface RolesAndSkillsRow {
  roles: Array<{ role: Role; requirements?: RequirementTuple[] }>;
  skills: Skill[];
}

/** [held skill id, what it can credit], for the skills of the roles at the earlier end of a move. */
type CreditsRow = { credits: Array<[skillId: string, links: CreditLink[]]> };

interface RouteIdsRow {
  roleIds: string[];
  /** As the statement returns them, tuples in stepPropertiesOf's order (stepFields); objects once pathRowsFromTuples has read them. */
  steps: LeadsTo[];
}

/**
 * Turns what a paths statement returns as tuples (moves, roles and skills: stepFields, rolesAndSkills)
 * into objects, in place (the rows are this answer's own).
 */
function pathRowsFromTuples(rows: ReadonlyArray<RolesAndSkillsRow & { routes: RouteIdsRow[] }>, selection: PathSelection): void {
  const properties = stepPropertiesOf(selection);
  for (const row of rows) {
    for (const route of row.routes) route.steps = (route.steps as unknown as unknown[][]).map((step) => fromTuple<LeadsTo>(properties, step));
  }
  rolesAndSkillsFromTuples(rows, selection.roleProperties, skillPropertiesOf(selection));
}

export interface Route {
  /** From the start of the route to its end (for PREVIOUS: from the feeder to the source). */
  roles: Role[];
  steps: LeadsTo[];
}

/** Skills by id: a statement's (a Map), or the skill-identity memo's at one commit. */
export type SkillsById = Pick<ReadonlyMap<string, Skill>, 'get'>;

/**
 * Routes with their roles resolved, the requirements of every role on them by role id (their skills
 * by id), and the gap credit links of the skills held before a move.
 */
export interface RouteSet {
  routes: Route[];
  /** Each role's requirements by skill id, most important first (from the RequirementMemo, unpacked when read). */
  requirementsByRole: RequirementsByRole;
  /**
   * Every skill those requirements name, by id; none when the answer shows no skill of a move
   * (PathSelection.skills). From the statement, or the skill-identity memo at its commit.
   */
  skills: SkillsById;
  credits: CreditLinks;
  /**
   * Gaps of moves that earlier answers computed at the commit these facts were read at (MoveGapMemo);
   * null or absent when that commit is not known (facts read in one statement without the memos).
   */
  knownGaps?: KnownMoveGaps | null;
  /**
   * False: the routes' requirements and credit links were not read, as the answer shows no gap or
   * score (PathSelection.routeScores) and its routes are put in order by their primary keys alone
   * (orderedByPrimaryKeys); their gaps and scores are then unknown (careerPaths.ts). Absent: read.
   */
  scored?: boolean;
}

/** A source role's progressions, with the source as the statement read it (the properties of `selection.roleProperties`). */
export interface ProgressionRows extends RouteSet {
  source: Role;
}

export interface CareerPathRows extends RouteSet {
  fromFound: boolean;
  toFound: boolean;
}

export interface SimilarityRows {
  /** The role's source tag. */
  source: string;
  vector: Array<{ skillId: string; importance: number }>;
  candidates: Array<{ role: Role; requirements: RequirementRow[] }>;
  /** Cross-source skill joins of every skill involved (SKILL_EQUIVALENTS), both directions. */
  joins: SkillJoinRow[];
  /** The role's CROSSWALK / SAME_OCCUPATION links to candidates. */
  links: OccupationLinkRow[];
}

export interface SkillJoinRow {
  skillId: string;
  skillSource: string;
  otherId: string;
  otherSource: string;
}

export interface OccupationLinkRow {
  roleId: string;
  /** 'CROSSWALK', 'SAME_OCCUPATION', or 'CROSSWALK, SAME_OCCUPATION' (through `via`). */
  relation: string;
  /** As stored: the edge's target relative to its start. */
  matchType: string | null;
  /** Whether the edge (the first one of a two-step link) starts at the role asked about. */
  outgoing: boolean;
  confidence: number | null;
  evidence: string | null;
  /** Title of the occupation a two-step link goes through. */
  via: string | null;
}

/** The ids of the roles statements returned with these rows (for the requirement memo). */
const roleIdsIn = (rows: readonly RolesAndSkillsRow[]): string[] => rows.flatMap((row) => row.roles.map(({ role }) => role.id));

/** The requirements a statement returned with its roles, as scoring takes them (every role's: read IN_STATEMENT or CREDITS_AFTER). */
function requirementsIn(rows: readonly RolesAndSkillsRow[]): Map<string, readonly RequirementInput[]> {
  const requirementsByRole = new Map<string, readonly RequirementInput[]>();
  for (const row of rows) {
    for (const { role, requirements = [] } of row.roles) {
      requirementsByRole.set(
        role.id,
        requirements.map(([skillId, importance, level, essential]) => ({ skillId, importance, level, essential })),
      );
    }
  }
  return requirementsByRole;
}

/**
 * Joins roles and skills (returned once each) back into routes: each row's roles and skills by id.
 * Requirements stay skill ids (the gaps need no more), so a statement that returns no skills
 * (PathSelection.skills) is resolved the same way. Every row shares the requirements read for all
 * rows: a row asks only for the roles it returned (its routes' roles and their proxies), and all of
 * them have an entry, so it reads what a map of its own roles would hold.
 */
function resolve(row: RolesAndSkillsRow): { roles: Map<string, Role>; skills: Map<string, Skill> } {
  return { roles: rolesIn(row), skills: skillsIn(row) };
}

/** The roles a statement returned, by id. */
function rolesIn(row: RolesAndSkillsRow): Map<string, Role> {
  const roles = new Map<string, Role>();
  for (const { role } of row.roles) roles.set(role.id, role);
  return roles;
}

/** The skills a statement returned, by id. */
function skillsIn(row: RolesAndSkillsRow): Map<string, Skill> {
  return new Map(row.skills.map((skill) => [skill.id, skill]));
}

function resolveRoutes(routes: RouteIdsRow[], roles: Map<string, Role>): Route[] {
  return routes.map((route) => ({ roles: route.roleIds.map((id) => roles.get(id)!), steps: route.steps }));
}

export interface ProgressionOptions {
  direction: ProgressionDirection;
  maxHops: number;
  kinds: ProgressionKind[] | null;
  candidates: number;
  /** What the answer shows of skills and moves (pathSelection.ts). */
  selection: PathSelection;
}

type ProgressionRow = RolesAndSkillsRow & Partial<CreditsRow> & PartRow & { slug: string; source: Role; routes: RouteIdsRow[] };
type CareerPathRow = RolesAndSkillsRow & Partial<CreditsRow> & PartRow & { fromFound: boolean; toFound: boolean; routes: RouteIdsRow[] };
/** The lists of a paths statement's answer that come over its records: `roles` and sharedLists. */
const PARTED_LISTS = ['roles', 'skills', 'credits'] as const;

/** A progression is compared as one move, from the route's first role (or its first move's proxy) to its last (progressions.ts). */
function progressionMoves(rows: ReadonlyArray<{ routes: RouteIdsRow[] }>, requirementsByRole: RequirementsByRole): Array<readonly [startId: string, targetId: string]> {
  return rows.flatMap((row) =>
    row.routes.map((route) => [startProfileId(route.steps[0], { id: route.roleIds[0]! }, { requirementsByRole }), route.roleIds.at(-1)!] as const),
  );
}

/** Every step of every route of careerPaths' rows is a move (careerPaths.ts), compared on its start's profile (moveStart.ts). */
function careerPathMoves(rows: ReadonlyArray<{ routes: RouteIdsRow[] }>, requirementsByRole: RequirementsByRole): Array<readonly [startId: string, targetId: string]> {
  return rows.flatMap((row) =>
    row.routes.flatMap((route) =>
      route.steps.map((step, index) => [startProfileId(step, { id: route.roleIds[index]! }, { requirementsByRole }), route.roleIds[index + 1]!] as const),
    ),
  );
}

/** The skills the roles `holderIds` require: the skills held at the start of the moves of a statement's rows. */
function skillsHeldBy(requirementsByRole: RequirementsByRole, holderIds: ReadonlySet<string>): Set<string> {
  const held = new Set<string>();
  for (const id of holderIds) for (const { skillId } of requirementsByRole.get(id) ?? []) held.add(skillId);
  return held;
}

/**
 * Paths answers as readers of the requirement memo (RequirementMemo.missShare): nextRoles /
 * previousRoles, and careerPaths. Once the graph's requirements outgrow the memo, the roles of
 * questions nobody asked lately are mostly not in it, and their requirements cost less in the paths
 * statement than in one more round trip. On 100,000 synthetic roles a fresh nextRoles(maxHops: 2)
 * lacked ~8 of its ~13 roles and a fresh careerPaths ~45 of its ~46; reading them in the statement
 * took the fresh headline's p50 from 4.00 to 3.27 ms side by side and fresh careerPaths' from 2.83 to
 * 1.94 ms in the bench, but a repeated headline, whose roles the memo held, from 2.38 to 3.05
 * (docs/performance.md, "Twenty-first pass"). Hence the choice by the share of roles recent answers
 * of the same kind lacked.
 */
const PROGRESSIONS_READER = 'progressions';
const CAREER_PATHS_READER = 'careerPaths';

export class PathRepository {
  constructor(
    private readonly db: GraphDatabase,
    /** The process's memo of credit links (null: every statement reads its own, IN_STATEMENT). */
    private readonly creditLinks: CreditLinkMemo | null = null,
    /** About how many requirement tuples a record of an answer holds (returnInParts). */
    private readonly requirementsPerRecord = REQUIREMENTS_PER_RECORD,
    /** The process's memo of role requirements (null: every statement reads its roles' own; used only with `creditLinks`). */
    private readonly requirements: RequirementMemo | null = null,
    /** The process's memo of move gaps (null: every answer computes its own; used only with `creditLinks`). */
    private readonly moveGaps: MoveGapMemo | null = null,
    /** The process's moves in memory, where careerPaths, nextRoles and previousRoles find their routes (null: in Cypher; used only with both memos above). */
    private readonly moveGraphs: MoveGraphMemo | null = null,
    /**
     * The process's memo of required skills' identities (null: statements read their skills): with
     * routes found in memory, an answer showing only skills' id, slug and name takes them from it.
     */
    private readonly skillIdentities: SkillIdentityMemo | null = null,
  ) {}

  /**
   * Runs a paths statement and gets the requirements of its roles and the credit links of the skills
   * held at the start of the moves `movesIn` names (FactsRead):
   * - with both memos, the statement reads neither (AFTER_STATEMENT); they come from the memos and
   *   one more statement each for the rest, at the statement's commit;
   * - with the credit-link memo only, or with both when a `reader` is given and the requirement memo
   *   is outgrown and lacked most of what that reader's recent answers needed, the statement reads
   *   the requirements (CREDITS_AFTER), which then go into the memo;
   * - without memos, or when a write landed between the statements, the statement reads both
   *   (IN_STATEMENT: one credit column per row, merged, as a skill's links are the same in every
   *   row of one statement).
   *
   * With the memos, only the moves whose gaps the move-gap memo does not hold are compared, so only
   * their start roles' credit links are read (and their requirements unpacked: RoleRequirements),
   * unless the answer shows moves' skills (`selection.skills`: bridging, shared, credited), for which any
   * move it returns is compared. On fresh O*NET / ESCO careerPaths pairs most moves were ranked by
   * earlier answers (docs/performance.md, "Thirteenth pass").
   */
  private async readWithMemos<Row extends RolesAndSkillsRow & Partial<CreditsRow> & PartRow & { routes: RouteIdsRow[] }>(
    statementFor: (read: FactsRead) => string,
    parameters: QueryParameters,
    keyOf: (row: Row) => string,
    movesIn: (rows: Row[], requirementsByRole: RequirementsByRole) => Iterable<readonly [startId: string, targetId: string]>,
    selection: PathSelection,
    /** Set: read the requirements in the statement when the memo is outgrown and lacked most of what this reader's recent answers needed (RequirementMemo.missShare). */
    reader?: string,
  ): Promise<{ rows: Row[]; requirementsByRole: RequirementsByRole; credits: CreditLinks; knownGaps: KnownMoveGaps | null }> {
    if (this.creditLinks) {
      const memo = this.requirements;
      const fromMemo = memo !== null && !this.readsRequirementsInStatement(reader);
      const read: FactsRead = fromMemo ? 'AFTER_STATEMENT' : 'CREDITS_AFTER';
      const { rows: parts, commit } = await this.db.readRowsAtCommit<Row>(statementFor(read), parameters);
      const rows = joinParts(parts, keyOf, PARTED_LISTS);
      pathRowsFromTuples(rows, selection);
      if (memo && reader !== undefined) memo.noteNeeded(reader, commit, roleIdsIn(rows));
      const facts = await this.factsAtCommit(this.creditLinks, rows, commit, movesIn, selection, fromMemo);
      if (facts) return { rows, ...facts };
    }
    const rows = joinParts(await this.db.readRows<Row>(statementFor('IN_STATEMENT'), parameters), keyOf, PARTED_LISTS);
    pathRowsFromTuples(rows, selection);
    return { rows, requirementsByRole: requirementsIn(rows), credits: new Map(rows.flatMap((row) => row.credits ?? [])), knownGaps: null };
  }

  /** Whether answers of `reader` read their roles' requirements in their statement (RequirementMemo.readsInStatement). */
  private readsRequirementsInStatement(reader: string | undefined): boolean {
    return reader !== undefined && this.requirements !== null && this.requirements.readsInStatement(reader);
  }

  /**
   * The requirements of the roles of `rows` and the credit links of the skills held at the start of
   * the moves `movesIn` names (only those the move-gap memo lacks, unless the answer shows moves'
   * skills), from the memos and at most one statement each, at `commit`; null when one of those
   * statements ran at another commit (a write landed in between).
   */
  private async factsAtCommit<Row extends RolesAndSkillsRow>(
    creditLinks: CreditLinkMemo,
    rows: Row[],
    commit: string,
    movesIn: (rows: Row[], requirementsByRole: RequirementsByRole) => Iterable<readonly [startId: string, targetId: string]>,
    selection: PathSelection,
    /** False: `rows` carry their roles' requirements (CREDITS_AFTER). */
    requirementsFromMemo = true,
  ): Promise<{ requirementsByRole: RequirementsByRole; credits: CreditLinks; knownGaps: KnownMoveGaps | null } | null> {
    const requirementsByRole = !this.requirements
      ? requirementsIn(rows)
      : requirementsFromMemo
        ? await requirementsAtCommit(this.db, this.requirements, commit, roleIdsIn(rows))
        : // Read in the statement: remembered too, so a question asked again finds them (and its reader's miss share falls).
          this.requirements.remember(commit, rows.flatMap((row) => row.roles.map(({ role, requirements = [] }) => [role.id, requirements] as const)));
    if (!requirementsByRole) return null;
    const remembered = this.moveGaps?.at(commit) ?? null;
    const moves = movesIn(rows, requirementsByRole);
    // An answer that shows moves' skills may show any move it returns, so every start is compared.
    const { known: knownGaps, startsToCompare } =
      remembered && !selection.skills ? pinKnownGaps(remembered, moves) : { known: remembered, startsToCompare: new Set(Array.from(moves, ([startId]) => startId)) };
    const credits = await creditLinksAtCommit(this.db, creditLinks, commit, skillsHeldBy(requirementsByRole, startsToCompare));
    return credits ? { requirementsByRole, credits, knownGaps } : null;
  }

  /**
   * The graph's moves in memory (MoveGraph), read `pageRoles` roles a statement, every page at one
   * commit; null when the graph holds more than `maxMoves` (it is searched in Cypher then) or a write
   * landed between two pages (the warming of the new version reads it).
   */
  async readMoveGraph(maxMoves: number, pageRoles = MOVE_GRAPH_PAGE_ROLES): Promise<MoveGraph | null> {
    const [count] = await this.db.readRows<{ moves: number }>(MOVE_COUNT);
    if (!count || count.moves > maxMoves) return null;
    const collected = new MoveGraphRows(count.moves);
    let first: string | null = null;
    for (let after = ''; ; ) {
      let last = after;
      const { rows, commit } = await this.db.forEachRowAtCommit<{ role: MoveGraphRow }>(MOVE_GRAPH_PAGE, { after, page: neo4j.int(pageRoles) }, ({ role }) => {
        collected.addRow(role);
        last = role[0];
      });
      // Pages of another commit are not one graph: the warming of the new version reads it again.
      if (first !== null && commit !== first) return null;
      first = commit;
      if (rows < pageRoles) return new MoveGraph(commit, collected);
      after = last;
    }
  }

  /**
   * What MemoWarming does for each version of the graph: rememberBusiestRoles, then the MoveGraph
   * (when this repository has its memo: forgotten when the graph is too large for it). Null as
   * rememberBusiestRoles.
   */
  async warmMemos(maxMoves = MOVE_GRAPH_MAX_MOVES): Promise<{ roles: number; skills: number; moves: number; commit: string } | null> {
    const warmed = await this.rememberBusiestRoles();
    if (!warmed || !this.moveGraphs) return warmed && { ...warmed, moves: 0 };
    const graph = await this.readMoveGraph(maxMoves);
    if (graph) this.moveGraphs.remember(graph);
    else this.moveGraphs.forget();
    return { ...warmed, moves: graph?.moveCount ?? 0 };
  }

  /**
   * Fills the memos for the graph as it is now (MemoWarming): the requirements of the roles with the
   * most moves, as many as the requirement memo holds, then the credit links of the skills they
   * require, as many as the credit-link memo holds; in batches, each read at the commit of the first
   * statement. Null when there are no memos, or when the graph moved meanwhile (what was read
   * stays: it is keyed by its commit like anything a request remembers).
   */
  async rememberBusiestRoles(batch: MemoWarmingBatch = MEMO_WARMING_BATCH): Promise<{ roles: number; skills: number; commit: string } | null> {
    if (!this.requirements || !this.creditLinks) return null;
    const capacity = this.requirements.capacity;
    const roleIds: string[] = [];
    let taken = 0;
    // Streamed: on a graph larger than the memo most rows come past its capacity, and are dropped as they come.
    const { commit } = await this.db.forEachRowAtCommit<{ roleId: string; requirements: number }>(ROLES_BY_MOVES, { limit: neo4j.int(capacity) }, ({ roleId, requirements }) => {
      // As the memo counts them (RequirementMemo: requirements + 1 a role).
      taken += requirements + 1;
      if (taken <= capacity) roleIds.push(roleId);
    });
    const skillIds = new Set<string>();
    for (let start = 0; start < roleIds.length; start += batch.roles) {
      const read = await requirementsAtCommit(this.db, this.requirements, commit, roleIds.slice(start, start + batch.roles));
      if (!read) return null;
      for (const [, requirements] of read) {
        for (const { skillId } of requirements) if (skillIds.size < this.creditLinks.capacity) skillIds.add(skillId);
      }
    }
    const skills = [...skillIds];
    for (let start = 0; start < skills.length; start += batch.skills) {
      if (!(await creditLinksAtCommit(this.db, this.creditLinks, commit, skills.slice(start, start + batch.skills)))) return null;
    }
    return { roles: roleIds.length, skills: skills.length, commit };
  }

  /**
   * Routes and requirements for many source roles at once, keyed by source role slug (absent: no
   * such role). The requirements cover the source and every role on its routes.
   */
  async loadProgressions(slugs: readonly string[], options: ProgressionOptions): Promise<Map<string, ProgressionRows>> {
    const graph = this.moveGraphs?.current;
    if (graph && this.creditLinks && this.requirements && !options.selection.stepDetails) {
      const found = await this.loadProgressionsInMoveGraph(graph, this.creditLinks, slugs, options);
      if (found) return found;
    }
    const { rows, requirementsByRole, credits, knownGaps } = await this.readWithMemos<ProgressionRow>(
      (facts) => progressionStatementFor(options.direction, options.maxHops, options.selection, facts),
      {
        slugs,
        kinds: options.kinds,
        // LIMIT needs a Cypher integer; a JS number would arrive as a float.
        candidates: neo4j.int(options.candidates),
        defaultConfidence: DEFAULT_STEP_CONFIDENCE,
        requirementsPerRecord: neo4j.int(this.requirementsPerRecord),
      },
      (row) => row.slug,
      progressionMoves,
      options.selection,
      PROGRESSIONS_READER,
    );
    return new Map(
      rows.map((row) => {
        const { roles, skills } = resolve(row);
        return [row.slug, { source: row.source, routes: resolveRoutes(row.routes, roles), requirementsByRole, skills, credits, knownGaps }];
      }),
    );
  }

  /**
   * The one statement of an answer whose routes were found in `graph`: the routes' roles (and what
   * else `statementFor` reads), as objects, and its commit; null when it ran at another commit than
   * the graph's, which is then dropped (unless a warming has replaced it meanwhile) until the next
   * warming. The statement reads the roles' requirements itself when answers of `reader` do
   * (readsRequirementsInStatement): `requirementsFromMemo` is false then. A null `reader`: the
   * answer needs no requirement (RouteSet.scored), so none is read and the memo's miss share is
   * left alone.
   */
  private async readRouteRoles<Extra>(
    graph: MoveGraph,
    statementFor: (read: RouteRolesRead, selection: PathSelection) => string,
    selection: PathSelection,
    parameters: QueryParameters,
    reader: string | null,
  ): Promise<{ row: RolesAndSkillsRow & Extra; commit: string; requirementsFromMemo: boolean; skills: SkillsById } | null> {
    const read: RouteRolesRead = reader !== null && this.readsRequirementsInStatement(reader) ? 'CREDITS_AFTER' : 'AFTER_STATEMENT';
    const identities = this.skillIdentities;
    // The skills of the moves the answer shows, from the skill-identity memo when it holds all they show.
    const skillsFromMemo = selection.skills && identities !== null && identities.serves && SkillIdentityMemo.holdsAll(selection.skillProperties);
    const run = async (statementSelection: PathSelection) => {
      const { rows: parts, commit } = await this.db.readRowsAtCommit<RolesAndSkillsRow & Extra & PartRow>(statementFor(read, statementSelection), {
        ...parameters,
        requirementsPerRecord: neo4j.int(this.requirementsPerRecord),
      });
      // One answer: every record is a part of it.
      const [row] = joinParts(parts, () => 'answer', ['roles', 'skills']);
      if (!row) throw new Error('The roles statement of routes found in memory returned no row');
      return { row, commit };
    };
    let { row, commit } = await run(skillsFromMemo ? { ...selection, skills: false } : selection);
    let skills: SkillsById | null = null;
    if (skillsFromMemo && commit === graph.commit) {
      if (identities.isAt(commit)) skills = { get: (skillId) => identities.at(commit, skillId) as Skill | undefined };
      else {
        // The graph moved since the memo was warmed: the skills in the statement, until the warming catches up (SkillIdentityMemo.noteBehind).
        identities.noteBehind();
        ({ row, commit } = await run(selection));
      }
    }
    if (commit !== graph.commit) {
      this.moveGraphs?.forget(graph);
      return null;
    }
    rolesAndSkillsFromTuples([row], selection.roleProperties, skills ? null : skillPropertiesOf(selection));
    if (reader !== null) this.requirements?.noteNeeded(reader, commit, roleIdsIn([row]));
    return { row, commit, requirementsFromMemo: read === 'AFTER_STATEMENT', skills: skills ?? skillsIn(row) };
  }

  /**
   * loadProgressions over the MoveGraph: each source's candidates as progressionStatement finds them
   * (MoveGraph.progressions), then one statement for the sources and the routes' roles, whose commit
   * must be the MoveGraph's; null when it is not (the MoveGraph is forgotten until the next warming)
   * or when the memos' statements ran at another commit.
   */
  private async loadProgressionsInMoveGraph(
    graph: MoveGraph,
    creditLinks: CreditLinkMemo,
    slugs: readonly string[],
    options: ProgressionOptions,
  ): Promise<Map<string, ProgressionRows> | null> {
    const kinds = options.kinds ? new Set<string>(options.kinds) : null;
    const hops = checkedHops(options.maxHops);
    const routesOf = new Map<string, RouteIdsRow[]>();
    // The routes' roles, and the roles their first moves are compared on (stepProxies).
    const roleIds = new Set<string>();
    for (const slug of new Set(slugs)) {
      const source = graph.indexOf(slug);
      const found = source === undefined ? [] : graph.progressions(source, options.direction, hops, kinds, options.candidates, DEFAULT_STEP_CONFIDENCE);
      const routes = found.map((route) => ({ roleIds: route.roles.map((role) => graph.roleId(role)), steps: route.moves.map((move) => graph.moveAt(move)) }));
      for (const route of routes) {
        for (const id of route.roleIds) roleIds.add(id);
        if (route.steps[0]?.via) roleIds.add(route.steps[0].via);
      }
      routesOf.set(slug, routes);
    }
    const read = await this.readRouteRoles<{ sources: Array<[slug: string, source: unknown[]]> }>(
      graph,
      (requirements, selection) => progressionRolesStatementFor(selection, requirements),
      options.selection,
      { slugs: [...routesOf.keys()], roleIds: [...roleIds] },
      PROGRESSIONS_READER,
    );
    if (!read) return null;
    const { row: rolesRow, commit, requirementsFromMemo, skills } = read;
    // Every source's routes share the roles and skills read once.
    const all = { roles: rolesRow.roles, skills: rolesRow.skills, routes: [...routesOf.values()].flat() };
    const facts = await this.factsAtCommit(creditLinks, [all], commit, progressionMoves, options.selection, requirementsFromMemo);
    if (!facts) return null;
    const roles = rolesIn(all);
    return new Map(
      rolesRow.sources.map(([slug, source]) => [
        slug,
        { source: fromTuple<Role>(options.selection.roleProperties, source), routes: resolveRoutes(routesOf.get(slug)!, roles), skills, ...facts },
      ]),
    );
  }

  /**
   * The routes from `from` to `to` that can be among the first `first` by `rankBy` (at least all of
   * those; ties at the cut come along), with the requirements of every role on them: found in the
   * MoveGraph when the process holds one of this commit and the answer reads no move's texts, else in
   * Cypher (careerPathStatement).
   */
  async findCareerPaths(query: Pick<CareerPathQuery, 'from' | 'to' | 'maxHops' | 'first' | 'rankBy'>, selection: PathSelection = WHOLE_PATHS): Promise<CareerPathRows> {
    const graph = this.moveGraphs?.current;
    if (graph && this.creditLinks && this.requirements && !selection.stepDetails) {
      const found = await this.findCareerPathsInMoveGraph(graph, this.creditLinks, query, selection);
      if (found) return found;
    }
    const {
      rows: [row],
      requirementsByRole,
      credits,
      knownGaps,
    } = await this.readWithMemos<CareerPathRow>(
      (facts) => careerPathStatementFor(query.rankBy, query.maxHops, selection, facts),
      // SKIP needs a Cypher integer. first = 0 still runs the statement (an unknown slug is NOT_FOUND).
      { from: query.from, to: query.to, cut: neo4j.int(Math.max(query.first, 1) - 1), requirementsPerRecord: neo4j.int(this.requirementsPerRecord) },
      () => 'careerPaths',
      careerPathMoves,
      selection,
      CAREER_PATHS_READER,
    );
    if (!row) throw new Error('careerPaths statement returned no row');
    const { roles, skills } = resolve(row);
    return { fromFound: row.fromFound, toFound: row.toFound, routes: resolveRoutes(row.routes, roles), requirementsByRole, skills, credits, knownGaps };
  }

  /**
   * findCareerPaths over the MoveGraph: the routes and the cut as careerPathStatement finds them
   * (MoveGraph.routes, primaryRankKey), then one statement for their roles, whose commit must be the
   * MoveGraph's; null when it is not (the graph moved: the MoveGraph is forgotten until the next
   * warming) or when the memos' statements ran at another commit.
   */
  private async findCareerPathsInMoveGraph(
    graph: MoveGraph,
    creditLinks: CreditLinkMemo,
    query: Pick<CareerPathQuery, 'from' | 'to' | 'maxHops' | 'first' | 'rankBy'>,
    selection: PathSelection,
  ): Promise<CareerPathRows | null> {
    const from = graph.indexOf(query.from);
    const to = graph.indexOf(query.to);
    const found: FoundRoute[] = from === undefined || to === undefined ? [] : graph.routes(from, to, checkedHops(query.maxHops), CAREER_PATH_ROUTE_CAP);
    const keys = found.map((route) => primaryRankKey(query.rankBy, route.moves.length, route.roles.slice(1).map((role) => graph.salaryOf(role))));
    const rankable = rankableByPrimaryKey(keys, Math.max(query.first, 1) - 1);
    // Requirements give a route its gap and score: an answer that shows neither, of routes whose
    // fewest moves (or salary) alone put them in order, has no use for them. On the bench's 100,000
    // synthetic roles that is 3,999 of 4,000 fresh pairs (one route, or routes of different lengths),
    // and reading their requirements was ~0.4 ms of a ~0.9 ms statement (docs/performance.md,
    // "Twenty-sixth pass").
    const scored = selection.routeScores || !orderedByPrimaryKeys(query.rankBy, rankable.map((index) => keys[index]!));
    const routes: RouteIdsRow[] = rankable.map((index) => ({
      roleIds: found[index]!.roles.map((role) => graph.roleId(role)),
      steps: found[index]!.moves.map((move) => graph.moveAt(move)),
    }));
    // The routes' roles, and (for their gaps) the roles the crosswalk's moves are compared on (stepProxies).
    const roleIds = new Set<string>();
    for (const route of routes) {
      for (const id of route.roleIds) roleIds.add(id);
      if (scored) for (const step of route.steps) if (step.via) roleIds.add(step.via);
    }
    const read = await this.readRouteRoles<Pick<CareerPathRow, 'fromFound' | 'toFound'>>(
      graph,
      (requirements, statementSelection) => careerPathRolesStatementFor(statementSelection, requirements),
      selection,
      { from: query.from, to: query.to, roleIds: [...roleIds] },
      scored ? CAREER_PATHS_READER : null,
    );
    if (!read) return null;
    const { row: rolesRow, commit, requirementsFromMemo, skills } = read;
    const row = { ...rolesRow, routes };
    if (!scored) {
      const roles = rolesIn(row);
      return { fromFound: rolesRow.fromFound, toFound: rolesRow.toFound, routes: resolveRoutes(routes, roles), skills, requirementsByRole: new Map(), credits: new Map(), knownGaps: null, scored: false };
    }
    const facts = await this.factsAtCommit(creditLinks, [row], commit, careerPathMoves, selection, requirementsFromMemo);
    if (!facts) return null;
    const roles = rolesIn(row);
    return { fromFound: rolesRow.fromFound, toFound: rolesRow.toFound, routes: resolveRoutes(routes, roles), skills, ...facts };
  }

  /** Similarity candidates (at most `pool` per role) and the role's own vector, keyed by role id. */
  async loadSimilarityCandidates(roleIds: readonly string[], pool: number): Promise<Map<string, SimilarityRows>> {
    type Row = RolesAndSkillsRow & Pick<SimilarityRows, 'source' | 'vector' | 'joins' | 'links'> & PartRow & { id: string };
    const parts = await this.db.readRows<Row>(SIMILAR_ROLE_CANDIDATES, {
      ids: roleIds,
      pool: neo4j.int(pool),
      anchorSkills: neo4j.int(SIMILARITY_ANCHOR_SKILLS),
      prefilter: neo4j.int(SIMILARITY_PREFILTER),
      requirementsPerRecord: neo4j.int(this.requirementsPerRecord),
    });
    const rows = joinParts(parts, (row) => row.id, ['roles', 'skills', 'joins']);
    rolesAndSkillsFromTuples(rows, ROLE_SUMMARY_PROPERTY_NAMES, SKILL_SUMMARY_PROPERTY_NAMES);
    return new Map(
      rows.map((row) => {
        const { roles, skills } = resolve(row);
        const requirementsByRole = requirementsIn([row]);
        // Similarity compares skills across sources, so its requirements carry the skill itself (the statement returns them all).
        const candidates = [...roles.values()].map((role) => ({
          role,
          requirements: (requirementsByRole.get(role.id) ?? []).map(({ skillId, importance, level, essential }): RequirementRow => ({ skill: skills.get(skillId)!, importance, level, essential })),
        }));
        return [row.id, { source: row.source, vector: row.vector, candidates, joins: row.joins, links: row.links }];
      }),
    );
  }
}
