/** OncePerGraphVersion without a database: scripted runs and a version the test moves. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OncePerGraphVersion } from './OncePerGraphVersion.js';

/** Runs the test finishes itself: each call records its version and waits for `finish(done)`. */
function scriptedRuns() {
  const calls: Array<{ version: string; finish(done: boolean): void; fail(error: Error): void }> = [];
  const run = (version: string) =>
    new Promise<boolean>((resolve, reject) => {
      calls.push({ version, finish: resolve, fail: reject });
    });
  return { run, calls };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('OncePerGraphVersion', () => {
  it('runs once per known version, one run at a time, and runs for a version the graph moved to meanwhile', async () => {
    const graph = { version: null as string | null };
    const { run, calls } = scriptedRuns();
    const schedule = new OncePerGraphVersion(run, graph, 0);
    schedule.check();
    expect(calls).toHaveLength(0);
    graph.version = 'v1';
    schedule.check();
    graph.version = 'v2';
    schedule.check(); // v1's run is in progress
    expect(calls.map((call) => call.version)).toEqual(['v1']);
    calls[0]!.finish(true);
    await vi.waitFor(() => expect(calls.map((call) => call.version)).toEqual(['v1', 'v2']));
    calls[1]!.finish(true);
    await schedule.inProgress;
    schedule.check();
    expect(calls).toHaveLength(2);
  });

  it('tries a version that is not done again when the interval ends, by a timer', async () => {
    vi.useFakeTimers();
    const { run, calls } = scriptedRuns();
    const schedule = new OncePerGraphVersion(run, { version: 'v1' }, 10_000);
    schedule.check();
    calls[0]!.finish(false); // e.g. the database did not answer
    await vi.advanceTimersByTimeAsync(9_000);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(calls.map((call) => call.version)).toEqual(['v1', 'v1']);
    calls[1]!.finish(true);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toHaveLength(2);
  });

  it('counts a rejected run as not done, without an unhandled rejection', async () => {
    vi.useFakeTimers();
    const { run, calls } = scriptedRuns();
    const schedule = new OncePerGraphVersion(run, { version: 'v1' }, 1_000);
    schedule.check();
    calls[0]!.fail(new Error('broken run'));
    await schedule.inProgress;
    await vi.advanceTimersByTimeAsync(1_100);
    expect(calls).toHaveLength(2);
  });

  it('runs now on runNow() whatever the interval, but never two at once nor for an unknown version', async () => {
    const graph = { version: 'v1' as string | null };
    const { run, calls } = scriptedRuns();
    const schedule = new OncePerGraphVersion(run, graph, 60_000);
    schedule.check();
    const again = schedule.runNow(); // v1's run is in progress: that one
    expect(calls).toHaveLength(1);
    calls[0]!.finish(true);
    await again;
    const forced = schedule.runNow();
    expect(calls.map((call) => call.version)).toEqual(['v1', 'v1']);
    calls[1]!.finish(true);
    await forced;
    graph.version = null;
    await schedule.runNow();
    expect(calls).toHaveLength(2);
  });

  it('starts nothing once stopped, deferred runs included', async () => {
    vi.useFakeTimers();
    const graph = { version: 'v1' as string | null };
    const { run, calls } = scriptedRuns();
    const schedule = new OncePerGraphVersion(run, graph, 10_000);
    schedule.check();
    calls[0]!.finish(true);
    await schedule.inProgress;
    graph.version = 'v2';
    schedule.check(); // deferred by the interval
    schedule.stop();
    await vi.advanceTimersByTimeAsync(20_000);
    schedule.check();
    await schedule.runNow();
    expect(calls).toHaveLength(1);
  });
});
