/**
 * Environment -> typed, validated configuration. Every setting has a documented default (see the
 * README's configuration table); a bad value stops the process with a message naming the variable.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from './requestLimits/queryLimits.js';
import type { ResponseCacheConfig } from './responseCache/responseCache.js';
import { parseApiKeys, type ApiKey } from './auth/apiKeys.js';
import { LOG_LEVELS, type LogLevel } from './observability/createLogger.js';
import { GRAPHQL_EXECUTORS, type GraphqlExecutor } from './execution/executors.js';
import { DEFAULT_SLOW_QUERY_MS } from './observability/slowQueryObserver.js';
import { MOVE_GRAPH_MAX_MOVES } from './paths/MoveGraph.js';

/**
 * The repository root (the nearest directory above this module with a package.json), so paths work
 * whatever the current directory is, and the same from the sources (src/) as from the production
 * build (dist/src/, `npm run build`).
 */
export const PROJECT_ROOT = projectRoot(dirname(fileURLToPath(import.meta.url)));

function projectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return resolve(from, '..');
  }
}

/** Documented local-only default; any real deployment sets NEO4J_PASSWORD. */
export const DEFAULT_LOCAL_PASSWORD = 'careergraph-local';

const port = z.coerce.number().int().min(1).max(65535);
const memorySize = z.string().regex(/^\d+[kmg]$/i, 'must be a size like 512m or 2g');
const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(4000),
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'must be a bolt://, neo4j://, bolt+s://, neo4j+s:// (or +ssc) URI')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(1).default(DEFAULT_LOCAL_PASSWORD),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  /** docker-compose.yml only: its Neo4j is reachable on the compose network and host loopback alone. */
  NEO4J_DEFAULT_PASSWORD_ON_PRIVATE_NETWORK: flag.default(false),
  NEO4J_BOLT_PORT: port.default(7687),
  /** The local server's HTTP connector (Neo4j Browser), on 127.0.0.1 only; off unless set (`npm run db:browser` uses 7474). */
  NEO4J_HTTP_PORT: port.optional(),
  NEO4J_LOCAL_DIR: z.string().min(1).default(resolve(PROJECT_ROOT, '.neo4j')),
  NEO4J_LOCAL_NAME: z.string().regex(/^[a-z0-9-]+$/).default('default'),
  NEO4J_HEAP_SIZE: memorySize.default('2g'),
  NEO4J_PAGECACHE_SIZE: memorySize.default('1g'),
  NEO4J_KEEP_RUNNING: flag.default(false),
  NEO4J_TX_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
  NEO4J_SLOW_QUERY_MS: z.coerce.number().int().min(0).max(600_000).default(DEFAULT_SLOW_QUERY_MS),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  SEEDS_DIR: z.string().min(1).default(resolve(PROJECT_ROOT, 'seeds')),
  /** What the first start of a local instance loads: the bundled graph (O*NET, ESCO, crosswalks), or nothing but the seeds. */
  NEO4J_FIRST_LOAD: z.enum(['bundled', 'empty']).default('bundled'),
  BUNDLED_GRAPH_DIR: z.string().min(1).default(resolve(PROJECT_ROOT, 'data', 'graph')),
  IMPORT_NODE_BATCH_SIZE: z.coerce.number().int().min(1).max(1_000_000).default(5_000),
  IMPORT_EDGE_BATCH_SIZE: z.coerce.number().int().min(1).max(1_000_000).default(20_000),
  QUERY_MAX_DEPTH: z.coerce.number().int().min(1).max(100).default(DEFAULT_QUERY_LIMITS.maxDepth),
  QUERY_MAX_ALIASES: z.coerce.number().int().min(0).max(1000).default(DEFAULT_QUERY_LIMITS.maxAliases),
  QUERY_MAX_DIRECTIVES: z.coerce.number().int().min(0).max(1000).default(DEFAULT_QUERY_LIMITS.maxDirectives),
  QUERY_MAX_REPEATED_FIELD: z.coerce.number().int().min(1).max(1000).default(DEFAULT_QUERY_LIMITS.maxRepeatedField),
  QUERY_MAX_TOKENS: z.coerce.number().int().min(100).max(1_000_000).default(DEFAULT_QUERY_LIMITS.maxTokens),
  QUERY_MAX_COST: z.coerce.number().int().min(1).max(1_000_000_000).default(DEFAULT_QUERY_LIMITS.maxCost),
  REQUEST_BODY_LIMIT: z.string().regex(/^\d+(b|kb|mb)$/i, 'must be a size like 100kb or 1mb').default('1mb'),
  INTROSPECTION: flag.optional(),
  RESPONSE_CACHE_MAX_AGE_SECONDS: z.coerce.number().int().min(0).max(86_400).default(300),
  RESPONSE_CACHE_SIZE_MB: z.coerce.number().int().min(1).max(4_096).default(16),
  /** An answer is stored once its request has missed this many times lately; 1 stores every answer. */
  RESPONSE_CACHE_MIN_REQUESTS: z.coerce.number().int().min(1).max(100).default(2),
  GRAPH_CHANGE_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1_000),
  MEMO_WARMING: flag.default(true),
  /** The most moves memo warming holds in memory for the route searches (src/paths/MoveGraph.ts): ~33 bytes a move and ~160 a role. */
  MOVE_GRAPH_MAX_MOVES: z.coerce.number().int().min(0).max(10_000_000).default(MOVE_GRAPH_MAX_MOVES),
  GRAPHQL_EXECUTOR: z.enum(GRAPHQL_EXECUTORS).default('jit'),
  /** Comma-separated `<name>:<role>:<sha256hex>` entries (`npm run api-key` makes one); none by default. */
  API_KEYS: z
    .string()
    .default('')
    .transform((value, ctx) => {
      try {
        return parseApiKeys(value);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: error instanceof Error ? error.message : String(error) });
        return z.NEVER;
      }
    }),
  ALLOW_ANONYMOUS_READS: flag.default(true),
});

