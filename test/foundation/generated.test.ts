/** Generated files must match the schema: run `npm run codegen` after editing schema/*.graphql. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import { codegenConfig } from '../../codegen.js';
import { PROJECT_ROOT } from '../../src/config.js';

describe('codegen output', () => {
  it('src/generated/graphql.ts and schema.graphql are fresh', async () => {
    const previous = process.cwd();
    process.chdir(PROJECT_ROOT);
    try {
      const outputs = (await generate({ ...codegenConfig, cwd: PROJECT_ROOT, silent: true }, false)) as Array<{ filename: string; content: string }>;
      expect(outputs.length).toBe(2);
      for (const output of outputs) {
        const committed = await readFile(join(PROJECT_ROOT, output.filename), 'utf8');
        expect(committed, `${output.filename} is stale: run npm run codegen`).toBe(output.content);
      }
    } finally {
      process.chdir(previous);
    }
  });
});
