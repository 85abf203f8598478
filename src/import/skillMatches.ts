/**
 * Curated skill -> ESCO skill / O*NET element / O*NET technology correspondences (MATCHES), from
 * seeds/skill-matches.yaml (derived by `npm run derive:skill-matches`) and
 * seeds/skill-matches.curated.yaml (decided by hand). The seed loader stores each curated skill's
 * claims on the skill itself, because either side may arrive first: LINK_SKILL_MATCHES runs after
 * seeding and after each import, and links only the targets present (MERGE keeps it idempotent).
 */
import { CURATED_METHOD } from '../graph/evidence.js';
import type { SkillKind } from '../graph/kinds.js';
import { CURATED_SOURCE, ESCO_SOURCE, ONET_SOURCE } from '../graph/sources.js';
import type { SkillMatchSeed } from './seeds/seedSchema.js';

/** Which dataset a target names, and so how it is looked up (stored as `matchKinds`). */
export const SKILL_MATCH_TARGET_KINDS = ['esco', 'onet', 'onetTechnology'] as const;
export type SkillMatchTargetKind = (typeof SKILL_MATCH_TARGET_KINDS)[number];

export interface SkillMatchTarget {
  kind: SkillMatchTargetKind;
  /** ESCO skill URI, O*NET Element ID, or O*NET Technology Skills "Example" text. */
  value: string;
}

export function targetOf(match: Pick<SkillMatchSeed, 'esco' | 'onet' | 'onetTechnology'>): SkillMatchTarget {
  for (const kind of SKILL_MATCH_TARGET_KINDS) {
    const value = match[kind];
    if (value !== undefined) return { kind, value };
  }
  throw new Error('a skill match without a target passed validation');
}

/** The key of one (curated skill, target) pair: at most one effective match per pair. */
export function matchPairKey(match: SkillMatchSeed): string {
  const target = targetOf(match);
  return `${match.skill}\u0000${target.kind}\u0000${target.value}`;
}

/**
 * The matches the graph should hold: a hand-decided entry replaces the derived one of the same pair
 * (a correction of its match type), and a `reject` entry withdraws it (a homonym).
 */
export function effectiveSkillMatches(matches: readonly SkillMatchSeed[]): SkillMatchSeed[] {
  const byPair = new Map<string, SkillMatchSeed>();
  for (const match of matches) {
    const key = matchPairKey(match);
    const previous = byPair.get(key);
    if (!previous || match.method === CURATED_METHOD) byPair.set(key, match);
  }
  return [...byPair.values()].filter((match) => !match.reject);
}

/**
 * The claims stored on a curated skill, as parallel lists (Neo4j properties cannot hold maps):
 * `matchKinds[i]`, `matchTargets[i]`, `matchTypes[i]`, `matchMethods[i]`, `matchEvidence[i]`.
 */
export interface StoredSkillMatches {
  matchKinds: string[];
  matchTargets: string[];
  matchTypes: string[];
  matchMethods: string[];
  matchEvidence: string[];
}

export function storedSkillMatches(matches: readonly SkillMatchSeed[]): StoredSkillMatches {
  const sorted = [...matches].sort((a, b) => matchPairKey(a).localeCompare(matchPairKey(b)));
  return {
    matchKinds: sorted.map((match) => targetOf(match).kind),
    matchTargets: sorted.map((match) => targetOf(match).value),
    matchTypes: sorted.map((match) => match.matchType),
    matchMethods: sorted.map((match) => match.method),
    matchEvidence: sorted.map((match) => match.evidence),
  };
}

/**
 * Links each curated skill to the imported skills its stored claims name. ESCO skills and O*NET
 * elements are found by `sourceId`; an O*NET technology's `sourceId` is its UNSPSC commodity, so it
 * is found by its exact name through the SkillName key (indexed). The edge's `source` is `curated`:
 * the claim lives in seeds/, and `method` tells a label-rule derivation from a hand decision.
 */
export const LINK_SKILL_MATCHES = `
MATCH (curated:Skill {source: $curatedSource})
WHERE size(coalesce(curated.matchTargets, [])) > 0
CALL (curated) {
  UNWIND range(0, size(curated.matchTargets) - 1) AS i
  WITH curated, i, curated.matchKinds[i] AS kind, curated.matchTargets[i] AS target
  CALL (kind, target) {
    MATCH (found:Skill {sourceId: target})
    WHERE (kind = 'esco' AND found.source = $escoSource)
       OR (kind = 'onet' AND found.source = $onetSource AND found.kind <> $technologyKind)
    RETURN found
    UNION
    MATCH (:SkillName {key: toLower(trim(target))})<-[:KNOWN_AS]-(found:Skill {source: $onetSource, kind: $technologyKind})
    WHERE kind = 'onetTechnology' AND found.name = target
    RETURN found
  }
  MERGE (curated)-[link:MATCHES]->(found)
  SET link.matchType = curated.matchTypes[i], link.method = curated.matchMethods[i],
      link.evidence = curated.matchEvidence[i], link.source = $curatedSource, link.asOf = curated.asOf
}`;

/** LINK_SKILL_MATCHES's parameters: the tags are the vocabulary's, never literals in the statement. */
export const LINK_SKILL_MATCHES_PARAMETERS = {
  curatedSource: CURATED_SOURCE,
  escoSource: ESCO_SOURCE,
  onetSource: ONET_SOURCE,
  technologyKind: 'TECHNOLOGY' satisfies SkillKind,
} as const;
