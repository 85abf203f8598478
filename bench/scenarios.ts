/**
 * The benchmark scenarios: for each question, the GraphQL operation sent to our API, the hand-written
 * Cypher that answers the same question through neo4j-driver (the lower bound), and the peer
 * (@neo4j/graphql) operation where the peer can express the question at all (null otherwise; why is
 * in docs/performance.md). Inputs come from the loaded graph (see BenchInputs), so every scale runs
 * the same questions on its own data.
 */
import type { Driver } from 'neo4j-driver';
import { prng } from './generateSynthetic.js';

/**
 * Slugs and texts picked from the graph under test. The repeated scenarios rotate through the first
 * VARIANTS of each list; the fresh ones (FRESH_SCENARIOS) walk through much larger lists, one item per
 * request, so no request repeats while the list lasts (`freshInputs`).
 */
export interface BenchInputs {
  /** Roles with at least one outgoing LEADS_TO. */
  roles: string[];
  /** Role pairs joined by a LEADS_TO route of 2..4 hops. */
  pairs: Array<{ from: string; to: string }>;
  /** Skill profiles: a few skill slugs each, taken from one role's requirements (fresh: drawn at random). */
  profiles: string[][];
  /** Search texts: words from role titles and skill names (fresh: prefixes as a user types them). */
  texts: string[];
}

export interface GraphqlRequest {
  query: string;
  variables: Record<string, unknown>;
}

/** A hand-written statement and its parameters; `key` names the statement (the HTTP floor serves it at /<key>). */
export interface CypherRequest {
  key: CypherKey;
  statement: string;
  parameters: Record<string, unknown>;
}

export interface Scenario {
  name: string;
  /** The i-th request of our API (i rotates through the inputs). */
  ours(inputs: BenchInputs, i: number): GraphqlRequest;
  /** The same answer from hand-written Cypher (statement and parameters). */
  cypher(inputs: BenchInputs, i: number): CypherRequest;
  /** The peer's request, or null when the peer cannot express the question. */
  peer: ((inputs: BenchInputs, i: number) => GraphqlRequest) | null;
}

const at = <T>(items: readonly T[], i: number): T => items[i % items.length];
const profileInput = (skills: readonly string[]) => ({ skills: skills.map((skill) => ({ skill, level: 3 })) });

const ROLE_QUERY = `query Role($slug: String!) {
  role(slug: $slug) { slug title requiredSkills { skill { slug name } importance level } }
}`;
const ROLE_CYPHER = `
MATCH (role:Role {slug: $slug})
RETURN role {.slug, .title, requiredSkills: COLLECT {
  MATCH (role)-[req:REQUIRES]->(skill:Skill)
  RETURN {skill: skill {.slug, .name}, importance: req.importance, level: req.level} ORDER BY req.importance DESC LIMIT 50
}} AS role`;

const HEADLINE_QUERY = `query Headline($slug: String!) {
  role(slug: $slug) { nextRoles(maxHops: 2) { role { slug } bridgingSkills { skill { slug } levelGap } } }
}`;
// Every role within two LEADS_TO hops (fewest hops wins), and for each the skills it requires above
// the level the previous role on the route requires.
const HEADLINE_CYPHER = `
MATCH (source:Role {slug: $slug})
MATCH route = (source)-[:LEADS_TO]->{1,2}(next:Role)
WHERE next <> source
WITH next, route ORDER BY length(route)
WITH next, head(collect(route)) AS route
WITH next, nodes(route)[-2] AS previous
RETURN next.slug AS slug, COLLECT {
  MATCH (next)-[need:REQUIRES]->(skill:Skill)
  OPTIONAL MATCH (previous)-[held:REQUIRES]->(skill)
  WITH skill, coalesce(need.level, 0.5) - coalesce(held.level, 0) AS levelGap
  WHERE levelGap > 0
  RETURN {slug: skill.slug, levelGap: levelGap} ORDER BY levelGap DESC
} AS bridgingSkills`;
// The peer has no derived fields: it returns the raw requirements of both ends of each hop and the
// client would compute the gap (the comparison favours the peer: no gap arithmetic on the server).
const HEADLINE_PEER = `query Headline($slug: String!) {
  roles(where: { slug: { eq: $slug } }) {
    slug requires { slug } requiresConnection { edges { properties { level } node { slug } } }
    leadsTo {
      slug requiresConnection { edges { properties { level } node { slug } } }
      leadsTo { slug requiresConnection { edges { properties { level } node { slug } } } }
    }
  }
}`;
const ROLE_PEER = `query Role($slug: String!) {
  roles(where: { slug: { eq: $slug } }) {
    slug title requiresConnection { edges { properties { importance level } node { slug name } } }
  }
}`;

