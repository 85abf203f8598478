import { describe, expect, it } from 'vitest';
import { LIMITS } from '../requestLimits/limits.js';
import { ASSUMED_REQUIRED_LEVEL } from '../scoring/skillGap.js';
import { heldFromRole, mergeHeldLevels, readProfile, readProfiles, uniqueInputs } from './profile.js';

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code;
  }
  return 'no error';
};

describe('readProfile', () => {
  it('trims, lower-cases the lookup key and normalises LV 0-7 levels to 0..1', () => {
    expect(readProfile({ skills: [{ skill: '  Amazon Web Services ', level: 7 }, { skill: 'k8s' }, { skill: 'SQL', level: 0 }] })).toEqual([
      { input: 'Amazon Web Services', key: 'amazon web services', level: 1 },
      { input: 'k8s', key: 'k8s', level: null },
      { input: 'SQL', key: 'sql', level: 0 },
    ]);
  });

  it('accepts an absent or empty profile', () => {
    expect(readProfile(null)).toEqual([]);
    expect(readProfile({ skills: [] })).toEqual([]);
  });

  it('rejects blank skills, levels outside 0..7 and too many skills as BAD_USER_INPUT', () => {
    expect(codeOf(() => readProfile({ skills: [{ skill: '   ' }] }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => readProfile({ skills: [{ skill: 'python', level: 8 }] }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => readProfile({ skills: [{ skill: 'python', level: -1 }] }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => readProfile({ skills: [{ skill: 'x'.repeat(LIMITS.maxSearchTextLength + 1) }] }))).toBe('BAD_USER_INPUT');
    const tooMany = Array.from({ length: LIMITS.maxProfileSkills + 1 }, (_, i) => ({ skill: `s${i}` }));
    expect(codeOf(() => readProfile({ skills: tooMany }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => readProfile({ skills: tooMany.slice(1) }))).toBe('no error');
  });

  it('rejects more than maxBatchProfiles profiles', () => {
    const profiles = Array.from({ length: LIMITS.maxBatchProfiles + 1 }, () => ({ skills: [] }));
    expect(codeOf(() => readProfiles(profiles))).toBe('BAD_USER_INPUT');
    expect(readProfiles(profiles.slice(1))).toHaveLength(LIMITS.maxBatchProfiles);
  });
});

describe('mergeHeldLevels', () => {
  it('keeps the highest stated level, a stated level over an unknown one, unknown only when nothing is stated', () => {
    const held = mergeHeldLevels(
      [{ skillId: 'a', level: 0.2 }, { skillId: 'a', level: 0.6 }, { skillId: 'b', level: null }, { skillId: 'b', level: 0.3 }, { skillId: 'c', level: null }],
      [{ skillId: 'a', level: 0.4 }, { skillId: 'c', level: null }],
    );
    expect(Object.fromEntries(held)).toEqual({ a: 0.6, b: 0.3, c: null });
  });
});

describe('heldFromRole', () => {
  it('holds a role requirement at its level, or at the assumed level when the source gives none', () => {
    expect(heldFromRole([{ skillId: 'a', level: 0.8 }, { skillId: 'b', level: null }])).toEqual([
      { skillId: 'a', level: 0.8 },
      { skillId: 'b', level: ASSUMED_REQUIRED_LEVEL },
    ]);
  });
});

describe('uniqueInputs', () => {
  it('reports each unknown input once, first spelling kept', () => {
    expect(uniqueInputs(['Foo', 'bar', 'foo'])).toEqual(['Foo', 'bar']);
  });
});
