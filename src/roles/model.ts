/** Roles as the repository returns them: plain objects, Neo4j values already converted. */
import type { Connection } from '../pagination/model.js';
import type { StoredProvenance } from '../provenance/model.js';

export interface Role extends StoredProvenance {
  id: string;
  slug: string;
  title: string;
  summary: string | null;
  description: string | null;
  alternateTitles: string[] | null;
  medianSalaryUsd: number | null;
  salaryBasis: 'page' | 'estimate' | null;
  growthRating: string | null;
  growthReason: string | null;
  experienceLevel: string | null;
  progressionSummary: string | null;
  jobZone: number | null;
  onetCodes: string[] | null;
  escoUris: string[] | null;
}

export interface RoleFamily extends StoredProvenance {
  id: string;
  slug: string;
  name: string;
  description: string | null;
}

export interface SalaryBand {
  level: 'ENTRY' | 'MID' | 'SENIOR' | 'LEADERSHIP';
  label: string;
  yearsMin: number | null;
  yearsMax: number | null;
  annualUsd: number;
  openEnded: boolean;
  order: number;
}

export interface ProfileStep {
  order: number;
  title: string;
  description: string;
}

export interface FaqItem {
  order: number;
  question: string;
  answer: string;
}

export interface CrosswalkEntry {
  taxonomy: 'ONET' | 'ESCO';
  code: string;
  role: Role | null;
}

/** Everything a role page shows besides the role's own properties, loaded in one statement. */
export interface RoleProfile {
  family: RoleFamily | null;
  salaryBands: SalaryBand[];
  typicalDay: ProfileStep[];
  gettingStarted: ProfileStep[];
  faq: FaqItem[];
  crosswalk: CrosswalkEntry[];
}

/** Properties every Role query returns; keep in sync with ROLE_FIELDS in repository.ts. */
export const ROLE_PROPERTY_NAMES = [
  'id', 'slug', 'title', 'summary', 'description', 'alternateTitles', 'medianSalaryUsd', 'salaryBasis',
  'growthRating', 'growthReason', 'experienceLevel', 'progressionSummary', 'jobZone', 'onetCodes', 'escoUris',
  'source', 'sourceId', 'asOf', 'reference',
] as const satisfies ReadonlyArray<keyof Role>;

export type RoleConnectionModel = Connection<Role>;

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
