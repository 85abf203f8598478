/** One cell of the results table, and the arithmetic shared by both load generators. */
export interface Measurement {
  p50Ms: number;
  p99Ms: number;
  rps: number;
  /** Failed requests: transport errors, non-2xx, or a GraphQL response with `errors`. */
  errors: number;
  /** The first failure's status and message (or "timeout"), so a cell with errors says why. */
  firstError?: string;
}

/**
 * A results cell. Latency (p50Ms, p99Ms) is measured with a single client, one request at a time:
 * on a small machine where the load generator, the API and Neo4j share the cores, latency under
 * concurrency mostly measures the queue. Throughput (rps) is measured at the run's fixed
 * concurrency, and that run's latencies are kept too (loadedP50Ms, loadedP99Ms). Errors: both runs.
 */
export interface Cell extends Measurement {
  loadedP50Ms: number;
  loadedP99Ms: number;
}

export function toCell(single: Measurement, loaded: Measurement): Cell {
  return {
    p50Ms: single.p50Ms,
    p99Ms: single.p99Ms,
    rps: loaded.rps,
    errors: single.errors + loaded.errors,
    ...((single.firstError ?? loaded.firstError) ? { firstError: single.firstError ?? loaded.firstError } : {}),
    loadedP50Ms: loaded.p50Ms,
    loadedP99Ms: loaded.p99Ms,
  };
}

/**
 * How long a single-client run goes on: its duration, and past it until it has MIN_ANSWERS_FOR_P99
 * answers, for at most MAX_STRETCH times its duration. A p99 of fewer than 100 answers is the
 * slowest one: at 100k roles a 2 s cell held ~45 fresh recommendRoles, so its "p99" was one request
 * caught by a garbage collection (docs/performance.md, "Sixteenth pass"). With 200 it is the second
 * slowest. Cells with more answers than that in their duration are unchanged.
 */
export const MIN_ANSWERS_FOR_P99 = 200;
export const MAX_STRETCH = 5;

/** The single-client limits for a run of `durationSeconds` (loadHttp, loadCypher). */
export function singleClientRun(durationSeconds: number): { durationSeconds: number; minAnswers: number; maxSeconds: number } {
  return { durationSeconds, minAnswers: MIN_ANSWERS_FOR_P99, maxSeconds: durationSeconds * MAX_STRETCH };
}

/** The q-quantile (0..1) of latencies, nearest-rank on a sorted copy. */
export function quantile(latencies: readonly number[], q: number): number {
  if (latencies.length === 0) return 0;
  const sorted = [...latencies].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export const round = (value: number, digits = 2) => Number(value.toFixed(digits));
