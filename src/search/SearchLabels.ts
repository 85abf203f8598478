/**
 * The process's LabelIndex, kept no older than the graph: it is built for one graph version (the
 * response cache's, responseCache/graphChangeWatcher.ts) and served only while the graph is still
 * at that version. While it is missing, building or stale, `current()` returns null, so search uses
 * the fulltext indexes. Builds follow OncePerGraphVersion's schedule: `check()` (told by the watcher
 * when the version moves) or `current()` starts one at once or, within `minRebuildIntervalMs` of the
 * last start, by a timer when that interval ends; a failed build is tried again when the interval
 * allows. A stale index is dropped before its successor is built, so two never sit in memory at once.
 */
import { OncePerGraphVersion, type GraphVersion } from '../responseCache/OncePerGraphVersion.js';
import { LabelIndex, type LabelEntry } from './labelIndex.js';

export interface LabelSource {
  /** Hands every label entry to `onEntry`, one at a time, as they are read. */
  forEachSearchLabel(onEntry: (entry: LabelEntry) => void): Promise<void>;
}

export interface SearchLabelsOptions {
  /**
   * Least time between the starts of two builds: under a stream of writes every build would be
   * stale at once, so the fulltext path answers until writes pause. Default 10 s.
   */
  minRebuildIntervalMs?: number;
  /** Told when a build fails (the fulltext path keeps answering); default: ignored. */
  onBuildError?: (error: unknown) => void;
  /** Told when an index is built: nodes indexed, milliseconds taken and the graph version it serves; default: ignored. */
  onBuilt?: (built: { nodes: number; ms: number; version: string }) => void;
}

export class SearchLabels {
  private index: LabelIndex | null = null;
  private indexVersion: string | null = null;
  private readonly schedule: OncePerGraphVersion;

  constructor(
    private readonly source: LabelSource,
    private readonly graph: GraphVersion,
    private readonly options: SearchLabelsOptions = {},
  ) {
    this.schedule = new OncePerGraphVersion((version) => this.build(version), graph, options.minRebuildIntervalMs ?? 10_000);
  }

  /** The index for the current graph version, or null (then a build is started when allowed). */
  current(): LabelIndex | null {
    const version = this.graph.version;
    if (version !== null && this.index && this.indexVersion === version) return this.index;
    this.check();
    return null;
  }

  /**
   * The graph version may have moved: drops a stale index and builds one for the version when allowed.
   * While the version is unknown (a failed poll) the index is kept, unserved: when the poll answers
   * the same version again, it serves again without a rebuild.
   */
  check(): void {
    const version = this.graph.version;
    if (this.index && version !== null && this.indexVersion !== version) {
      this.index = null;
      this.indexVersion = null;
    }
    this.schedule.check();
  }

  /** Builds the index for the graph version now known, whatever the interval (one build at a time); never throws. */
  refresh(): Promise<void> {
    return this.schedule.runNow();
  }

  /** Stops a deferred build (the process is shutting down). */
  stop(): void {
    this.schedule.stop();
  }

  /**
   * One build for `version`, read before the labels: if the graph moves during the load, the index
   * is keyed with the older version and is stale at once rather than newer than its key.
   */
  private async build(version: string): Promise<boolean> {
    const started = Date.now();
    try {
      const builder = LabelIndex.builder();
      await this.source.forEachSearchLabel(builder.add);
      const index = builder.finish();
      this.index = index;
      this.indexVersion = version;
      this.options.onBuilt?.({ nodes: index.size, ms: Math.round(Date.now() - started), version });
      return true;
    } catch (error) {
      this.options.onBuildError?.(error);
      return false;
    }
  }
}
