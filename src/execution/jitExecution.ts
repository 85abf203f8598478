/**
 * Operations executed by graphql-jit (compiled once per parsed document) instead of graphql-js's
 * `execute`, which resolves every field through generic code: for each field of every list item it
 * coerces the field's arguments and builds a resolve info, so an answer with thousands of fields
 * (a headline's bridging skills) spent ~0.8 of its 2.1 MB of garbage there (docs/performance.md,
 * "Fifteenth pass"). Apollo Server 4 and 5 take a custom executor only through their `gateway`
 * option (Apollo's migration guide, "executor"); the schema is then handed over by the gateway.
 *
 * What stays graphql-js: parsing and validation (Apollo's pipeline, before this), variable coercion
 * errors (graphql-js's messages, which Apollo recognises as BAD_USER_INPUT with status 400), an
 * operation's first execution (a one-off query does not pay for a compile), and any operation
 * graphql-jit cannot compile. Resolvers, plugins' field hooks (cache hints) and errors are the
 * schema's own in both.
 */
import type { GatewayInterface } from '@apollo/server-gateway-interface';
import { execute, getVariableValues, type DocumentNode, type ExecutionResult, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { perOperation } from './perOperation.js';

/** Executions of a document by graphql-js before it is compiled: a query sent once is never compiled. */
export const EXECUTIONS_BEFORE_COMPILE = 1;

/** What is known of one parsed document, per operation name. */
interface Compilation {
  executions: number;
  /** The compiled operation, or null when graphql-jit could not compile it (graphql-js runs it). */
  compiled?: CompiledQuery | null;
}

/** What the executor needs of Apollo's request context. */
export interface OperationToExecute {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  operationName: string | null;
  variables: Record<string, unknown> | undefined;
  contextValue: unknown;
}

export class JitExecution {
  // Per parsed document: a compilation lives as long as Apollo's document store keeps its document.
  private readonly compilations = perOperation<Compilation>();
  /** Operations compiled so far (each at most once per parsed document). */
  compiledOperations = 0;

  constructor(
    readonly schema: GraphQLSchema,
    private readonly onCompileFailure: (operationName: string | null, errors: readonly unknown[]) => void = () => {},
  ) {}

  async execute({ document, operation, operationName, variables, contextValue }: OperationToExecute): Promise<ExecutionResult> {
    const coerced = getVariableValues(this.schema, operation.variableDefinitions ?? [], variables ?? {});
    if (coerced.errors) return { errors: coerced.errors };
    const compiled = this.compiledFor(document, operationName);
    if (!compiled) return execute({ schema: this.schema, document, operationName, variableValues: variables, contextValue });
    return compiled.query(undefined, contextValue, variables ?? {});
  }

  /** The compiled operation once it has run EXECUTIONS_BEFORE_COMPILE times, or null. */
  private compiledFor(document: DocumentNode, operationName: string | null): CompiledQuery | null {
    const compilation = this.compilations(document, operationName, () => ({ executions: 0 }));
    if (compilation.compiled !== undefined) return compilation.compiled;
    compilation.executions += 1;
    if (compilation.executions <= EXECUTIONS_BEFORE_COMPILE) return null;
    const result = compileQuery(this.schema, document, operationName ?? undefined, { disablingCapturingStackErrors: true });
    if (isCompiledQuery(result)) {
      compilation.compiled = result;
      this.compiledOperations += 1;
    } else {
      compilation.compiled = null;
      this.onCompileFailure(operationName, result.errors ?? []);
    }
    return compilation.compiled;
  }
}

/**
 * The `gateway` for ApolloServer that serves `execution`'s schema and executes with it: it hands the
 * schema over once, at start, and never changes it.
 */
export function jitGateway(execution: JitExecution): GatewayInterface {
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: execution.schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async load() {
      return {
        executor: (request) =>
          execution.execute({
            document: request.document,
            operation: request.operation,
            operationName: request.operationName,
            variables: request.request.variables,
            contextValue: request.context,
          }),
      };
    },
    async stop() {},
  };
}
