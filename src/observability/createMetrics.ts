/**
 * Prometheus metrics for one server: GraphQL operation durations and error codes, Neo4j statement
 * durations, and the process's default metrics (CPU, memory, event-loop lag, GC, handles). Each
 * server has its own registry, so several servers in one process (tests) never share series.
 */
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import type { QueryObserver } from '../neo4j/GraphDatabase.js';

/** Seconds; GraphQL requests and Cypher statements share the buckets (5 ms … 30 s). */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export interface Metrics {
  registry: Registry;
  observeOperation(event: { operation: string; type: string; durationMs: number }): void;
  countError(code: string): void;
  /** A query the response cache answered (hit) or had to run (miss). */
  countResponseCache(result: 'hit' | 'miss'): void;
  /** Register on the server's GraphDatabase (GraphDatabase.withObserver). */
  queryObserver: QueryObserver;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const operations = new Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'GraphQL operations from request start to response, by operation name and type.',
    labelNames: ['operation', 'type'] as const,
    buckets: DURATION_BUCKETS,
    registers: [registry],
  });
  const errors = new Counter({
    name: 'graphql_errors_total',
    help: 'GraphQL errors sent to clients, by extensions.code.',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  const responseCache = new Counter({
    name: 'graphql_response_cache_total',
    help: 'Queries looked up in the response cache, by result (hit: answered without Cypher).',
    labelNames: ['result'] as const,
    registers: [registry],
  });
  const queries = new Histogram({
    name: 'neo4j_query_duration_seconds',
    help: 'Cypher statements run by the API, by access mode and outcome.',
    labelNames: ['mode', 'outcome'] as const,
    buckets: DURATION_BUCKETS,
    registers: [registry],
  });
  return {
    registry,
    observeOperation: ({ operation, type, durationMs }) => operations.observe({ operation, type }, durationMs / 1000),
    countError: (code) => errors.inc({ code }),
    countResponseCache: (result) => responseCache.inc({ result }),
    queryObserver: {
      onQuery: ({ durationMs, mode, failed }) => queries.observe({ mode, outcome: failed ? 'failed' : 'ok' }, durationMs / 1000),
    },
  };
}
