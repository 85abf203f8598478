/**
 * The data lint over the real seeds and the dataset files beside the project: the curated data must
 * give it nothing to report. Each check's ability to fail is proven in src/dataQuality/dataLint.test.ts.
 */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { runDataLint } from '../../src/dataQuality/dataLint.js';
import { readDatasetCodes } from '../../src/dataQuality/readDatasetCodes.js';
import { readSeeds } from '../../src/import/seeds/readSeeds.js';

const DATASETS = resolve(PROJECT_ROOT, '../shared/datasets');

describe('the data lint on seeds/', () => {
  it('finds nothing', async () => {
    const seeds = await readSeeds(join(PROJECT_ROOT, 'seeds'));
    const datasets = await readDatasetCodes(DATASETS);
    const report = runDataLint({ seeds, datasets });
    for (const check of report.checks) if (check.skipped) console.warn(`data lint: ${check.name} ${check.skipped}`);
    expect(report.findings.map((finding) => `${finding.check}: ${finding.subject}: ${finding.message}`)).toEqual([]);
  });

  it('checks crosswalks against the real release files when they are present', async () => {
    const datasets = await readDatasetCodes(DATASETS);
    if (!datasets) return; // the test above already said the check was skipped
    // Sizes of O*NET 29.3 Occupation Data.txt and ESCO v1.1.1 occupations_en.csv: a wrong column would read none.
    expect(datasets.onet.size).toBeGreaterThan(1000);
    expect(datasets.esco.size).toBeGreaterThan(3000);
    expect(datasets.onet.has('15-1252.00')).toBe(true);
    expect(datasets.esco.has('http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1')).toBe(true);
  });
});
