/**
 * createServer(deps): the HTTP request handler (POST /graphql straight to Apollo Server, everything
 * else through Express: GET /graphql, /health, /ready, /metrics, the explorer) and no listen(), so
 * tests drive it in-process and main.ts owns the process lifecycle.
 */
import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { authenticationPlugin } from './auth/authenticationPlugin.js';
import { authenticate, DEFAULT_AUTH_CONFIG } from './auth/viewer.js';
import type { Config } from './config.js';
import { createContext, createProcessCaches, type GraphContext, type ProcessCaches } from './context.js';
import { ErrorCode } from './errors.js';
import { mountExplorer } from './explorer/mountExplorer.js';
import { MetaRepository } from './meta/repository.js';
import type { GraphDatabase } from './neo4j/GraphDatabase.js';
import { REQUIREMENTS_PER_RECORD } from './neo4j/recordParts.js';
import { MemoWarming, type Warmed } from './paths/MemoWarming.js';
import { PathRepository } from './paths/repository.js';
import { rememberSkillIdentities } from './skills/SkillIdentityMemo.js';
import { mergeResolvers } from './resolvers.js';
import { loadTypeDefs } from './schemaFiles.js';
import { withArgumentDefaults } from './arguments/argumentDefaults.js';
import { DEFAULT_QUERY_LIMITS, queryLimitRules } from './requestLimits/queryLimits.js';
import { queryCostPlugin } from './requestLimits/queryCost.js';
import { GraphChangeWatcher } from './responseCache/graphChangeWatcher.js';
import { noteGraphWritesPlugin, RESPONSE_CACHE_OFF, responseCachePlugins } from './responseCache/responseCache.js';
import type { ErrorRequestHandler } from 'express';
import { graphqlPostHandler } from './http/graphqlPost.js';
import { JitExecution, jitGateway } from './execution/jitExecution.js';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { sendRequestBodyError, type RequestBodyError } from './http/requestBodyErrors.js';
import { pathOf } from './observability/requestLogging.js';
import { createObservability } from './observability/createObservability.js';
import type { Logger } from './observability/createLogger.js';
import type { Metrics } from './observability/createMetrics.js';

/** Anything thrown on the Express routes, as GraphQL-shaped JSON (http/requestBodyErrors.ts). */
function jsonErrorHandler(production: boolean): ErrorRequestHandler {
  return (error: RequestBodyError, _req, res, next) => {
    if (res.headersSent) return next(error);
    sendRequestBodyError(res, error, production);
  };
}

/** Why the API is not ready yet, with what the graph already holds and what is still loading. */
export interface Readiness {
  reason: string;
  loaded: string[];
  loading: string[];
}

export interface ServerDeps {
  /** `auth` defaults to no API keys and anonymous reads allowed. */
  config: Pick<Config, 'env'> & Partial<Pick<Config, 'auth' | 'queryLimits' | 'requestBodyLimit' | 'introspection' | 'slowQueryMs' | 'responseCache' | 'memoWarming' | 'moveGraphMaxMoves' | 'graphqlExecutor'>>;
  db: GraphDatabase;
  /** The HTTP server the app will be mounted on, so shutdown can drain it. */
  httpServer?: Server;
  /** Extra readiness condition (e.g. "schema applied and seeds loaded"); a string or a Readiness is why it is not. */
  readiness?: () => true | string | Readiness;
  /** Request and slow-query logs go here. Default: nothing is logged. */
  logger?: Logger;
}

export interface CareerGraphServer {
  /** Every HTTP request of the API (`http.createServer(handleRequest)`). */
  handleRequest: RequestListener;
  apollo: ApolloServer<GraphContext>;
  /** Shared by every request's context (tests building contexts themselves pass it on). */
  caches: ProcessCaches;
  /** What GET /metrics serves. */
  metrics: Metrics;
  stop(): Promise<void>;
}

/** Where Express mounted Apollo: /graphql and anything below it. */
const isGraphqlPath = (path: string) => path === '/graphql' || path.startsWith('/graphql/');