const PATHS_QUERY = `query Paths($from: String!, $to: String!) {
  careerPaths(from: $from, to: $to, first: 5) { rank roles { slug } }
}`;
const PATHS_CYPHER = `
MATCH route = SHORTEST 5 (:Role {slug: $from})-[:LEADS_TO]->{1,4}(:Role {slug: $to})
RETURN [role IN nodes(route) | role.slug] AS roles`;

const GAP_QUERY = `query Gap($target: String!, $profile: SkillProfileInput!) {
  skillGap(target: $target, profile: $profile) { coverage gap missing { skill { slug } levelGap } partial { skill { slug } levelGap } }
}`;
const GAP_CYPHER = `
MATCH (target:Role {slug: $target})-[need:REQUIRES]->(skill:Skill)
WITH skill, need, [entry IN $profile WHERE entry.skill = skill.slug | entry.level][0] AS held
WITH skill, need.importance AS importance, coalesce(need.level, 0.5) AS required, coalesce(held, 0) / 7.0 AS held
RETURN sum(CASE WHEN held >= required THEN importance ELSE 0 END) / sum(importance) AS coverage,
  sum(importance * CASE WHEN held >= required THEN 0 ELSE required - held END) AS gap,
  collect(CASE WHEN held < required THEN {slug: skill.slug, levelGap: required - held} END) AS gaps`;

const RECOMMEND_QUERY = `query Recommend($profile: SkillProfileInput!) {
  recommendRoles(profile: $profile, first: 10) { role { slug } score coverage }
}`;
// Candidates as ours bounds them: at most 200 roles per profile skill (a popular skill is required by
// most of a 100k-role graph, and scoring all of them is what a naive statement does), then each
// candidate's coverage of its own requirements.
const RECOMMEND_CYPHER = `
UNWIND $profile AS entry
MATCH (held:Skill {slug: entry.skill})
CALL (held) { MATCH (held)<-[:REQUIRES]-(role:Role) RETURN role LIMIT 200 }
WITH DISTINCT role
CALL (role) {
  MATCH (role)-[need:REQUIRES]->(skill:Skill)
  RETURN sum(need.importance) AS total, sum(CASE WHEN skill.slug IN $slugs THEN need.importance ELSE 0 END) AS met
}
RETURN role.slug AS slug, met / total AS coverage ORDER BY coverage DESC, slug LIMIT 10`;

const SEARCH_QUERY = `query Search($text: String!) { search(text: $text, first: 10) { kind score role { slug } skill { slug } } }`;
const SEARCH_CYPHER = `
CALL () {
  CALL db.index.fulltext.queryNodes('role_search', $lucene, {limit: 10}) YIELD node, score RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('skill_search', $lucene, {limit: 10}) YIELD node, score RETURN node, score
}
RETURN node.slug AS slug, score ORDER BY score DESC LIMIT 10`;
// The peer's generated fulltext queries (bench/peerServer.ts), one per index like the Cypher above;
// the client has to build the Lucene phrase itself and merge the two lists.
const SEARCH_PEER = `query Search($phrase: String!) {
  rolesSearch(phrase: $phrase, first: 10) { edges { score node { slug } } }
  skillsSearch(phrase: $phrase, first: 10) { edges { score node { slug } } }
}`;
/**
 * The hand-written statements by key: the Cypher leg runs them in-process, the HTTP floor
 * (bench/floorServer.ts) behind a bare node:http endpoint. One definition for both.
 */
