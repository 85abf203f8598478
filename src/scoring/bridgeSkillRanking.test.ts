import { describe, expect, it } from 'vitest';
import { orderBridgeSkills, tallyBridgeSkills } from './bridgeSkillRanking.js';
import { bridgingSkills, type RequirementInput } from './skillGap.js';

const req = (skillId: string, importance: number, level: number | null): RequirementInput => ({ skillId, importance, level, essential: true });

const requirements = new Map<string, RequirementInput[]>([
  ['junior', [req('python', 0.75, 0.3), req('sql', 0.5, 0.4)]],
  ['mid', [req('python', 1, 0.6), req('sql', 0.5, 0.4), req('cloud', 0.5, 0.5)]],
  ['senior', [req('python', 1, 0.6), req('cloud', 1, 0.8), req('leadership', 0.75, 0.5)]],
  ['unknown', []],
]);

describe('tallyBridgeSkills and orderBridgeSkills', () => {
  const edges = [
    ['junior', 'mid'],
    ['mid', 'senior'],
    ['unknown', 'senior'],
  ] as const;

  it('counts the edges each skill bridges, with the gap weight of skillGap', () => {
    const { skills: tallies, edgesConsidered } = tallyBridgeSkills(edges, requirements);
    const skills = orderBridgeSkills(tallies, 'PROGRESSIONS');
    expect(edgesConsidered).toBe(2); // the edge from a role without requirements is skipped
    const bySkill = Object.fromEntries(skills.map((skill) => [skill.skillId, skill]));
    // junior -> mid: python 0.3 -> 0.6 (partial, weight 1 × 0.3), cloud missing (0.5 × 0.5); sql met.
    // mid -> senior: cloud 0.5 -> 0.8 (partial, 1 × 0.3), leadership missing (0.75 × 0.5); python met.
    expect(bySkill.cloud).toEqual({ skillId: 'cloud', progressions: 2, missing: 1, totalWeight: 0.55, averageGap: 0.4 });
    expect(bySkill.python).toEqual({ skillId: 'python', progressions: 1, missing: 0, totalWeight: 0.3, averageGap: 0.3 });
    expect(bySkill.leadership).toEqual({ skillId: 'leadership', progressions: 1, missing: 1, totalWeight: 0.375, averageGap: 0.5 });
    expect(bySkill.sql).toBeUndefined();
    expect(skills.map((skill) => skill.skillId)).toEqual(['cloud', 'leadership', 'python']);
  });

  it('orders by progressions or by total weight', () => {
    // "light" bridges two edges with little weight, "heavy" one edge with a lot.
    const edgesAB = [
      ['a', 'b'],
      ['c', 'd'],
    ] as const;
    const reqs = new Map([
      ['a', [req('x', 1, 0.5)]],
      ['b', [req('x', 1, 0.5), req('light', 0.25, 0.2), req('heavy', 1, 1)]],
      ['c', [req('x', 1, 0.5)]],
      ['d', [req('light', 0.25, 0.2)]],
    ]);
    const { skills } = tallyBridgeSkills(edgesAB, reqs);
    const ids = (order: 'PROGRESSIONS' | 'WEIGHT') => orderBridgeSkills(skills, order).map((skill) => [skill.skillId, skill.progressions, skill.totalWeight]);
    expect(ids('PROGRESSIONS')).toEqual([
      ['light', 2, 0.1],
      ['heavy', 1, 1],
    ]);
    expect(ids('WEIGHT')).toEqual([
      ['heavy', 1, 1],
      ['light', 2, 0.1],
    ]);
  });

  it('agrees with bridgingSkills edge by edge (levels missing, duplicates, shared skills)', () => {
    // A deterministic pseudo-random graph: 12 roles over 8 skills, some levels unknown.
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const roles = Array.from({ length: 12 }, (_, i) => `r${i}`);
    const reqs = new Map(
      roles.map((role) => [
        role,
        Array.from({ length: 8 }, (_, k) => k)
          .filter(() => next() < 0.6)
          .map((k) => req(`s${k}`, Math.round(next() * 4) / 4, next() < 0.2 ? null : Math.round(next() * 7) / 7)),
      ]),
    );
    const graphEdges = roles.flatMap((from, i) => roles.filter((_, j) => j !== i && next() < 0.3).map((to) => [from, to] as const));
    const expected = new Map<string, { progressions: number; missing: number }>();
    for (const [from, to] of graphEdges) {
      if (!reqs.get(from)!.length || !reqs.get(to)!.length) continue;
      const gap = bridgingSkills(reqs.get(from)!, reqs.get(to)!);
      for (const item of [...gap.missing, ...gap.partial]) {
        const tally = expected.get(item.skillId) ?? { progressions: 0, missing: 0 };
        tally.progressions++;
        if (item.status === 'MISSING') tally.missing++;
        expected.set(item.skillId, tally);
      }
    }
    const actual = tallyBridgeSkills(graphEdges, reqs).skills;
    expect(actual.length).toBeGreaterThan(3);
    expect(Object.fromEntries(actual.map((skill) => [skill.skillId, { progressions: skill.progressions, missing: skill.missing }]))).toEqual(
      Object.fromEntries(expected),
    );
  });
});
