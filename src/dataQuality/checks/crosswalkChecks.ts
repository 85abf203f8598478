/** Crosswalks: every code must exist in the dataset release, and say how close the occupation is. */
import type { RoleSeed } from '../../import/seeds/seedSchema.js';
import type { LintCheck, LintFinding } from '../model.js';

const entriesOf = (role: RoleSeed) => [
  ...role.crosswalk.onet.map((entry) => ({ ...entry, taxonomy: 'O*NET' as const })),
  ...role.crosswalk.esco.map((entry) => ({ ...entry, taxonomy: 'ESCO' as const })),
];

export const crosswalkCodeCheck: LintCheck = {
  name: 'crosswalk-code-missing',
  description: 'A crosswalk code or URI that the O*NET 29.3 / ESCO v1.1.1 files beside the project do not define.',
  run({ seeds, datasets }) {
    if (!datasets) {
      return { findings: [], skipped: 'dataset files not found (../shared/datasets): crosswalk codes were not checked' };
    }
    const findings: LintFinding[] = [];
    for (const role of seeds.roles) {
      for (const entry of entriesOf(role)) {
        const known = entry.taxonomy === 'O*NET' ? datasets.onet : datasets.esco;
        if (!known.has(entry.code)) {
          findings.push({ check: 'crosswalk-code-missing', subject: role.slug, message: `${entry.taxonomy} code ${entry.code} is not in the dataset release` });
        }
      }
    }
    return { findings };
  },
};

export const crosswalkMatchTypeCheck: LintCheck = {
  name: 'crosswalk-match-type-missing',
  description: 'A crosswalk code given as a bare string, without the match type (EXACT / CLOSE / BROADER / NARROWER) of the occupation relative to the role.',
  run({ seeds }) {
    const findings: LintFinding[] = [];
    for (const role of seeds.roles) {
      for (const entry of entriesOf(role)) {
        if (entry.matchType === null) {
          findings.push({ check: 'crosswalk-match-type-missing', subject: role.slug, message: `${entry.taxonomy} code ${entry.code} has no matchType` });
        }
      }
    }
    return { findings };
  },
};
