/**
 * Builds the Cypher of a keyset-paged listing (a page, and its total count) from fixed fragments:
 * every piece of text comes from constants in a repository, every value is a $parameter, so no
 * user input ever becomes Cypher. Two shapes:
 *
 * - Index walk (no anchor, sort on a range-indexed property): the page is read in index order from
 *   where the cursor points (`prop >= $afterValue`), so deep pages cost the same as the first and
 *   nothing is sorted beyond the page. Rows without the property follow, by id, in a second
 *   subquery that only runs when the valued rows do not fill the page.
 * - Anchored (a fulltext hit list, the roles requiring a skill, a family's roles) or computed sort
 *   keys: candidates are filtered, then ordered with rows lacking a value last, then cut after the
 *   cursor. The candidate set is what the anchor yields, so it is bounded by it.
 *
 * Ties on the sort value are broken by a unique key, returned as `tieBreak` for the cursor: the
 * `id` property in an index walk (its unique index orders the rows without a value), the element
 * id when anchored, which costs no property read per candidate (a fulltext search may yield tens
 * of thousands). A cursor therefore belongs to one shape (see tieBreakOf).
 *
 * Parameters every statement uses: $limit (rows to return, one more than the page size so the
 * caller knows whether another page follows), $afterValue and $afterTie (from the cursor).
 */
import type { CursorValue } from './cursor.js';

export type SortDirection = 'ASC' | 'DESC';

export interface SortKey {
  /** Cypher expression for the sort value over the row's variables; from a fixed map, never user input. */
  expression: string;
  valueType: 'string' | 'number';
  /** Rows may lack a value; they sort after every valued row, in either direction. */
  nullable: boolean;
  /** Set when `expression` is `<variable>.<indexedProperty>` with a range index on it: enables the index walk. */
  indexedProperty?: string;
}

export interface KeysetQuery {
  variable: string;
  label: string;
  /**
   * Clauses yielding the candidate rows with `variable` bound, ending in a clause that accepts a
   * WHERE (MATCH, YIELD or WITH); null means every node with `label`.
   */
  anchor: string | null;
  /** Predicates on the candidate rows, ANDed. */
  filters: readonly string[];
  sort: SortKey;
  direction: SortDirection;
  /** Where the previous page ended; null for the first page. A null value: inside the rows without one. */
  after: { value: CursorValue } | null;
  /** Map projection of `variable` returned as `node`. */
  projection: string;
}

const where = (predicates: readonly string[]) => (predicates.length > 0 ? `WHERE ${predicates.join('\n  AND ')}` : null);
const lines = (parts: ReadonlyArray<string | null>) => parts.filter((part): part is string => part !== null).join('\n');

export function usesIndexWalk(query: KeysetQuery): boolean {
  return query.anchor === null && query.sort.indexedProperty !== undefined;
}

/** What breaks ties, and so what a cursor for this listing holds besides the sort value. */
export type TieBreak = 'id' | 'elementId';

export function tieBreakOf(query: KeysetQuery): TieBreak {
  return usesIndexWalk(query) ? 'id' : 'elementId';
}

export function keysetPageStatement(query: KeysetQuery): string {
  return usesIndexWalk(query) ? indexWalkStatement(query) : anchoredStatement(query);
}

export function keysetCountStatement(query: KeysetQuery): string {
  return lines([query.anchor ?? `MATCH (${query.variable}:${query.label})`, where(query.filters), 'RETURN count(*) AS total']);
}

function anchoredStatement(query: KeysetQuery): string {
  const { variable: v, sort, direction, after } = query;
  const keyset: string[] = [];
  if (after && after.value === null) {
    keyset.push('sortValue IS NULL AND tieBreak > $afterTie');
  } else if (after) {
    const beyond = direction === 'ASC' ? '>' : '<';
    const valued = `sortValue ${beyond} $afterValue OR (sortValue = $afterValue AND tieBreak > $afterTie)`;
    keyset.push(sort.nullable ? `(sortValue IS NULL OR ${valued})` : `(${valued})`);
  }
  const order = [...(sort.nullable ? ['sortValue IS NULL'] : []), `sortValue ${direction}`, 'tieBreak'];
  return lines([
    query.anchor ?? `MATCH (${v}:${query.label})`,
    where(query.filters),
    `WITH ${v}, ${sort.expression} AS sortValue, elementId(${v}) AS tieBreak`,
    where(keyset),
    `ORDER BY ${order.join(', ')}`,
    'LIMIT toInteger($limit)',
    `RETURN ${query.projection} AS node, sortValue, tieBreak`,
  ]);
}

function indexWalkStatement(query: KeysetQuery): string {
  const { variable: v, label, sort, direction, after, filters } = query;
  const property = `${v}.${sort.indexedProperty}`;
  const parts: string[] = [];
  if (after && after.value === null) {
    parts.push('WITH [] AS valued');
  } else {
    // `>=` lets the planner seek the index at the cursor; the OR only drops the ties already served.
    const seek = after
      ? direction === 'ASC'
        ? `${property} >= $afterValue AND (${property} > $afterValue OR ${v}.id > $afterTie)`
        : `${property} <= $afterValue AND (${property} < $afterValue OR ${v}.id > $afterTie)`
      : `${property} IS NOT NULL`;
    parts.push(
      lines([
        'CALL () {',
        `  MATCH (${v}:${label})`,
        `  ${where([seek, ...filters])}`,
        `  WITH ${v} ORDER BY ${property} ${direction}, ${v}.id LIMIT toInteger($limit)`,
        `  RETURN collect(${v}) AS valued`,
        '}',
      ]),
    );
  }
  if (sort.nullable) {
    // `id > $afterTie` / `id IS NOT NULL` let the planner walk the id index in order and stop early.
    const fromId = after && after.value === null ? `${v}.id > $afterTie` : `${v}.id IS NOT NULL`;
    const unvalued = [`${property} IS NULL`, fromId, ...filters];
    parts.push(
      lines([
        'CALL (valued) {',
        // An UNWIND, not a WHERE: the planner would merge a WHERE into the scan's filter and scan anyway.
        '  UNWIND CASE WHEN size(valued) < $limit THEN [true] ELSE [] END AS needed',
        // Uncorrelated, so the planner keeps the id index order and stops after $limit rows.
        '  CALL () {',
        `    MATCH (${v}:${label})`,
        `    ${where(unvalued)}`,
        `    RETURN ${v} ORDER BY ${v}.id LIMIT toInteger($limit)`,
        '  }',
        `  RETURN collect(${v}) AS unvalued`,
        '}',
      ]),
      `UNWIND (valued + unvalued)[0..toInteger($limit)] AS ${v}`,
    );
  } else {
    parts.push(`UNWIND valued AS ${v}`);
  }
  parts.push(`RETURN ${query.projection} AS node, ${property} AS sortValue, ${v}.id AS tieBreak`);
  return parts.join('\n');
}
