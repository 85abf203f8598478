/**
 * How long an answer may be cached, worked out from the operation and the schema's @cacheControl
 * hints once per parsed document, instead of by Apollo's cache-control plugin on every field as it
 * resolves. That plugin hooks each resolved field (a policy object, a closure and `info.cacheControl`
 * per field, and Apollo's per-field dispatch around every resolver): on answers the response cache
 * cannot serve (a profile or a pair of roles nobody asked about before), it cost 2-8 % of the API's
 * CPU on a fresh skillGap and 15 % on a fresh headline, an answer of hundreds of fields
 * (docs/performance.md, "Sixteenth pass").
 *
 * The rules are the plugin's (@apollo/server/plugin/cacheControl), applied to every field the
 * operation selects, as if each resolved:
 * - a field returning an object, interface or union takes that type's hint, then its own hint
 *   (a field's `inheritMaxAge` keeps the parent's maxAge when the type gave none);
 * - a root field, or a composite field that does not inherit, with no maxAge gets the default;
 * - scalar fields without a hint change nothing (they inherit their parent's);
 * - the answer's policy is the most restrictive of all (smallest maxAge; PRIVATE wins).
 * Where the plugin sees the runtime parent type of a field selected on an interface, this takes
 * every type that could be there, and it counts fields under @include / @skip as selected: at most
 * more restrictive than the plugin, never less. Introspection fields carry no hint, as there.
 *
 * A resolver whose answer must not be cached for a reason only known at run time (search answering
 * without its label index) says so with restrictAnswerCaching(context, { maxAge: 0 }).
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { CacheHint } from '@apollo/cache-control-types';
import { perOperation } from '../execution/perOperation.js';
import {
  getNamedType,
  isAbstractType,
  isCompositeType,
  isObjectType,
  Kind,
  type ConstDirectiveNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

interface CacheAnnotation extends CacheHint {
  inheritMaxAge?: true;
}

/** Apollo's CachePolicy.restrict on plain hints: the smaller maxAge; PRIVATE, once set, stays. */
export function restrictHint(policy: CacheHint, hint: CacheHint): CacheHint {
  const maxAge = hint.maxAge !== undefined && (policy.maxAge === undefined || hint.maxAge < policy.maxAge) ? hint.maxAge : policy.maxAge;
  const scope = hint.scope !== undefined && policy.scope !== 'PRIVATE' ? hint.scope : policy.scope;
  return withDefined(maxAge, scope);
}

/** Apollo's CachePolicy.replace on plain hints: what the hint sets wins. */
function replaceHint(policy: CacheHint, hint: CacheHint): CacheHint {
  return withDefined(hint.maxAge ?? policy.maxAge, hint.scope ?? policy.scope);
}

function withDefined(maxAge: number | undefined, scope: CacheHint['scope']): CacheHint {
  return { ...(maxAge === undefined ? {} : { maxAge }), ...(scope === undefined ? {} : { scope }) };
}

/** A @cacheControl directive's arguments, as the plugin reads them (literal values only). */
function annotationOf(directives: readonly ConstDirectiveNode[] | undefined): CacheAnnotation | undefined {
  const directive = directives?.find((candidate) => candidate.name.value === 'cacheControl');
  if (!directive?.arguments) return undefined;
  const argument = (name: string) => directive.arguments!.find((candidate) => candidate.name.value === name)?.value;
  const scopeValue = argument('scope');
  const scope = scopeValue?.kind === Kind.ENUM && (scopeValue.value === 'PUBLIC' || scopeValue.value === 'PRIVATE') ? scopeValue.value : undefined;
  const inherit = argument('inheritMaxAge');
  if (inherit?.kind === Kind.BOOLEAN && inherit.value) return { inheritMaxAge: true, ...(scope ? { scope } : {}) };
  const maxAge = argument('maxAge');
  return withDefined(maxAge?.kind === Kind.INT ? Number.parseInt(maxAge.value, 10) : undefined, scope);
}

function typeAnnotation(type: GraphQLNamedType): CacheAnnotation {
  return annotationOf(type.astNode?.directives) ?? type.extensionASTNodes.map((node) => annotationOf(node.directives)).find(Boolean) ?? {};
}

