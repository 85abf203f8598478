/**
 * Fills the requirement and credit-link memos (RequirementMemo.ts, skills/CreditLinkMemo.ts) ahead of
 * requests, once for every version of the graph: at start, and again after a write. The memos only
 * learn from answers, so each new version of the graph began with every paths answer paying one or
 * two more statements for what they lacked: on fresh O*NET / ESCO careerPaths, 61 % of pairs after
 * 300 others had been asked (docs/performance.md, "Tenth pass"). What is read is keyed by the commit
 * it was read at, like anything a request remembers, so warming changes no answer, only how many
 * statements it takes.
 *
 * The schedule is SearchLabels' (search/SearchLabels.ts): one warming at a time, at most one start per
 * `minIntervalMs` (under a stream of writes, an import, every warming would be stale at once), and a
 * warming the graph moved under stops at its next batch; the next change of version starts another.
 */
import type { GraphVersion } from '../search/SearchLabels.js';

export interface MemoWarmingOptions {
  /** Least time between the starts of two warmings. Default 10 s. */
  minIntervalMs?: number;
  /** Told when a warming finished: roles and skills read, milliseconds taken, the version warmed. */
  onWarmed?: (warmed: { roles: number; skills: number; ms: number; version: string }) => void;
  /** Told when a warming failed (requests fill the memos themselves, as without warming). */
  onError?: (error: unknown) => void;
}

/** One warming for the graph as it is now: what it read, or null when the graph moved meanwhile. */
export type WarmMemos = () => Promise<{ roles: number; skills: number } | null>;

export class MemoWarming {
  private warmedVersion: string | null = null;
  private warming: Promise<void> | undefined;
  private lastStart = Number.NEGATIVE_INFINITY;
  private deferred: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly warm: WarmMemos,
    private readonly graph: GraphVersion,
    private readonly options: MemoWarmingOptions = {},
  ) {}

  /** The graph version may have moved: warms for a version not warmed yet, when the schedule allows. */
  check(): void {
    const version = this.graph.version;
    if (this.stopped || version === null || version === this.warmedVersion || this.warming) return;
    const wait = this.lastStart + (this.options.minIntervalMs ?? 10_000) - Date.now();
    if (wait > 0) {
      this.deferred ??= setTimeout(() => {
        this.deferred = undefined;
        this.check();
      }, wait);
      this.deferred.unref(); // never keeps a process alive
      return;
    }
    this.warming = this.run(version).finally(() => {
      this.warming = undefined;
      // The graph may have moved while this one ran.
      this.check();
    });
  }

  /** The warming in progress, if any (tests, and a shutdown that waits for it). */
  get inProgress(): Promise<void> | undefined {
    return this.warming;
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.deferred);
    this.deferred = undefined;
  }

  private async run(version: string): Promise<void> {
    this.lastStart = Date.now();
    try {
      const warmed = await this.warm();
      // A version warmed with an error is not tried again until the graph moves: requests still fill the memos.
      if (warmed) this.options.onWarmed?.({ ...warmed, ms: Date.now() - this.lastStart, version });
      if (warmed || this.graph.version === version) this.warmedVersion = version;
    } catch (error) {
      this.warmedVersion = version;
      this.options.onError?.(error);
    }
  }
}
