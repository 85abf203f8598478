import { describe, expect, it } from 'vitest';
import { agreement, spearman } from '../../bench/rankAgreement.js';

const items = (...entries: Array<[string, number]>) => entries.map(([id, score]) => ({ id, score }));

describe('agreement of two top-k lists', () => {
  it('is perfect for identical lists', () => {
    const list = items(['a', 0.9], ['b', 0.5], ['c', 0.1]);
    expect(agreement(list, list, 3)).toEqual({ overlap: 1, spearman: 1, maxScoreDifference: 0, missedByA: 0 });
  });

  it('counts the common items among the first k and correlates their order', () => {
    const a = items(['a', 0.9], ['b', 0.8], ['c', 0.7], ['d', 0.6]);
    const b = items(['c', 0.7], ['b', 0.75], ['a', 0.9], ['x', 0.5]);
    const result = agreement(a, b, 4);
    expect(result.overlap).toBe(3 / 4);
    expect(result.spearman).toBe(-1); // a, b, c against c, b, a
    expect(result.maxScoreDifference).toBeCloseTo(0.05, 12);
    // x (0.5) is below A's 4th score (0.6): a difference at the cut, not a miss.
    expect(result.missedByA).toBe(0);
  });

  it("counts what A missed: items of B scoring above A's k-th", () => {
    const a = items(['a', 0.9], ['b', 0.2]);
    const b = items(['a', 0.9], ['x', 0.5]);
    expect(agreement(a, b, 2).missedByA).toBe(1);
  });

  it('has no correlation with fewer than two common items', () => {
    expect(agreement(items(['a', 1]), items(['b', 1]), 1)).toEqual({ overlap: 0, spearman: null, maxScoreDifference: null, missedByA: 0 });
  });
});

describe('spearman', () => {
  it('is 1 − 6Σd²/(n(n²−1)) on the ranks', () => {
    // ranks 0,1,2,3 against 1,0,2,3: Σd² = 2, ρ = 1 − 12/60.
    expect(spearman([10, 20, 30, 40], [2, 1, 3, 4])).toBeCloseTo(0.8, 12);
  });
});
