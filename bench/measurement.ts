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

/**
 * What one load run saw, before it is summed up into a Measurement: the run's answers' latencies and
 * counts, so the runs of one leg in alternating rounds (measureSideBySide) pool into one cell.
 */
export interface LoadRun {
  /** Latency of every successful answer, ms. */
  latencies: number[];
  /** Requests completed (answered, failed or not), for the rate. */
  completed: number;
  seconds: number;
  errors: number;
  firstError?: string;
}

/** One Measurement from runs of the same leg: quantiles over every answer, the rate over their whole time. */
export function summarise(runs: readonly LoadRun[]): Measurement {
  const latencies = runs.flatMap((run) => run.latencies);
  const seconds = runs.reduce((total, run) => total + run.seconds, 0);
  const completed = runs.reduce((total, run) => total + run.completed, 0);
  const firstError = runs.find((run) => run.firstError !== undefined)?.firstError;
  return {
    p50Ms: round(quantile(latencies, 0.5)),
    p99Ms: round(quantile(latencies, 0.99)),
    rps: seconds > 0 ? round(completed / seconds, 1) : 0,
    errors: runs.reduce((total, run) => total + run.errors, 0),
    ...(firstError !== undefined ? { firstError } : {}),
  };
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

/**
 * The single-client limits for a cell of `durationSeconds` (loadHttp, loadCypher), or for one of its
 * `rounds` when the cell is measured in alternating rounds (measureSideBySide): each round a
 * share of the duration and of the answers, so the pooled cell has as many as one run would.
 */
export function singleClientRun(durationSeconds: number, rounds = 1): { durationSeconds: number; minAnswers: number; maxSeconds: number } {
  const seconds = durationSeconds / rounds;
  return { durationSeconds: seconds, minAnswers: Math.ceil(MIN_ANSWERS_FOR_P99 / rounds), maxSeconds: seconds * MAX_STRETCH };
}

/** The q-quantile (0..1) of latencies, nearest-rank on a sorted copy. */
export function quantile(latencies: readonly number[], q: number): number {
  if (latencies.length === 0) return 0;
  const sorted = [...latencies].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export const round = (value: number, digits = 2) => Number(value.toFixed(digits));

/**
 * One leg of a scenario's measurement (our API as deployed or cache off, the baseline, the floor, the
 * in-process Cypher, the peer): its priming and warm-up, and one single-client or loaded run of it.
 */
export interface Leg {
  prepare(): Promise<void>;
  single(limits: ReturnType<typeof singleClientRun>): Promise<LoadRun>;
  loaded(seconds: number): Promise<LoadRun>;
}

/**
 * Every leg's cell, its latency measured side by side: each leg primed and warmed, then `rounds`
 * rounds of a single-client run of every leg in turn, each round a share of the duration, the order
 * turning from one round to the next (so no leg always follows the same one and its garbage); a
 * leg's single-client runs pool into its latency (summarise). Then each leg's loaded run, the whole
 * duration, one leg after another as before.
 *
 * On this shared two-core machine the background load drifts over seconds: with each leg measured
 * once in a row, ours and the floor met loads 10-20 s apart, and a cell's ratio to the floor moved
 * by up to 1.4 × between runs whose code had not changed (docs/performance.md, "Twenty-third pass").
 * Alternating gives every leg its share of each stretch of load, as bench/alternating.ts does. The
 * loaded runs are not split: a run stopped at the end of a round abandons the requests in flight (up
 * to one per connection), which the server still works through in the next leg's round, and a slow
 * leg (the floor's fresh headline on O*NET + ESCO, ~80 ms one at a time) answered nothing at ten
 * connections within a round of half a second ("Twenty-fourth pass").
 */
export async function measureSideBySide(legs: readonly Leg[], rounds: number, durationSeconds: number): Promise<Cell[]> {
  for (const leg of legs) await leg.prepare();
  const singles = legs.map((): LoadRun[] => []);
  for (let turn = 0; turn < rounds; turn++) {
    for (let at = 0; at < legs.length; at++) {
      const i = (at + turn) % legs.length;
      singles[i]!.push(await legs[i]!.single(singleClientRun(durationSeconds, rounds)));
    }
  }
  const loaded: LoadRun[] = [];
  for (const leg of legs) loaded.push(await leg.loaded(durationSeconds));
  return legs.map((_, i) => toCell(summarise(singles[i]!), summarise([loaded[i]!])));
}
