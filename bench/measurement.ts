/** One cell of the results table, and the arithmetic shared by both load generators. */
export interface Measurement {
  p50Ms: number;
  p99Ms: number;
  rps: number;
  /** Failed requests: transport errors, non-2xx, or a GraphQL response with `errors`. */
  errors: number;
}

/** The q-quantile (0..1) of latencies, nearest-rank on a sorted copy. */
export function quantile(latencies: readonly number[], q: number): number {
  if (latencies.length === 0) return 0;
  const sorted = [...latencies].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export const round = (value: number, digits = 2) => Number(value.toFixed(digits));
