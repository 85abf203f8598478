/**
 * A keyset-paged listing (roles, skills) from the request's arguments to a Relay connection: the
 * ordering and cursor are read once against the listing's sort keys, a page is read (one row more
 * than asked for) and the total count only when a client selects it. The listing's repository owns
 * its Cypher; this owns what every listing does the same way.
 */
import type { GraphDatabase } from '../neo4j/GraphDatabase.js';
import { emptyConnection, toConnection } from './connection.js';
import type { KeysetCursor } from './cursor.js';
import { keysetCountStatement, keysetPageStatement, tieBreakOf, type KeysetQuery, type SortDirection, type SortKey } from './keysetQuery.js';
import type { Connection, PageRequest, PageRow } from './model.js';
import { readOrdering } from './readOrdering.js';

/** What a listing's filter parameters have in common: the Lucene query of its text, if any. */
export interface ListingFilter {
  /** null: no text condition. */
  textQuery: string | null;
}

export interface KeysetListing<F extends string, P extends ListingFilter> {
  /** Names the listing in its cursors' ordering (a cursor of another listing is refused). */
  entity: string;
  sortKeys: Record<F, SortKey>;
  /** The ordering without a requested field and without text; also the one counts are built on. */
  fallback: F;
  /** Ranks by fulltext score; only meaningful with a text condition. */
  relevance: F;
  defaultDirections: Record<F, SortDirection>;
  /** The statement shape for a filter and ordering (from the repository's fixed fragments). */
  query(filter: P, order: { field: F; direction: SortDirection }, after: KeysetCursor | null): KeysetQuery;
  /** Query parameters for a filter (the filter's own values, plus any the fragments need). */
  parameters(filter: P): Record<string, unknown>;
}

/** Filter parameters, and whether the filter's text has nothing searchable (the listing is then empty). */
export interface ValidatedFilter<P> {
  params: P;
  matchesNothing: boolean;
}

export interface ListingRequest<F extends string, P extends ListingFilter> {
  /** Page size, already validated. */
  first: number;
  filter: ValidatedFilter<P>;
  orderBy: { field: F; direction?: SortDirection | null } | null | undefined;
  after: string | null | undefined;
}

export async function readKeysetPage<F extends string, P extends ListingFilter, T>(
  db: GraphDatabase,
  listing: KeysetListing<F, P>,
  filter: P,
  page: PageRequest<F>,
): Promise<PageRow<T>[]> {
  return db.readRows<PageRow<T>>(keysetPageStatement(listing.query(filter, page, page.after)), {
    ...listing.parameters(filter),
    limit: page.first + 1,
    afterValue: page.after?.value ?? null,
    afterTie: page.after?.tieBreak ?? null,
  });
}

export async function countKeyset<F extends string, P extends ListingFilter>(db: GraphDatabase, listing: KeysetListing<F, P>, filter: P): Promise<number> {
  const query = listing.query(filter, { field: listing.fallback, direction: 'ASC' }, null);
  const [row] = await db.readRows<{ total: number }>(keysetCountStatement(query), listing.parameters(filter));
  return row?.total ?? 0;
}

/** The connection for a request; `store` reads pages and counts of this listing (the request's repository). */
export async function listConnection<F extends string, P extends ListingFilter, T>(
  listing: KeysetListing<F, P>,
  request: ListingRequest<F, P>,
  store: { page(filter: P, page: PageRequest<F>): Promise<PageRow<T>[]>; count(filter: P): Promise<number> },
): Promise<Connection<T>> {
  const { after } = request;
  const filter = request.filter.params;
  const order = readOrdering(listing.entity, request.orderBy, {
    hasText: filter.textQuery !== null,
    fallback: listing.fallback,
    relevance: listing.relevance,
    sortKeys: listing.sortKeys,
    defaultDirections: listing.defaultDirections,
    tieBreak: (field) => tieBreakOf(listing.query(filter, { field, direction: 'ASC' }, null)),
  }, after);
  if (request.filter.matchesNothing) return emptyConnection(after != null);
  const rows = await store.page(filter, { field: order.field, direction: order.direction, first: request.first, after: order.cursor });
  return toConnection(rows, { first: request.first, ordering: order.ordering, hasAfter: after != null }, () => store.count(filter));
}
