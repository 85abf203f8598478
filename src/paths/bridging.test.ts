import { describe, expect, it } from 'vitest';
import type { Skill } from '../graph/model.js';
import type { CreditLink } from '../scoring/skillCredit.js';
import { bridgingSkills, computeSkillGap, type RequirementInput } from '../scoring/skillGap.js';
import { MoveBridges, MoveSkills } from './bridging.js';

const skill = (id: string): Skill => ({ id, slug: id, name: `Skill ${id}` }) as Skill;
const skills = new Map(['a', 'b', 'c', 'd', 'e', 'f'].map((id) => [id, skill(id)]));
const req = (skillId: string, importance: number, level: number | null, essential = false): RequirementInput => ({ skillId, importance, level, essential });

const requirementsByRole = new Map<string, RequirementInput[]>([
  ['junior', [req('a', 0.9, 0.4), req('b', 0.6, 0.3)]],
  ['senior', [req('a', 0.9, 0.8), req('c', 0.7, 0.6, true), req('d', 0.5, null), req('b', 0.2, 0.3)]],
  ['lead', [req('e', 0.8, 0.7), req('f', 0.4, 0.5), req('a', 0.3, 0.2)]],
]);
// b is narrower than d; a is related to e.
const credits = new Map<string, readonly CreditLink[]>([
  ['b', [['d', 'NARROWER', 1]]],
  ['a', [['e', 'RELATED', 1]]],
]);

describe('MoveBridges', () => {
  it('gives each move the gap, bridging and shared skills of comparing the two roles directly', () => {
    const moves = new MoveBridges({ requirementsByRole, skills, credits });
    for (const [from, to] of [['junior', 'senior'], ['junior', 'lead'], ['senior', 'lead'], ['lead', 'junior']] as const) {
      const earlier = requirementsByRole.get(from)!;
      const later = requirementsByRole.get(to)!;
      const direct = bridgingSkills(earlier, later, credits);
      const bridge = moves.bridgeOf(from, to);
      expect(moves.gapOf(from, to)).toEqual({ gap: direct.gap, maxGap: computeSkillGap(new Map(), later).gap });
      expect(bridge.gap).toBe(direct.gap);
      expect(bridge.bridgingSkills.map((item) => [item.skill.id, item.levelGap, item.weight, item.status, item.credit?.heldSkill.id ?? null])).toEqual(
        direct.items.filter((item) => item.status !== 'MET').map((item) => [item.skillId, item.levelGap, item.weight, item.status, item.credit?.heldSkillId ?? null]),
      );
      const held = new Set(earlier.map((row) => row.skillId));
      expect(bridge.sharedSkills).toEqual(later.filter((row) => held.has(row.skillId)).map((row) => skills.get(row.skillId)));
    }
    // The credits are applied and explained: b (held by junior) counts toward d (required by senior).
    const credited = moves.bridgeOf('junior', 'senior').bridgingSkills.find((item) => item.skill.id === 'd')!;
    expect(credited.credit?.heldSkill).toBe(skills.get('b'));
    expect(credited.credit?.explanation).toContain('narrower');
  });

  it('computes each move once and returns the same bridge to every route that shares it', () => {
    const moves = new MoveBridges({ requirementsByRole, skills, credits });
    expect(moves.bridgeOf('junior', 'senior')).toBe(moves.bridgeOf('junior', 'senior'));
  });

  it('compares a role whose requirements did not come back as holding and requiring nothing', () => {
    const moves = new MoveBridges({ requirementsByRole, skills, credits });
    expect(moves.gapOf('unknown', 'junior')).toEqual({ gap: computeSkillGap(new Map(), requirementsByRole.get('junior')!).gap, maxGap: moves.gapOf('lead', 'junior').maxGap });
    expect(moves.bridgeOf('junior', 'unknown')).toEqual({ bridgingSkills: [], gap: 0, maxGap: 0, sharedSkills: [] });
  });

  it('ranks moves without their skills, and says so when a bridge is read without them', () => {
    // A statement for an answer that shows no skill of a move returns none (PathSelection.skills).
    const moves = new MoveBridges({ requirementsByRole, skills: new Map(), credits });
    expect(moves.gapOf('junior', 'senior')).toEqual(new MoveBridges({ requirementsByRole, skills, credits }).gapOf('junior', 'senior'));
    expect(() => moves.bridgeOf('junior', 'senior')).toThrow(/was not loaded with it/);
  });
});

describe('MoveSkills', () => {
  it("reads its move's bridge only when its skills are read, and then the same bridge every time", () => {
    const moves = new MoveBridges({ requirementsByRole, skills, credits });
    let built = 0;
    const bridgeOf = moves.bridgeOf.bind(moves);
    moves.bridgeOf = (startId, targetId) => (built++, bridgeOf(startId, targetId));
    const move = new MoveSkills(moves, 'junior', 'senior');
    expect(built).toBe(0);
    expect(move.bridgingSkills).toBe(bridgeOf('junior', 'senior').bridgingSkills);
    expect(move.sharedSkills).toBe(bridgeOf('junior', 'senior').sharedSkills);
    expect(built).toBe(2);
  });

  it('keeps its skills as getters of its class, not accessors of each object (the reason is in bridging.ts)', () => {
    const move = new MoveSkills(new MoveBridges({ requirementsByRole, skills, credits }), 'junior', 'senior');
    expect(Object.getOwnPropertyDescriptor(move, 'bridgingSkills')).toBeUndefined();
    expect(Object.getOwnPropertyDescriptor(move, 'sharedSkills')).toBeUndefined();
    expect(typeof Object.getOwnPropertyDescriptor(MoveSkills.prototype, 'bridgingSkills')?.get).toBe('function');
  });
});
