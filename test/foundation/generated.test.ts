/**
 * Generated files must match the schema and the operations: run `npm run codegen` after editing
 * schema/*.graphql or a `graphql(...)` document in web/ or test/.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import { codegenConfig } from '../../codegen.js';
import { PROJECT_ROOT } from '../../src/config.js';

describe('codegen output', () => {
  it('src/generated/graphql.ts, schema.graphql and the typed operations of web/ and test/ are fresh', async () => {
    const previous = process.cwd();
    process.chdir(PROJECT_ROOT);
    try {
      const outputs = (await generate({ ...codegenConfig, cwd: PROJECT_ROOT, silent: true }, false)) as Array<{ filename: string; content: string }>;
      expect(outputs.map((output) => output.filename).sort()).toEqual([
        'schema.graphql',
        'src/generated/graphql.ts',
        'test/generated/gql.ts',
        'test/generated/graphql.ts',
        'test/generated/index.ts',
        'web/src/generated/gql.ts',
        'web/src/generated/graphql.ts',
        'web/src/generated/index.ts',
      ]);
      for (const output of outputs) {
        const committed = await readFile(join(PROJECT_ROOT, output.filename), 'utf8');
        expect(committed, `${output.filename} is stale: run npm run codegen`).toBe(output.content);
      }
    } finally {
      process.chdir(previous);
    }
  });
});
