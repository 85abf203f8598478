/**
 * The data lint (issue 12): named checks over the curated seeds and the dataset files, each returning
 * findings. A new check is one more LintCheck in DATA_LINT_CHECKS; test/seeds/dataLint.test.ts
 * expects none of them to find anything in seeds/.
 */
import { crosswalkCodeCheck, crosswalkMatchTypeCheck } from './checks/crosswalkChecks.js';
import { falseGapCheck } from './checks/falseGapCheck.js';
import { familyCoreSkillCheck } from './checks/familyCoreSkillCheck.js';
import { lateralPaySwingCheck, promotionLowersPayCheck } from './checks/salaryMoveChecks.js';
import { unusedSkillCheck } from './checks/unusedSkillCheck.js';
import type { DataLintInput, LintCheck, LintFinding } from './model.js';

export const DATA_LINT_CHECKS: readonly LintCheck[] = [
  crosswalkCodeCheck,
  crosswalkMatchTypeCheck,
  unusedSkillCheck,
  promotionLowersPayCheck,
  lateralPaySwingCheck,
  familyCoreSkillCheck,
  falseGapCheck,
];

export interface CheckReport {
  name: string;
  description: string;
  findings: LintFinding[];
  skipped?: string;
}

export interface DataLintReport {
  checks: CheckReport[];
  /** Every check's findings, in check order. */
  findings: LintFinding[];
}

export function runDataLint(input: DataLintInput, checks: readonly LintCheck[] = DATA_LINT_CHECKS): DataLintReport {
  const reports = checks.map((check) => {
    const outcome = check.run(input);
    return { name: check.name, description: check.description, findings: outcome.findings, ...(outcome.skipped ? { skipped: outcome.skipped } : {}) };
  });
  return { checks: reports, findings: reports.flatMap((report) => report.findings) };
}
