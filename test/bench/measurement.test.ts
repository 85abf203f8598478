import { describe, expect, it } from 'vitest';
import { measureSideBySide, MIN_ANSWERS_FOR_P99, singleClientRun, summarise, type Leg, type LoadRun } from '../../bench/measurement.js';

const run = (latencies: number[], seconds: number, extra: Partial<LoadRun> = {}): LoadRun => ({ latencies, completed: latencies.length, seconds, errors: 0, ...extra });

describe('summarise', () => {
  it('pools the runs of one leg: quantiles over every answer, the rate over their whole time', () => {
    const cell = summarise([run([1, 2, 3], 1), run([10, 20, 30, 40, 50, 60, 70], 1)]);
    expect(cell.p50Ms).toBe(20); // the fifth of ten answers; neither run's own median (2, 40)
    expect(cell.p99Ms).toBe(70);
    expect(cell.rps).toBe(5);
    expect(cell.errors).toBe(0);
    expect(cell).not.toHaveProperty('firstError');
  });

  it('adds up the errors and keeps the first run that says why', () => {
    const cell = summarise([run([1], 1), run([], 1, { errors: 2, completed: 2, firstError: '500 boom' }), run([], 1, { errors: 1, firstError: 'timeout' })]);
    expect(cell.errors).toBe(3);
    expect(cell.firstError).toBe('500 boom');
    expect(cell.rps).toBe(1);
  });
});

describe('singleClientRun', () => {
  it('gives each of the rounds its share of the duration and of the answers a p99 needs', () => {
    expect(singleClientRun(2)).toEqual({ durationSeconds: 2, minAnswers: MIN_ANSWERS_FOR_P99, maxSeconds: 10 });
    expect(singleClientRun(2, 4)).toEqual({ durationSeconds: 0.5, minAnswers: Math.ceil(MIN_ANSWERS_FOR_P99 / 4), maxSeconds: 2.5 });
  });
});

describe('measureSideBySide', () => {
  it('prepares every leg first, alternates their single-client runs round by round, turning the order, then runs each loaded once', async () => {
    const calls: string[] = [];
    const leg = (name: string, latency: number): Leg => ({
      prepare: async () => void calls.push(`${name} prepare`),
      single: async (limits) => {
        calls.push(`${name} single ${limits.durationSeconds}`);
        return run([latency, latency], 1);
      },
      loaded: async (seconds) => {
        calls.push(`${name} loaded ${seconds}`);
        return run([latency * 10, latency * 10, latency * 10], 1);
      },
    });
    const cells = await measureSideBySide([leg('ours', 2), leg('floor', 1), leg('peer', 4)], 2, 3);
    expect(calls).toEqual([
      'ours prepare', 'floor prepare', 'peer prepare',
      'ours single 1.5', 'floor single 1.5', 'peer single 1.5',
      'floor single 1.5', 'peer single 1.5', 'ours single 1.5',
      'ours loaded 3', 'floor loaded 3', 'peer loaded 3',
    ]);
    // Latency from both single-client runs of the leg, the rate and loaded latency from its loaded run.
    expect(cells.map((cell) => [cell.p50Ms, cell.rps, cell.loadedP50Ms])).toEqual([
      [2, 3, 20],
      [1, 3, 10],
      [4, 3, 40],
    ]);
  });
});
