/**
 * `npm run lint:data [-- --seeds <dir>] [--datasets <dir>]`: runs the data lint (src/dataQuality/) over the
 * curated seeds and the dataset files, prints every finding, a summary per check and the crosswalk
 * match-type counts; exits 1 when anything is found. Defaults: the project's seeds/ and
 * ../shared/datasets beside the project (checks that need the datasets are skipped, and say so, without them).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../src/config.js';
import { findFalseGaps } from '../src/dataQuality/checks/falseGapCheck.js';
import { crosswalkMatchTypeCounts } from '../src/dataQuality/crosswalkMatchTypeCounts.js';
import { runDataLint } from '../src/dataQuality/dataLint.js';
import { readDatasetCodes } from '../src/dataQuality/readDatasetCodes.js';
import { readSeeds } from '../src/import/seeds/readSeeds.js';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: resolve(PROJECT_ROOT, 'seeds') },
    datasets: { type: 'string', default: resolve(PROJECT_ROOT, '../shared/datasets') },
  },
});

const seeds = await readSeeds(values.seeds);
const datasets = await readDatasetCodes(values.datasets);
const report = runDataLint({ seeds, datasets });

for (const finding of report.findings) console.log(`${finding.check}: ${finding.subject}: ${finding.message}`);
console.log('');
for (const check of report.checks) {
  console.log(`${check.name.padEnd(30)} ${check.skipped ? `skipped: ${check.skipped}` : `${check.findings.length} finding(s)`}`);
}
const counts = crosswalkMatchTypeCounts(seeds);
for (const taxonomy of ['onet', 'esco'] as const) {
  console.log(`crosswalk ${taxonomy} match types: ${Object.entries(counts[taxonomy]).map(([type, n]) => `${type} ${n}`).join(', ')}`);
}
// The false-gap check counts gaps after credit; the same moves matched by skill id only (as the API did
// before gap credit) give the "before" figure of docs/data-quality.md.
const idsOnly = findFalseGaps(seeds, { credit: false });
const moveCount = seeds.roles.reduce((sum, role) => sum + role.nextRoles.length, 0);
console.log(`false gaps if skills matched by id only: ${idsOnly.length} on ${new Set(idsOnly.map((f) => f.subject)).size} of ${moveCount} curated moves`);
console.log(`${report.findings.length} finding(s) in ${seeds.roles.length} roles, ${seeds.skills.length} skills, ${seeds.families.length} families`);
process.exitCode = report.findings.length > 0 ? 1 : 0;
