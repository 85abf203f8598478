/** Gap and recommendation results as the gap service returns them: skills and roles already loaded. */
import type { Role, Skill } from '../graph/model.js';
import type { GapEffort } from '../scoring/gapEffort.js';
import type { GapStatus } from '../scoring/skillGap.js';
import type { LearningResource, SkillGapItem } from '../skills/model.js';

export type { SkillGapItem };

export interface SkillResources {
  skill: Skill;
  status: GapStatus;
  weight: number;
  resources: LearningResource[];
}

export interface SkillGap {
  target: Role;
  coverage: number;
  gap: number;
  missing: SkillGapItem[];
  partial: SkillGapItem[];
  met: SkillGapItem[];
  effort: GapEffort;
  learningResources: SkillResources[];
  unresolvedSkills: string[];
}

export interface SkillGapSummary {
  gap: number;
  missingCount: number;
  partialCount: number;
  metCount: number;
  missing: SkillGapItem[];
  partial: SkillGapItem[];
}

export interface RoleMatch {
  role: Role;
  score: number;
  coverage: number;
  gap: SkillGapSummary;
}

export interface RoleMatchList {
  matches: RoleMatch[];
  unresolvedSkills: string[];
}

export interface SkillLeverage {
  skill: Skill;
  rolesUnlocked: number;
  gapClosed: number;
  score: number;
  unlocks: Role[];
}

/** A profile entry after validation: `key` is what resolution matches, `level` is normalised to 0..1. */
export interface ProfileEntry {
  input: string;
  key: string;
  level: number | null;
}

/** RecommendFilter as query parameters: null means "no restriction". */
export interface RecommendFilterParams {
  families: string[] | null;
  sources: string[] | null;
  minSalaryUsd: number | null;
  maxJobZone: number | null;
  excludeRoles: string[];
}
