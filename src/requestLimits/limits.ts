/**
 * Documented caps on arguments (docs/api.md). Checked in resolvers before any Cypher runs, so an
 * over-cap request costs nothing but a BAD_USER_INPUT error. The checks take no fallback: every
 * argument they check has its default in the SDL, applied (also for an explicit null) before the
 * resolver runs (argumentDefaults.ts), and typed non-null by codegen.
 */
import { badInput } from '../errors.js';

export const LIMITS = {
  maxFirst: 100,
  maxHops: 6,
  maxProfileSkills: 200,
  maxBatchProfiles: 50,
  maxSearchTextLength: 200,
  /** Values per list in a filter (e.g. RecommendFilter.families, excludeRoles). */
  maxFilterValues: 100,
} as const;

export function boundedFirst(first: number, argument = 'first'): number {
  if (!Number.isInteger(first) || first < 0 || first > LIMITS.maxFirst) {
    throw badInput(`${argument} must be an integer from 0 to ${LIMITS.maxFirst}; got ${first}.`, argument);
  }
  return first;
}

export function boundedHops(hops: number, argument = 'maxHops'): number {
  if (!Number.isInteger(hops) || hops < 1 || hops > LIMITS.maxHops) {
    throw badInput(`${argument} must be an integer from 1 to ${LIMITS.maxHops}; got ${hops}.`, argument);
  }
  return hops;
}

export function boundedFraction(fraction: number, argument: string): number {
  if (!Number.isFinite(fraction) || fraction < 0 || fraction > 1) {
    throw badInput(`${argument} must be between 0 and 1; got ${fraction}.`, argument);
  }
  return fraction;
}

/** A list argument: null when absent, BAD_USER_INPUT when longer than LIMITS.maxFilterValues. */
export function boundedList<T>(values: readonly T[] | null | undefined, argument: string): T[] | null {
  if (values == null) return null;
  if (values.length > LIMITS.maxFilterValues) {
    throw badInput(`${argument} takes at most ${LIMITS.maxFilterValues} values; got ${values.length}.`, argument);
  }
  return [...values];
}