export const CYPHER_STATEMENTS = {
  role: ROLE_CYPHER,
  headline: HEADLINE_CYPHER,
  careerPaths: PATHS_CYPHER,
  skillGap: GAP_CYPHER,
  recommendRoles: RECOMMEND_CYPHER,
  search: SEARCH_CYPHER,
} as const;
export type CypherKey = keyof typeof CYPHER_STATEMENTS;

/** Fuzzy terms, like ours does for typo tolerance (ours adds field boosts and exact-match ranking). */
const lucene = (text: string) => text.toLowerCase().replace(/[^a-z0-9 ]/g, ' ').trim().split(/\s+/).map((word) => `${word}~`).join(' ');

const role: Scenario = {
  name: 'role lookup',
  ours: (inputs, i) => ({ query: ROLE_QUERY, variables: { slug: at(inputs.roles, i) } }),
  cypher: (inputs, i) => ({ key: 'role', statement: ROLE_CYPHER, parameters: { slug: at(inputs.roles, i) } }),
  peer: (inputs, i) => ({ query: ROLE_PEER, variables: { slug: at(inputs.roles, i) } }),
};
const headline: Scenario = {
  name: 'headline: nextRoles(maxHops: 2) + bridgingSkills',
  ours: (inputs, i) => ({ query: HEADLINE_QUERY, variables: { slug: at(inputs.roles, i) } }),
  cypher: (inputs, i) => ({ key: 'headline', statement: HEADLINE_CYPHER, parameters: { slug: at(inputs.roles, i) } }),
  peer: (inputs, i) => ({ query: HEADLINE_PEER, variables: { slug: at(inputs.roles, i) } }),
};
const careerPaths: Scenario = {
  name: 'careerPaths (5 paths)',
  ours: (inputs, i) => ({ query: PATHS_QUERY, variables: at(inputs.pairs, i) }),
  cypher: (inputs, i) => ({ key: 'careerPaths', statement: PATHS_CYPHER, parameters: at(inputs.pairs, i) }),
  peer: null,
};
const skillGap: Scenario = {
  name: 'skillGap',
  ours: (inputs, i) => ({ query: GAP_QUERY, variables: { target: at(inputs.roles, i), profile: profileInput(at(inputs.profiles, i + 1)) } }),
  cypher: (inputs, i) => ({
    key: 'skillGap',
    statement: GAP_CYPHER,
    parameters: { target: at(inputs.roles, i), profile: profileInput(at(inputs.profiles, i + 1)).skills },
  }),
  peer: null,
};
const recommendRoles: Scenario = {
  name: 'recommendRoles',
  ours: (inputs, i) => ({ query: RECOMMEND_QUERY, variables: { profile: profileInput(at(inputs.profiles, i)) } }),
  cypher: (inputs, i) => ({
    key: 'recommendRoles',
    statement: RECOMMEND_CYPHER,
    parameters: { profile: profileInput(at(inputs.profiles, i)).skills, slugs: at(inputs.profiles, i) },
  }),
  peer: null,
};
const search: Scenario = {
  name: 'search',
  ours: (inputs, i) => ({ query: SEARCH_QUERY, variables: { text: at(inputs.texts, i) } }),
  cypher: (inputs, i) => ({ key: 'search', statement: SEARCH_CYPHER, parameters: { lucene: lucene(at(inputs.texts, i)) } }),
  peer: (inputs, i) => ({ query: SEARCH_PEER, variables: { phrase: lucene(at(inputs.texts, i)) } }),
};

const SINGLE: readonly Scenario[] = [role, headline, careerPaths, skillGap, recommendRoles, search];

/** Round-robin over the single scenarios; the peer leg only mixes what the peer can express. */
const mixed: Scenario = {
  name: 'mixed (all of the above, round-robin)',
  ours: (inputs, i) => at(SINGLE, i).ours(inputs, Math.floor(i / SINGLE.length)),
  cypher: (inputs, i) => at(SINGLE, i).cypher(inputs, Math.floor(i / SINGLE.length)),
  peer: null,
};

