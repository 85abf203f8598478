/**
 * Results of whole-graph computations (centrality, bridge skills), kept per process. An entry is
 * valid for one graph fingerprint (count-store totals, the curation revision every curation write
 * bumps, import runs): a change by this or any other process is seen on the next request, at the
 * cost of one constant-time statement, and the result is recomputed once (concurrent requests
 * share the computation).
 */
export class AnalyticsCache {
  private readonly entries = new Map<string, { fingerprint: string; value: Promise<unknown> }>();

  async get<T>(key: string, fingerprint: string, compute: () => Promise<T>): Promise<T> {
    const entry = this.entries.get(key);
    if (entry && entry.fingerprint === fingerprint) return entry.value as Promise<T>;
    const value = compute();
    this.entries.set(key, { fingerprint, value });
    // A failed computation is not cached; the next request tries again.
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    return value;
  }
}
