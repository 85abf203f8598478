/** What the roles domain returns besides the Role node itself (graph/model.ts): a role's profile, listing pages and filters. */
import type { Role, RoleFamily, StoredProvenance } from '../graph/model.js';
import type { Connection } from '../pagination/model.js';

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
