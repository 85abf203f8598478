import { describe, expect, it } from 'vitest';
import { CreditIndex, CREDIT_RELATIONS, type CreditLink } from './skillCredit.js';
import { ASSUMED_REQUIRED_LEVEL, bridgingSkills, computeSkillGap, maxSkillGap, skillGapTotal, skillGapTotals } from './skillGap.js';

const req = (skillId: string, importance: number, level: number | null, essential = true) => ({ skillId, importance, level, essential });

describe('computeSkillGap', () => {
  it('classifies missing, partial and met requirements and weights gaps by importance × deficit', () => {
    const result = computeSkillGap(new Map([['b', 0.25], ['c', 0.9]]), [req('a', 1, 0.5), req('b', 0.5, 0.75), req('c', 0.75, 0.5)]);
    expect(result.missing.map((i) => i.skillId)).toEqual(['a']);
    expect(result.partial.map((i) => i.skillId)).toEqual(['b']);
    expect(result.met.map((i) => i.skillId)).toEqual(['c']);
    expect(result.items.map((i) => i.skillId)).toEqual(['a', 'b', 'c']);
    expect(result.missing[0]!.weight).toBeCloseTo(0.5);
    expect(result.partial[0]!.weight).toBeCloseTo(0.25);
    expect(result.gap).toBeCloseTo(0.75);
    // coverage = (1*0 + 0.5*(0.25/0.75) + 0.75*1) / 2.25
    expect(result.coverage).toBeCloseTo((0.5 / 3 + 0.75) / 2.25, 4);
  });

  it('treats a held skill with unknown level as meeting the requirement', () => {
    const result = computeSkillGap(new Map([['a', null]]), [req('a', 1, 0.9)]);
    expect(result.met).toHaveLength(1);
    expect(result.coverage).toBe(1);
  });

  it('assumes a middling required level when the source gives none', () => {
    const result = computeSkillGap(new Map(), [req('a', 0.5, null)]);
    expect(result.missing[0]!.requiredLevel).toBe(ASSUMED_REQUIRED_LEVEL);
    expect(result.gap).toBeCloseTo(0.5 * ASSUMED_REQUIRED_LEVEL);
  });

  it('gives full coverage and no gap when nothing is required', () => {
    expect(computeSkillGap(new Map(), [])).toMatchObject({ coverage: 1, gap: 0, items: [] });
  });
});

describe('bridgingSkills', () => {
  it('never lists a skill the source already holds at the required level', () => {
    const source = [req('cloud', 1, 0.9), req('security', 0.75, 0.4)];
    const target = [req('cloud', 1, 0.8), req('security', 0.75, 0.7), req('leadership', 1, 0.7)];
    const result = bridgingSkills(source, target);
    const gaps = [...result.missing, ...result.partial].map((item) => item.skillId);
    expect(gaps).toEqual(['leadership', 'security']);
    expect(result.met.map((item) => item.skillId)).toEqual(['cloud']);
  });
});

describe('maxSkillGap', () => {
  it('is the gap of an empty profile, to the last bit, whatever the order and scale of the requirements', () => {
    // A deterministic generator: levels and importances with many decimals, some unset, some zero.
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    for (let list = 0; list < 200; list++) {
      const requirements = Array.from({ length: 1 + Math.floor(random() * 160) }, (_, i) => ({
        skillId: `s${i}`,
        importance: random() < 0.05 ? 0 : random(),
        level: random() < 0.2 ? null : random() < 0.05 ? 0 : random(),
        essential: random() < 0.5,
      }));
      expect(maxSkillGap(requirements)).toBe(computeSkillGap(new Map(), requirements).gap);
    }
    expect(maxSkillGap([])).toBe(0);
  });
});

describe('skillGapTotal and skillGapTotals', () => {
  it("are computeSkillGap's gap and coverage to the last bit, with held levels, unknown levels and credits", () => {
    let seed = 11;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    let credited = 0;
    for (let list = 0; list < 300; list++) {
      // Half the lists on coarse scales (O*NET-like quarters), where equal weights and importances are common and order is by skill id.
      const coarse = list % 2 === 0;
      const value = () => (coarse ? Math.round(random() * 4) / 4 : random());
      const requirements = Array.from({ length: 1 + Math.floor(random() * 200) }, (_, i) => ({
        skillId: `s${(i * 7919) % 1000}`,
        importance: random() < 0.05 ? 0 : value(),
        level: random() < 0.2 ? null : random() < 0.05 ? 0 : value(),
        essential: random() < 0.5,
      }));
      // Held: some required skills directly (some with an unknown level), and skills of their own that credit others.
      const held = new Map<string, number | null>();
      for (const requirement of requirements) if (random() < 0.3) held.set(requirement.skillId, random() < 0.1 ? null : value());
      const links = new Map<string, CreditLink[]>();
      for (let h = 0; h < 10; h++) {
        held.set(`h${h}`, random() < 0.1 ? null : random());
        links.set(`h${h}`, Array.from({ length: Math.floor(random() * 6) }, () => [requirements[Math.floor(random() * requirements.length)]!.skillId, CREDIT_RELATIONS[Math.floor(random() * CREDIT_RELATIONS.length)]!, 1 + Math.floor(random() * 2)] as const));
      }
      const index = new CreditIndex(held, links);
      const full = computeSkillGap(held, requirements, index);
      credited += full.items.filter((item) => item.credit).length;
      expect(skillGapTotal(held, requirements, index)).toBe(full.gap);
      expect(skillGapTotals(held, requirements, index)).toEqual({ gap: full.gap, coverage: full.coverage });
    }
    expect(credited).toBeGreaterThan(100);
    expect(skillGapTotal(new Map(), [], new CreditIndex(new Map(), new Map()))).toBe(0);
    expect(skillGapTotals(new Map(), [], new CreditIndex(new Map(), new Map()))).toEqual({ gap: 0, coverage: 1 });
  });
});
