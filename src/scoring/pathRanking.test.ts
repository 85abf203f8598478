import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STEP_CONFIDENCE,
  HOP_DECAY,
  PATH_SCORE_WEIGHTS,
  averageSalary,
  comparePaths,
  orderedByPrimaryKeys,
  pathConfidence,
  primaryRankKey,
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

describe('orderedByPrimaryKeys', () => {
  it('holds when no two keys tie (within the salary tolerance), and never for two routes ranked by gap', () => {
    expect(orderedByPrimaryKeys('FEWEST_STEPS', [])).toBe(true);
    expect(orderedByPrimaryKeys('SMALLEST_GAP', [0])).toBe(true);
    expect(orderedByPrimaryKeys('SMALLEST_GAP', [0, 0])).toBe(false);
    expect(orderedByPrimaryKeys('FEWEST_STEPS', [-3, -1, -2])).toBe(true);
    expect(orderedByPrimaryKeys('FEWEST_STEPS', [-3, -1, -3])).toBe(false);
    expect(orderedByPrimaryKeys('HIGHEST_SALARY', [100_000, 90_000, -1])).toBe(true);
    expect(orderedByPrimaryKeys('HIGHEST_SALARY', [-1, 90_000, -1])).toBe(false);
    // Averages that round to the same cents compare equal in comparePaths.
    expect(orderedByPrimaryKeys('HIGHEST_SALARY', [100.004, 100.0])).toBe(false);
    expect(orderedByPrimaryKeys('HIGHEST_SALARY', [100.02, 100.0])).toBe(true);
  });

  it('when it holds, comparePaths orders routes the same whatever their gaps and scores', () => {
    let seed = 3;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    let checked = 0;
    for (let trial = 0; trial < 2_000; trial += 1) {
      const rankBy = (['FEWEST_STEPS', 'HIGHEST_SALARY'] as const)[trial % 2]!;
      const routes = Array.from({ length: 1 + Math.floor(random() * 4) }, (_, index) => {
        const hops = 1 + Math.floor(random() * 6);
        const salaries = Array.from({ length: hops }, () => (random() < 0.1 ? null : Math.round(random() * 2_000) * 100 + (random() < 0.2 ? 0.004 : 0)));
        return { key: `r${index}`, hops, salaries };
      });
      const keys = routes.map((route) => primaryRankKey(rankBy, route.hops, route.salaries));
      if (!orderedByPrimaryKeys(rankBy, keys)) continue;
      checked += 1;
      const rankable = (gapAndScore: () => number) =>
        routes.map((route): RankablePath => ({ key: route.key, hops: route.hops, gap: gapAndScore(), averageSalaryUsd: averageSalary(route.salaries), score: gapAndScore() }));
      const order = (paths: RankablePath[]) => paths.sort(comparePaths(rankBy)).map((path) => path.key);
      const first = order(rankable(random));
      for (let again = 0; again < 3; again += 1) expect(order(rankable(random))).toEqual(first);
    }
    expect(checked).toBeGreaterThan(500);
  });
});
