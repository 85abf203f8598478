import type { Provenance, Source } from '../generated/graphql.js';
import { sourceOfTag } from '../graph/sources.js';
import type { StoredProvenance } from '../graph/model.js';

/** Maps the stored source tag to the API enum; an unknown tag is our bug, not the client's. */
export function toProvenance(stored: StoredProvenance): Provenance {
  const source: Source | undefined = sourceOfTag(stored.source);
  if (!source) throw new Error(`Unknown source tag "${stored.source}" in the graph`);
  return {
    source,
    sourceTag: stored.source,
    sourceId: stored.sourceId ?? null,
    asOf: stored.asOf ?? null,
    reference: stored.reference ?? null,
  };
}
