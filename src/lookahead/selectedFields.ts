/**
 * Lookahead: which fields a query selects below the field being resolved, with their argument
 * values, so a root resolver can fetch in the same statement (or at the same time) what its child
 * resolvers will ask for, instead of one round trip per level.
 */
import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentSpreadNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type InlineFragmentNode,
  type SelectionSetNode,
} from 'graphql';
import { applyArgumentDefaults } from '../arguments/argumentDefaults.js';

export interface SelectedField {
  name: string;
  /** Argument values with variables substituted and SDL defaults applied (also for an explicit null, as resolvers see them). */
  args: Record<string, unknown>;
}

/** @skip / @include evaluated as execution will. */
function included(node: FieldNode | FragmentSpreadNode | InlineFragmentNode, variables: GraphQLResolveInfo['variableValues']): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
}

function typeConditionMatches(info: GraphQLResolveInfo, type: GraphQLObjectType, condition: string | undefined): boolean {
  if (condition === undefined || condition === type.name) return true;
  const conditionType = info.schema.getType(condition);
  return conditionType !== undefined && isAbstractType(conditionType) && info.schema.isSubType(conditionType, type);
}

/** First field node per response key, through fragment spreads and inline fragments (like graphql-js's collectFields). */
function collect(info: GraphQLResolveInfo, type: GraphQLObjectType, selectionSet: SelectionSetNode, fields: Map<string, FieldNode>, spreads: Set<string>): void {
  for (const selection of selectionSet.selections) {
    if (!included(selection, info.variableValues)) continue;
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      if (!fields.has(key)) fields.set(key, selection);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (typeConditionMatches(info, type, selection.typeCondition?.name.value)) collect(info, type, selection.selectionSet, fields, spreads);
    } else {
      const name = selection.name.value;
      const fragment = info.fragments[name];
      if (spreads.has(name) || !fragment) continue;
      spreads.add(name);
      if (typeConditionMatches(info, type, fragment.typeCondition.name.value)) collect(info, type, fragment.selectionSet, fields, spreads);
    }
  }
}

/**
 * The fields selected on the object the current field returns, one entry per response key (so an
 * aliased field selected twice with different arguments appears twice). Empty for non-object types.
 * A field whose arguments do not coerce is left out: its own resolver reports the error.
 */
export function selectedFields(info: GraphQLResolveInfo): SelectedField[] {
  const type = getNamedType(info.returnType);
  if (!isObjectType(type)) return [];
  const nodes = new Map<string, FieldNode>();
  const spreads = new Set<string>();
  for (const fieldNode of info.fieldNodes) if (fieldNode.selectionSet) collect(info, type, fieldNode.selectionSet, nodes, spreads);
  const definitions = type.getFields();
  const selected: SelectedField[] = [];
  for (const node of nodes.values()) {
    const definition = definitions[node.name.value];
    if (!definition) continue; // __typename and other meta fields
    try {
      selected.push({ name: definition.name, args: applyArgumentDefaults(definition, getArgumentValues(definition, node, info.variableValues)) });
    } catch {
      // invalid argument values: the field's resolver will throw the client-facing error
    }
  }
  return selected;
}
