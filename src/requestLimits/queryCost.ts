/**
 * A static cost estimate of a GraphQL operation, checked after validation and before any resolver
 * or Cypher runs: every field resolved costs 1, and a list field's selections are resolved once per
 * item it may return, so nested fan-out multiplies. The static limits of queryLimits.ts bound the
 * shape of a document; this bounds the work a small document can ask for
 * (`roles(first: 100) { nodes { requiredSkills(first: 100) { skill { roles(first: 100) … } } } }`).
 *
 * It is an Apollo plugin (didResolveOperation), not a validation rule, because the sizes usually
 * arrive as variables (`first: $first`), and validation results are cached per document.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  GraphQLError,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { LIMITS } from './limits.js';

export interface QueryCostOptions {
  /** Operations estimated above this are refused. Default: DEFAULT_QUERY_MAX_COST. */
  maxCost: number;
  /** Items assumed for a list field without a `first` argument. Default: 10. */
  defaultListSize?: number;
}

/**
 * Admits every operation our clients and tests send: the explorer UI's heaviest (nextRoles of 40
 * roles with paths and bridging skills) is about 5,400, careerPaths asking 100 routes with every
 * role's 100 requirements 523,301, a 50-profile recommendRolesBatch about 956,000. Three nested
 * lists of 100 (about 2 million) are refused. graphql-js resolves on the order of a million fields
 * a second, so an admitted operation costs the API at most about a second of CPU.
 */
export const DEFAULT_QUERY_MAX_COST = 1_000_000;
const DEFAULT_LIST_SIZE = 10;

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  defaultListSize: number;
}

/** A numeric argument as the resolver will see it, counted at most at its documented cap. */
function capped(value: unknown, cap: number): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(Math.max(value, 0), cap) : undefined;
}

function argumentsOf(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): Record<string, unknown> {
  // Most fields declare no arguments; getArgumentValues would build an empty object for each, every request.
  if (field.args.length === 0) return {};
  try {
    return getArgumentValues(field, node, variables);
  } catch {
    // A missing or uncoercible argument fails execution with BAD_USER_INPUT; count defaults here.
    return {};
  }
}

/**
 * How many times the field's selections are resolved: `first` (capped as the resolvers cap it, or
 * its schema default) or the default list size for lists, times the profiles of a batch. `maxHops`
 * does not multiply: a traversal returns at most `first` results however far it walks, and the
 * walk itself is bounded by the hop cap and the transaction timeout.
 */
function fanOut(walk: Walk, parent: GraphQLCompositeType, field: GraphQLField<unknown, unknown>, node: FieldNode): number {
  const args = argumentsOf(field, node, walk.variables);
  const isList = isListType(getNullableType(field.type));
  // A connection's edges and nodes are the page its own `first` already counted.
  const connectionPage = parent.name.endsWith('Connection') && (field.name === 'edges' || field.name === 'nodes');
  const declaredFirst = field.args.find((argument) => argument.name === 'first')?.defaultValue;
  let size = capped(args.first, LIMITS.maxFirst) ?? capped(declaredFirst, LIMITS.maxFirst) ?? (isList && !connectionPage ? walk.defaultListSize : 1);
  if (Array.isArray(args.profiles)) size *= Math.min(args.profiles.length, LIMITS.maxBatchProfiles);
  return size;
}

function selectionCost(walk: Walk, parent: GraphQLCompositeType, selectionSet: SelectionSetNode, visiting: Set<string>): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      // Introspection is switched off in production and limited by depth; __typename is free.
      if (selection.name.value.startsWith('__') || !(isObjectType(parent) || isInterfaceType(parent))) continue;
      const field = parent.getFields()[selection.name.value];
      if (!field) continue; // validation reports unknown fields
      const type = getNamedType(field.type);
      const below = selection.selectionSet && isCompositeType(type) ? selectionCost(walk, type, selection.selectionSet, visiting) : 0;
      cost += 1 + fanOut(walk, parent, field, selection) * below;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : parent;
      if (type && isCompositeType(type)) cost += selectionCost(walk, type, selection.selectionSet, visiting);
    } else {
      const name = selection.name.value;
      const fragment = walk.fragments.get(name);
      if (!fragment || visiting.has(name)) continue; // cycles are a validation error already
      const type = walk.schema.getType(fragment.typeCondition.name.value);
      if (!type || !isCompositeType(type)) continue;
      visiting.add(name);
      cost += selectionCost(walk, type, fragment.selectionSet, visiting);
      visiting.delete(name);
    }
  }
  return cost;
}

/** The estimated cost of one (validated) operation of `document` with these variable values. */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
  defaultListSize = DEFAULT_LIST_SIZE,
): number {
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  return selectionCost({ schema, fragments, variables, defaultListSize }, root, operation.selectionSet, new Set());
}

/** Refuses operations estimated above `maxCost` with GRAPHQL_VALIDATION_FAILED (HTTP 400). */
export function queryCostPlugin<TContext extends object>(options: QueryCostOptions): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return; // unreachable: Apollo resolves the operation before this hook
          const cost = operationCost(schema, document, operation, request.variables ?? {}, options.defaultListSize);
          if (cost <= options.maxCost) return;
          throw new GraphQLError(`Query cost ${cost} exceeds the limit of ${options.maxCost}.`, {
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED', cost, maxCost: options.maxCost, http: { status: 400 } },
          });
        },
      };
    },
  };
}
