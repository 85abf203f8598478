/**
 * RoleFilter (the `roles` listing's filter) into query parameters. Runs in the resolver before any
 * Cypher, so bad input costs one BAD_USER_INPUT and no statement.
 */
import { EXPERIENCE_RANKS, GROWTH_RATINGS } from '../graph/ratings.js';
import { badInput } from '../errors.js';
import type { RoleFilter } from '../generated/graphql.js';
import { ROLE_SEARCH_INDEX } from '../neo4j/graphSchema.js';
import type { ValidatedFilter } from '../pagination/KeysetListing.js';
import { sourceTags } from '../provenance/sourceTags.js';
import { boundedList } from '../requestLimits/limits.js';
import { filterTextQuery } from '../search/filterTextQuery.js';
import type { RoleFilterParams } from './model.js';

/** An argument a client may leave out or send as null. */
type Optional<T> = T | null | undefined;

function optionalInteger(value: Optional<number>, min: number, max: number, argument: string): number | null {
  if (value == null) return null;
  if (!Number.isInteger(value) || value < min || value > max) throw badInput(`${argument} must be an integer from ${min} to ${max}; got ${value}.`, argument);
  return value;
}

export function readRoleFilter(filter: Optional<RoleFilter>): ValidatedFilter<RoleFilterParams> {
  const f = filter ?? {};
  const minSalaryUsd = optionalInteger(f.minSalaryUsd, 0, 100_000_000, 'filter.minSalaryUsd');
  const maxSalaryUsd = optionalInteger(f.maxSalaryUsd, 0, 100_000_000, 'filter.maxSalaryUsd');
  if (minSalaryUsd !== null && maxSalaryUsd !== null && minSalaryUsd > maxSalaryUsd) {
    throw badInput('filter.minSalaryUsd must not exceed filter.maxSalaryUsd.', 'filter.minSalaryUsd');
  }
  const jobZones = boundedList(f.jobZones, 'filter.jobZones');
  jobZones?.forEach((zone) => optionalInteger(zone, 1, 5, 'filter.jobZones'));
  const minJobZone = optionalInteger(f.minJobZone, 1, 5, 'filter.minJobZone');
  const maxJobZone = optionalInteger(f.maxJobZone, 1, 5, 'filter.maxJobZone');
  if (minJobZone !== null && maxJobZone !== null && minJobZone > maxJobZone) {
    throw badInput('filter.minJobZone must not exceed filter.maxJobZone.', 'filter.minJobZone');
  }
  const growthRatings = growthFilter(f.growth, f.minGrowth);
  const requiresSkills = boundedList(f.requiresSkills, 'filter.requiresSkills');
  const text = filterTextQuery(f.text, 'filter.text', ROLE_SEARCH_INDEX.properties);
  return {
    params: {
      families: boundedList(f.families, 'filter.families'),
      sources: sourceTags(f.sources, 'filter.sources'),
      minSalaryUsd,
      maxSalaryUsd,
      requiresSkills: requiresSkills && requiresSkills.length > 0 ? requiresSkills : null,
      jobZones,
      minJobZone,
      maxJobZone,
      experienceRank: f.experienceLevel == null ? null : EXPERIENCE_RANKS[f.experienceLevel],
      growthRatings,
      textQuery: text ?? null,
    },
    matchesNothing: text === null,
  };
}

/** growth (any of) and minGrowth (at least) combined into the one list of ratings a role may have. */
function growthFilter(growth: RoleFilter['growth'], minGrowth: RoleFilter['minGrowth']): string[] | null {
  if (growth == null && minGrowth == null) return null;
  const order = Object.keys(GROWTH_RATINGS) as (keyof typeof GROWTH_RATINGS)[];
  const allowed = order.filter(
    (rating) => (growth == null || growth.includes(rating)) && (minGrowth == null || order.indexOf(rating) >= order.indexOf(minGrowth)),
  );
  return allowed.map((rating) => GROWTH_RATINGS[rating]);
}
