/** Relay connections over keyset pages, as listings (roles, skills) return them. */
import type { KeysetCursor } from './cursor.js';
import type { SortDirection } from './keysetQuery.js';

export interface PageInfoModel {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/** A connection page; totalCount is a separate statement, run only when a client selects it. */
export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfoModel;
  countTotal(): Promise<number>;
}

/** A page request after validation: what repositories receive. */
export interface PageRequest<TField extends string> {
  field: TField;
  direction: SortDirection;
  /** Rows to return (the page size). */
  first: number;
  after: KeysetCursor | null;
}

/** One row of a keyset page: the node, and the value it was sorted on and its tie-breaker (for its cursor). */
export interface PageRow<T> {
  node: T;
  sortValue: string | number | null;
  tieBreak: string;
}