export const SCENARIOS: readonly Scenario[] = [...SINGLE, mixed];

/** Synthetic nodes (slug "syn-…") first, so the larger scales query the synthetic part of the graph. */
const SYNTHETIC_FIRST = (name: string) => `CASE WHEN ${name}.slug STARTS WITH 'syn-' THEN 0 ELSE 1 END, ${name}.slug`;

/** Picks the inputs from the graph (deterministically: synthetic first, then by slug). */
export async function pickInputs(driver: Driver, database: string): Promise<BenchInputs> {
  const read = async <T>(statement: string, map: (record: Record<string, unknown>) => T) => {
    // No bookmark manager: bookmarks would outlive the store when the bench restarts Neo4j on a fresh one.
    const result = await driver.executeQuery(statement, {}, { database, routing: 'READ', bookmarkManager: null });
    return result.records.map((record) => map(record.toObject()));
  };
  const roles = await read(
    `MATCH (role:Role) WHERE EXISTS { (role)-[:LEADS_TO]->() } AND EXISTS { (role)-[:REQUIRES]->() }
     RETURN role.slug AS slug ORDER BY ${SYNTHETIC_FIRST('role')} LIMIT 50`,
    (r) => String(r.slug),
  );
  const pairs = await read(
    `MATCH (from:Role) WITH from ORDER BY ${SYNTHETIC_FIRST('from')} LIMIT 200
     MATCH (from)-[:LEADS_TO]->{2,3}(to:Role) WHERE to <> from
     WITH DISTINCT from, to ORDER BY ${SYNTHETIC_FIRST('from')}, to.slug
     RETURN from.slug AS from, to.slug AS to LIMIT 40`,
    (r) => ({ from: String(r.from), to: String(r.to) }),
  );
  const profiles = await read(
    `MATCH (role:Role) WHERE EXISTS { (role)-[:REQUIRES]->() } WITH role ORDER BY ${SYNTHETIC_FIRST('role')} LIMIT 50
     RETURN COLLECT { MATCH (role)-[req:REQUIRES]->(skill:Skill) RETURN skill.slug ORDER BY req.importance DESC, skill.slug LIMIT 5 } AS skills`,
    (r) => (r.skills as string[]),
  );
  const texts = await read(
    `CALL () { MATCH (role:Role) RETURN split(role.title, ' ')[0] AS text ORDER BY ${SYNTHETIC_FIRST('role')} LIMIT 20
       UNION MATCH (skill:Skill) RETURN skill.name AS text ORDER BY ${SYNTHETIC_FIRST('skill')} LIMIT 20 }
     RETURN text`,
    (r) => String(r.text),
  );
  if (roles.length === 0 || pairs.length === 0 || profiles.length === 0 || texts.length === 0) {
    throw new Error(`The graph has too little data to benchmark (roles ${roles.length}, pairs ${pairs.length}).`);
  }
  return { roles, pairs, profiles, texts };
}

/**
 * The fresh-requests scenarios: the same questions, but every request distinct (issue 14) — roles
 * never asked before, skill profiles nobody sent, prefixes as a user types them. Our response cache
 * cannot answer them, so "ours, cache on" measures the path a recommendation engine or a type-ahead
 * takes: a cache miss, the statement, the answer stored. Each request takes the next item of the
 * fresh inputs (run.ts never wraps around within a cell while the lists last; the pool sizes are
 * reported with the results).
 */
export const FRESH_SCENARIOS: readonly Scenario[] = SINGLE.map((scenario) => ({ ...scenario, name: `fresh ${scenario.name}` }));

/** How many items each fresh list may hold: enough for a cell's runs at the rates seen here. */
const FRESH_POOL = 20_000;