/** One field's policy as the plugin computes it when the field resolves (before dynamic hints). */
function fieldHint(field: GraphQLField<unknown, unknown>, isRootField: boolean, defaultMaxAge: number): CacheHint {
  const target = getNamedType(field.type);
  let policy: CacheHint = {};
  let inheritMaxAge = false;
  if (isCompositeType(target)) {
    const fromType = typeAnnotation(target);
    policy = replaceHint(policy, fromType);
    inheritMaxAge = fromType.inheritMaxAge === true;
  }
  const fromField = annotationOf(field.astNode?.directives) ?? {};
  if (fromField.inheritMaxAge && policy.maxAge === undefined) {
    inheritMaxAge = true;
    if (fromField.scope) policy = replaceHint(policy, { scope: fromField.scope });
  } else {
    policy = replaceHint(policy, fromField);
  }
  if (policy.maxAge === undefined && ((isCompositeType(target) && !inheritMaxAge) || isRootField)) policy = restrictHint(policy, { maxAge: defaultMaxAge });
  return policy;
}

/** The object types a value of `type` can be at run time. */
function runtimeTypes(schema: GraphQLSchema, type: GraphQLCompositeType): readonly GraphQLObjectType[] {
  return isAbstractType(type) ? schema.getPossibleTypes(type) : isObjectType(type) ? [type] : [];
}

/**
 * The policy of an answer to `operationName` in `document` (the only operation when null), before
 * any resolver's dynamic hint; `{}` when no field sets a maxAge (an introspection query), which
 * Apollo's response cache does not keep.
 */
export function operationCacheHint(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, defaultMaxAge: number): CacheHint {
  const operations = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((candidate) => candidate.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return { maxAge: 0 };
  const fragments = new Map(
    document.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION).map((fragment) => [fragment.name.value, fragment]),
  );
  let policy: CacheHint = {};
  const spreading = new Set<string>();
  const visit = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, isRoot: boolean): void => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue; // introspection: never hinted, never wrapped
        for (const type of runtimeTypes(schema, parent)) {
          const field = type.getFields()[selection.name.value];
          if (!field) continue;
          policy = restrictHint(policy, fieldHint(field, isRoot, defaultMaxAge));
          const target = getNamedType(field.type);
          if (selection.selectionSet && isCompositeType(target)) visit(selection.selectionSet, target, false);
        }
      } else {
        const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments.get(selection.name.value);
        if (!fragment) continue;
        const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : parent;
        if (!condition || !isCompositeType(condition)) continue;
        // A fragment spread inside itself is invalid (validation refuses it); this only stops a loop.
        const name = selection.kind === Kind.FRAGMENT_SPREAD ? selection.name.value : null;
        if (name !== null && spreading.has(name)) continue;
        if (name !== null) spreading.add(name);
        visit(fragment.selectionSet, condition, isRoot);
        if (name !== null) spreading.delete(name);
      }
    }
  };
  visit(operation.selectionSet, root, true);
  return policy;
}

/** Each request's policy, so a resolver can restrict it (restrictAnswerCaching). */
const requestPolicies = new WeakMap<object, { restrict(hint: CacheHint): void }>();

/**
 * Makes the answer of the request `context` belongs to at most as cacheable as `hint` says
 * ({ maxAge: 0 }: not cached at all), like Apollo's `info.cacheControl.setCacheHint` on a field.
 * Without a response cache it does nothing.
 */
export function restrictAnswerCaching(context: object, hint: CacheHint): void {
  requestPolicies.get(context)?.restrict(hint);
}

/**
 * Sets each operation's policy from operationCacheHint before it executes (remembered per parsed
 * document: Apollo parses a query text once and hands the same document to every request sending it).
 * Use it with ApolloServerPluginCacheControlDisabled, so Apollo's per-field plugin is not installed too.
 */
export function answerCachePolicyPlugin<TContext extends BaseContext>(defaultMaxAge: number): ApolloServerPlugin<TContext> {
  const hints = perOperation<CacheHint>();
  return {
    async requestDidStart() {
      return {
        async executionDidStart(requestContext) {
          const { overallCachePolicy, contextValue, document, operationName, schema } = requestContext;
          overallCachePolicy.restrict(hints(document, operationName, () => operationCacheHint(schema, document, operationName, defaultMaxAge)));
          requestPolicies.set(contextValue, overallCachePolicy);
        },
      };
    },
  };
}
