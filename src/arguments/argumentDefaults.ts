/**
 * Argument defaults are written once, in the SDL (`first: Int = 20`). GraphQL applies a default
 * only when an argument is omitted and passes an explicit `null` through; this API has always read
 * `null` as "the default" (`first: null` is `first: 20`). That rule is applied here, for every
 * resolver and for the lookahead, so no resolver repeats the SDL's value as a fallback and the two
 * cannot drift apart. It also makes the generated resolver types true: codegen types an argument
 * that has a default as non-null.
 */
import { buildSchema, isObjectType, type GraphQLField, type GraphQLFieldResolver } from 'graphql';

/** `args` with every explicit null of an argument that has an SDL default replaced by that default. */
export function applyArgumentDefaults<TArgs extends Record<string, unknown>>(field: GraphQLField<unknown, unknown>, args: TArgs): TArgs {
  let applied: Record<string, unknown> | undefined;
  for (const argument of field.args) {
    if (argument.defaultValue === undefined || args[argument.name] !== null) continue;
    applied ??= { ...args };
    applied[argument.name] = argument.defaultValue;
  }
  return (applied ?? args) as TArgs;
}

/**
 * The resolver map with applyArgumentDefaults in front of every resolver of a field that has an
 * argument with a default (about twenty fields; the others are returned as they are).
 */
export function withArgumentDefaults<TResolvers extends object>(resolvers: TResolvers, typeDefs: readonly string[]): TResolvers {
  const schema = buildSchema(typeDefs.join('\n'));
  const wrapped: Record<string, Record<string, unknown>> = {};
  for (const [typeName, fields] of Object.entries(resolvers as Record<string, Record<string, unknown>>)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) {
      wrapped[typeName] = fields; // scalars, enums, abstract types: no arguments
      continue;
    }
    const definitions = type.getFields();
    wrapped[typeName] = Object.fromEntries(
      Object.entries(fields).map(([name, resolve]) => {
        const field = definitions[name];
        if (typeof resolve !== 'function' || !field?.args.some((argument) => argument.defaultValue !== undefined)) return [name, resolve];
        const resolver = resolve as GraphQLFieldResolver<unknown, unknown>;
        const withDefaults: GraphQLFieldResolver<unknown, unknown> = (parent, args, context, info) =>
          resolver(parent, applyArgumentDefaults(field, args), context, info);
        return [name, withDefaults];
      }),
    );
  }
  return wrapped as TResolvers;
}
