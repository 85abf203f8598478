/**
 * Static limits on GraphQL documents, checked during validation (before any resolver or Cypher):
 * depth, aliases, directives and repeated fields. Token count is limited by the parser
 * (`parseOptions.maxTokens`) and circular fragments by graphql-js's own NoFragmentCyclesRule.
 * The cost of an operation, which depends on its variables, is checked right after validation
 * (queryCost.ts). Limits are configurable (QUERY_MAX_* variables, docs/hardening.md).
 */
import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { DEFAULT_QUERY_MAX_COST } from './queryCost.js';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  /** How often the same field (same response key) may be selected in one selection set. */
  maxRepeatedField: number;
  maxTokens: number;
  /** Estimated work of one operation (queryCost.ts). */
  maxCost: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 20,
  maxRepeatedField: 5,
  maxTokens: 5_000,
  maxCost: DEFAULT_QUERY_MAX_COST,
};

function limitError(message: string): GraphQLError {
  // Validation errors get GRAPHQL_VALIDATION_FAILED from Apollo; the message names the limit.
  return new GraphQLError(message);
}

/** Depth of the deepest field path, following fragment spreads (cycles are cut, and reported elsewhere). */
function selectionDepth(
  selectionSet: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  visiting: Set<string>,
): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue; // introspection has its own shape
      deepest = Math.max(deepest, 1 + selectionDepth(selection.selectionSet, fragments, visiting));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, selectionDepth(selection.selectionSet, fragments, visiting));
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || visiting.has(name)) continue;
      visiting.add(name);
      deepest = Math.max(deepest, selectionDepth(fragment.selectionSet, fragments, visiting));
      visiting.delete(name);
    }
  }
  return deepest;
}

export function queryLimitRules(limits: QueryLimits): ValidationRule[] {
  const depthRule: ValidationRule = (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const fragments = new Map(context.getDocument().definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
      const depth = selectionDepth(operation.selectionSet, fragments, new Set());
      if (depth > limits.maxDepth) context.reportError(limitError(`Query depth ${depth} exceeds the limit of ${limits.maxDepth}.`));
    },
  });

  const countingRule: ValidationRule = (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    let directives = 0;
    return {
      Field(field) {
        if (field.alias) aliases += 1;
      },
      Directive() {
        directives += 1;
      },
      Document: {
        leave() {
          if (aliases > limits.maxAliases) context.reportError(limitError(`${aliases} aliases exceed the limit of ${limits.maxAliases}.`));
          if (directives > limits.maxDirectives) context.reportError(limitError(`${directives} directives exceed the limit of ${limits.maxDirectives}.`));
        },
      },
    };
  };

  const repeatedFieldRule: ValidationRule = (context: ValidationContext): ASTVisitor => ({
    SelectionSet(selectionSet) {
      const counts = new Map<string, number>();
      for (const selection of selectionSet.selections) {
        if (selection.kind !== Kind.FIELD) continue;
        const key = selection.alias?.value ?? selection.name.value;
        const count = (counts.get(key) ?? 0) + 1;
        counts.set(key, count);
        if (count === limits.maxRepeatedField + 1) {
          context.reportError(limitError(`Field "${key}" is selected more than ${limits.maxRepeatedField} times in one selection set.`));
        }
      }
    },
  });

  return [depthRule, countingRule, repeatedFieldRule];
}
