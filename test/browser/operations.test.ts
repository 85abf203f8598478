/**
 * The UI's GraphQL documents against the schema the server serves (schema/*.graphql): a field renamed
 * or removed in the API fails here, in milliseconds, before any browser starts.
 */
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../src/schemaFiles.js';
import * as explorerOperations from '../../web/src/explorer/operations.js';
import { EXAMPLE_OPERATIONS } from '../../web/src/graphiql/exampleOperations.js';

const schema = buildSchema(loadTypeDefs().join('\n'));

// Generated documents are typed Strings (documentMode 'string'); the composed EXAMPLE_ROLES is a plain one.
const explorerDocuments: [string, string][] = Object.entries(explorerOperations as Record<string, unknown>).flatMap(([name, value]) =>
  typeof value === 'string' || value instanceof String ? [[name, value.toString()] as [string, string]] : [],
);

describe('UI operations match the API schema', () => {
  it('finds every explorer document', () => {
    expect(explorerDocuments.map(([name]) => name).sort()).toEqual(
      ['CAREER_PATHS', 'EXAMPLE_ROLES', 'NEXT_ROLES', 'RECOMMENDATIONS_ONLY', 'ROLE_PROFILE', 'ROLE_TITLE', 'SEARCH_ROLES', 'SEARCH_SKILLS', 'SKILL_GAP'],
    );
  });

  it.each(explorerDocuments)('explorer %s', (_name, document) => {
    expect(validate(schema, parse(document)).map((error) => error.message)).toEqual([]);
  });

  it.each(EXAMPLE_OPERATIONS.map((example) => [example.query.match(/query (\w+)/)?.[1] ?? '?', example] as const))('GraphiQL example %s', (_name, example) => {
    expect(validate(schema, parse(example.query)).map((error) => error.message)).toEqual([]);
    if (example.variables) expect(() => JSON.parse(example.variables!)).not.toThrow();
  });

  it('has an example for each kind of client', () => {
    expect(new Set(EXAMPLE_OPERATIONS.map((example) => example.client))).toEqual(new Set(['Explorer UI', 'Recommendation engine', 'Analyst']));
  });
});
