/** Analytics as the repository returns it: plain objects, Neo4j values already converted. */
import type { CreditLinks } from '../scoring/skillCredit.js';
import type { Role, RoleFamily, Skill } from '../graph/model.js';
import type { FamilyCount } from '../graphScience/model.js';
import type { RequirementInput } from '../scoring/skillGap.js';

export interface TagCount {
  tag: string;
  count: number;
}

export interface KindCount {
  kind: string;
  count: number;
}

/** One row of GRAPH_STATS; resolvers only map tags to the Source enum. */
export interface GraphStatsRow {
  roles: number;
  skills: number;
  families: number;
  skillNames: number;
  learningResources: number;
  requirements: number;
  progressions: number;
  rolesBySource: TagCount[];
  skillsBySource: TagCount[];
  familiesBySource: TagCount[];
  skillsByKind: KindCount[];
  requirementsBySource: TagCount[];
  progressionsBySource: TagCount[];
  progressionsByKind: KindCount[];
  relationships: Array<{ type: string; count: number }>;
  rolesWithoutSkills: number;
  rolesWithoutProgressions: number;
  curationRevision: number | null;
  lastChangeAt: string | null;
  lastChangeBy: string | null;
}

/**
 * What whole-graph computations depend on, read from the count store and two tiny lookups: when
 * it changes (an import, a curation write in any process), cached results are recomputed.
 */
export interface GraphFingerprint {
  roles: number;
  progressions: number;
  requirements: number;
  /** MATCHES edges: they change the gap credit behind the bridge-skill ranking. */
  skillMatches: number;
  curationRevision: number | null;
  importRuns: number;
  lastImportAt: string | null;
}

export type ProgressionEdge = readonly [from: string, to: string];

export interface BridgeInputs {
  edges: ProgressionEdge[];
  requirementsByRole: Map<string, RequirementInput[]>;
  /** What each skill of a move's source role can credit (gap credit). */
  credits: CreditLinks;
}

export interface RoleCentralityEntry {
  rank: number;
  role: Role;
  score: number;
  inDegree: number;
  outDegree: number;
}

/** Where a whole-graph measure is computed (the AnalyticsEngine enum of the schema). */
export type AnalyticsEngine = 'TYPESCRIPT' | 'GRAPH_DATA_SCIENCE';

export interface CareerClusterEntry {
  rank: number;
  size: number;
  roles: Role[];
  families: FamilyCount[];
}

export interface BridgeSkillEntry {
  skill: Skill;
  progressions: number;
  missingInSource: number;
  totalWeight: number;
  averageGap: number;
}

export interface FamilyFlow {
  from: RoleFamily;
  to: RoleFamily;
  progressions: number;
  promotions: number;
  laterals: number;
  pivots: number;
  averageTypicalYears: number | null;
}

/** The relationship types graphStats counts (from the count store, one constant-time lookup each). */
export const COUNTED_RELATIONSHIP_TYPES = [
  'REQUIRES',
  'LEADS_TO',
  'IN_FAMILY',
  'CROSSWALK',
  'KNOWN_AS',
  'BROADER',
  'RELATED_SKILL',
  'IN_GROUP',
  'HAS_RESOURCE',
  'HAS_SALARY_BAND',
  'HAS_DAY_STEP',
  'HAS_START_STEP',
  'HAS_FAQ',
] as const;
