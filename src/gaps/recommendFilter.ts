/** RecommendFilter -> query parameters, validated before any Cypher runs. */
import { LIMITS } from '../requestLimits/limits.js';
import { badInput } from '../errors.js';
import type { RecommendFilter, Source } from '../generated/graphql.js';
import { SOURCE_TAGS } from '../graph/sources.js';
import type { RecommendFilterParams } from './model.js';

/** O*NET Job Zones run from 1 (little preparation) to 5 (extensive preparation). */
const JOB_ZONE_MIN = 1;
const JOB_ZONE_MAX = 5;

export function readRecommendFilter(filter: RecommendFilter | null | undefined, argument = 'filter'): RecommendFilterParams {
  const list = (values: readonly string[] | null | undefined, field: string): string[] | null => {
    if (values == null) return null;
    if (values.length > LIMITS.maxFilterValues) {
      throw badInput(`${argument}.${field} may hold at most ${LIMITS.maxFilterValues} values; got ${values.length}.`, argument);
    }
    // An empty list is "no selection" in most UIs, so it restricts nothing.
    return values.length > 0 ? [...values] : null;
  };
  const minSalaryUsd = filter?.minSalaryUsd ?? null;
  if (minSalaryUsd !== null && minSalaryUsd < 0) throw badInput(`${argument}.minSalaryUsd must not be negative; got ${minSalaryUsd}.`, argument);
  const maxJobZone = filter?.maxJobZone ?? null;
  if (maxJobZone !== null && (maxJobZone < JOB_ZONE_MIN || maxJobZone > JOB_ZONE_MAX)) {
    throw badInput(`${argument}.maxJobZone must be from ${JOB_ZONE_MIN} to ${JOB_ZONE_MAX}; got ${maxJobZone}.`, argument);
  }
  return {
    families: list(filter?.families, 'families'),
    sources: list(filter?.sources, 'sources')?.map((source) => SOURCE_TAGS[source as Source]) ?? null,
    minSalaryUsd,
    maxJobZone,
    excludeRoles: list(filter?.excludeRoles, 'excludeRoles') ?? [],
  };
}
