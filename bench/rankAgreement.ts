/**
 * How far two top-k answers to one question agree (bench/gdsSimilarity.ts compares similarRoles with
 * GDS Node Similarity): the share of the top k both return, Spearman's rank correlation of the items
 * both return, and the largest difference between their scores for one item.
 */

export interface RankedItem {
  id: string;
  score: number;
}

export interface Agreement {
  /** |A ∩ B| / k over the first k of each list (1: the same k items, in any order). */
  overlap: number;
  /** Spearman's ρ of the common items' positions in A and B; null with fewer than 2 common items. */
  spearman: number | null;
  /** max |score in A − score in B| over the common items; null when there is none. */
  maxScoreDifference: number | null;
  /**
   * Items of B's top k missing from A's whose score in B beats A's k-th score: what A's candidate
   * search missed, as opposed to items that differ only by how a tie at the cut was broken.
   */
  missedByA: number;
}

export function agreement(a: readonly RankedItem[], b: readonly RankedItem[], k: number): Agreement {
  const left = a.slice(0, k);
  const right = b.slice(0, k);
  const rightById = new Map(right.map((item, position) => [item.id, { item, position }]));
  const common = left.flatMap((item, position) => {
    const other = rightById.get(item.id);
    return other ? [{ leftPosition: position, rightPosition: other.position, difference: Math.abs(item.score - other.item.score) }] : [];
  });
  const size = Math.min(k, Math.max(left.length, right.length));
  const leftIds = new Set(left.map((item) => item.id));
  // A shorter A (fewer than k answers) misses everything B found beyond it.
  const cut = left.length < k ? -Infinity : left[left.length - 1].score;
  return {
    overlap: size > 0 ? common.length / size : 1,
    spearman: common.length >= 2 ? spearman(common.map((c) => c.leftPosition), common.map((c) => c.rightPosition)) : null,
    maxScoreDifference: common.length > 0 ? Math.max(...common.map((c) => c.difference)) : null,
    missedByA: right.filter((item) => !leftIds.has(item.id) && item.score > cut).length,
  };
}

/** Spearman's ρ of two lists of distinct positions (re-ranked 0..n-1 among themselves first). */
export function spearman(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  const ranks = (values: readonly number[]) => {
    const order = values.map((value, index) => ({ value, index })).sort((p, q) => p.value - q.value);
    const rank = new Array<number>(n);
    order.forEach((entry, position) => (rank[entry.index] = position));
    return rank;
  };
  const rx = ranks(x);
  const ry = ranks(y);
  const d2 = rx.reduce((sum, r, i) => sum + (r - ry[i]) ** 2, 0);
  return 1 - (6 * d2) / (n * (n * n - 1));
}
