/**
 * The layering rules of .dependency-cruiser.cjs (no folder cycles, scoring/ and graph/ pure, the API
 * independent of import/, generated types imported as types) hold for src/, and they do catch what
 * they name: a fixture tree that breaks each rule once is reported rule by rule.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';

const run = promisify(execFile);
const DEPCRUISE = join(PROJECT_ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const CONFIG = join(PROJECT_ROOT, '.dependency-cruiser.cjs');

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

/** Cruises `src` under `cwd` with the project's rules; returns the violations. */
async function violationsIn(cwd: string): Promise<Violation[]> {
  const { stdout } = await run(process.execPath, [DEPCRUISE, 'src', '--config', CONFIG, '--output-type', 'json'], {
    cwd,
    maxBuffer: 64 * 1024 * 1024,
  });
  return (JSON.parse(stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

describe('layering (dependency-cruiser)', () => {
  it('src/ breaks no rule', async () => {
    const violations = await violationsIn(PROJECT_ROOT);
    expect(violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`)).toEqual([]);
  });

  it('reports each broken rule in a tree made to break them', async () => {
    const violations = await violationsIn(join(PROJECT_ROOT, 'test/fixtures/layering'));
    const found = (rule: string) => violations.filter((v) => v.rule.name === rule).map((v) => `${v.from} -> ${v.to}`);
    expect(found('scoring-is-pure')).toEqual(['src/scoring/readsFiles.ts -> fs']);
    expect(found('domains-do-not-import-importers')).toEqual(['src/roles/seedRules.ts -> src/import/seedSchema.ts']);
    expect(found('graph-vocabulary-is-pure')).toEqual(['src/graph/sources.ts -> src/roles/model.ts']);
    expect(found('no-folder-cycles').length).toBeGreaterThan(0);
    expect(found('no-folder-cycles').join(' ')).toMatch(/src\/roles.*src\/skills|src\/skills.*src\/roles/);
    expect(found('no-circular').length).toBeGreaterThan(0);
  });
});
