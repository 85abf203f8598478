/**
 * The schedule of background work done once for every version of the graph (GraphChangeWatcher's):
 * the search label index (search/SearchLabels.ts) and the memo warming (paths/MemoWarming.ts).
 *
 * - One run at a time. A run is for the version known when it started; when it ends, a version the
 *   graph moved to meanwhile gets its own run.
 * - At most one start per `minIntervalMs`: under a stream of writes (an import) every run would be
 *   stale at once. A run the interval holds back is started by a timer when the interval ends, not
 *   left to the next caller: a response cache may answer every later request without asking.
 * - A run that says its version is not done (it failed) is tried again when the interval allows.
 */

export interface GraphVersion {
  /** null while unknown: nothing version-keyed is served then. */
  readonly version: string | null;
}

/**
 * One run for `version`: resolves true when the version needs no other run (done, or failed in a way
 * retrying would not mend), false to be tried again after the interval. Must not throw.
 */
export type VersionRun = (version: string) => Promise<boolean>;

export class OncePerGraphVersion {
  private doneVersion: string | null = null;
  private running: Promise<void> | undefined;
  private lastStart = Number.NEGATIVE_INFINITY;
  private deferred: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly run: VersionRun,
    private readonly graph: GraphVersion,
    private readonly minIntervalMs: number,
  ) {}

  /** The graph version may have moved: starts a run for a version not done yet, when the interval allows. */
  check(): void {
    const version = this.graph.version;
    if (this.stopped || version === null || version === this.doneVersion || this.running) return;
    const wait = this.lastStart + this.minIntervalMs - Date.now();
    if (wait > 0) {
      this.deferred ??= setTimeout(() => {
        this.deferred = undefined;
        this.check();
      }, wait);
      this.deferred.unref(); // never keeps a process alive
      return;
    }
    this.start(version);
  }

  /** A run for the version known now, whatever the interval (unless one is running: that one). */
  runNow(): Promise<void> {
    const version = this.graph.version;
    if (!this.running && !this.stopped && version !== null) this.start(version);
    return this.running ?? Promise.resolve();
  }

  /** The run in progress, if any (tests, and a shutdown that waits for it). */
  get inProgress(): Promise<void> | undefined {
    return this.running;
  }

  /** Starts nothing more, deferred runs included (the process is shutting down). */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.deferred);
    this.deferred = undefined;
  }

  private start(version: string): void {
    this.lastStart = Date.now();
    this.running = this.run(version)
      .then(
        (done) => {
          if (done) this.doneVersion = version;
        },
        () => undefined, // runs report their own errors; a rejection counts as not done
      )
      .finally(() => {
        this.running = undefined;
        // The graph may have moved while this one ran, or the run asks to be tried again.
        this.check();
      });
  }
}
