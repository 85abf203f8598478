/** GraphChangeWatcher without a database: a scripted commit source. */
import { describe, expect, it } from 'vitest';
import { GraphChangeWatcher, type CommitSource } from './graphChangeWatcher.js';

/** A source whose answers the test releases one by one. */
function scriptedSource() {
  const pending: Array<{ resolve(commit: string): void; reject(error: Error): void }> = [];
  const source: CommitSource = {
    latestCommit: () => new Promise<string>((resolve, reject) => pending.push({ resolve, reject })),
  };
  return { source, pending };
}

describe('GraphChangeWatcher', () => {
  it('has no version until the database has answered, then the commit it reported', async () => {
    const { source, pending } = scriptedSource();
    const watcher = new GraphChangeWatcher(source, 60_000);
    const poll = watcher.poll();
    expect(watcher.version).toBeNull();
    pending[0].resolve('FB:1');
    await poll;
    expect(watcher.version).toBe('FB:1#0');
  });

  it('moves the version at once when this process writes, and again when the poll sees the commit', async () => {
    const { source, pending } = scriptedSource();
    const watcher = new GraphChangeWatcher(source, 60_000);
    const first = watcher.poll();
    pending[0].resolve('FB:1');
    await first;
    watcher.noteWrite();
    expect(watcher.version).toBe('FB:1#1');
    pending[1].resolve('FB:2');
    await watcher.poll();
    expect(watcher.version).toBe('FB:2#1');
  });

  it('forgets the version when the database does not answer, so nothing cached is served', async () => {
    const { source, pending } = scriptedSource();
    const watcher = new GraphChangeWatcher(source, 60_000);
    const first = watcher.poll();
    pending[0].resolve('FB:1');
    await first;
    const failing = watcher.poll();
    pending[1].reject(new Error('connection refused'));
    await failing;
    expect(watcher.version).toBeNull();
  });

  it('asks a slow database once, not again before it has answered', async () => {
    const { source, pending } = scriptedSource();
    const watcher = new GraphChangeWatcher(source, 60_000);
    const a = watcher.poll();
    const b = watcher.poll();
    watcher.noteWrite();
    expect(pending).toHaveLength(1);
    expect(b).toBe(a);
    pending[0].resolve('FB:7');
    await a;
    expect(watcher.version).toBe('FB:7#1');
  });
});

describe('GraphChangeWatcher listeners', () => {
  it('tells its listeners when the version moves and is known, once per version', async () => {
    const { source, pending } = scriptedSource();
    const watcher = new GraphChangeWatcher(source, 60_000);
    const told: Array<string | null> = [];
    watcher.onChange(() => told.push(watcher.version));
    const first = watcher.poll();
    pending[0].resolve('FB:1');
    await first;
    const same = watcher.poll();
    pending[1].resolve('FB:1');
    await same;
    expect(told).toEqual(['FB:1#0']);
    watcher.noteWrite(); // moves at once, and polls
    expect(told).toEqual(['FB:1#0', 'FB:1#1']);
    pending[2].resolve('FB:2');
    await watcher.poll();
    expect(told).toEqual(['FB:1#0', 'FB:1#1', 'FB:2#1']);
    const failed = watcher.poll();
    pending[3].reject(new Error('down'));
    await failed;
    expect(told).toHaveLength(3); // unknown: nobody is told
    const back = watcher.poll();
    pending[4].resolve('FB:2');
    await back;
    expect(told).toHaveLength(3); // the version it last told of
  });
});
