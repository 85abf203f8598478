/** The data lint's shapes: what a check reads, what it reports. */
import type { SeedData } from '../import/seeds/readSeeds.js';

/** The occupation codes the dataset releases define, to check crosswalks against. */
export interface DatasetCodes {
  /** O*NET-SOC codes of O*NET 29.3 Occupation Data.txt. */
  onet: ReadonlySet<string>;
  /** Occupation concept URIs of ESCO v1.1.1 occupations_en.csv. */
  esco: ReadonlySet<string>;
}

export interface DataLintInput {
  seeds: SeedData;
  /** null when the dataset files are not beside the project: checks that need them are skipped. */
  datasets: DatasetCodes | null;
}

/** One problem in the data, named precisely enough for a curator to fix it. */
export interface LintFinding {
  check: string;
  /** What the finding is about: a role slug, "from -> to" for a move, a skill slug. */
  subject: string;
  message: string;
}

export interface CheckOutcome {
  findings: LintFinding[];
  /** Set when the check could not run (its input is absent): why, for the reader. */
  skipped?: string;
}

/** A named check: pure, over the parsed seeds (and the dataset codes). */
export interface LintCheck {
  name: string;
  /** One sentence: what a finding means. */
  description: string;
  run(input: DataLintInput): CheckOutcome;
}
