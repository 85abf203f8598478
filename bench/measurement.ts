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

/** The q-quantile (0..1) of latencies, nearest-rank on a sorted copy. */
export function quantile(latencies: readonly number[], q: number): number {
  if (latencies.length === 0) return 0;
  const sorted = [...latencies].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export const round = (value: number, digits = 2) => Number(value.toFixed(digits));
