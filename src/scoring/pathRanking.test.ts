import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STEP_CONFIDENCE,
  HOP_DECAY,
  PATH_SCORE_WEIGHTS,
  averageSalary,
  comparePaths,
  pathConfidence,
  salaryChange,
  scorePath,
  totalTypicalYears,
  type RankablePath,
} from './pathRanking.js';

const input = { hops: 1, stepConfidences: [0.8], gap: 1, maxGap: 4, salaryChangePercent: 25 };

describe('scorePath', () => {
  it('is the weighted sum of confidence, proximity, readiness and salary', () => {
    const { score, components } = scorePath(input);
    const expected = { confidence: 0.8, proximity: 1, readiness: 0.75, salary: 0.75 };
    expect(Object.fromEntries(components.map((c) => [c.name, c.value]))).toEqual(expected);
    for (const component of components) {
      expect(component.weight).toBe(PATH_SCORE_WEIGHTS[component.name]);
      expect(component.contribution).toBeCloseTo(component.weight * component.value, 4);
    }
    expect(score).toBeCloseTo(0.35 * 0.8 + 0.25 * 1 + 0.25 * 0.75 + 0.15 * 0.75, 4);
    expect(components.reduce((sum, c) => sum + c.contribution, 0)).toBeCloseTo(score, 3);
  });

  it('weights sum to 1, so scores stay on 0..1', () => {
    expect(Object.values(PATH_SCORE_WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    expect(scorePath({ hops: 1, stepConfidences: [1], gap: 0, maxGap: 1, salaryChangePercent: 500 }).score).toBe(1);
    expect(scorePath({ hops: 6, stepConfidences: [0, 0], gap: 5, maxGap: 5, salaryChangePercent: -100 }).score).toBeGreaterThanOrEqual(0);
  });

  it('prefers fewer hops, higher confidence, smaller gaps and bigger raises, all else equal', () => {
    const base = scorePath(input).score;
    expect(scorePath({ ...input, hops: 2, stepConfidences: [0.8, 1] }).score).toBeLessThan(base);
    expect(scorePath({ ...input, stepConfidences: [0.5] }).score).toBeLessThan(base);
    expect(scorePath({ ...input, gap: 3 }).score).toBeLessThan(base);
    expect(scorePath({ ...input, salaryChangePercent: -10 }).score).toBeLessThan(base);
  });

  it('decays proximity per extra hop and treats unknowns neutrally', () => {
    const components = scorePath({ hops: 3, stepConfidences: [null, 0.9, null], gap: 0, maxGap: 0, salaryChangePercent: null }).components;
    const value = (name: string) => components.find((c) => c.name === name)!.value;
    expect(value('proximity')).toBeCloseTo(HOP_DECAY ** 2, 4);
    expect(value('confidence')).toBeCloseTo(DEFAULT_STEP_CONFIDENCE ** 2 * 0.9, 4);
    expect(value('readiness')).toBe(1);
    expect(value('salary')).toBe(0.5);
  });
});

describe('helpers', () => {
  it('multiplies step confidences', () => {
    expect(pathConfidence([0.5, 0.5])).toBe(0.25);
    expect(pathConfidence([])).toBe(1);
  });

  it('computes salary change, null when a salary is unknown', () => {
    expect(salaryChange(200_000, 250_000)).toEqual({ absoluteUsd: 50_000, percent: 25 });
    expect(salaryChange(200_000, 150_000)).toEqual({ absoluteUsd: -50_000, percent: -25 });
    expect(salaryChange(null, 150_000)).toBeNull();
    expect(salaryChange(200_000, null)).toBeNull();
  });

  it('sums typical years only when every step has them', () => {
    expect(totalTypicalYears([2, 3.5])).toBe(5.5);
    expect(totalTypicalYears([2, null])).toBeNull();
  });

  it('averages known salaries', () => {
    expect(averageSalary([100, null, 200])).toBe(150);
    expect(averageSalary([null])).toBeNull();
  });
});

describe('comparePaths', () => {
  const path = (key: string, hops: number, gap: number, averageSalaryUsd: number | null, score: number): RankablePath => ({ key, hops, gap, averageSalaryUsd, score });
  const paths = [
    path('a', 3, 1, 300_000, 0.5),
    path('b', 2, 4, 200_000, 0.6),
    path('c', 2, 2, null, 0.7),
    path('d', 4, 0.5, 250_000, 0.4),
  ];
  const order = (rankBy: Parameters<typeof comparePaths>[0]) => [...paths].sort(comparePaths(rankBy)).map((p) => p.key);

  it('FEWEST_STEPS: hops, then score', () => expect(order('FEWEST_STEPS')).toEqual(['c', 'b', 'a', 'd']));
  it('SMALLEST_GAP: gap, then hops', () => expect(order('SMALLEST_GAP')).toEqual(['d', 'a', 'c', 'b']));
  it('HIGHEST_SALARY: average salary, unknown last', () => expect(order('HIGHEST_SALARY')).toEqual(['a', 'd', 'b', 'c']));
  it('breaks full ties by key', () => {
    expect([path('y', 1, 0, 1, 0.5), path('x', 1, 0, 1, 0.5)].sort(comparePaths('FEWEST_STEPS')).map((p) => p.key)).toEqual(['x', 'y']);
  });
});
