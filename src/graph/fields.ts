/**
 * What a valid stored value is, as zod schemas: slugs, source codes, the rating scales, the kind
 * and rating enums. The seed schema (src/import/seeds/seedSchema.ts) and the curation API
 * (src/curation/validation.ts) both build on these, so what the API accepts could have been a
 * seed. Scales deliberately match O*NET's (importance 1-5, level 0-7) so curated and imported
 * skill vectors normalise the same way.
 */
import { z } from 'zod';
import { PROGRESSION_KINDS, RESOURCE_KINDS, SKILL_KINDS } from './kinds.js';
import { EXPERIENCE_LEVELS, GROWTH_RATING_VALUES } from './ratings.js';

export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug (a-z, 0-9, single dashes)');
export const nonEmpty = z.string().trim().min(1, 'must not be empty');
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date (YYYY-MM-DD)');
export const onetCode = z.string().regex(/^\d{2}-\d{4}\.\d{2}$/, 'must be an O*NET-SOC code like 15-1241.00');
export const escoOccupationUri = z
  .string()
  .regex(
    /^http:\/\/data\.europa\.eu\/esco\/occupation\/[0-9a-f-]{36}$/,
    'must be an ESCO occupation URI',
  );

/** A yearly amount in US dollars. */
export const annualUsd = z.number().int().positive();
/** O*NET IM scale. */
export const importanceRaw = z.number().min(1).max(5);
/** O*NET LV scale. */
export const levelRaw = z.number().min(0).max(7);
export const typicalYears = z.number().min(0).max(20);
export const confidence = z.number().min(0).max(1);

/** A curated LEADS_TO edge's confidence when none is given. */
export const DEFAULT_PROGRESSION_CONFIDENCE = 0.8;

export const skillKind = z.enum(SKILL_KINDS);
export const progressionKind = z.enum(PROGRESSION_KINDS);
export const resourceKind = z.enum(RESOURCE_KINDS);
export const experienceLevel = z.enum(EXPERIENCE_LEVELS);
export const growthRating = z.enum(GROWTH_RATING_VALUES);