export interface LocalNeo4jConfig {
  boltPort: number;
  /** The HTTP connector serving Neo4j Browser on 127.0.0.1 (NEO4J_HTTP_PORT); undefined keeps it off. */
  httpPort: number | undefined;
  password: string;
  user: string;
  /** Root for the downloaded jars and every named instance's conf, data and logs. */
  rootDir: string;
  /** Instance name: the development server and the test server keep separate data. */
  name: string;
  heapSize: string;
  pageCacheSize: string;
  /** The user database (Community has one): what the first load writes. */
  database: string;
  /**
   * What the first start of this instance loads into its empty store: `bundled` bulk-loads the bundled
   * graph (data/graph, src/localNeo4j/firstLoad.ts), `empty` leaves it to the seeds (the tests' default).
   */
  firstLoad: 'bundled' | 'empty';
  /** The bundled graph's directory (BUNDLED_GRAPH_DIR, default data/graph). */
  bundleDir: string;
}

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  neo4j: {
    /** Undefined means: start (or reuse) the project's local Neo4j. */
    uri: string | undefined;
    user: string;
    password: string;
    database: string;
    transactionTimeoutMs: number;
    /**
     * Accept the public local default password for a Neo4j off loopback in production, because nothing
     * outside a private network can reach that Neo4j (docker-compose.yml). Off by default.
     */
    defaultPasswordOnPrivateNetwork: boolean;
  };
  local: LocalNeo4jConfig;
  /** Leave a local Neo4j that `npm start` launched running after the API exits. */
  keepLocalNeo4jRunning: boolean;
  seedsDir: string;
  /** Transaction sizes of `npm run import` (smaller for a small Neo4j heap). */
  import: { nodeBatchSize: number; edgeBatchSize: number };
  auth: {
    /** Bearer-token API keys (hashes only); each is a reader or an editor. */
    apiKeys: ApiKey[];
    /** Serve queries without a token (mutations always need an editor key). */
    allowAnonymousReads: boolean;
  };
  /** Static limits on GraphQL documents (src/requestLimits/queryLimits.ts). */
  queryLimits: QueryLimits;
  requestBodyLimit: string;
  /** Schema introspection; off by default in production. */
  introspection: boolean;
  /** Minimum level of the JSON logs (`silent` writes nothing). */
  logLevel: LogLevel;
  /** Cypher statements taking at least this many milliseconds are logged as warnings. */
  slowQueryMs: number;
  /** Whole-response cache for reads, invalidated by graph changes (src/responseCache/responseCache.ts). */
  responseCache: ResponseCacheConfig;
  /**
   * Read the requirements and credit links of the busiest roles into the process's memos for every
   * version of the graph, ahead of requests (src/paths/MemoWarming.ts). On by default.
   */
  memoWarming: boolean;
  /**
   * The most moves memo warming reads into memory for careerPaths, nextRoles and previousRoles to
   * search (src/paths/MoveGraph.ts); a graph with more is searched in Cypher.
   */
  moveGraphMaxMoves: number;
  /** What executes operations: graphql-jit (compiled per document, the default) or graphql-js (src/execution/jitExecution.ts). */
  graphqlExecutor: GraphqlExecutor;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    neo4j: {
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      transactionTimeoutMs: e.NEO4J_TX_TIMEOUT_MS,
      defaultPasswordOnPrivateNetwork: e.NEO4J_DEFAULT_PASSWORD_ON_PRIVATE_NETWORK,
    },
    local: {
      boltPort: e.NEO4J_BOLT_PORT,
      httpPort: e.NEO4J_HTTP_PORT,
      password: e.NEO4J_PASSWORD,
      user: e.NEO4J_USER,
      rootDir: resolve(e.NEO4J_LOCAL_DIR),
      name: e.NEO4J_LOCAL_NAME,
      heapSize: e.NEO4J_HEAP_SIZE,
      pageCacheSize: e.NEO4J_PAGECACHE_SIZE,
      database: e.NEO4J_DATABASE,
      firstLoad: e.NEO4J_FIRST_LOAD,
      bundleDir: resolve(e.BUNDLED_GRAPH_DIR),
    },
    keepLocalNeo4jRunning: e.NEO4J_KEEP_RUNNING,
    seedsDir: resolve(e.SEEDS_DIR),
    import: { nodeBatchSize: e.IMPORT_NODE_BATCH_SIZE, edgeBatchSize: e.IMPORT_EDGE_BATCH_SIZE },
    queryLimits: {
      maxDepth: e.QUERY_MAX_DEPTH,
      maxAliases: e.QUERY_MAX_ALIASES,
      maxDirectives: e.QUERY_MAX_DIRECTIVES,
      maxRepeatedField: e.QUERY_MAX_REPEATED_FIELD,
      maxTokens: e.QUERY_MAX_TOKENS,
      maxCost: e.QUERY_MAX_COST,
    },
    requestBodyLimit: e.REQUEST_BODY_LIMIT,
    introspection: e.INTROSPECTION ?? e.NODE_ENV !== 'production',
    logLevel: e.LOG_LEVEL,
    slowQueryMs: e.NEO4J_SLOW_QUERY_MS,
    responseCache: {
      maxAgeSeconds: e.RESPONSE_CACHE_MAX_AGE_SECONDS,
      maxSizeMb: e.RESPONSE_CACHE_SIZE_MB,
      changePollMs: e.GRAPH_CHANGE_POLL_MS,
      minRequests: e.RESPONSE_CACHE_MIN_REQUESTS,
    },
    memoWarming: e.MEMO_WARMING,
    moveGraphMaxMoves: e.MOVE_GRAPH_MAX_MOVES,
    graphqlExecutor: e.GRAPHQL_EXECUTOR,
    auth: { apiKeys: e.API_KEYS, allowAnonymousReads: e.ALLOW_ANONYMOUS_READS },
  };
}
