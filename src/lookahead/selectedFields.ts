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
  /** The object type the field returns (through lists and non-null), when it returns one. */
  type?: string;
  /** The fields selected below this one, by the same rules, when it returns an object type; absent for scalars, enums and abstract types. */
  selections?: SelectedField[];
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

/**
 * The field nodes per response key, through fragment spreads and inline fragments (like graphql-js's
 * collectFields): execution merges the selection sets of every node with the same key.
 */
function collect(info: GraphQLResolveInfo, type: GraphQLObjectType, selectionSet: SelectionSetNode, fields: Map<string, FieldNode[]>, spreads: Set<string>): void {
  for (const selection of selectionSet.selections) {
    if (!included(selection, info.variableValues)) continue;
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      const nodes = fields.get(key);
      if (nodes) nodes.push(selection);
      else fields.set(key, [selection]);
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

/** The fields `fieldNodes` select on `type`, each with the fields below it. */
function selectedOn(info: GraphQLResolveInfo, type: GraphQLObjectType, fieldNodes: readonly FieldNode[]): SelectedField[] {
  const nodes = new Map<string, FieldNode[]>();
  const spreads = new Set<string>();
  for (const fieldNode of fieldNodes) if (fieldNode.selectionSet) collect(info, type, fieldNode.selectionSet, nodes, spreads);
  const definitions = type.getFields();
  const selected: SelectedField[] = [];
  for (const group of nodes.values()) {
    // Validation makes every node of one response key name the same field with the same arguments.
    const node = group[0];
    const definition = definitions[node.name.value];
    if (!definition) continue; // __typename and other meta fields
    let args: Record<string, unknown>;
    try {
      args = applyArgumentDefaults(definition, getArgumentValues(definition, node, info.variableValues));
    } catch {
      continue; // invalid argument values: the field's resolver will throw the client-facing error
    }
    const fieldType = getNamedType(definition.type);
    selected.push(isObjectType(fieldType) ? { name: definition.name, args, type: fieldType.name, selections: selectedOn(info, fieldType, group) } : { name: definition.name, args });
  }
  return selected;
}

/**
 * The fields selected on the object the current field returns, one entry per response key (so an
 * aliased field selected twice with different arguments appears twice), each with the fields
 * selected below it. Empty for non-object types. A field whose arguments do not coerce is left out:
 * its own resolver reports the error.
 */
export function selectedFields(info: GraphQLResolveInfo): SelectedField[] {
  const type = getNamedType(info.returnType);
  return isObjectType(type) ? selectedOn(info, type, info.fieldNodes) : [];
}

/** The fields selected on objects of `type` anywhere in `selected` and below, e.g. every Skill field an answer shows. */
export function fieldsSelectedOn(selected: readonly SelectedField[], type: string): SelectedField[] {
  const found: SelectedField[] = [];
  const visit = (fields: readonly SelectedField[]) => {
    for (const field of fields) {
      if (!field.selections) continue;
      if (field.type === type) found.push(...field.selections);
      visit(field.selections);
    }
  };
  visit(selected);
  return found;
}
