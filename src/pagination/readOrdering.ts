/** A listing's `orderBy` and `after` arguments, read against its sort keys (BAD_USER_INPUT before any Cypher). */
import type { SortDirection } from '../generated/graphql.js';
import { decodeCursor, type KeysetCursor } from './cursor.js';
import type { SortKey, TieBreak } from './keysetQuery.js';

/** An argument a client may leave out or send as null. */
type Optional<T> = T | null | undefined;

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
