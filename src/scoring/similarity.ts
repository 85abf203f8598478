/**
 * Similarity of two roles as the weighted Jaccard index of their importance-weighted skill vectors
 * (Ioffe 2010, "Improved consistent sampling, weighted minhash and L1 sketching"):
 *
 *   similarity(a, b) = Σ_s min(a_s, b_s) / Σ_s max(a_s, b_s)       a_s = importance of s for a (0..1)
 *
 * 1 for identical vectors, 0 for roles sharing no skill. Chosen over cosine because it is on 0..1
 * without normalising, and because a skill one role needs a lot and the other barely needs counts as
 * only partly shared, which matches what a person moving between the two roles experiences.
 * A requirement with importance 0 (O*NET "not important", IM 1) is not part of the vector.
 */
import { round } from './normalise.js';

export interface WeightedSkill {
  skillId: string;
  /** Importance on 0..1. */
  importance: number;
}

export interface SkillVectorComparison {
  score: number;
  /** Skills both roles require, by min(a_s, b_s) descending. */
  shared: string[];
  /** Skills the other role requires that this one does not, by importance to the other descending. */
  missing: string[];
}

function toVector(skills: readonly WeightedSkill[]): Map<string, number> {
  const vector = new Map<string, number>();
  for (const { skillId, importance } of skills) {
    // A skill listed twice (two sources) counts once, at its higher importance.
    if (importance > 0) vector.set(skillId, Math.max(vector.get(skillId) ?? 0, Math.min(1, importance)));
  }
  return vector;
}

export function weightedJaccard(a: readonly WeightedSkill[], b: readonly WeightedSkill[]): number {
  return compareSkillVectors(a, b).score;
}

/** Compares role `a` (the one asked about) with role `b` (a candidate). */
export function compareSkillVectors(a: readonly WeightedSkill[], b: readonly WeightedSkill[]): SkillVectorComparison {
  const left = toVector(a);
  const right = toVector(b);
  let minSum = 0;
  let maxSum = 0;
  const shared: Array<[string, number]> = [];
  const missing: Array<[string, number]> = [];
  for (const [skillId, weight] of left) {
    const other = right.get(skillId) ?? 0;
    minSum += Math.min(weight, other);
    maxSum += Math.max(weight, other);
    if (other > 0) shared.push([skillId, Math.min(weight, other)]);
  }
  for (const [skillId, weight] of right) {
    if (left.has(skillId)) continue;
    maxSum += weight;
    missing.push([skillId, weight]);
  }
  const byWeight = (x: [string, number], y: [string, number]) => y[1] - x[1] || x[0].localeCompare(y[0]);
  return {
    score: maxSum > 0 ? round(minSum / maxSum) : 0,
    shared: shared.sort(byWeight).map(([skillId]) => skillId),
    missing: missing.sort(byWeight).map(([skillId]) => skillId),
  };
}

/**
 * Skill concepts across sources. Curated, O*NET and ESCO roles share no skill node, so comparing
 * skill ids would make every cross-source pair 0. Two skills are one concept when the graph joins
 * them: a SkillName key both are known as (skills of different sources), or a MATCHES edge marked
 * EXACT or CLOSE (any sources). Joins are transitive (union-find), so curated Python, O*NET's Python
 * technology and ESCO's "Python (computer programming)" form one concept if names or matches chain.
 */
export interface SkillConcepts {
  /** The concept a skill belongs to (its own id when nothing joins it). */
  conceptOf(skillId: string): string;
  /** The source tags that name the concept (a skill of that source is in it). */
  sourcesOf(concept: string): ReadonlySet<string>;
}

export interface SkillJoin {
  skillId: string;
  skillSource: string;
  otherId: string;
  otherSource: string;
}

