/**
 * Wires metrics and logs into one server: the request hook (request ids, request log), the
 * Apollo plugin, the database view that times every statement and logs slow ones, and /metrics.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphDatabase } from '../neo4j/GraphDatabase.js';
import { silentLogger, type Logger } from './createLogger.js';
import { createMetrics, type Metrics } from './createMetrics.js';
import { observabilityPlugin } from './observabilityPlugin.js';
import { requestLogging, requestObservation, type RequestObservation } from './requestLogging.js';
import { DEFAULT_SLOW_QUERY_MS, slowQueryObserver } from './slowQueryObserver.js';

/**
 * Where a context carries its request's observation. Apollo hands plugins a shallow copy of the
 * context (Object.assign), so identity (a WeakMap) does not survive, but an own enumerable symbol
 * property does, and it cannot collide with or show up in GraphContext's fields.
 */
const OBSERVATION = Symbol('requestObservation');

export interface ObservabilityOptions {
  /** Default: a silent logger. */
  logger?: Logger;
  /** Cypher statements taking at least this long are logged as warnings. Default: 500. */
  slowQueryMs?: number;
}

export interface Observability {
  logger: Logger;
  metrics: Metrics;
  /** Call first for every request, so every response carries the request id and is logged. */
  observeRequest(req: IncomingMessage, res: ServerResponse): void;
  /** The handler for GET /metrics (Prometheus text format). */
  metricsHandler: RequestHandler;
  plugin<TContext extends object>(): ApolloServerPlugin<TContext>;
  /** `db` reporting to the metrics and the slow-query log. */
  observe(db: GraphDatabase): GraphDatabase;
  /** Ties a request's GraphQL context to its HTTP response, for the request log line. */
  bindContext(contextValue: object, res: ServerResponse): void;
}

export function createObservability(options: ObservabilityOptions = {}): Observability {
  const logger = options.logger ?? silentLogger();
  const metrics = createMetrics();
  return {
    logger,
    metrics,
    observeRequest: requestLogging(logger),
    metricsHandler: async (_req, res) => {
      res.setHeader('content-type', metrics.registry.contentType);
      res.end(await metrics.registry.metrics());
    },
    plugin: () => observabilityPlugin({ metrics, observationFor: (contextValue) => (contextValue as Partial<Record<symbol, RequestObservation>>)[OBSERVATION] }),
    observe: (db) => db.withObserver(metrics.queryObserver).withObserver(slowQueryObserver(logger, options.slowQueryMs ?? DEFAULT_SLOW_QUERY_MS)),
    bindContext: (contextValue, res) => {
      const observation = requestObservation(res);
      if (observation) Object.assign(contextValue, { [OBSERVATION]: observation });
    },
  };
}
