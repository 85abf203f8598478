import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEFAULT_QUERY_LIMITS, queryLimitRules } from './queryLimits.js';

const schema = buildSchema(`
  type Query { node: Node }
  type Node { id: ID, child: Node, name(upper: Boolean): String }
`);

function errorsOf(query: string, limits = DEFAULT_QUERY_LIMITS): string[] {
  return validate(schema, parse(query), [...specifiedRules, ...queryLimitRules(limits)]).map((error) => error.message);
}

const nested = (depth: number) => `{ ${'node { child { '.repeat(1)}${'child { '.repeat(depth - 3)}id${' }'.repeat(depth - 1)} }`;

describe('queryLimitRules', () => {
  it('accepts an ordinary query', () => {
    expect(errorsOf('{ node { id name child { id } } }')).toEqual([]);
  });

  it('rejects a query deeper than the limit, also through fragments', () => {
    expect(errorsOf(nested(12))).toEqual([]);
    expect(errorsOf(nested(13))[0]).toMatch(/depth 13 exceeds the limit of 12/);
    const viaFragments = `{ node { ...A } } fragment A on Node { child { ...B } } fragment B on Node { child { child { id } } }`;
    expect(errorsOf(viaFragments, { ...DEFAULT_QUERY_LIMITS, maxDepth: 3 })[0]).toMatch(/depth 5 exceeds the limit of 3/);
  });

  it('does not loop on circular fragments (graphql-js reports them)', () => {
    const errors = errorsOf('{ node { ...A } } fragment A on Node { child { ...B } } fragment B on Node { child { ...A } }');
    expect(errors.some((message) => /Cannot spread fragment "A" within itself/.test(message))).toBe(true);
  });

  it('limits aliases, directives and repeated fields', () => {
    const aliases = `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: node { id }`).join(' ')} }`;
    expect(errorsOf(aliases)).toContain('31 aliases exceed the limit of 30.');
    const directives = `{ node { ${Array.from({ length: 21 }, () => 'id @include(if: true)').join(' ')} } }`;
    expect(errorsOf(directives)).toEqual(expect.arrayContaining(['21 directives exceed the limit of 20.']));
    expect(errorsOf('{ node { id id id id id id } }')).toContain('Field "id" is selected more than 5 times in one selection set.');
  });
});
