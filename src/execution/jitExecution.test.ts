import { makeExecutableSchema } from '@graphql-tools/schema';
import { execute, GraphQLError, parse, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { EXECUTIONS_BEFORE_COMPILE, JitExecution } from './jitExecution.js';

const schema = makeExecutableSchema({
  typeDefs: `
    type Query {
      items(first: Int = 2, kind: Kind, filter: Filter): [Item!]!
      item(id: ID!): Item
      search(text: String!): [Hit!]!
    }
    enum Kind { ROLE SKILL }
    input Filter { minScore: Float = 0.5, tags: [String!] }
    type Item { id: ID! name: String score: Float! tags: [String!]! kind: Kind! broken: String owner: Item! }
    union Hit = Item | Note
    type Note { text: String! }
  `,
  resolvers: {
    Query: {
      items: (_: unknown, args: { first: number; kind?: string; filter?: { minScore: number; tags?: string[] } }) =>
        ITEMS.filter((item) => (args.kind ? item.kind === args.kind : true))
          .filter((item) => item.score >= (args.filter?.minScore ?? 0))
          .filter((item) => !args.filter?.tags || args.filter.tags.some((tag) => item.tags.includes(tag)))
          .slice(0, args.first),
      item: (_: unknown, { id }: { id: string }) => ITEMS.find((item) => item.id === id) ?? null,
      search: (_: unknown, { text }: { text: string }) => [...ITEMS.filter((item) => item.name?.includes(text)), { text: `about ${text}` }],
    },
    Item: {
      broken: () => {
        throw new GraphQLError('Give a profile, a fromRole, or both.', { extensions: { code: 'BAD_USER_INPUT', argument: 'profile' } });
      },
      // A non-null field resolving to null: the error nulls the nearest nullable parent.
      owner: (item: { id: string }) => (item.id === 'c' ? null : ITEMS[0]),
    },
    Hit: { __resolveType: (hit: object) => ('text' in hit ? 'Note' : 'Item') },
  },
});
const ITEMS: Array<{ id: string; name: string | null; score: number; tags: string[]; kind: string }> = [
  { id: 'a', name: 'Cloud Architect', score: 0.9, tags: ['cloud'], kind: 'ROLE' },
  { id: 'b', name: null, score: 0.7, tags: [], kind: 'SKILL' },
  { id: 'c', name: 'Cloud security', score: 0.4, tags: ['cloud', 'security'], kind: 'SKILL' },
];

const operationOf = (document: DocumentNode) => document.definitions[0] as OperationDefinitionNode;
/** The answer as a client receives it: errors as JSON (message, locations, path, extensions). */
const asSent = (result: unknown) => JSON.parse(JSON.stringify(result));

const CASES: Array<{ name: string; query: string; variables?: Record<string, unknown> }> = [
  { name: 'lists, defaults, nulls and aliases', query: '{ items { id name score tags kind } top: items(first: 3) { id } }' },
  { name: 'enum and input-object variables with defaults', query: 'query Q($kind: Kind, $filter: Filter) { items(first: 5, kind: $kind, filter: $filter) { id score } }', variables: { kind: 'SKILL', filter: { tags: ['security'] } } },
  { name: 'fragments, unions and __typename', query: 'query Q($text: String!) { search(text: $text) { __typename ... on Item { id ...F } ... on Note { text } } } fragment F on Item { name }', variables: { text: 'Cloud' } },
  { name: '@include and @skip', query: 'query Q($with: Boolean!) { items { id name @include(if: $with) score @skip(if: $with) } }', variables: { with: false } },
  { name: 'a resolver error with its extensions, beside data', query: '{ item(id: "a") { id broken } }' },
  { name: 'a null non-null field nulls its parent', query: '{ items(first: 3) { id owner { id } } }' },
  { name: 'a null for a missing item', query: '{ item(id: "zz") { id } }' },
];

describe('JitExecution', () => {
  for (const { name, query, variables } of CASES) {
    it(`answers as graphql-js does, before and after compiling: ${name}`, async () => {
      const document = parse(query);
      const expected = asSent(await execute({ schema, document, variableValues: variables }));
      const execution = new JitExecution(schema);
      const answers = [];
      for (let run = 0; run < EXECUTIONS_BEFORE_COMPILE + 2; run += 1) {
        answers.push(asSent(await execution.execute({ document, operation: operationOf(document), operationName: operationOf(document).name?.value ?? null, variables, contextValue: {} })));
      }
      expect(execution.compiledOperations).toBe(1);
      for (const answer of answers) expect(answer).toEqual(expected);
      expect(expected.data ?? expected.errors).toBeTruthy();
    });
  }

  it('compiles an operation only once it runs again, once per parsed document', async () => {
    const document = parse('{ items { id } }');
    const execution = new JitExecution(schema);
    const run = () => execution.execute({ document, operation: operationOf(document), operationName: null, variables: {}, contextValue: {} });
    await run();
    expect(execution.compiledOperations).toBe(0);
    await run();
    await run();
    expect(execution.compiledOperations).toBe(1);
  });

  it("refuses bad variables with graphql-js's own errors, which Apollo answers as BAD_USER_INPUT", async () => {
    const document = parse('query Q($kind: Kind, $text: String!) { items(kind: $kind) { id } search(text: $text) { __typename } }');
    const execution = new JitExecution(schema);
    for (let run = 0; run < 3; run += 1) {
      const answer = await execution.execute({ document, operation: operationOf(document), operationName: 'Q', variables: { kind: 'TEAM' }, contextValue: {} });
      expect(answer.data).toBeUndefined();
      expect(answer.errors?.map((error) => error.message)).toEqual([
        'Variable "$kind" got invalid value "TEAM"; Value "TEAM" does not exist in "Kind" enum.',
        'Variable "$text" of required type "String!" was not provided.',
      ]);
    }
  });
});
