/**
 * Skill profiles: validation of SkillProfileInput (before any Cypher, so a bad profile costs nothing
 * but a BAD_USER_INPUT) and the rule that turns resolved entries into held levels.
 */
import { LIMITS } from '../requestLimits/limits.js';
import { badInput } from '../errors.js';
import { skillNameKey } from '../graph/skillNameKey.js';
import { normaliseLevel } from '../scoring/normalise.js';
import { requiredLevelOf } from '../scoring/skillGap.js';
import type { ProfileEntry } from './model.js';

/** Profile levels are on the O*NET LV 0-7 scale, like curated and O*NET requirements. */
export const PROFILE_LEVEL_MIN = 0;
export const PROFILE_LEVEL_MAX = 7;

export interface SkillProfileArgument {
  skills: ReadonlyArray<{ skill: string; level?: number | null }>;
}

export function readProfile(profile: SkillProfileArgument | null | undefined, argument = 'profile'): ProfileEntry[] {
  if (!profile) return [];
  if (profile.skills.length > LIMITS.maxProfileSkills) {
    throw badInput(`${argument}.skills may hold at most ${LIMITS.maxProfileSkills} skills; got ${profile.skills.length}.`, argument);
  }
  return profile.skills.map(({ skill, level }, index) => {
    const path = `${argument}.skills[${index}]`;
    const input = skill.trim();
    if (input.length === 0) throw badInput(`${path}.skill must not be empty.`, argument);
    if (input.length > LIMITS.maxSearchTextLength) {
      throw badInput(`${path}.skill may be at most ${LIMITS.maxSearchTextLength} characters.`, argument);
    }
    if (level != null && (!Number.isInteger(level) || level < PROFILE_LEVEL_MIN || level > PROFILE_LEVEL_MAX)) {
      throw badInput(`${path}.level must be an integer from ${PROFILE_LEVEL_MIN} to ${PROFILE_LEVEL_MAX} (O*NET LV scale); got ${level}.`, argument);
    }
    return { input, key: skillNameKey(input), level: level == null ? null : normaliseLevel(level) };
  });
}

export function readProfiles(profiles: ReadonlyArray<SkillProfileArgument>, argument = 'profiles'): ProfileEntry[][] {
  if (profiles.length > LIMITS.maxBatchProfiles) {
    throw badInput(`${argument} may hold at most ${LIMITS.maxBatchProfiles} profiles; got ${profiles.length}.`, argument);
  }
  return profiles.map((profile, index) => readProfile(profile, `${argument}[${index}]`));
}

export interface HeldLevel {
  skillId: string;
  /** 0..1, or null for "has it, level unknown". */
  level: number | null;
}

/**
 * Merges claims about the same skill: the highest stated level wins, and a stated level wins over
 * "level unknown" (a number is more informative than a bare claim). Only when no claim states a
 * level is the skill held at an unknown level, which computeSkillGap counts as meeting any
 * requirement. The same rule as the Cypher `max(level)` that pre-scores candidates.
 */
export function mergeHeldLevels(...sources: ReadonlyArray<ReadonlyArray<HeldLevel>>): Map<string, number | null> {
  const held = new Map<string, number | null>();
  for (const claims of sources) {
    for (const { skillId, level } of claims) {
      const current = held.get(skillId);
      if (current === undefined || (level !== null && (current === null || level > current))) held.set(skillId, level);
    }
  }
  return held;
}

/** A role's requirements as the levels someone in that role holds (a level-less requirement: the assumed level). */
export function heldFromRole(requirements: ReadonlyArray<{ skillId: string; level: number | null }>): HeldLevel[] {
  return requirements.map(({ skillId, level }) => ({ skillId, level: requiredLevelOf({ level }) }));
}

/** Unresolved inputs once each, in the order given (case-insensitively: "Foo" and "foo" are one). */
export function uniqueInputs(inputs: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const input of inputs) if (!seen.has(input.toLowerCase())) seen.set(input.toLowerCase(), input);
  return [...seen.values()];
}
