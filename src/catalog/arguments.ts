/**
 * Validation of the catalog's arguments (RoleFilter, SkillFilter, orderings, cursors) into query
 * parameters. Runs in resolvers before any Cypher, so bad input costs one BAD_USER_INPUT and no
 * statement.
 */
import { LIMITS } from '../api/limits.js';
import { badInput } from '../errors.js';
import type { RoleFilter, SkillFilter, SortDirection, Source } from '../generated/graphql.js';
import { EXPERIENCE_RANKS, GROWTH_RATINGS } from '../graph/ratings.js';
import { SOURCE_TAGS } from '../graph/sources.js';
import { buildFulltextQuery } from '../search/luceneQuery.js';
import { ROLE_SEARCH_FIELDS, SKILL_SEARCH_FIELDS } from '../search/repository.js';
import { decodeCursor, type KeysetCursor } from './cursor.js';
import type { SortKey, TieBreak } from './keysetQuery.js';
import type { RoleFilterParams, SkillFilterParams } from './model.js';

/** An argument a client may leave out or send as null. */
type Optional<T> = T | null | undefined;

/** A list argument: null when absent, BAD_USER_INPUT when longer than LIMITS.maxFilterValues. */
export function boundedList<T>(values: Optional<readonly T[]>, argument: string): T[] | null {
  if (values == null) return null;
  if (values.length > LIMITS.maxFilterValues) {
    throw badInput(`${argument} takes at most ${LIMITS.maxFilterValues} values; got ${values.length}.`, argument);
  }
  return [...values];
}

export function sourceTags(sources: Optional<readonly Source[]>, argument: string): string[] | null {
  return boundedList(sources, argument)?.map((source) => SOURCE_TAGS[source]) ?? null;
}

/**
 * The Lucene query for a filter's text: undefined when there is no text condition (absent or
 * blank), null when the text has nothing searchable (the listing is then empty).
 */
export function textQuery(text: Optional<string>, argument: string, fields: readonly string[]): string | null | undefined {
  if (text == null) return undefined;
  if (text.length > LIMITS.maxSearchTextLength) {
    throw badInput(`${argument} is limited to ${LIMITS.maxSearchTextLength} characters; got ${text.length}.`, argument);
  }
  if (text.trim() === '') return undefined;
  return buildFulltextQuery(text, { matchAll: true, fields });
}

function optionalInteger(value: Optional<number>, min: number, max: number, argument: string): number | null {
  if (value == null) return null;
  if (!Number.isInteger(value) || value < min || value > max) throw badInput(`${argument} must be an integer from ${min} to ${max}; got ${value}.`, argument);
  return value;
}

/** Filter parameters, and whether the filter's text has nothing searchable (the listing is then empty). */
export interface ValidatedFilter<T> {
  params: T;
  matchesNothing: boolean;
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
  const text = textQuery(f.text, 'filter.text', ROLE_SEARCH_FIELDS);
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

export function readSkillFilter(filter: Optional<SkillFilter>): ValidatedFilter<SkillFilterParams> {
  const f = filter ?? {};
  const text = textQuery(f.text, 'filter.text', SKILL_SEARCH_FIELDS);
  const category = f.category?.trim();
  const requiredByRole = f.requiredByRole?.trim();
  return {
    params: {
      kinds: boundedList(f.kinds, 'filter.kinds'),
      sources: sourceTags(f.sources, 'filter.sources'),
      category: category ? category.toLowerCase() : null,
      textQuery: text ?? null,
      requiredByRole: requiredByRole ? requiredByRole : null,
    },
    matchesNothing: text === null,
  };
}

/**
 * The effective ordering: the requested field (RELEVANCE only with text, otherwise `fallback`),
 * direction defaulting per field; and the cursor decoded against it.
 */
export function readOrdering<F extends string>(
  entity: string,
  requested: { field: F; direction?: Optional<SortDirection> } | null | undefined,
  options: {
    hasText: boolean;
    fallback: F;
    relevance: F;
    sortKeys: Record<F, SortKey>;
    defaultDirections: Record<F, SortDirection>;
    /** The listing's tie-breaker for a field (part of the ordering a cursor is issued for). */
    tieBreak: (field: F) => TieBreak;
  },
  after: Optional<string>,
): { field: F; direction: SortDirection; ordering: string; cursor: KeysetCursor | null } {
  const wanted = requested?.field ?? (options.hasText ? options.relevance : options.fallback);
  // Relevance without text has nothing to rank by: the fallback ordering, in its own default direction.
  const fellBack = wanted === options.relevance && !options.hasText;
  const field = fellBack ? options.fallback : wanted;
  const direction = (fellBack ? null : requested?.direction) ?? options.defaultDirections[field];
  const ordering = `${entity}:${field}:${direction}:${options.tieBreak(field)}`;
  const cursor = after == null ? null : decodeCursor(after, { ordering, valueType: options.sortKeys[field].valueType });
  return { field, direction, ordering, cursor };
}
