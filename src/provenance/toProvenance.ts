import type { Provenance, Source } from '../generated/graphql.js';
import type { StoredProvenance } from './model.js';

const SOURCE_BY_TAG: Record<string, Source> = {
  curated: 'CURATED',
  'onet-29.3': 'ONET',
  'esco-1.1.1': 'ESCO',
  computed: 'COMPUTED',
};

/** Maps the stored source tag to the API enum; an unknown tag is our bug, not the client's. */
export function toProvenance(stored: StoredProvenance): Provenance {
  const source = SOURCE_BY_TAG[stored.source];
  if (!source) throw new Error(`Unknown source tag "${stored.source}" in the graph`);
  return {
    source,
    sourceTag: stored.source,
    sourceId: stored.sourceId ?? null,
    asOf: stored.asOf ?? null,
    reference: stored.reference ?? null,
  };
}
