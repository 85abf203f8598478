/**
 * The process's LabelIndex, kept no older than the graph: it is built for one graph version (the
 * response cache's, responseCache/graphChangeWatcher.ts) and served only while the graph is still
 * at that version. While it is missing, building or stale, `current()` returns null, so search uses
 * the fulltext indexes, and a rebuild is started in the background: at once, or, when the last build
 * started less than `minRebuildIntervalMs` ago, by a timer when that interval ends. (Not on the next
 * call: the answers given meanwhile may be all a client asks for a while, and a response cache that
 * serves them would never call again.) A stale index is dropped before its successor is built, so two
 * never sit in memory at once.
 */
import { LabelIndex, type LabelEntry } from './labelIndex.js';

export interface LabelSource {
  searchLabels(): Promise<LabelEntry[]>;
}

export interface GraphVersion {
  /** null while unknown: nothing version-keyed is served then. */
  readonly version: string | null;
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
  private building: Promise<void> | undefined;
  private lastBuildStart = Number.NEGATIVE_INFINITY;
  private deferredBuild: NodeJS.Timeout | undefined;

  constructor(
    private readonly source: LabelSource,
    private readonly graph: GraphVersion,
    private readonly options: SearchLabelsOptions = {},
  ) {}

  /** The index for the current graph version, or null (then a build is started when allowed). */
  current(): LabelIndex | null {
    const version = this.graph.version;
    if (version !== null && this.index && this.indexVersion === version) return this.index;
    if (this.index && this.indexVersion !== version) {
      this.index = null;
      this.indexVersion = null;
    }
    if (version !== null && !this.building) this.buildWhenAllowed();
    return null;
  }

  /** Stops a deferred build (the process is shutting down). */
  stop(): void {
    clearTimeout(this.deferredBuild);
    this.deferredBuild = undefined;
  }

  private buildWhenAllowed(): void {
    const wait = this.lastBuildStart + (this.options.minRebuildIntervalMs ?? 10_000) - Date.now();
    if (wait <= 0) {
      void this.refresh();
      return;
    }
    this.deferredBuild ??= setTimeout(() => {
      this.deferredBuild = undefined;
      // Still wanted only if nothing built for the version in the meantime; current() decides.
      this.current();
    }, wait);
    this.deferredBuild.unref(); // never keeps a process alive
  }

  /** Builds the index for the graph version now known (one build at a time); never throws. */
  refresh(): Promise<void> {
    this.building ??= this.build().finally(() => {
      this.building = undefined;
    });
    return this.building;
  }

  private async build(): Promise<void> {
    this.lastBuildStart = Date.now();
    // The version is read before the labels: if the graph moves during the load, the index is
    // keyed with the older version and is stale at once rather than newer than its key.
    const version = this.graph.version;
    if (version === null) return;
    try {
      const index = LabelIndex.build(await this.source.searchLabels());
      this.index = index;
      this.indexVersion = version;
      this.options.onBuilt?.({ nodes: index.size, ms: Math.round(Date.now() - this.lastBuildStart), version });
    } catch (error) {
      this.options.onBuildError?.(error);
    }
  }
}
