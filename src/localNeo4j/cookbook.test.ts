import { describe, expect, it } from 'vitest';
import { cookbookRecipes } from './cookbook.js';

const markdown = [
  '## 1. First',
  '```cypher',
  'MATCH (n) RETURN n;',
  '```',
  '## 2. Second',
  '```cypher',
  ":param slug => 'ml-engineer'",
  ':param depth => 3',
  '```',
  '```cypher',
  '// Writes (npm run cypher -- --write)',
  'MATCH (r:Role {slug: $slug}) SET r:Scratch',
  '```',
  '```bash',
  'npm run cypher',
  '```',
].join('\n');

describe('cookbookRecipes', () => {
  it('reads cypher blocks with their section, parameters so far and write marker; other blocks are skipped', () => {
    expect(cookbookRecipes(markdown)).toEqual([
      { section: '1. First', line: 2, query: 'MATCH (n) RETURN n', parameters: {}, writes: false },
      {
        section: '2. Second',
        line: 10,
        query: '// Writes (npm run cypher -- --write)\nMATCH (r:Role {slug: $slug}) SET r:Scratch',
        parameters: { slug: "'ml-engineer'", depth: '3' },
        writes: true,
      },
    ]);
  });

  it('refuses an unclosed block and a malformed :param line', () => {
    expect(() => cookbookRecipes('```cypher\nRETURN 1')).toThrow(/not closed/);
    expect(() => cookbookRecipes('```cypher\n:param slug = 1\n```')).toThrow(/:param name => value/);
  });
});
