/**
 * The vocabulary of trust (issue 12): how a fact was obtained, and how closely a concept of one
 * source corresponds to one of another. Every node and edge carries `method` beside `source`
 * (docs/graph-model.md, "Provenance"); cross-source links carry `matchType`.
 */
import { enumOfTag } from './tagTable.js';

/**
 * How a fact was obtained, stored as `method`, keyed by the API's ProvenanceMethod enum value:
 * - VERBATIM_FROM_PAGE: copied word for word from a published page (the role's provenance names it);
 * - DERIVED_FROM_DATASET: computed from a named dataset release by a script in this repository
 *   (the importers, the derive scripts), so re-running the script reproduces it;
 * - CURATED_ESTIMATE: written by a curator (seeds/, curation mutations): a judgement, not a measurement.
 */
export const PROVENANCE_METHODS = {
  VERBATIM_FROM_PAGE: 'verbatim',
  DERIVED_FROM_DATASET: 'derived',
  CURATED_ESTIMATE: 'curated',
} as const;
export type ProvenanceMethodName = keyof typeof PROVENANCE_METHODS;
export type ProvenanceMethodTag = (typeof PROVENANCE_METHODS)[ProvenanceMethodName];

export const VERBATIM_METHOD = PROVENANCE_METHODS.VERBATIM_FROM_PAGE;
export const DERIVED_METHOD = PROVENANCE_METHODS.DERIVED_FROM_DATASET;
export const CURATED_METHOD = PROVENANCE_METHODS.CURATED_ESTIMATE;

/** The ProvenanceMethod value of a stored tag; undefined for a tag this table does not know. */
export const methodOfTag: (tag: string) => ProvenanceMethodName | undefined = enumOfTag(PROVENANCE_METHODS);

/**
 * How closely the TARGET of a cross-source link corresponds to its SOURCE (SKOS-style, as ESCO's own
 * mappings): EXACT (the same concept), CLOSE (interchangeable in most contexts), BROADER (the target
 * is broader than the source: AWS -[BROADER]-> cloud computing), NARROWER (the target is narrower).
 * Stored as `matchType` on MATCHES (Skill -> Skill), CROSSWALK (curated Role -> occupation) and
 * SAME_OCCUPATION (ESCO occupation -> O*NET occupation).
 */
export const MATCH_TYPES = ['EXACT', 'CLOSE', 'BROADER', 'NARROWER'] as const;
export type MatchType = (typeof MATCH_TYPES)[number];

export function isMatchType(value: string): value is MatchType {
  return (MATCH_TYPES as readonly string[]).includes(value);
}

/** The match type seen from the other end of the link. */
export function invertMatchType(matchType: MatchType): MatchType {
  return matchType === 'BROADER' ? 'NARROWER' : matchType === 'NARROWER' ? 'BROADER' : matchType;
}

/**
 * The scale label of a curated estimate written on a dataset's scale (`IM 1-5`, `LV 0-7`): the
 * number stays on that scale, so it normalises and compares like O*NET's own ratings, but the label
 * says a curator estimated it rather than the dataset rating it.
 */
export function curatedEstimateScale(scale: string): string {
  return `curated estimate on ${scale}`;
}