/** Profiles of 4-6 skills drawn from one role's top skills: coherent like a person's, distinct by construction. */
function freshProfiles(roleSkills: readonly string[][], count: number, random: () => number): string[][] {
  const profiles: string[][] = [];
  const seen = new Set<string>();
  for (let attempt = 0; profiles.length < count && attempt < count * 4; attempt++) {
    const skills = roleSkills[Math.floor(random() * roleSkills.length)];
    const size = Math.min(skills.length, 4 + Math.floor(random() * 3));
    const picked = [...skills].sort(() => random() - 0.5).slice(0, size);
    const key = [...picked].sort().join('\u0000');
    if (picked.length === 0 || seen.has(key)) continue;
    seen.add(key);
    profiles.push(picked);
  }
  return profiles;
}

/** Every prefix of each label from two characters on, in typing order, each prefix once. */
export function typedPrefixes(labels: readonly string[], maxLength = 24): string[] {
  const seen = new Set<string>();
  const prefixes: string[] = [];
  for (const label of labels) {
    const text = label.toLowerCase().slice(0, maxLength);
    for (let end = 2; end <= text.length; end++) {
      const prefix = text.slice(0, end);
      // A trailing space is a keystroke too, but the same search as without it.
      if (prefix.endsWith(' ') || seen.has(prefix)) continue;
      seen.add(prefix);
      prefixes.push(prefix);
    }
  }
  return prefixes;
}

/** Large, shuffled (seeded, so every run asks the same) lists for FRESH_SCENARIOS. */
export async function pickFreshInputs(driver: Driver, database: string, seed = 14): Promise<BenchInputs> {
  const random = prng(seed);
  const shuffle = <T>(items: T[]): T[] => {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  };
  const read = async <T>(statement: string, parameters: Record<string, unknown>, map: (record: Record<string, unknown>) => T) => {
    const result = await driver.executeQuery(statement, parameters, { database, routing: 'READ', bookmarkManager: null });
    return result.records.map((record) => map(record.toObject()));
  };
  const roles = shuffle(await read(
    `MATCH (role:Role) WHERE EXISTS { (role)-[:LEADS_TO]->() } AND EXISTS { (role)-[:REQUIRES]->() }
     RETURN role.slug AS slug ORDER BY role.slug LIMIT toInteger($limit)`,
    { limit: FRESH_POOL * 5 },
    (r) => String(r.slug),
  )).slice(0, FRESH_POOL);
  const pairs = shuffle(await read(
    `UNWIND $roles AS slug
     MATCH (from:Role {slug: slug})
     CALL (from) { MATCH (from)-[:LEADS_TO]->{2,3}(to:Role) WHERE to <> from RETURN DISTINCT to ORDER BY to.slug LIMIT 2 }
     RETURN from.slug AS from, to.slug AS to`,
    { roles: roles.slice(0, 2_000) },
    (r) => ({ from: String(r.from), to: String(r.to) }),
  ));
  const roleSkills = await read(
    `UNWIND $roles AS slug
     MATCH (role:Role {slug: slug})
     RETURN COLLECT { MATCH (role)-[req:REQUIRES]->(skill:Skill) RETURN skill.slug ORDER BY req.importance DESC, skill.slug LIMIT 12 } AS skills`,
    { roles: roles.slice(0, 5_000) },
    (r) => r.skills as string[],
  );
  const labels = shuffle(await read(
    `CALL () { MATCH (role:Role) RETURN role.title AS label UNION MATCH (skill:Skill) RETURN skill.name AS label }
     RETURN label ORDER BY label LIMIT toInteger($limit)`,
    { limit: FRESH_POOL * 5 },
    (r) => String(r.label),
  ));
  const texts = typedPrefixes(labels).slice(0, FRESH_POOL);
  const profiles = freshProfiles(roleSkills.filter((skills) => skills.length > 0), FRESH_POOL, random);
  if (roles.length === 0 || pairs.length === 0 || profiles.length === 0 || texts.length === 0) {
    throw new Error(`The graph has too little data for fresh requests (roles ${roles.length}, pairs ${pairs.length}).`);
  }
  return { roles, pairs, profiles, texts };
}
