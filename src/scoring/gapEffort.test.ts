import { describe, expect, it } from 'vitest';
import { LEVEL_SCALE_POINTS, MONTHS_PER_LEVEL, estimateGapEffort } from './gapEffort.js';
import { computeSkillGap } from './skillGap.js';

const req = (skillId: string, importance: number, level: number | null, essential = true) => ({ skillId, importance, level, essential });

describe('estimateGapEffort', () => {
  it('sums LV points to gain, weighting the months by importance', () => {
    // a: missing, needs 4/7 at full importance; b: partial, 2/7 -> 5/7 at importance 0.5; c: met.
    const gap = computeSkillGap(new Map([['b', 2 / 7], ['c', 1]]), [req('a', 1, 4 / 7), req('b', 0.5, 5 / 7, false), req('c', 0.75, 3 / 7)]);
    const effort = estimateGapEffort(gap);
    expect(effort.levelsToGain).toBeCloseTo(4 + 3, 2);
    expect(effort.estimatedMonths).toBeCloseTo(4 * MONTHS_PER_LEVEL * 1 + 3 * MONTHS_PER_LEVEL * 0.75, 1);
    expect(effort).toMatchObject({ missingCount: 1, partialCount: 1, metCount: 1, essentialMissingCount: 1 });
  });

  it('counts only essential missing skills as essentialMissing', () => {
    const gap = computeSkillGap(new Map(), [req('a', 1, 0.5, false), req('b', 1, 0.5, true), req('c', 1, 0.5, true)]);
    expect(estimateGapEffort(gap).essentialMissingCount).toBe(2);
  });

  it('is zero when everything is met', () => {
    const gap = computeSkillGap(new Map([['a', null]]), [req('a', 1, 6 / 7)]);
    expect(estimateGapEffort(gap)).toEqual({ estimatedMonths: 0, levelsToGain: 0, missingCount: 0, partialCount: 0, metCount: 1, essentialMissingCount: 0 });
  });

  it('takes half the time per level for an unimportant skill as for a critical one', () => {
    const critical = estimateGapEffort(computeSkillGap(new Map(), [req('a', 1, 1)]));
    const minor = estimateGapEffort(computeSkillGap(new Map(), [req('a', 0, 1)]));
    expect(critical.estimatedMonths).toBeCloseTo(LEVEL_SCALE_POINTS * MONTHS_PER_LEVEL, 1);
    expect(minor.estimatedMonths).toBeCloseTo(critical.estimatedMonths / 2, 1);
  });
});
