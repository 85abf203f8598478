/** Provenance as stored on every node and edge (see docs/graph-model.md). */
export interface StoredProvenance {
  source: string;
  sourceId?: string | null;
  asOf?: string | null;
  reference?: string | null;
}
