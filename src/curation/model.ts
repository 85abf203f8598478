/** Curation: validated inputs of the mutations and what the repository returns. */
import type { ProgressionKind } from '../paths/model.js';
import type { Skill } from '../graph/model.js';
import type { CuratedEntityType, FieldChange } from '../graph/curatedEdits.js';

/**
 * Id of the (:GraphRevision) node every curation write bumps in its own transaction, so caches of
 * whole-graph computations (analytics) notice a change made by any process.
 */
export const CURATION_REVISION_ID = 'curation';

/** Properties written on a curated role; `undefined` = leave as is, `null` = remove. */
export interface RoleProperties {
  title: string;
  titleSort: string;
  summary: string;
  description?: string | null;
  alternateTitles?: string[] | null;
  alternateTitlesText?: string | null;
  medianSalaryUsd?: number | null;
  growthRating?: string | null;
  growthReason?: string | null;
  experienceLevel?: string | null;
  progressionSummary?: string | null;
  onetCodes?: string[] | null;
  escoUris?: string[] | null;
}

export interface RoleUpsert {
  slug: string;
  properties: RoleProperties;
  /** undefined: keep the family; null: leave every family; a slug: move to that family. */
  family: string | null | undefined;
}

export interface SkillProperties {
  name: string;
  nameSort: string;
  kind: Skill['kind'];
  category: string;
  description?: string | null;
  aliases?: string[] | null;
  aliasesText?: string | null;
}

export interface SkillUpsert {
  slug: string;
  properties: SkillProperties;
}

export interface RequirementWrite {
  role: string;
  skill: string;
  /** Raw, on IM 1-5 and LV 0-7. */
  importanceRaw: number;
  levelRaw: number;
  essential: boolean;
}

export interface ProgressionWrite {
  from: string;
  to: string;
  kind: ProgressionKind;
  typicalYears: number;
  rationale: string;
  confidence: number;
}

/** How a curator settles a seed conflict (resolveSeedConflict). */
export type SeedConflictResolution = 'KEEP_CURATED' | 'USE_SEED';

/** A curator-edited field as the API shows it (GraphQL CuratedEdit); values are canonical JSON. */
export interface CuratedEditRecord {
  entity: string;
  entityType: CuratedEntityType;
  field: string;
  value: string;
  seedValue: string;
  conflictSeedValue: string | null;
  editedBy: string;
  editedAt: string;
}

/** One audit entry as the API shows it (GraphQL AuditEntry). */
export interface AuditEntryRecord {
  id: string;
  sequence: number;
  at: string;
  editor: string;
  mutation: string;
  entityType: CuratedEntityType;
  entity: string;
  changes: FieldChange[];
}

/** Validated conditions of curationAudit; null = no condition. */
export interface AuditFilter {
  entity: string | null;
  entityType: CuratedEntityType | null;
  editor: string | null;
  /** ISO 8601 date-times. */
  since: string | null;
  until: string | null;
}
