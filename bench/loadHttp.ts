/**
 * Drives a GraphQL HTTP endpoint at fixed concurrency with autocannon. Each connection cycles through
 * the given request bodies; a response whose JSON has `errors` counts as a failure, like a non-2xx.
 * Latencies are taken from autocannon's per-response times (fractional milliseconds): its own
 * histogram keeps whole milliseconds, which turns a sub-millisecond answer into 0.
 */
import autocannon from 'autocannon';
import type { GraphqlRequest } from './scenarios.js';
import { quantile, round, type Measurement } from './measurement.js';

export interface HttpLoadOptions {
  url: string;
  requests: readonly GraphqlRequest[];
  connections: number;
  durationSeconds: number;
}

export async function loadHttp(options: HttpLoadOptions): Promise<Measurement> {
  let graphqlErrors = 0;
  let firstError: string | undefined;
  const latencies: number[] = [];
  const run = new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.durationSeconds,
        requests: options.requests.map((request) => ({
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(request),
          onResponse: (status: number, body: string) => {
            if (status === 200 && !body.includes('"errors"')) return;
            graphqlErrors += status === 200 ? 1 : 0; // non-2xx are counted by autocannon itself
            firstError ??= `${status} ${body.slice(0, 300)}`;
          },
        })),
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
  });
  const result = await run;
  if (firstError && process.env.BENCH_DEBUG) console.error(`[bench] first failure: ${firstError}`);
  return {
    p50Ms: round(quantile(latencies, 0.5)),
    p99Ms: round(quantile(latencies, 0.99)),
    rps: round(result.requests.total / result.duration, 1),
    // No response at all within the duration is a failure too, not a 0 ms cell.
    errors: graphqlErrors + result.non2xx + result.errors + result.timeouts + (result.requests.total === 0 ? options.connections : 0),
  };
}
