import { describe, expect, it } from 'vitest';
import { compareSkillVectors, weightedJaccard } from './similarity.js';

const v = (entries: Record<string, number>) => Object.entries(entries).map(([skillId, importance]) => ({ skillId, importance }));

describe('weightedJaccard', () => {
  it('is Σ min / Σ max over the union of skills', () => {
    // min: a 0.5 + b 0.25 = 0.75; max: a 1 + b 0.5 + c 0.5 + d 0.25 = 2.25
    expect(weightedJaccard(v({ a: 1, b: 0.25, c: 0.5 }), v({ a: 0.5, b: 0.5, d: 0.25 }))).toBeCloseTo(0.75 / 2.25, 4);
  });

  it('is 1 for identical vectors and 0 for disjoint ones', () => {
    expect(weightedJaccard(v({ a: 0.8, b: 0.3 }), v({ b: 0.3, a: 0.8 }))).toBe(1);
    expect(weightedJaccard(v({ a: 0.8 }), v({ b: 0.8 }))).toBe(0);
    expect(weightedJaccard([], [])).toBe(0);
  });

  it('is symmetric', () => {
    const a = v({ a: 0.9, b: 0.4, c: 0.1 });
    const b = v({ b: 0.7, c: 0.1, d: 1 });
    expect(weightedJaccard(a, b)).toBe(weightedJaccard(b, a));
  });

  it('ignores zero-importance requirements and counts a duplicated skill once, at its higher importance', () => {
    expect(weightedJaccard(v({ a: 1, z: 0 }), v({ a: 1, z: 0.0 }))).toBe(1);
    expect(weightedJaccard([{ skillId: 'a', importance: 0.5 }, { skillId: 'a', importance: 1 }], v({ a: 1 }))).toBe(1);
  });

  it('scores a partly shared skill lower than a fully shared one', () => {
    const base = v({ a: 1, b: 1 });
    expect(weightedJaccard(base, v({ a: 1, b: 0.25 }))).toBeLessThan(weightedJaccard(base, v({ a: 1, b: 1 })));
  });
});

describe('compareSkillVectors', () => {
  it('lists shared skills by common weight and missing skills (needed only by the other role) by weight', () => {
    const result = compareSkillVectors(v({ a: 1, b: 0.25, c: 0.5 }), v({ a: 0.5, b: 0.75, d: 0.25, e: 1 }));
    expect(result.shared).toEqual(['a', 'b']);
    expect(result.missing).toEqual(['e', 'd']);
    expect(result.score).toBeCloseTo(0.75 / (1 + 0.75 + 0.5 + 0.25 + 1), 4);
  });
});
