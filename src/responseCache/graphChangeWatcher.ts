/**
 * Which version of the graph this process last saw, for the response cache's keys. The version is
 * the bookmark of the newest committed transaction (it moves with every write, by this process, an
 * import or anyone with cypher-shell), polled every `pollMs`, plus a count of this process's own
 * writes so that a mutation's effect is visible to the very next request without waiting for a poll.
 *
 * While the database cannot be asked (not polled yet, or the last poll failed) the version is null
 * and the cache is bypassed: a cached answer is only served while we know the graph it came from.
 */
export interface CommitSource {
  latestCommit(): Promise<string>;
}

export class GraphChangeWatcher {
  private commit: string | null = null;
  private localWrites = 0;
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<void> | undefined;
  private readonly listeners: Array<() => void> = [];
  private versionTold: string | null = null;

  constructor(
    private readonly source: CommitSource,
    private readonly pollMs: number,
  ) {}

  /** The current graph version, or null when unknown. */
  get version(): string | null {
    return this.commit === null ? null : `${this.commit}#${this.localWrites}`;
  }

  /** Polls now and then every pollMs; never throws (a failed poll makes the version unknown). */
  start(): void {
    if (this.timer) return;
    void this.poll();
    this.timer = setInterval(() => void this.poll(), this.pollMs);
    this.timer.unref(); // the watcher never keeps a process alive
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /**
   * `listener` is called whenever the version has moved (a poll saw a new commit, or this process
   * wrote) and is known; it must not throw.
   */
  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  private tellListeners(): void {
    const version = this.version;
    if (version === null || version === this.versionTold) return;
    this.versionTold = version;
    for (const listener of this.listeners) listener();
  }

  /** This process has just committed a write: answers cached before it are never served again. */
  noteWrite(): void {
    this.localWrites += 1;
    this.tellListeners();
    void this.poll();
  }

  /** One poll at a time: a slow database is not asked again before it has answered. */
  poll(): Promise<void> {
    this.inFlight ??= this.source
      .latestCommit()
      .then(
        (commit) => {
          this.commit = commit;
        },
        () => {
          this.commit = null;
        },
      )
      .finally(() => {
        this.inFlight = undefined;
        this.tellListeners();
      });
    return this.inFlight;
  }
}
