/** selectedFields against graphql-js's own execution: what a resolver sees is what will execute. */
import { buildSchema, execute, parse, type GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { fieldsSelectedOn, selectedFields, type SelectedField } from './selectedFields.js';

const schema = buildSchema(`
  interface Named { name: String }
  type Role implements Named { name: String, skills(first: Int = 5, min: Float): [String], next(hops: Int!): [Role] }
  type Query { role: Role, roles: [Role], count: Int }
`);

/** Runs `query` and returns what selectedFields saw in the Query.role (or roles / count) resolver. */
function seenBy(field: 'role' | 'roles' | 'count', query: string, variableValues?: Record<string, unknown>): SelectedField[] {
  let seen: SelectedField[] | undefined;
  const capture = (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
    seen = selectedFields(info);
    return field === 'roles' ? [] : field === 'count' ? 0 : {};
  };
  const result = execute({ schema, document: parse(query), rootValue: { [field]: capture }, variableValues }) as { errors?: unknown[] };
  expect(result.errors).toBeUndefined();
  return seen!;
}

describe('selectedFields', () => {
  it('lists the fields below the resolved field with coerced arguments and defaults', () => {
    expect(seenBy('role', '{ role { name skills(min: 0.5) next(hops: 2) { name } } }')).toEqual([
      { name: 'name', args: {} },
      { name: 'skills', args: { first: 5, min: 0.5 } },
      { name: 'next', args: { hops: 2 }, type: 'Role', selections: [{ name: 'name', args: {} }] },
    ]);
  });

  it('substitutes variables, follows fragments and inline fragments, and applies @skip/@include', () => {
    const query = `query($hops: Int!, $no: Boolean!) {
      role { ...Parts ... on Named { name } skills @include(if: $no) ... @skip(if: true) { next(hops: 9) { name } } }
    }
    fragment Parts on Role { next(hops: $hops) { name } }`;
    expect(seenBy('role', query, { hops: 3, no: false })).toEqual([
      { name: 'next', args: { hops: 3 }, type: 'Role', selections: [{ name: 'name', args: {} }] },
      { name: 'name', args: {} },
    ]);
  });

  it('keeps one entry per response key, so aliases with different arguments both appear', () => {
    expect(seenBy('role', '{ role { a: next(hops: 1) { name } b: next(hops: 2) { name } a: next(hops: 1) { name } } }')).toEqual([
      { name: 'next', args: { hops: 1 }, type: 'Role', selections: [{ name: 'name', args: {} }] },
      { name: 'next', args: { hops: 2 }, type: 'Role', selections: [{ name: 'name', args: {} }] },
    ]);
  });

  it('merges what every node of one response key selects below it, at every depth, as execution does', () => {
    const query = `{ role { next(hops: 1) { name } ...More next(hops: 1) { next(hops: 2) { name } } } }
    fragment More on Role { next(hops: 1) { skills(first: 2) next(hops: 2) { skills } } }`;
    expect(seenBy('role', query)).toEqual([
      {
        name: 'next',
        args: { hops: 1 },
        type: 'Role',
        selections: [
          { name: 'name', args: {} },
          { name: 'skills', args: { first: 2 } },
          { name: 'next', args: { hops: 2 }, type: 'Role', selections: [{ name: 'skills', args: { first: 5 } }, { name: 'name', args: {} }] },
        ],
      },
    ]);
  });

  it('sees through lists and ignores meta fields; scalars have no fields', () => {
    expect(seenBy('roles', '{ roles { __typename name } }')).toEqual([{ name: 'name', args: {} }]);
    expect(seenBy('count', '{ count }')).toEqual([]);
  });

  it('finds every field selected on a type at any depth below', () => {
    const seen = seenBy('role', '{ role { name next(hops: 1) { name next(hops: 2) { skills } } } }');
    expect(fieldsSelectedOn(seen, 'Role').map((field) => field.name)).toEqual(['name', 'next', 'skills']);
    expect(fieldsSelectedOn(seen, 'Query')).toEqual([]);
  });
});
