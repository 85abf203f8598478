import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { CacheHint } from '@apollo/cache-control-types';
import { makeExecutableSchema } from '@graphql-tools/schema';
import {
  getNamedType,
  isAbstractType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  parse,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../schemaFiles.js';
import { answerCachePolicyPlugin, operationCacheHint, restrictAnswerCaching } from './answerCachePolicy.js';

const DEFAULT_MAX_AGE = 300;

/**
 * `schema` with every field that has no resolver answering made-up values of its type (lists of two,
 * one value of each type a list of an interface or union can hold), so each field a query selects
 * resolves and Apollo's per-field plugin sees them all, as it would on a real answer with no nulls
 * or empty lists. (On the schema itself, not as Apollo's fieldResolver: Apollo's per-field plugin
 * wraps the schema's resolvers in place, and a wrapped field no longer falls back to that option
 * when a later server runs it without the plugin.)
 */
function fabricating(schema: GraphQLSchema): GraphQLSchema {
  const value = (type: GraphQLOutputType, inList = false): unknown => {
    if (isNonNullType(type)) return value(type.ofType, inList);
    if (isListType(type)) {
      const item = getNamedType(type.ofType);
      if (isAbstractType(item)) return schema.getPossibleTypes(item).map((possible) => ({ __typename: possible.name }));
      return [value(type.ofType, true), value(type.ofType, true)];
    }
    if (isAbstractType(type)) return { __typename: schema.getPossibleTypes(type)[0]!.name };
    if (isObjectType(type)) return {};
    if (isEnumType(type)) return type.getValues()[0]!.value;
    return { Int: 1, Float: 0.5, Boolean: true }[type.name] ?? `${type.name}${inList ? ' item' : ''}`;
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) field.resolve ??= (_source, _args, _context, info) => value(info.returnType);
  }
  return schema;
}

/** The overall policy Apollo ends a request with, under `policyPlugins`. */
async function policyUnder(schema: GraphQLSchema, policyPlugins: ApolloServerPlugin<BaseContext>[], query: string, operationName?: string): Promise<CacheHint> {
  let seen: CacheHint | undefined;
  const capture: ApolloServerPlugin<BaseContext> = {
    async requestDidStart() {
      return {
        async willSendResponse({ overallCachePolicy }) {
          seen = { ...(overallCachePolicy.maxAge === undefined ? {} : { maxAge: overallCachePolicy.maxAge }), ...(overallCachePolicy.scope ? { scope: overallCachePolicy.scope } : {}) };
        },
      };
    },
  };
  const server = new ApolloServer({ schema, plugins: [...policyPlugins, capture] });
  await server.start();
  try {
    const response = await server.executeOperation({ query, operationName });
    expect(response.body.kind === 'single' && response.body.singleResult.errors).toBeFalsy();
  } finally {
    await server.stop();
  }
  return seen!;
}

const apolloPerField = () => [ApolloServerPluginCacheControl({ defaultMaxAge: DEFAULT_MAX_AGE, calculateHttpHeaders: false })];
const perOperation = () => [ApolloServerPluginCacheControlDisabled(), answerCachePolicyPlugin(DEFAULT_MAX_AGE)];

/** Both plugins on each query: the policy worked out from the operation is the one Apollo reaches field by field. */
async function expectSamePolicy(schema: GraphQLSchema, query: string, operationName?: string): Promise<CacheHint> {
  const expected = await policyUnder(schema, apolloPerField(), query, operationName);
  expect(await policyUnder(schema, perOperation(), query, operationName)).toEqual(expected);
  return expected;
}

describe('answer cache policy on the Career Graph schema', () => {
  const schema = fabricating(makeExecutableSchema({ typeDefs: loadTypeDefs() }));
  const CASES: Array<{ name: string; query: string; operationName?: string; expected: CacheHint }> = [
    { name: 'a role lookup', query: '{ role(slug: "cloud-architect") { slug title requiredSkills { skill { slug name } importance } } }', expected: { maxAge: DEFAULT_MAX_AGE } },
    {
      name: 'the headline',
      query: '{ role(slug: "cloud-architect") { nextRoles(maxHops: 2) { role { slug } bridgingSkills { skill { slug } levelGap } } } }',
      expected: { maxAge: DEFAULT_MAX_AGE },
    },
    { name: 'a skill gap', query: '{ skillGap(target: "ai-engineer", profile: { skills: [{ skill: "python" }] }) { coverage missing { skill { slug } levelGap } } }', expected: { maxAge: DEFAULT_MAX_AGE } },
    { name: 'search (a list of a union-free hit type)', query: '{ search(text: "nurse") { kind score role { slug } skill { slug } } }', expected: { maxAge: DEFAULT_MAX_AGE } },
    { name: 'viewer, never cached', query: '{ viewer { authenticated } role(slug: "x") { slug } }', expected: { maxAge: 0 } },
    { name: 'viewer inside a fragment', query: 'query Q { ...Who } fragment Who on Query { viewer { authenticated } }', expected: { maxAge: 0 } },
    { name: 'viewer inside an inline fragment', query: '{ ... on Query { viewer { authenticated } } }', expected: { maxAge: 0 } },
    { name: 'the audit trail, never cached', query: '{ curationAudit { edges { node { mutation } } } }', expected: { maxAge: 0 } },
    { name: 'introspection alone: no hint, so not cacheable', query: '{ __schema { queryType { name } } }', expected: {} },
    { name: '__typename beside a field', query: '{ __typename role(slug: "x") { __typename slug } }', expected: { maxAge: DEFAULT_MAX_AGE } },
    { name: 'the named operation of two', query: 'query A { viewer { authenticated } } query B { role(slug: "x") { slug } }', operationName: 'B', expected: { maxAge: DEFAULT_MAX_AGE } },
    { name: 'the other named operation of two', query: 'query A { viewer { authenticated } } query B { role(slug: "x") { slug } }', operationName: 'A', expected: { maxAge: 0 } },
  ];
  for (const { name, query, operationName, expected } of CASES) {
    it(`${name}: ${JSON.stringify(expected)}, as Apollo's per-field plugin says`, async () => {
      expect(await expectSamePolicy(schema, query, operationName)).toEqual(expected);
    });
  }
});

