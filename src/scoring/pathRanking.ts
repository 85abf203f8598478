/**
 * How good a move (one progression or a whole career path) looks — one score for Role.nextRoles,
 * Role.previousRoles and careerPaths, explained component by component (docs/scoring.md).
 *
 *   confidence = Π step confidence              (a missing confidence counts as DEFAULT_STEP_CONFIDENCE)
 *   proximity  = HOP_DECAY ^ (hops - 1)         (1 for a direct move)
 *   readiness  = 1 - gap / maxGap               (gap = Σ importance × level deficit, skillGap.ts;
 *                                                maxGap = the gap of someone holding none of the skills)
 *   salary     = clamp01(0.5 + percent / (2 × SALARY_SATURATION_PERCENT))   (0.5 when unknown)
 *   score      = Σ weight × component           (weights sum to 1, so the score is in 0..1)
 *
 * A weighted sum rather than a product so one weak component (say an unknown salary) lowers the
 * score without zeroing it, and so each component's contribution can be shown to the client.
 */
import { clamp01, round } from './normalise.js';

/** Confidence assumed for a LEADS_TO edge that has none (a coin flip: "plausible, unrated"). */
export const DEFAULT_STEP_CONFIDENCE = 0.5;
/** Each hop beyond the first keeps this share of proximity: 1, 0.75, 0.56, 0.42 … */
export const HOP_DECAY = 0.75;
/** A salary change of ±this percent (or more) gives the salary component 1 or 0. */
export const SALARY_SATURATION_PERCENT = 50;

export const PATH_SCORE_WEIGHTS = {
  confidence: 0.35,
  proximity: 0.25,
  readiness: 0.25,
  salary: 0.15,
} as const;

export type PathScoreComponentName = keyof typeof PATH_SCORE_WEIGHTS;

export interface ScoreComponent {
  name: PathScoreComponentName;
  /** The component on 0..1. */
  value: number;
  weight: number;
  /** weight × value: the component's share of the score. */
  contribution: number;
}

export interface PathScoreInput {
  /** Number of moves (≥ 1). */
  hops: number;
  /** Confidence of each move, null when the edge has none. */
  stepConfidences: ReadonlyArray<number | null>;
  /** Skill gap to bridge (Σ importance × deficit; for a path, the sum over its steps). */
  gap: number;
  /** The largest gap possible for the same target(s): Σ importance × required level. */
  maxGap: number;
  /** Salary change in percent of the starting salary; null when a salary is unknown. */
  salaryChangePercent: number | null;
}

export interface PathScore {
  score: number;
  components: ScoreComponent[];
}

export function pathConfidence(stepConfidences: ReadonlyArray<number | null>): number {
  return stepConfidences.reduce<number>((product, confidence) => product * clamp01(confidence ?? DEFAULT_STEP_CONFIDENCE), 1);
}

export function scorePath(input: PathScoreInput): PathScore {
  const values: Record<PathScoreComponentName, number> = {
    confidence: pathConfidence(input.stepConfidences),
    proximity: HOP_DECAY ** Math.max(0, input.hops - 1),
    readiness: input.maxGap > 0 ? clamp01(1 - input.gap / input.maxGap) : 1,
    salary: input.salaryChangePercent == null ? 0.5 : clamp01(0.5 + input.salaryChangePercent / (2 * SALARY_SATURATION_PERCENT)),
  };
  const components = (Object.keys(PATH_SCORE_WEIGHTS) as PathScoreComponentName[]).map((name) => ({
    name,
    value: round(values[name]),
    weight: PATH_SCORE_WEIGHTS[name],
    contribution: round(PATH_SCORE_WEIGHTS[name] * values[name]),
  }));
  const score = components.reduce((sum, component) => sum + PATH_SCORE_WEIGHTS[component.name] * values[component.name], 0);
  return { score: round(score), components };
}

export interface SalaryChange {
  absoluteUsd: number;
  /** Percent of the starting salary, e.g. 25 for +25 %. */
  percent: number;
}

/** The change from one median salary to another; null when either is unknown (or the start is 0). */
export function salaryChange(fromUsd: number | null, toUsd: number | null): SalaryChange | null {
  if (fromUsd == null || toUsd == null || fromUsd <= 0) return null;
  return { absoluteUsd: toUsd - fromUsd, percent: round(((toUsd - fromUsd) / fromUsd) * 100, 2) };
}

