/** SearchLabels without a database: a scripted label source and graph version. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SearchLabels, type LabelSource } from './SearchLabels.js';
import type { LabelEntry } from './labelIndex.js';

function scripted(labels: LabelEntry[][]) {
  let loads = 0;
  const source: LabelSource = {
    forEachSearchLabel: async (onEntry) => {
      const answer = labels[Math.min(loads, labels.length - 1)]!;
      loads++;
      answer.forEach(onEntry);
    },
  };
  return { source, loads: () => loads };
}

const NURSE: LabelEntry = { id: 'rn', kind: 'ROLE', labels: ['Registered Nurses'] };
const WELDER: LabelEntry = { id: 'welder', kind: 'ROLE', labels: ['welder'] };
const ROLES = new Set(['ROLE'] as const);

describe('SearchLabels', () => {
  it('serves nothing while the graph version is unknown, and does not load', async () => {
    const { source, loads } = scripted([[NURSE]]);
    const labels = new SearchLabels(source, { version: null }, { minRebuildIntervalMs: 0 });
    expect(labels.current()).toBeNull();
    await labels.refresh();
    expect(labels.current()).toBeNull();
    expect(loads()).toBe(0);
  });

  it('serves the index only for the version it was built at, and rebuilds when the graph moves', async () => {
    const { source, loads } = scripted([[NURSE], [WELDER]]);
    const graph = { version: 'v1' as string | null };
    const labels = new SearchLabels(source, graph, { minRebuildIntervalMs: 0 });
    expect(labels.current()).toBeNull(); // starts the build
    await labels.refresh();
    expect(labels.current()!.match('nurse', ROLES, 5).map((c) => c.id)).toEqual(['rn']);
    graph.version = 'v2';
    // Stale: dropped at once, the fulltext path answers while the next one builds.
    expect(labels.current()).toBeNull();
    await labels.refresh();
    expect(labels.current()!.match('nurse', ROLES, 5)).toEqual([]);
    expect(labels.current()!.match('weld', ROLES, 5).map((c) => c.id)).toEqual(['welder']);
    expect(loads()).toBe(2);
    graph.version = null;
    expect(labels.current()).toBeNull();
  });

  it('keys an index with the version seen before its load, so a write during the load makes it stale', async () => {
    const graph = { version: 'v1' as string | null };
    const source: LabelSource = {
      forEachSearchLabel: async (onEntry) => {
        graph.version = 'v2'; // a write commits while the labels are read
        onEntry(NURSE);
      },
    };
    const labels = new SearchLabels(source, graph, { minRebuildIntervalMs: 60_000 });
    await labels.refresh();
    expect(labels.current()).toBeNull();
  });

  it('starts at most one build per interval and reports a failed build', async () => {
    const errors: unknown[] = [];
    let loads = 0;
    const source: LabelSource = {
      forEachSearchLabel: async () => {
        loads++;
        throw new Error('connection refused');
      },
    };
    const labels = new SearchLabels(source, { version: 'v1' }, { minRebuildIntervalMs: 60_000, onBuildError: (error) => errors.push(error) });
    expect(labels.current()).toBeNull();
    await labels.refresh();
    expect(labels.current()).toBeNull();
    expect(labels.current()).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(loads).toBe(1);
    expect(errors).toHaveLength(1);
  });

  it('tries a failed build again when the interval ends, without another call', async () => {
    vi.useFakeTimers();
    let fail = true;
    let loads = 0;
    const source: LabelSource = {
      forEachSearchLabel: async (onEntry) => {
        loads++;
        if (fail) throw new Error('connection refused');
        onEntry(NURSE);
      },
    };
    const labels = new SearchLabels(source, { version: 'v1' }, { minRebuildIntervalMs: 10_000 });
    await labels.refresh();
    // Nobody asks for the index meanwhile (a response cache may answer every search).
    fail = false;
    await vi.advanceTimersByTimeAsync(10_500);
    expect(loads).toBe(2);
    expect(labels.current()!.match('nurse', ROLES, 5).map((c) => c.id)).toEqual(['rn']);
  });

  it('keeps its index while the version is unknown and serves it again when the same version returns', async () => {
    const { source, loads } = scripted([[NURSE], [WELDER]]);
    const graph = { version: 'v1' as string | null };
    const labels = new SearchLabels(source, graph, { minRebuildIntervalMs: 0 });
    await labels.refresh();
    graph.version = null; // a poll failed
    expect(labels.current()).toBeNull();
    graph.version = 'v1'; // the next one answered: nothing was written meanwhile
    expect(labels.current()!.match('nurse', ROLES, 5).map((c) => c.id)).toEqual(['rn']);
    expect(loads()).toBe(1);
  });

  it('builds for a new version when told it moved (check), before anyone asks for the index', async () => {
    const { source, loads } = scripted([[NURSE], [WELDER]]);
    const graph = { version: 'v1' as string | null };
    const labels = new SearchLabels(source, graph, { minRebuildIntervalMs: 0 });
    labels.check();
    await vi.waitFor(() => expect(labels.current()).not.toBeNull());
    graph.version = 'v2';
    labels.check();
    await vi.waitFor(() => expect(loads()).toBe(2));
    await vi.waitFor(() => expect(labels.current()!.match('weld', ROLES, 5).map((c) => c.id)).toEqual(['welder']));
  });

  describe('a rebuild deferred by the interval', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('starts by itself when the interval ends, without another call', async () => {
      vi.useFakeTimers();
      const { source, loads } = scripted([[NURSE], [WELDER]]);
      const graph = { version: 'v1' as string | null };
      const labels = new SearchLabels(source, graph, { minRebuildIntervalMs: 10_000 });
      await labels.refresh();
      expect(labels.current()).not.toBeNull();
      graph.version = 'v2';
      // Stale within the interval: nothing served, no build yet.
      expect(labels.current()).toBeNull();
      expect(loads()).toBe(1);
      // Nobody calls current() again (e.g. a response cache answers every later request).
      await vi.advanceTimersByTimeAsync(9_000);
      expect(loads()).toBe(1);
      await vi.advanceTimersByTimeAsync(1_100);
      expect(loads()).toBe(2);
      expect(labels.current()!.match('weld', ROLES, 5).map((c) => c.id)).toEqual(['welder']);
    });

    it('is cancelled by stop() (the process shuts down)', async () => {
      vi.useFakeTimers();
      const { source, loads } = scripted([[NURSE], [WELDER]]);
      const graph = { version: 'v1' as string | null };
      const labels = new SearchLabels(source, graph, { minRebuildIntervalMs: 10_000 });
      await labels.refresh();
      graph.version = 'v2';
      expect(labels.current()).toBeNull(); // defers a build
      labels.stop();
      await vi.advanceTimersByTimeAsync(20_000);
      expect(loads()).toBe(1);
    });
  });
});
