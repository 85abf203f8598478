/** Explicit null means the SDL default, for every argument that has one, as resolvers and the lookahead see it. */
import { buildSchema, execute, isObjectType, parse, type GraphQLFieldResolver, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../schemaFiles.js';
import { applyArgumentDefaults, withArgumentDefaults } from './argumentDefaults.js';
import { selectedFields, type SelectedField } from '../lookahead/selectedFields.js';

const schema = buildSchema(`
  type Query { role: Role, roles(first: Int = 20, after: String): [Role] }
  type Role { name: String, next(first: Int = 20, maxHops: Int = 1, kinds: [String!]): [Role] }
`);

describe('applyArgumentDefaults', () => {
  const field = (schema.getType('Role') as GraphQLObjectType).getFields()['next']!;

  it('replaces an explicit null by the SDL default and leaves every other value alone', () => {
    expect(applyArgumentDefaults(field, { first: null, maxHops: 3, kinds: null })).toEqual({ first: 20, maxHops: 3, kinds: null });
    const untouched = { first: 5, maxHops: 1 };
    expect(applyArgumentDefaults(field, untouched)).toBe(untouched);
  });
});

describe('withArgumentDefaults', () => {
  it('hands every resolver of a field with a defaulted argument in the API schema the default for an explicit null', () => {
    const typeDefs = loadTypeDefs();
    const api = buildSchema(typeDefs.join('\n'));
    const seen = new Map<string, unknown>();
    const resolvers: Record<string, Record<string, GraphQLFieldResolver<unknown, unknown>>> = {};
    const expected = new Map<string, Record<string, unknown>>();
    for (const type of Object.values(api.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const defaulted = field.args.filter((argument) => argument.defaultValue !== undefined);
        if (defaulted.length === 0) continue;
        const key = `${type.name}.${field.name}`;
        (resolvers[type.name] ??= {})[field.name] = (_parent, args) => void seen.set(key, args);
        expected.set(key, Object.fromEntries(defaulted.map((argument) => [argument.name, argument.defaultValue])));
      }
    }
    expect(expected.get('Role.nextRoles')).toEqual({ maxHops: 1, first: 20 });

    const wrapped = withArgumentDefaults(resolvers, typeDefs);
    for (const [key, defaults] of expected) {
      const [typeName, fieldName] = key.split('.') as [string, string];
      const nulls = Object.fromEntries(Object.keys(defaults).map((name) => [name, null]));
      void wrapped[typeName]![fieldName]!(undefined, nulls, undefined, {} as GraphQLResolveInfo);
      expect(seen.get(key), key).toEqual(defaults);
    }
  });

  it('leaves resolvers of fields without defaulted arguments as they are', () => {
    const name = () => 'x';
    const roles = () => [];
    const wrapped = withArgumentDefaults({ Role: { name }, Query: { roles } }, ['type Query { roles(first: Int = 20): [Role] } type Role { name: String }']);
    expect(wrapped.Role.name).toBe(name);
    expect(wrapped.Query.roles).not.toBe(roles);
  });
});

describe('selectedFields', () => {
  it('sees an explicit null as the SDL default, like the resolver of that field', () => {
    let seen: SelectedField[] = [];
    const document = parse('query($n: Int) { role { next(first: $n, kinds: null) { name } } }');
    const rootValue = { role: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => ((seen = selectedFields(info)), {}) };
    execute({ schema, document, rootValue, variableValues: { n: null } });
    expect(seen).toEqual([{ name: 'next', args: { first: 20, maxHops: 1, kinds: null }, type: 'Role', selections: [{ name: 'name', args: {} }] }]);
  });
});
