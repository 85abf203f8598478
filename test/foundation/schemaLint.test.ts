/**
 * The schema is documented for client developers: graphql-schema-linter, with the rules of
 * .graphql-schema-linterrc, over schema/*.graphql (the SDL schema.graphql is printed from). Every
 * type, field, argument, enum value and input field needs a description, including ones added on
 * other branches: this test is where they are caught.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';

const run = promisify(execFile);
const linterCli = createRequire(import.meta.url).resolve('graphql-schema-linter/lib/cli.js');

interface LintReport {
  errors: Array<{ message: string; location: { line: number; column: number; file: string }; rule: string }>;
}

async function lintSchema(): Promise<LintReport> {
  // The CLI exits 1 when it reports findings; its JSON report is on stdout either way.
  const result = await run(process.execPath, [linterCli, '--format', 'json'], { cwd: PROJECT_ROOT }).catch(
    (error: { stdout?: string; stderr?: string; code?: number }) => {
      if (error.code === 1 && error.stdout) return { stdout: error.stdout, stderr: error.stderr ?? '' };
      throw new Error(`graphql-schema-linter failed to run: ${error.stderr ?? String(error)}`);
    },
  );
  return JSON.parse(result.stdout) as LintReport;
}

describe('schema lint', () => {
  it('reads the project configuration (the rule list is not empty)', async () => {
    const config = JSON.parse(await readFile(join(PROJECT_ROOT, '.graphql-schema-linterrc'), 'utf8')) as { rules: string[]; schemaPaths: string[] };
    expect(config.schemaPaths).toEqual(['schema/*.graphql']);
    expect(config.rules).toEqual(expect.arrayContaining(['types-have-descriptions', 'fields-have-descriptions', 'arguments-have-descriptions', 'enum-values-have-descriptions', 'input-object-values-have-descriptions']));
  });

  it('schema/*.graphql has no findings', async () => {
    const { errors } = await lintSchema();
    const findings = errors.map((e) => `${e.location.file.replace(`${PROJECT_ROOT}/`, '')}:${e.location.line}:${e.location.column} ${e.message} (${e.rule})`);
    expect(findings, 'describe every type, field, argument, enum value and input field').toEqual([]);
  });
});
