/**
 * Drives an HTTP endpoint (our GraphQL API, the peer's, or the HTTP floor) at fixed concurrency with
 * autocannon. Every request is taken from `next()`, shared by all connections: the repeated scenarios
 * cycle through a few distinct bodies, the fresh ones never send one twice (run.ts). A response whose
 * JSON has `errors` counts as a failure, like a non-2xx. Latencies are taken from autocannon's
 * per-response times (fractional milliseconds): its own histogram keeps whole milliseconds, which
 * turns a sub-millisecond answer into 0.
 */
import autocannon from 'autocannon';
import { summarise, type LoadRun, type Measurement } from './measurement.js';

/** One request: a JSON body, and the path when it is not the URL's own. */
export interface HttpRequestSpec {
  path?: string;
  body: string;
}

export interface HttpLoadOptions {
  url: string;
  next: () => HttpRequestSpec;
  connections: number;
  durationSeconds: number;
  /** Go on past the duration until this many answers, for at most maxSeconds in all (measurement.ts, singleClientRun). */
  minAnswers?: number;
  maxSeconds?: number;
}

/** A run for a duration, or (the stretch past it) for a number of requests, stopped at a deadline. */
type RunLimit = { duration: number } | { amount: number; stopAfterMs: number };

export async function loadHttp(options: HttpLoadOptions): Promise<Measurement> {
  return summarise([await runHttp(options)]);
}

/** One run of `options`, not yet summed up (measurement.ts, LoadRun). */
export async function runHttp(options: HttpLoadOptions): Promise<LoadRun> {
  let graphqlErrors = 0;
  let firstError: string | undefined;
  const latencies: number[] = [];
  const drive = (limit: RunLimit) =>
    new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: options.url,
          connections: options.connections,
          // autocannon acts on stop() and on its duration's end at its next sample (every sampleInt ms, 1 s
          // by default): every 50 ms, so a run ends near its deadline, and a run shorter than a second
          // (one of run.ts's alternating rounds) is as long as asked.
          ...('duration' in limit ? { duration: limit.duration } : { amount: limit.amount }),
          sampleInt: 50,
          requests: [
            {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              // Called for every request (autocannon rebuilds the request when this is set).
              setupRequest: (request) => {
                const { path, body } = options.next();
                return { ...request, body, ...(path ? { path } : {}) };
              },
              onResponse: (status: number, body: string) => {
                if (status === 200 && !body.includes('"errors"')) return;
                graphqlErrors += status === 200 ? 1 : 0; // non-2xx are counted by autocannon itself
                firstError ??= `${status} ${body.slice(0, 300)}`;
              },
            },
          ],
        },
        (error, result) => (error ? reject(error) : resolve(result)),
      );
      if ('amount' in limit) {
        const stop = setTimeout(() => instance.stop(), limit.stopAfterMs);
        instance.on('done', () => clearTimeout(stop));
      }
      instance.on('reqError', (error: Error) => {
        firstError ??= error.message;
      });
      instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
        if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
      });
    });
  const results = [await drive({ duration: options.durationSeconds })];
  // Too few answers for a p99 (a slow cell): on until there are enough, within maxSeconds in all. A
  // server that answered nothing in the duration gets no more time: it is failing, not slow.
  const wanted = (options.minAnswers ?? 0) - latencies.length;
  const leftMs = ((options.maxSeconds ?? 0) - results[0]!.duration) * 1000;
  if (wanted > 0 && leftMs > 0 && results[0]!.requests.total > 0) results.push(await drive({ amount: wanted, stopAfterMs: leftMs }));
  const sum = (of: (result: autocannon.Result) => number) => results.reduce((total, result) => total + of(result), 0);
  const total = sum((result) => result.requests.total);
  const timeouts = sum((result) => result.timeouts);
  if (timeouts > 0) firstError ??= `timeout (${timeouts} requests took over autocannon's 10 s)`;
  // A server slower than the whole cell answers nothing and fails nothing either: say so, or the
  // results would show errors without a reason.
  if (total === 0) firstError ??= `no answer within the cell's ${options.durationSeconds} s`;
  if (firstError && process.env.BENCH_DEBUG) console.error(`[bench] first failure: ${firstError}`);
  return {
    latencies,
    completed: total,
    seconds: sum((result) => result.duration),
    // No response at all within the duration is a failure too, not a 0 ms cell.
    errors: graphqlErrors + sum((result) => result.non2xx + result.errors) + timeouts + (total === 0 ? options.connections : 0),
    ...(firstError ? { firstError } : {}),
  };
}
