import { describe, expect, it } from 'vitest';
import { GAP_CLOSED_WEIGHT, UNLOCK_COVERAGE, UNLOCKS_SHOWN, coverageAfterLearning, rankSkillLeverage } from './leverage.js';
import { computeSkillGap, requiredLevelOf } from './skillGap.js';

const req = (skillId: string, importance: number, level: number | null, essential = true) => ({ skillId, importance, level, essential });

describe('coverageAfterLearning', () => {
  it('equals recomputing the gap with the skill held at the required level', () => {
    const held = new Map<string, number | null>([['a', 0.2], ['b', 0.9]]);
    const requirements = [req('a', 0.8, 0.6), req('b', 0.5, 0.7), req('c', 1, null), req('d', 0.25, 0.4)];
    const gap = computeSkillGap(held, requirements);
    for (const item of gap.items.filter((i) => i.status !== 'MET')) {
      const learned = new Map(held).set(item.skillId, requiredLevelOf(requirements.find((r) => r.skillId === item.skillId)!));
      expect(coverageAfterLearning(gap, item)).toBeCloseTo(computeSkillGap(learned, requirements).coverage, 4);
    }
  });
});

describe('rankSkillLeverage', () => {
  const held = new Map<string, number | null>([['python', null], ['sql', null]]);
  const role = (roleId: string, requirements: ReturnType<typeof req>[]) => ({ roleId, gap: computeSkillGap(held, requirements) });
  // Equal importances: python + sql + X out of 4 -> 0.5 before, 0.75 after learning one more.
  const roles = [
    role('data-eng', [req('python', 1, 0.5), req('sql', 1, 0.5), req('spark', 1, 0.5), req('airflow', 1, 0.5)]),
    role('analytics-eng', [req('python', 1, 0.5), req('sql', 1, 0.5), req('spark', 1, 0.5), req('dbt', 1, 0.5)]),
    // Far away: learning one skill leaves it below the threshold.
    role('ml-eng', [req('python', 1, 0.5), req('spark', 1, 0.5), req('pytorch', 1, 0.5), req('mlops', 1, 0.5), req('stats', 1, 0.5)]),
  ];

  it('credits a skill with the roles it lifts across the coverage threshold and the gap it closes', () => {
    const result = rankSkillLeverage(roles, 10);
    const spark = result.find((s) => s.skillId === 'spark')!;
    expect(result[0]!.skillId).toBe('spark');
    expect(spark.rolesUnlocked).toBe(2);
    expect(spark.unlocks.sort()).toEqual(['analytics-eng', 'data-eng']);
    expect(spark.gapClosed).toBeCloseTo(0.5 * 3, 4);
    expect(spark.score).toBeCloseTo(2 + GAP_CLOSED_WEIGHT * 1.5, 4);
    const pytorch = result.find((s) => s.skillId === 'pytorch')!;
    expect(pytorch.rolesUnlocked).toBe(0);
    expect(pytorch.unlocks).toEqual([]);
  });

  it('never lists a skill already held at the required level, and sorts by score', () => {
    const result = rankSkillLeverage(roles, 10);
    expect(result.map((s) => s.skillId)).not.toContain('python');
    expect(result.map((s) => s.skillId)).not.toContain('sql');
    for (let i = 1; i < result.length; i++) expect(result[i - 1]!.score).toBeGreaterThanOrEqual(result[i]!.score);
    for (const skill of result) {
      for (const roleId of skill.unlocks) {
        const { gap } = roles.find((r) => r.roleId === roleId)!;
        expect(gap.coverage).toBeLessThan(UNLOCK_COVERAGE);
        expect(coverageAfterLearning(gap, gap.items.find((i) => i.skillId === skill.skillId)!)).toBeGreaterThanOrEqual(UNLOCK_COVERAGE);
      }
    }
  });

  it('does not count roles that are already within reach as unlocked', () => {
    const near = [role('near', [req('python', 1, 0.5), req('sql', 1, 0.5), req('go', 0.2, 0.5)])];
    expect(near[0]!.gap.coverage).toBeGreaterThanOrEqual(UNLOCK_COVERAGE);
    expect(rankSkillLeverage(near, 10)[0]).toMatchObject({ skillId: 'go', rolesUnlocked: 0 });
  });

  it('lists at most UNLOCKS_SHOWN roles and returns at most first skills', () => {
    const many = Array.from({ length: UNLOCKS_SHOWN + 3 }, (_, i) => role(`r${i}`, [req('python', 1, 0.5), req('sql', 1, 0.5), req('k8s', 1, 0.5), req(`x${i}`, 1, 0.5)]));
    const [k8s] = rankSkillLeverage(many, 1);
    expect(k8s).toMatchObject({ skillId: 'k8s', rolesUnlocked: UNLOCKS_SHOWN + 3 });
    expect(k8s!.unlocks).toHaveLength(UNLOCKS_SHOWN);
  });
});
