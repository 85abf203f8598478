import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './config.js';

/** The SDL of every schema/*.graphql file, in a stable order. */
export function loadTypeDefs(directory = join(PROJECT_ROOT, 'schema')): string[] {
  return readdirSync(directory)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => readFileSync(join(directory, name), 'utf8'));
}
