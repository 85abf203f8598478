/**
 * Apollo plugin: times each GraphQL operation and counts the error codes sent to the client, into
 * the metrics and into the request's log line (when the request came over HTTP).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { Metrics } from './createMetrics.js';
import type { RequestObservation } from './requestLogging.js';

/**
 * Operation names come from clients: only plain GraphQL names become label values, and after this
 * many distinct names new ones are counted as `other`, so a client cannot explode the series count.
 */
export const MAX_OPERATION_LABELS = 200;
const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;

export interface ObservabilityPluginOptions {
  metrics: Metrics;
  /** The HTTP request's observation for a context value, if the operation came over HTTP. */
  observationFor(contextValue: object): RequestObservation | undefined;
}

export function observabilityPlugin<TContext extends object>(options: ObservabilityPluginOptions): ApolloServerPlugin<TContext> {
  const seenNames = new Set<string>();
  const label = (name: string | null | undefined): string => {
    if (!name) return 'anonymous';
    if (!GRAPHQL_NAME.test(name)) return 'other';
    if (seenNames.has(name)) return name;
    if (seenNames.size >= MAX_OPERATION_LABELS) return 'other';
    seenNames.add(name);
    return name;
  };
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ contextValue, operationName, operation, response, metrics }) {
          const durationMs = performance.now() - started;
          // Unparseable or invalid documents have no resolved operation: their name is not trusted.
          const name = operation ? label(operationName) : 'invalid';
          const type = operation?.operation ?? 'unknown';
          options.metrics.observeOperation({ operation: name, type, durationMs });
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const codes = errors.map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
          for (const code of codes) options.metrics.countError(code);
          // Set by the response cache on queries it was asked about (undefined when it is off).
          if (metrics.responseCacheHit !== undefined && operation?.operation === 'query') {
            options.metrics.countResponseCache(metrics.responseCacheHit ? 'hit' : 'miss');
          }
          const observation = options.observationFor(contextValue);
          if (observation) {
            observation.operationName = operationName ?? undefined;
            observation.operationType = operation?.operation;
            observation.errorCodes.push(...codes);
            observation.cacheHit = metrics.responseCacheHit === true;
          }
        },
      };
    },
  };
}
