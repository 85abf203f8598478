import type { Provenance, ProvenanceMethod, Source } from '../generated/graphql.js';
import { methodOfTag } from '../graph/evidence.js';
import { COMPUTED_SOURCE, sourceOfTag } from '../graph/sources.js';
import type { StoredProvenance } from '../graph/model.js';

/** The API Source of a stored tag; an unknown tag is our bug, not the client's. */
export function toSource(tag: string): Source {
  const source: Source | undefined = sourceOfTag(tag);
  if (!source) throw new Error(`Unknown source tag "${tag}" in the graph`);
  return source;
}

/**
 * The API method of a stored fact. Every loader writes `method` (seeds, importers, curation), so a
 * stored fact without one comes from a graph written before methods existed: we fail loudly rather
 * than guess "derived" or "curated" for it (a guess would be exactly the unlabelled claim issue 12
 * removes); `npm run seed` and `npm run import` rewrite every fact with its method. Facts computed at
 * query time (source `computed`) are never stored and are derived by definition.
 */
export function toProvenanceMethod(stored: Pick<StoredProvenance, 'source' | 'method'>): ProvenanceMethod {
  if (stored.method == null) {
    if (stored.source === COMPUTED_SOURCE) return 'DERIVED_FROM_DATASET';
    throw new Error(`A fact from source "${stored.source}" has no provenance method: the graph predates methods; re-run npm run seed / npm run import`);
  }
  const method = methodOfTag(stored.method);
  if (!method) throw new Error(`Unknown provenance method "${stored.method}" in the graph`);
  return method;
}

/** Maps the stored provenance of a node or edge to the API type. */
export function toProvenance(stored: StoredProvenance): Provenance {
  return {
    source: toSource(stored.source),
    sourceTag: stored.source,
    sourceId: stored.sourceId ?? null,
    asOf: stored.asOf ?? null,
    reference: stored.reference ?? null,
    method: toProvenanceMethod(stored),
    confidence: stored.confidence ?? null,
    evidence: stored.evidence ?? null,
  };
}
