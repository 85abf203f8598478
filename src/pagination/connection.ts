/** Turns a keyset page (one row more than asked for) into a Relay connection with opaque cursors. */
import { encodeCursor } from './cursor.js';
import type { Connection, PageRow } from './model.js';

export function toConnection<T>(
  rows: readonly PageRow<T>[],
  page: { first: number; ordering: string; hasAfter: boolean },
  countTotal: () => Promise<number>,
): Connection<T> {
  const shown = rows.slice(0, page.first);
  const edges = shown.map((row) => ({
    cursor: encodeCursor({ ordering: page.ordering, value: row.sortValue, tieBreak: row.tieBreak }),
    node: row.node as T,
  }));
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: {
      hasNextPage: rows.length > page.first,
      // Forward-only paging: a page reached through a cursor has rows before it (Relay allows this).
      hasPreviousPage: page.hasAfter,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    countTotal,
  };
}

/** A connection with no rows and no statement run (e.g. a text filter with nothing searchable). */
export function emptyConnection<T>(hasAfter: boolean): Connection<T> {
  return {
    edges: [],
    nodes: [],
    pageInfo: { hasNextPage: false, hasPreviousPage: hasAfter, startCursor: null, endCursor: null },
    countTotal: async () => 0,
  };
}
