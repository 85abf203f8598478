/**
 * Runs GraphQL operations against the real server code and the real test Neo4j: in-process through
 * Apollo (with the request's Cypher statement count), or over HTTP on an ephemeral port.
 */
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphQLFormattedError } from 'graphql';
import type { ResponseCacheConfig } from '../../src/responseCache/responseCache.js';
import { authenticate, type AuthConfig } from '../../src/auth/viewer.js';
import { createContext } from '../../src/context.js';
import { createServer, type CareerGraphServer } from '../../src/server.js';
import { openTestDatabase, type TestDatabase } from './testDatabase.js';

export interface OperationResult<TData> {
  data: TData | null | undefined;
  errors: readonly GraphQLFormattedError[] | undefined;
  /** Cypher statements the operation ran. */
  statements: number;
}

export interface ExecuteOptions {
  /** The Authorization header, authenticated exactly as the HTTP server does (e.g. "Bearer <key>"). */
  authorization?: string;
}

export interface TestApiOptions {
  /** API keys and anonymous-read policy of the server under test. Default: the test config's. */
  auth?: AuthConfig;
  /** The response cache of the server under test. Default: the test config's (the production default). */
  responseCache?: ResponseCacheConfig;
}

export interface TestApi {
  database: TestDatabase;
  server: CareerGraphServer;
  execute<TData = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, options?: ExecuteOptions): Promise<OperationResult<TData>>;
  /** Like execute, but fails the test on any GraphQL error. */
  data<TData = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, options?: ExecuteOptions): Promise<TData>;
  close(): Promise<void>;
}

export async function openTestApi(env: 'development' | 'production' | 'test' = 'test', options: TestApiOptions = {}): Promise<TestApi> {
  const database = openTestDatabase();
  const auth = options.auth ?? database.config.auth;
  const responseCache = options.responseCache ?? database.config.responseCache;
  const server = await createServer({ config: { ...database.config, env, auth, responseCache }, db: database.db });
  const execute = async <TData>(query: string, variables?: Record<string, unknown>, execution: ExecuteOptions = {}): Promise<OperationResult<TData>> => {
    const contextValue = createContext(database.db, { viewer: authenticate(execution.authorization, auth), caches: server.caches });
    const response = await server.apollo.executeOperation<TData>({ query, variables }, { contextValue });
    if (response.body.kind !== 'single') throw new Error('Incremental delivery is not used by this API');
    return { data: response.body.singleResult.data, errors: response.body.singleResult.errors, statements: contextValue.statementCount() };
  };
  return {
    database,
    server,
    execute,
    async data<TData>(query: string, variables?: Record<string, unknown>, execution?: ExecuteOptions) {
      const result = await execute<TData>(query, variables, execution);
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
      return result.data as TData;
    },
    async close() {
      await server.stop();
      await database.close();
    },
  };
}

export interface HttpTestApi {
  url: string;
  httpServer: Server;
  api: TestApi;
  close(): Promise<void>;
}

/** The same app over real HTTP on 127.0.0.1 and an ephemeral port. */
export async function openHttpTestApi(env: 'development' | 'production' | 'test' = 'test', options: TestApiOptions = {}): Promise<HttpTestApi> {
  const api = await openTestApi(env, options);
  const httpServer = createHttpServer(api.server.app);
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    httpServer,
    api,
    async close() {
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await api.close();
    },
  };
}
