/**
 * The lower bound: the same questions as hand-written Cypher through neo4j-driver, in-process, at the
 * same fixed concurrency (that many async loops, each awaiting one read at a time). Reads are
 * auto-commit queries in READ sessions, the cheapest way the driver has and the way our API sends
 * its single-statement reads (GraphDatabase.readRows), so the comparison stays like for like.
 */
import type { Driver } from 'neo4j-driver';
import { summarise, type LoadRun, type Measurement } from './measurement.js';

export interface CypherLoadOptions {
  driver: Driver;
  database: string;
  statement: (i: number) => { statement: string; parameters: Record<string, unknown> };
  concurrency: number;
  durationSeconds: number;
  /** Go on past the duration until this many answers, for at most maxSeconds (measurement.ts, singleClientRun). */
  minAnswers?: number;
  maxSeconds?: number;
}

export async function loadCypher(options: CypherLoadOptions): Promise<Measurement> {
  return summarise([await runCypher(options)]);
}

/** One run of `options`, not yet summed up (measurement.ts, LoadRun). */
export async function runCypher(options: CypherLoadOptions): Promise<LoadRun> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let next = 0;
  const started = performance.now();
  const deadline = started + options.durationSeconds * 1000;
  const lastDeadline = started + Math.max(options.durationSeconds, options.maxSeconds ?? 0) * 1000;
  const goOn = () => {
    const now = performance.now();
    return now < deadline || (latencies.length + errors < (options.minAnswers ?? 0) && now < lastDeadline);
  };
  const worker = async () => {
    while (goOn()) {
      const { statement, parameters } = options.statement(next++);
      const begin = performance.now();
      const session = options.driver.session({ database: options.database, defaultAccessMode: 'READ' });
      try {
        await session.run(statement, parameters);
        latencies.push(performance.now() - begin);
      } catch (error) {
        errors += 1;
        firstError ??= String(error);
        if (errors === 1 && process.env.BENCH_DEBUG) console.error(`[bench] cypher failure: ${String(error)}`);
      } finally {
        await session.close();
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  return { latencies, completed: latencies.length, seconds, errors, ...(firstError ? { firstError } : {}) };
}
