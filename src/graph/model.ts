/**
 * The graph's nodes and the REQUIRES edge as every reader receives them: plain objects, Neo4j values
 * already converted (neo4j/values.ts), each with its provenance. Domains build their own models on
 * these (a role's profile, a progression, a gap); the property lists are what every query projects.
 */
import type { SkillKind } from './kinds.js';

/** Provenance as stored on every node and edge (see docs/graph-model.md). */
export interface StoredProvenance {
  source: string;
  sourceId?: string | null;
  asOf?: string | null;
  reference?: string | null;
  /** How the fact was obtained: a PROVENANCE_METHODS tag (graph/evidence.ts). */
  method?: string | null;
  /** 0..1, where the fact has one (progressions, cross-source matches). */
  confidence?: number | null;
  /** What backs the fact, in words: the dataset file, codes and raw values, or the page section. */
  evidence?: string | null;
}

/**
 * A role as statements return it. The detail properties (ROLE_DETAIL_PROPERTY_NAMES) are undefined
 * when the statement projected the summary only; null means the role has no value.
 */
export interface Role extends StoredProvenance {
  id: string;
  slug: string;
  title: string;
  summary?: string | null;
  description?: string | null;
  alternateTitles?: string[] | null;
  medianSalaryUsd: number | null;
  salaryBasis: 'page' | 'estimate' | null;
  growthRating: string | null;
  growthReason?: string | null;
  experienceLevel: string | null;
  progressionSummary?: string | null;
  jobZone: number | null;
  onetCodes: string[] | null;
  escoUris: string[] | null;
}

/** Properties every Role query returns (roles/repository.ts ROLE_FIELDS projects them). */
export const ROLE_PROPERTY_NAMES = [
  'id', 'slug', 'title', 'summary', 'description', 'alternateTitles', 'medianSalaryUsd', 'salaryBasis',
  'growthRating', 'growthReason', 'experienceLevel', 'progressionSummary', 'jobZone', 'onetCodes', 'escoUris',
  'source', 'sourceId', 'asOf', 'reference', 'method', 'evidence',
] as const satisfies ReadonlyArray<keyof Role>;

/**
 * Long texts and lists of a role that answers about many roles at once (progressions, career paths,
 * recommendations) rarely show: their statements project only ROLE_SUMMARY_PROPERTY_NAMES, and the
 * Role resolvers load these by id, batched, when a query asks for them (roles/details.ts). On O*NET
 * and ESCO occupations they are most of a role's bytes (dozens of alternate titles, long descriptions).
 */
export const ROLE_DETAIL_PROPERTY_NAMES = [
  'summary', 'description', 'alternateTitles', 'growthReason', 'progressionSummary', 'evidence',
] as const satisfies ReadonlyArray<(typeof ROLE_PROPERTY_NAMES)[number]>;
export type RoleDetailProperty = (typeof ROLE_DETAIL_PROPERTY_NAMES)[number];
export const ROLE_SUMMARY_PROPERTY_NAMES = ROLE_PROPERTY_NAMES.filter(
  (name) => !(ROLE_DETAIL_PROPERTY_NAMES as readonly string[]).includes(name),
);

export interface RoleFamily extends StoredProvenance {
  id: string;
  slug: string;
  name: string;
  description: string | null;
}

/** Properties every RoleFamily query returns. */
export const FAMILY_PROPERTY_NAMES = ['id', 'slug', 'name', 'description', 'source', 'sourceId', 'asOf', 'method'] as const satisfies ReadonlyArray<keyof RoleFamily>;

/** A skill as statements return it; detail properties (SKILL_DETAIL_PROPERTY_NAMES) as for Role. */
export interface Skill extends StoredProvenance {
  id: string;
  slug: string;
  name: string;
  kind: SkillKind;
  category: string | null;
  description?: string | null;
  aliases?: string[] | null;
}

export const SKILL_PROPERTY_NAMES = [
  'id', 'slug', 'name', 'kind', 'category', 'description', 'aliases', 'source', 'sourceId', 'asOf', 'method',
] as const satisfies ReadonlyArray<keyof Skill>;

/** As ROLE_DETAIL_PROPERTY_NAMES, for skills: what list statements leave out and Skill resolvers load on demand. */
export const SKILL_DETAIL_PROPERTY_NAMES = ['description', 'aliases'] as const satisfies ReadonlyArray<(typeof SKILL_PROPERTY_NAMES)[number]>;
export type SkillDetailProperty = (typeof SKILL_DETAIL_PROPERTY_NAMES)[number];
export const SKILL_SUMMARY_PROPERTY_NAMES = SKILL_PROPERTY_NAMES.filter(
  (name) => !(SKILL_DETAIL_PROPERTY_NAMES as readonly string[]).includes(name),
);

/** A role's requirement of a skill (the REQUIRES edge with the skill it points to). */
export interface SkillRequirement extends StoredProvenance {
  skill: Skill;
  importance: number;
  level: number | null;
  importanceRaw: number | null;
  levelRaw: number | null;
  importanceScale: string | null;
  levelScale: string | null;
  essential: boolean;
}
