import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../schemaFiles.js';
import { operationCost } from './queryCost.js';

const schema = buildSchema(`
  type Query {
    role(slug: String): Role
    roles(first: Int = 20): RoleConnection!
    batch(profiles: [String!]!, first: Int = 10): [Role!]!
  }
  type RoleConnection { nodes: [Role!]! edges: [RoleEdge!]! totalCount: Int! }
  type RoleEdge { node: Role! cursor: String! }
  type Role {
    title: String!
    tags: [String!]!
    skills(first: Int = 50): [Skill!]!
    next(first: Int, maxHops: Int = 1): [Role!]!
    path: [Role!]!
  }
  type Skill { name: String! roles(first: Int = 20): [Role!]! }
`);

function cost(query: string, variables: Record<string, unknown> = {}, against = schema): number {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  return operationCost(against, document, operation, variables);
}

describe('operationCost', () => {
  it('counts 1 per field; scalar lists do not multiply', () => {
    expect(cost('{ role(slug: "a") { title tags } }')).toBe(3);
  });

  it('multiplies a list field’s selections by first: explicit, from a variable, or the schema default', () => {
    expect(cost('{ role { skills(first: 5) { name } } }')).toBe(1 + 1 + 5 * 1);
    expect(cost('query($n: Int) { role { skills(first: $n) { name } } }', { n: 7 })).toBe(1 + 1 + 7);
    expect(cost('{ role { skills { name } } }')).toBe(1 + 1 + 50);
  });

  it('assumes 10 items for a list without first, and multiplies nested fan-out', () => {
    expect(cost('{ role { path { title } } }')).toBe(1 + 1 + 10);
    expect(cost('{ role { skills(first: 10) { roles(first: 10) { title } } } }')).toBe(1 + 1 + 10 * (1 + 10 * 1));
  });

  it('counts a connection page once: its edges and nodes are the page first already sized', () => {
    expect(cost('{ roles(first: 30) { totalCount nodes { title } edges { node { title } } } }')).toBe(1 + 30 * (1 + 2 + 3));
  });

  it('multiplies by the profiles of a batch, not by maxHops (first bounds what a traversal returns)', () => {
    expect(cost('{ role { next(first: 4, maxHops: 3) { title } } }')).toBe(1 + 1 + 4 * 1);
    expect(cost('query($p: [String!]!) { batch(profiles: $p, first: 2) { title } }', { p: ['a', 'b', 'c'] })).toBe(1 + 3 * 2 * 1);
  });

  it('counts over-cap arguments at their cap (the resolver refuses them with BAD_USER_INPUT)', () => {
    expect(cost('{ role { skills(first: 100000) { name } } }')).toBe(1 + 1 + 100);
    const profiles = Array.from({ length: 51 }, (_, i) => `p${i}`);
    expect(cost('query($p: [String!]!) { batch(profiles: $p, first: 1) { title } }', { p: profiles })).toBe(1 + 50);
  });

  it('counts a variable that does not coerce at the default (execution reports it)', () => {
    expect(cost('query($n: Int) { role { skills(first: $n) { name } } }', { n: 'many' })).toBe(1 + 1 + 50);
  });

  it('follows fragments and inline fragments, and ignores __typename', () => {
    const query = `{ role { ...R ... on Role { title } __typename } } fragment R on Role { skills(first: 2) { name } }`;
    expect(cost(query)).toBe(1 + (1 + 2) + 1);
  });

  it('puts nested lists of 100 in the millions', () => {
    expect(cost('{ roles(first: 100) { nodes { skills(first: 100) { roles(first: 100) { title } } } } }')).toBe(1 + 100 * (1 + (1 + 100 * (1 + 100))));
  });

  it('reads the API schema’s own defaults: nextRoles / previousRoles without first count their 20 results', () => {
    const api = buildSchema(loadTypeDefs().join('\n'));
    expect(cost('{ role(slug: "a") { nextRoles { hops } } }', {}, api)).toBe(1 + 1 + 20 * 1);
    expect(cost('{ role(slug: "a") { previousRoles(maxHops: 3) { hops } } }', {}, api)).toBe(1 + 1 + 20 * 1);
    // An explicit null is the default too, as the resolvers read it (argumentDefaults.ts).
    expect(cost('query($n: Int) { role(slug: "a") { nextRoles(first: $n) { hops } } }', { n: null }, api)).toBe(1 + 1 + 20 * 1);
  });
});
