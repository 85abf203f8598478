/** Progressions, career paths and role similarities as resolvers return them (plain objects). */
import type { ProgressionKind } from '../graph/kinds.js';
import type { StoredProvenance, Role, Skill } from '../graph/model.js';
import type { PathRanking, SalaryChange, ScoreComponent } from '../scoring/pathRanking.js';
import type { SkillGapItem } from '../skills/model.js';

export type { PathRanking, SalaryChange, ScoreComponent };

/** The kinds LEADS_TO edges carry (src/graph/kinds.ts, which curated edges are validated against). */
export type { ProgressionKind };

/** NEXT follows LEADS_TO forwards (where a role leads), PREVIOUS backwards (what leads to it). */
export type ProgressionDirection = 'NEXT' | 'PREVIOUS';

/** A requirement as loaded for gap and similarity computations. */
export interface RequirementRow {
  skill: Skill;
  importance: number;
  level: number | null;
  essential: boolean;
}

/** A LEADS_TO edge's properties. */
export interface LeadsTo extends StoredProvenance {
  kind: ProgressionKind;
  typicalYears: number | null;
  rationale: string | null;
  confidence: number | null;
  /** Why the median salary changes as it does on this move (curated edges only; absent on older edges). */
  salaryNote?: string | null;
  /**
   * Moves derived through the ESCO↔O*NET crosswalk: the id of the O*NET occupation whose move this is.
   * Skills across the move are compared on its profile, in the target's vocabulary (bridging.ts).
   */
  via?: string | null;
}

export interface ProgressionStep extends LeadsTo {
  from: Role;
  to: Role;
}

export type { SkillGapItem };

export interface Progression {
  role: Role;
  hops: number;
  path: Role[];
  steps: ProgressionStep[];
  bridgingSkills: SkillGapItem[];
  sharedSkills: Skill[];
  salaryChange: SalaryChange | null;
  typicalYears: number | null;
  gap: number;
  score: number;
  scoreBreakdown: ScoreComponent[];
}

export interface ProgressionQuery {
  direction: ProgressionDirection;
  maxHops: number;
  first: number;
  /** null: every kind. */
  kinds: ProgressionKind[] | null;
}

export interface RoleSimilarity {
  role: Role;
  score: number;
  sharedSkills: Skill[];
  missingSkills: Skill[];
  /** Skill concepts the score was computed on. */
  comparedSkills: number;
  /** The two roles come from different sources (compared on the skills both sources name). */
  acrossSources: boolean;
  /** The CROSSWALK / SAME_OCCUPATION link between the two, if any. */
  occupationLink: OccupationLink | null;
  explanation: string;
}

export interface OccupationLink {
  relation: string;
  matchType: string | null;
  confidence: number | null;
  evidence: string | null;
  via: string | null;
}

export interface CareerPathStep extends ProgressionStep {
  bridgingSkills: SkillGapItem[];
  salaryChange: SalaryChange | null;
}

export interface PathTotals {
  hops: number;
  typicalYears: number | null;
  gap: number;
  salaryChange: SalaryChange | null;
  averageSalaryUsd: number | null;
  score: number;
}

export interface CareerPath {
  rank: number;
  roles: Role[];
  steps: CareerPathStep[];
  totals: PathTotals;
  scoreBreakdown: ScoreComponent[];
}

export interface CareerPathQuery {
  from: string;
  to: string;
  maxHops: number;
  first: number;
  rankBy: PathRanking;
}
