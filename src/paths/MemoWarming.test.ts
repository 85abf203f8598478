/** MemoWarming's schedule, without a database: a scripted warming and a version the test moves. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoWarming, type Warmed } from './MemoWarming.js';

/** A warming the test finishes itself, one promise per call. */
function scriptedWarming() {
  const calls: Array<{ finish(result: Warmed | null): void; fail(error: Error): void }> = [];
  const warm = () =>
    new Promise<Warmed | null>((resolve, reject) => {
      calls.push({ finish: resolve, fail: reject });
    });
  return { warm, calls };
}

/** A schedule of one warming per 10 s that warmed v1, then saw v2 before the interval ended. */
async function warmedThenMoved() {
  const graph = { version: 'v1' as string | null };
  const { warm, calls } = scriptedWarming();
  const warming = new MemoWarming(warm, graph, { minIntervalMs: 10_000 });
  warming.check();
  calls[0]!.finish({ roles: 1, skills: 1, moves: 0, skillIdentities: 0 });
  await warming.inProgress;
  graph.version = 'v2';
  warming.check();
  return { warming, calls };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('MemoWarming', () => {
  it('warms once per known version of the graph, one warming at a time', async () => {
    const graph = { version: null as string | null };
    const { warm, calls } = scriptedWarming();
    const warmed: string[] = [];
    const warming = new MemoWarming(warm, graph, { minIntervalMs: 0, onWarmed: ({ version }) => warmed.push(version) });

    warming.check();
    expect(calls).toHaveLength(0); // unknown version: nothing to warm for
    graph.version = 'v1';
    warming.check();
    warming.check(); // already warming
    expect(calls).toHaveLength(1);
    calls[0]!.finish({ roles: 3, skills: 7, moves: 0, skillIdentities: 0 });
    await warming.inProgress;
    expect(warmed).toEqual(['v1']);
    warming.check();
    expect(calls).toHaveLength(1); // v1 is warm

    graph.version = 'v2';
    warming.check();
    expect(calls).toHaveLength(2);
    calls[1]!.finish({ roles: 3, skills: 7, moves: 0, skillIdentities: 0 });
    await warming.inProgress;
    expect(warmed).toEqual(['v1', 'v2']);
  });

  it('warms again when the graph moved while it was warming', async () => {
    const graph = { version: 'v1' as string | null };
    const { warm, calls } = scriptedWarming();
    const warming = new MemoWarming(warm, graph, { minIntervalMs: 0 });
    warming.check();
    graph.version = 'v2';
    warming.check(); // one at a time: not yet
    expect(calls).toHaveLength(1);
    calls[0]!.finish(null); // the graph moved under it
    await warming.inProgress;
    await vi.waitFor(() => expect(calls).toHaveLength(2));
  });

  it('starts at most one warming per interval, and the deferred one when the interval ends', async () => {
    vi.useFakeTimers();
    const { warming, calls } = await warmedThenMoved();
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(9_000);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(calls).toHaveLength(2);
  });

  it('reports a failed warming and does not retry it until the graph moves', async () => {
    const graph = { version: 'v1' as string | null };
    const { warm, calls } = scriptedWarming();
    const errors: unknown[] = [];
    const warming = new MemoWarming(warm, graph, { minIntervalMs: 0, onError: (error) => errors.push(error) });
    warming.check();
    calls[0]!.fail(new Error('Neo4j is away'));
    await warming.inProgress;
    expect(errors).toEqual([new Error('Neo4j is away')]);
    warming.check();
    expect(calls).toHaveLength(1);
    graph.version = 'v2';
    warming.check();
    expect(calls).toHaveLength(2);
  });

  it('starts nothing once stopped, deferred warmings included', async () => {
    vi.useFakeTimers();
    const { warming, calls } = await warmedThenMoved(); // the warming for v2 is deferred
    warming.stop();
    await vi.advanceTimersByTimeAsync(20_000);
    warming.check();
    expect(calls).toHaveLength(1);
  });
});
