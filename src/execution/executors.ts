/** What executes GraphQL operations (config GRAPHQL_EXECUTOR): graphql-jit, the default, or graphql-js (jitExecution.ts). */
export const GRAPHQL_EXECUTORS = ['jit', 'graphql-js'] as const;
export type GraphqlExecutor = (typeof GRAPHQL_EXECUTORS)[number];