/** Sum of the steps' typical years; null as soon as one step has none (a partial sum would mislead). */
export function totalTypicalYears(stepYears: ReadonlyArray<number | null>): number | null {
  let total = 0;
  for (const years of stepYears) {
    if (years == null) return null;
    total += years;
  }
  return round(total, 2);
}

/** Mean of the known salaries, null when none is known. */
export function averageSalary(salaries: ReadonlyArray<number | null>): number | null {
  const known = salaries.filter((salary): salary is number => salary != null);
  return known.length ? round(known.reduce((sum, salary) => sum + salary, 0) / known.length, 2) : null;
}

export type PathRanking = 'FEWEST_STEPS' | 'SMALLEST_GAP' | 'HIGHEST_SALARY';

/** What careerPaths ranks by; `key` breaks remaining ties so the order is deterministic. */
export interface RankablePath {
  hops: number;
  gap: number;
  /** Mean median salary of the roles held after the start (intermediate roles and the target). */
  averageSalaryUsd: number | null;
  score: number;
  key: string;
}

/**
 * What each ranking orders routes by first, higher is better: the part of comparePaths known before
 * any requirement is read (FEWEST_STEPS: fewer moves; HIGHEST_SALARY: the mean median salary of
 * the roles after the start, unknown last; SMALLEST_GAP: nothing, the gap needs the requirements).
 * careerPaths reads requirements only for routes whose key can reach its first places. Cypher's
 * form is PRIMARY_RANK_KEY in paths/repository.ts.
 */
export function primaryRankKey(rankBy: PathRanking, hops: number, salariesAfterStart: ReadonlyArray<number | null>): number {
  switch (rankBy) {
    case 'FEWEST_STEPS':
      return -hops;
    case 'SMALLEST_GAP':
      return 0;
    case 'HIGHEST_SALARY': {
      const known = salariesAfterStart.filter((salary): salary is number => salary != null);
      return known.length === 0 ? -1 : known.reduce((sum, salary) => sum + salary, 0) / known.length;
    }
  }
}

/**
 * Primary keys within this of the cut count as tied with it: averageSalary rounds to cents, so two
 * averages that differ unrounded may compare equal in comparePaths, where hops and score then decide.
 */
export const PRIMARY_RANK_KEY_TOLERANCE = 0.01;

/**
 * Of routes' primary keys (primaryRankKey), the indexes of those that can be among the first
 * `cut` + 1 places: at or above the (`cut` + 1)-th best key, within the tolerance.
 */
export function rankableByPrimaryKey(keys: readonly number[], cut: number): number[] {
  const sorted = [...keys].sort((a, b) => b - a);
  const cutKey = sorted[cut];
  return keys.flatMap((key, index) => (cutKey === undefined || key >= cutKey - PRIMARY_RANK_KEY_TOLERANCE ? [index] : []));
}

/**
 * Whether routes with these primary keys (primaryRankKey) are put in order by their keys alone:
 * no two within PRIMARY_RANK_KEY_TOLERANCE of each other, so comparePaths never compares their gaps
 * or scores. Under SMALLEST_GAP, whose first criterion is the gap, only a single route is.
 */
export function orderedByPrimaryKeys(rankBy: PathRanking, keys: readonly number[]): boolean {
  if (keys.length <= 1) return true;
  if (rankBy === 'SMALLEST_GAP') return false;
  const sorted = [...keys].sort((a, b) => b - a);
  return sorted.every((key, index) => index === 0 || sorted[index - 1]! - key > PRIMARY_RANK_KEY_TOLERANCE);
}

/**
 * Orders career paths by the requested criterion first, then by score:
 *   FEWEST_STEPS   hops ↑, score ↓
 *   SMALLEST_GAP   gap ↑, hops ↑, score ↓
 *   HIGHEST_SALARY averageSalaryUsd ↓ (unknown last), hops ↑, score ↓
 */
export function comparePaths(rankBy: PathRanking): (a: RankablePath, b: RankablePath) => number {
  const byScore = (a: RankablePath, b: RankablePath) => b.score - a.score || a.key.localeCompare(b.key);
  switch (rankBy) {
    case 'FEWEST_STEPS':
      return (a, b) => a.hops - b.hops || byScore(a, b);
    case 'SMALLEST_GAP':
      return (a, b) => a.gap - b.gap || a.hops - b.hops || byScore(a, b);
    case 'HIGHEST_SALARY':
      return (a, b) => (b.averageSalaryUsd ?? -Infinity) - (a.averageSalaryUsd ?? -Infinity) || a.hops - b.hops || byScore(a, b);
  }
}
