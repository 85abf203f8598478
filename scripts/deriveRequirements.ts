/**
 * `npm run derive:requirements [-- --datasets <dir>] [-- --check]`: writes seeds/derived/requirements.yaml
 * and seeds/derived/progression-evidence.yaml from O*NET (src/import/onet/deriveEvidence.ts says how).
 * With --check it writes nothing and exits 1 when the checked-in files differ from a fresh derivation.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../src/config.js';
import { buildDerivedFiles, SKILL_MATCH_FILES } from '../src/import/onet/deriveEvidence.js';
import { DERIVED_DIR, DERIVED_REQUIREMENTS_FILE, PROGRESSION_EVIDENCE_FILE } from '../src/import/seeds/derivedSeeds.js';

const { values } = parseArgs({
  options: {
    datasets: { type: 'string', default: resolve(PROJECT_ROOT, '..', 'shared', 'datasets') },
    seeds: { type: 'string', default: resolve(PROJECT_ROOT, 'seeds') },
    check: { type: 'boolean', default: false },
  },
});

const seedsDir = values.seeds!;
const files = await buildDerivedFiles({
  seedsDir,
  matchFiles: SKILL_MATCH_FILES.map((name) => join(seedsDir, name)),
  datasetsDir: values.datasets!,
});
const outputs = [
  [join(seedsDir, DERIVED_DIR, DERIVED_REQUIREMENTS_FILE), files.requirements],
  [join(seedsDir, DERIVED_DIR, PROGRESSION_EVIDENCE_FILE), files.progressions],
] as const;

if (values.check) {
  const stale: string[] = [];
  for (const [path, text] of outputs) {
    const current = await readFile(path, 'utf8').catch(() => null);
    if (current !== text) stale.push(path);
  }
  if (stale.length) {
    console.error(`Out of date (run npm run derive:requirements): ${stale.join(', ')}`);
    process.exit(1);
  }
  console.log('seeds/derived is up to date');
} else {
  await mkdir(join(seedsDir, DERIVED_DIR), { recursive: true });
  for (const [path, text] of outputs) await writeFile(path, text);
  console.log(
    `requirements: ${files.requirementCount} of ${files.curatedRequirementCount} with O*NET evidence, ${files.numericRequirementCount} with O*NET values; ` +
      `moves: ${files.supportedMoveCount} of ${files.curatedMoveCount} with O*NET support (${files.progressionCount - files.supportedMoveCount} more share a code only)`,
  );
}
