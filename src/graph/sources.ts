/**
 * The `source` tag every node and edge carries (docs/graph-model.md, "Provenance"), keyed by the
 * API's Source enum value. This one table maps both ways: API filters turn Source values into
 * tags, provenance turns stored tags back into Source values. A tag names a dataset release, so a
 * new release or a new dataset is a new row here.
 */
import { enumOfTag } from './tagTable.js';

export const SOURCE_TAGS = {
  CURATED: 'curated',
  ONET: 'onet-29.3',
  ESCO: 'esco-1.1.1',
  /** Nesta's ESCO→O*NET occupation crosswalk of 23 Nov 2020 (with O*NET's 2010→2019 code crosswalk). */
  ESCO_ONET_CROSSWALK: 'nesta-esco-onet-2020',
  /** Derived at query time (e.g. co-required skills), never stored on a node. */
  COMPUTED: 'computed',
} as const;

/** A Source enum value (the same words as the GraphQL enum Source). */
export type SourceName = keyof typeof SOURCE_TAGS;
export type SourceTag = (typeof SOURCE_TAGS)[SourceName];

export const CURATED_SOURCE = SOURCE_TAGS.CURATED;
export const ONET_SOURCE = SOURCE_TAGS.ONET;
export const ESCO_SOURCE = SOURCE_TAGS.ESCO;
export const COMPUTED_SOURCE = SOURCE_TAGS.COMPUTED;
/** SAME_OCCUPATION edges: derived from Nesta's crosswalk by src/import/occupationCrosswalk. */
export const CROSSWALK_MATCHES_SOURCE = SOURCE_TAGS.ESCO_ONET_CROSSWALK;

/** The imported occupation taxonomies a curated role can be crosswalked to. */
export const OCCUPATION_TAXONOMY_SOURCES: readonly SourceTag[] = [ONET_SOURCE, ESCO_SOURCE];

/** The Source value of a stored tag; undefined for a tag this table does not know. */
export const sourceOfTag: (tag: string) => SourceName | undefined = enumOfTag(SOURCE_TAGS);

/** Review date of the curated seeds; an entry's own provenance.asOf (the source page's date) wins. */
export const CURATED_AS_OF = '2026-11-29';
