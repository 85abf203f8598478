/** Catalog listings as the resolvers return them: Relay connections over roles and skills. */
import type { Role } from '../roles/model.js';
import type { Skill } from '../skills/model.js';
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

export type RoleConnectionModel = Connection<Role>;
export type SkillConnectionModel = Connection<Skill>;

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

/** RoleFilter after validation, as query parameters; null/empty means "no restriction". */
export interface RoleFilterParams {
  families: string[] | null;
  sources: string[] | null;
  minSalaryUsd: number | null;
  maxSalaryUsd: number | null;
  requiresSkills: string[] | null;
  jobZones: number[] | null;
  minJobZone: number | null;
  maxJobZone: number | null;
  experienceRank: number | null;
  growthRatings: string[] | null;
  /** Lucene query built from the text (search/luceneQuery.ts), null for no text filter. */
  textQuery: string | null;
}

/** SkillFilter after validation, as query parameters. */
export interface SkillFilterParams {
  kinds: string[] | null;
  sources: string[] | null;
  /** Lower-cased. */
  category: string | null;
  textQuery: string | null;
  /** Slug or id of a role. */
  requiredByRole: string | null;
}