const PUBLIC_CODES = new Set<string>(Object.values(ErrorCode));

/** In production, anything that is not one of our documented errors becomes a bare internal error. */
export function formatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = String(formatted.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
    if (!production) return formatted;
    const original = error instanceof GraphQLError ? error.originalError : undefined;
    const isOurs = PUBLIC_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR && !(original && !(original instanceof GraphQLError));
    const isValidation = ['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE'].includes(code);
    if (isOurs || isValidation) {
      const { stacktrace: _dropped, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}

/**
 * One warming of the process's memos (MemoWarming): the paths memos and the moves, then the required
 * skills' identities at the same commit. Null when the graph moved meanwhile.
 */
async function warmMemos(db: GraphDatabase, caches: ProcessCaches, maxMoves: number | undefined): Promise<Warmed | null> {
  const warmed = await new PathRepository(db, caches.creditLinks, REQUIREMENTS_PER_RECORD, caches.requirements, null, caches.moveGraphs).warmMemos(maxMoves);
  if (!warmed || !(await rememberSkillIdentities(db, caches.skillIdentities, warmed.commit))) return null;
  return { roles: warmed.roles, skills: warmed.skills, moves: warmed.moves, skillIdentities: caches.skillIdentities.size };
}

export async function createServer(deps: ServerDeps): Promise<CareerGraphServer> {
  const production = deps.config.env === 'production';
  const limits = deps.config.queryLimits ?? DEFAULT_QUERY_LIMITS;
  const observability = createObservability({ logger: deps.logger, slowQueryMs: deps.config.slowQueryMs });
  const db = observability.observe(deps.db); // every statement is timed and slow ones are logged
  const plugins: ApolloServerPlugin<GraphContext>[] = [
    authenticationPlugin(),
    queryCostPlugin<GraphContext>({ maxCost: limits.maxCost }),
    observability.plugin<GraphContext>(),
  ];
  // Without a responseCache in the config (in-process tests that build one themselves) nothing is cached.
  const responseCache = deps.config.responseCache ?? RESPONSE_CACHE_OFF;
  // The graph version keys the response cache (when on) and the search label index (always).
  const graphChanges = new GraphChangeWatcher(deps.db, responseCache.changePollMs);
  if (responseCache.maxAgeSeconds > 0) plugins.push(...responseCachePlugins<GraphContext>(responseCache, graphChanges));
  // Without a response cache, Apollo's default cache-control plugin would still hook every resolved
  // field to compute a policy nobody reads (and send "no-store", where a cached server sends no
  // Cache-Control at all): measurable on answers with hundreds of fields (docs/performance.md).
  else plugins.push(noteGraphWritesPlugin<GraphContext>(graphChanges), ApolloServerPluginCacheControlDisabled());
  graphChanges.start();
  if (deps.httpServer) plugins.push(ApolloServerPluginDrainHttpServer({ httpServer: deps.httpServer }));
  plugins.push(ApolloServerPluginLandingPageDisabled()); // Apollo's Sandbox needs the internet; /graphiql is bundled

  const typeDefs = loadTypeDefs();
  const resolvers = withArgumentDefaults(mergeResolvers(), typeDefs);
  // graphql-jit (the default) executes the same schema Apollo would build from typeDefs and resolvers.
  const execution =
    deps.config.graphqlExecutor === 'graphql-js'
      ? null
      : new JitExecution(makeExecutableSchema({ typeDefs, resolvers }), (operationName, errors) =>
          deps.logger?.warn({ operationName, errors: errors.map(String) }, 'graphql-jit could not compile an operation; graphql-js executes it'),
        );
  const apollo = new ApolloServer<GraphContext>({
    ...(execution ? { gateway: jitGateway(execution) } : { typeDefs, resolvers }),
    plugins,
    formatError: formatError(production),
    includeStacktraceInErrorResponses: !production,
    // "Did you mean …?" suggestions reveal the schema when introspection is off.
    hideSchemaDetailsFromClientErrors: production,
    introspection: deps.config.introspection ?? !production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // main.ts owns SIGINT/SIGTERM (drain, close the driver, stop a local Neo4j). Apollo's own handlers
    // (on outside NODE_ENV=test) would stop the server first and re-raise the signal, leaving our
    // shutdown waiting forever on a stop that Apollo already finished.
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: queryLimitRules(limits),
  });
  await apollo.start();

  const auth = deps.config.auth ?? DEFAULT_AUTH_CONFIG;
  // Labels load through the unobserved driver: no request's statement, and not logged as slow queries.
  const caches = createProcessCaches(deps.db, graphChanges, {
    onBuildError: (error) => deps.logger?.warn({ err: error }, 'Building the search label index failed; search uses the fulltext indexes'),
    onBuilt: ({ nodes, ms, version }) => deps.logger?.info({ nodes, ms, version }, `Search label index built: ${nodes} roles and skills in ${ms} ms.`),
  });
  // The label index is built as soon as the graph version is known, and again when it moves, not on
  // the first search after it.
  graphChanges.onChange(() => caches.searchLabels.check());
  void graphChanges.poll().then(() => caches.searchLabels.check());
  // Without the setting (in-process tests that count statements) the memos learn from answers only.
  const memoWarming = deps.config.memoWarming
    ? new MemoWarming(() => warmMemos(deps.db, caches, deps.config.moveGraphMaxMoves), graphChanges, {
        onWarmed: ({ roles, skills, moves, skillIdentities, ms, version }) =>
          deps.logger?.info(
            { roles, skills, moves, skillIdentities, ms, version },
            `Memos warmed: requirements of ${roles} roles, credit links of ${skills} skills, ${moves} moves, ${skillIdentities} required skills in ${ms} ms.`,
          ),
        onError: (error) => deps.logger?.warn({ err: error }, 'Warming the requirement and credit-link memos failed; answers fill them as they go'),
      })
    : null;
  if (memoWarming) {
    graphChanges.onChange(() => memoWarming.check());
    memoWarming.check(); // the first poll may have answered before the listener was there
  }
  const app = express();
  app.disable('x-powered-by');
  const meta = new MetaRepository(db);

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const extra = deps.readiness?.() ?? true;
    if (extra !== true) {
      // While the graph loads, say which parts are in (the API already answers from those) and which are coming.
      res.status(503).json(typeof extra === 'string' ? { status: 'unavailable', reason: extra } : { status: 'unavailable', ...extra });
      return;
    }
    try {
      await meta.ping();
      res.json({ status: 'ready' });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', reason: error instanceof Error ? error.message : String(error) });
    }
  });

  app.get('/metrics', observability.metricsHandler);

  const bodyLimit = deps.config.requestBodyLimit ?? '1mb';
  const context = async (req: IncomingMessage, res: ServerResponse) => {
    const contextValue = createContext(db, { viewer: authenticate(req.headers.authorization, auth), caches });
    observability.bindContext(contextValue, res);
    return contextValue;
  };
  // GET /graphql (and Apollo's answer to other methods) through Express; POST skips it (below).
  app.use('/graphql', express.json({ limit: bodyLimit }), expressMiddleware(apollo, { context: ({ req, res }) => context(req, res) }));
  mountExplorer(app); // the explorer UI at / and GraphiQL at /graphiql, from web/dist (src/explorer)
  app.use(jsonErrorHandler(production));

  const postGraphql = graphqlPostHandler(apollo, { bodyLimit, production, context });
  const handleRequest: RequestListener = (req, res) => {
    observability.observeRequest(req, res);
    if (req.method === 'POST' && isGraphqlPath(pathOf(req.url))) postGraphql(req, res);
    else void app(req, res);
  };

  return { handleRequest, apollo, caches, metrics: observability.metrics, stop: async () => {
    graphChanges.stop();
    caches.searchLabels.stop();
    memoWarming?.stop();
    await apollo.stop();
  } };
}
