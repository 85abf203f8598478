/**
 * The recipes of docs/cypher-cookbook.md as data: its ```cypher blocks, so `npm run db:browser` can print
 * the first one and the test can run every one (the document and the test cannot drift). Two
 * conventions of the document, both what Browser and cypher-shell understand as typed:
 * - a block of only `:param name => value` lines sets parameters for every recipe after it, as it does
 *   in a Browser or cypher-shell session;
 * - a recipe whose first line is a `// Writes` comment changes the graph (`npm run cypher -- --write`);
 *   every other recipe is read-only and runs in the default read access mode.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../config.js';

export const COOKBOOK_PATH = join(PROJECT_ROOT, 'docs', 'cypher-cookbook.md');

export interface CookbookRecipe {
  /** The `##` heading the recipe sits under. */
  section: string;
  /** 1-based line of the block's opening fence, for messages. */
  line: number;
  /** The statement, without a trailing semicolon. */
  query: string;
  /** Parameters set by the `:param` blocks before it: name -> Cypher expression. */
  parameters: Record<string, string>;
  writes: boolean;
}

const PARAM_LINE = /^:param\s+([A-Za-z_][A-Za-z0-9_]*)\s*=>\s*(.+?);?\s*$/;

export function cookbookRecipes(markdown: string): CookbookRecipe[] {
  const recipes: CookbookRecipe[] = [];
  const parameters: Record<string, string> = {};
  const lines = markdown.split('\n');
  let section = '';
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.startsWith('## ')) section = line.slice(3).trim();
    if (line.trim() !== '```cypher') continue;
    const start = index;
    const body: string[] = [];
    for (index++; index < lines.length && lines[index]!.trim() !== '```'; index++) body.push(lines[index]!);
    if (index >= lines.length) throw new Error(`${COOKBOOK_PATH}:${start + 1}: a cypher block is not closed`);
    const statement = body.join('\n').trim();
    if (statement === '') throw new Error(`${COOKBOOK_PATH}:${start + 1}: an empty cypher block`);
    const statementLines = statement.split('\n');
    if (statementLines.every((l) => l.trim().startsWith(':param'))) {
      for (const paramLine of statementLines) {
        const match = PARAM_LINE.exec(paramLine.trim());
        if (!match) throw new Error(`${COOKBOOK_PATH}:${start + 1}: not a ":param name => value" line: ${paramLine}`);
        parameters[match[1]!] = match[2]!;
      }
      continue;
    }
    recipes.push({
      section,
      line: start + 1,
      query: statement.replace(/;\s*$/, ''),
      parameters: { ...parameters },
      writes: /^\/\/\s*writes\b/i.test(statementLines[0]!.trim()),
    });
  }
  return recipes;
}

export async function readCookbook(): Promise<CookbookRecipe[]> {
  return cookbookRecipes(await readFile(COOKBOOK_PATH, 'utf8'));
}