export function buildSkillConcepts(skills: ReadonlyArray<{ skillId: string; source: string }>, joins: readonly SkillJoin[]): SkillConcepts {
  const parent = new Map<string, string>();
  const sourceOfSkill = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    // Path compression keeps repeated look-ups flat.
    for (let node = id; node !== root; ) {
      const next = parent.get(node)!;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  const add = (id: string, source: string) => {
    if (!parent.has(id)) parent.set(id, id);
    sourceOfSkill.set(id, source);
  };
  for (const { skillId, source } of skills) add(skillId, source);
  for (const join of joins) {
    add(join.skillId, join.skillSource);
    add(join.otherId, join.otherSource);
    const [a, b] = [find(join.skillId), find(join.otherId)];
    // The smaller id becomes the root, so concept keys do not depend on the order of the joins.
    if (a !== b) (a < b ? parent.set(b, a) : parent.set(a, b));
  }
  const sources = new Map<string, Set<string>>();
  for (const [id, source] of sourceOfSkill) {
    const concept = find(id);
    if (!sources.has(concept)) sources.set(concept, new Set());
    sources.get(concept)!.add(source);
  }
  return {
    conceptOf: (skillId) => (parent.has(skillId) ? find(skillId) : skillId),
    sourcesOf: (concept) => sources.get(concept) ?? new Set(),
  };
}

export interface RoleProfile {
  /** The role's source tag. */
  source: string;
  skills: readonly WeightedSkill[];
}

export interface ProfileComparison extends SkillVectorComparison {
  /** How many skill concepts the score was computed on (the union of both vectors after the rule below). */
  compared: number;
  /** True when the roles come from different sources (the score is on the vocabulary both name). */
  acrossSources: boolean;
}

/**
 * Weighted Jaccard (as compareSkillVectors) of role `a` (asked about) and `b` (a candidate) over skill
 * concepts instead of skill ids. For roles of one source it is exactly compareSkillVectors on skill ids. For roles of different sources only concepts both
 * sources name count: a curated role lists ~18 skills in the curated vocabulary and an O*NET
 * occupation ~150 in O*NET's, and a skill one vocabulary cannot express says nothing about whether the
 * other role needs it. `shared` and `missing` are b's skill ids (b's requirements are what the caller
 * can show); `missing` holds only concepts that count.
 */
export function compareRoleProfiles(a: RoleProfile, b: RoleProfile, concepts: SkillConcepts): ProfileComparison {
  const acrossSources = a.source !== b.source;
  // Roles of one source share one vocabulary: their skill ids are the concepts. Joining near-duplicates
  // of one vocabulary (curated CLOSE pairs, chains through another source) is gap credit's job; here it
  // would change a same-source score away from the documented weighted Jaccard of the two profiles.
  if (!acrossSources) return { ...compareSkillVectors(a.skills, b.skills), compared: new Set([...toVector(a.skills).keys(), ...toVector(b.skills).keys()]).size, acrossSources };
  const counts = (concept: string) => {
    const named = concepts.sourcesOf(concept);
    return named.has(a.source) && named.has(b.source);
  };
  const toConcepts = (skills: readonly WeightedSkill[]) => {
    const vector = new Map<string, number>();
    const representative = new Map<string, string>();
    for (const [skillId, importance] of toVector(skills)) {
      const concept = concepts.conceptOf(skillId);
      if (!counts(concept)) continue;
      if (importance > (vector.get(concept) ?? 0)) {
        vector.set(concept, importance);
        representative.set(concept, skillId);
      }
    }
    return { vector, representative };
  };
  const left = toConcepts(a.skills);
  const right = toConcepts(b.skills);
  const comparison = compareSkillVectors(
    [...left.vector].map(([skillId, importance]) => ({ skillId, importance })),
    [...right.vector].map(([skillId, importance]) => ({ skillId, importance })),
  );
  return {
    score: comparison.score,
    shared: comparison.shared.map((concept) => right.representative.get(concept)!),
    missing: comparison.missing.map((concept) => right.representative.get(concept)!),
    compared: new Set([...left.vector.keys(), ...right.vector.keys()]).size,
    acrossSources,
  };
}
