import { describe, expect, it } from 'vitest';
import {
  CANDIDATE_POOL_MIN,
  GAP_HALF_SATURATION,
  GAP_PENALTY,
  SUMMARY_ITEMS,
  candidatePoolSize,
  rankRoleMatches,
  roleMatchScore,
  summariseGap,
} from './roleMatch.js';
import { computeSkillGap } from './skillGap.js';

const req = (skillId: string, importance: number, level: number | null, essential = true) => ({ skillId, importance, level, essential });

describe('roleMatchScore', () => {
  it('is the coverage when there is no gap', () => {
    expect(roleMatchScore({ coverage: 1, gap: 0 })).toBe(1);
  });

  it('lowers the score by half the penalty at the half-saturation gap, never by more than the penalty', () => {
    expect(roleMatchScore({ coverage: 0.8, gap: GAP_HALF_SATURATION })).toBeCloseTo(0.8 * (1 - GAP_PENALTY / 2), 4);
    expect(roleMatchScore({ coverage: 0.8, gap: 1e6 })).toBeGreaterThan(0.8 * (1 - GAP_PENALTY) - 1e-4);
  });

  it('prefers the role with less left to learn at equal coverage', () => {
    expect(roleMatchScore({ coverage: 0.5, gap: 1 })).toBeGreaterThan(roleMatchScore({ coverage: 0.5, gap: 4 }));
  });
});

describe('rankRoleMatches', () => {
  const held = new Map<string, number | null>([['python', 5 / 7], ['aws', null]]);
  const candidates = [
    { roleId: 'r-small', requirements: [req('python', 1, 4 / 7), req('aws', 1, 5 / 7)] },
    { roleId: 'r-half', requirements: [req('python', 1, 4 / 7), req('java', 1, 4 / 7)] },
    { roleId: 'r-low', requirements: [req('python', 1, 6 / 7), req('java', 1, 4 / 7), req('go', 1, 4 / 7)] },
    { roleId: 'r-none', requirements: [req('java', 1, 4 / 7)] },
  ];

  it('orders by score, computed from the shared gap definition, and drops roles with nothing covered', () => {
    const ranked = rankRoleMatches(held, candidates, 10);
    expect(ranked.map((match) => match.roleId)).toEqual(['r-small', 'r-half', 'r-low']);
    for (const match of ranked) {
      const gap = computeSkillGap(held, candidates.find((c) => c.roleId === match.roleId)!.requirements);
      expect(match.coverage).toBe(gap.coverage);
      expect(match.score).toBe(roleMatchScore(gap));
    }
  });

  it('returns at most `first`, breaking ties by role id', () => {
    const twins = [
      { roleId: 'b', requirements: [req('python', 1, 0.5)] },
      { roleId: 'a', requirements: [req('python', 1, 0.5)] },
    ];
    expect(rankRoleMatches(held, twins, 1).map((match) => match.roleId)).toEqual(['a']);
  });
});

describe('summariseGap', () => {
  it('keeps the counts of the whole gap and the largest items only', () => {
    const requirements = Array.from({ length: 8 }, (_, i) => req(`s${i}`, (i + 1) / 8, 0.5));
    const gap = computeSkillGap(new Map([['s0', 0.25]]), requirements);
    const summary = summariseGap(gap);
    expect(summary).toMatchObject({ gap: gap.gap, missingCount: 7, partialCount: 1, metCount: 0 });
    expect(summary.missing.map((item) => item.skillId)).toEqual(['s7', 's6', 's5', 's4', 's3']);
    expect(summary.missing).toHaveLength(SUMMARY_ITEMS);
  });
});

describe('candidatePoolSize', () => {
  it('never goes below the minimum pool and grows with first', () => {
    expect(candidatePoolSize(1)).toBe(CANDIDATE_POOL_MIN);
    expect(candidatePoolSize(100)).toBeGreaterThan(CANDIDATE_POOL_MIN);
  });
});
