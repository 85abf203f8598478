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