describe('answer cache policy on every kind of hint', () => {
  // Type hints, inheritMaxAge, scopes, interfaces and unions whose types differ: what the Career Graph
  // schema does not use today, so a hint added tomorrow is worked out as Apollo would.
  const schema = fabricating(makeExecutableSchema({
    typeDefs: `
      enum CacheControlScope { PUBLIC PRIVATE }
      directive @cacheControl(maxAge: Int, scope: CacheControlScope, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION
      type Query {
        book: Book
        books: [Book!]!
        me: Person @cacheControl(scope: PRIVATE)
        stats: Stats @cacheControl(inheritMaxAge: true)
        count: Int
        shortCount: Int @cacheControl(maxAge: 5)
        items: [Item!]!
        hits: [Hit!]!
      }
      type Book @cacheControl(maxAge: 60) { title: String author: Person reviews: [Review!]! stats: Stats }
      type Person { name: String }
      type Review @cacheControl(maxAge: 30) { text: String stats: Stats @cacheControl(inheritMaxAge: true) }
      type Stats @cacheControl(inheritMaxAge: true) { views: Int }
      interface Item { id: ID }
      type Tool implements Item @cacheControl(maxAge: 20) { id: ID @cacheControl(maxAge: 15) }
      type Part implements Item { id: ID weight: Float @cacheControl(maxAge: 7) }
      union Hit = Tool | Part
    `,
  }));
  const CASES: Array<{ name: string; query: string; expected: CacheHint }> = [
    { name: 'a scalar root field gets the default', query: '{ count }', expected: { maxAge: DEFAULT_MAX_AGE } },
    { name: 'a scalar root field with its own hint', query: '{ count shortCount }', expected: { maxAge: 5 } },
    { name: "an object's type hint", query: '{ book { title } }', expected: { maxAge: 60 } },
    { name: 'a type hint under another', query: '{ book { title reviews { text } } }', expected: { maxAge: 30 } },
    { name: 'an object without a hint gets the default', query: '{ book { author { name } } }', expected: { maxAge: 60 } },
    { name: 'inheritMaxAge on a type and a field', query: '{ books { stats { views } reviews { stats { views } } } }', expected: { maxAge: 30 } },
    { name: 'inheritMaxAge at the root takes the default', query: '{ stats { views } }', expected: { maxAge: DEFAULT_MAX_AGE } },
    { name: 'a PRIVATE scope', query: '{ me { name } book { title } }', expected: { maxAge: 60, scope: 'PRIVATE' } },
    { name: "a field of an interface, hinted on one of its types", query: '{ items { id } }', expected: { maxAge: 15 } },
    { name: 'an interface, a fragment on one of its types', query: '{ items { ... on Part { weight } } }', expected: { maxAge: 7 } },
    { name: 'a union, fragments on its types', query: '{ hits { ... on Tool { id } ... on Part { weight } } }', expected: { maxAge: 7 } },
    { name: "a union: a type's hint applies to fields returning that type, not to the union's", query: '{ hits { ... on Part { id } } }', expected: { maxAge: DEFAULT_MAX_AGE } },
  ];
  for (const { name, query, expected } of CASES) {
    it(`${name}: ${JSON.stringify(expected)}, as Apollo's per-field plugin says`, async () => {
      expect(await expectSamePolicy(schema, query)).toEqual(expected);
    });
  }

  it('is worked out once per parsed document and operation, whatever the variables', () => {
    const document = parse('query A { book { title } } query B { shortCount }');
    expect(operationCacheHint(schema, document, 'A', DEFAULT_MAX_AGE)).toEqual({ maxAge: 60 });
    expect(operationCacheHint(schema, document, 'B', DEFAULT_MAX_AGE)).toEqual({ maxAge: 5 });
    // No such operation, or two without a name to choose: Apollo refuses the request before execution; nothing is cacheable.
    expect(operationCacheHint(schema, document, 'C', DEFAULT_MAX_AGE)).toEqual({ maxAge: 0 });
    expect(operationCacheHint(schema, document, undefined, DEFAULT_MAX_AGE)).toEqual({ maxAge: 0 });
  });

  it('lets a resolver make its answer uncacheable at run time, and does nothing without the plugin', async () => {
    const withResolver = fabricating(makeExecutableSchema({
      typeDefs: 'type Query { fallback: String fine: String }',
      resolvers: {
        Query: {
          fallback: (_source: unknown, _args: unknown, context: object) => {
            restrictAnswerCaching(context, { maxAge: 0 });
            return 'from the fallback';
          },
          fine: () => 'fine',
        },
      },
    }));
    expect(await policyUnder(withResolver, perOperation(), '{ fine }')).toEqual({ maxAge: DEFAULT_MAX_AGE });
    expect(await policyUnder(withResolver, perOperation(), '{ fine fallback }')).toEqual({ maxAge: 0 });
    expect(await policyUnder(withResolver, [ApolloServerPluginCacheControlDisabled()], '{ fine fallback }')).toEqual({});
  });
});
