/**
 * Attribution the imported datasets require wherever their content is shown (API metadata, the
 * UI's footer, exports). Wording from shared/datasets/README.md: O*NET's credit line from its
 * licence page (CC BY 4.0) with the sentence required for modified data, since the importers
 * normalise ratings and derive progression edges; ESCO's acknowledgement under Commission
 * Decision 2011/833/EU. Re-check both pages before publishing (see docs/importers.md).
 */
import { ESCO_SOURCE, ONET_SOURCE } from './sources.js';

/** Who modified the data, for O*NET's "modified" sentence. */
export const MODIFIER = 'Career Graph';

export const ONET_ATTRIBUTION =
  'This page includes information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment and ' +
  'Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.';

export const ONET_MODIFIED_NOTICE =
  `${MODIFIER} has modified all or some of this information. ` +
  'USDOL/ETA has not approved, endorsed, or tested these modifications.';

export const ONET_LICENSE_URL = 'https://www.onetcenter.org/license_db.html';

export const ESCO_ATTRIBUTION = 'This service uses the ESCO classification of the European Commission.';

/** ESCO asks that anything adapted or modified be marked as such. */
export const ESCO_MODIFIED_NOTICE =
  `${MODIFIER} has adapted ESCO data: essential/optional skill relations are given numeric weights, ` +
  'and skill categories are derived from the skills hierarchy.';

export const ESCO_LICENSE_URL = 'https://eur-lex.europa.eu/eli/dec/2011/833/oj';

export interface DatasetAttribution {
  /** The `source` value on the nodes and edges this dataset produced. */
  source: string;
  name: string;
  attribution: string;
  modifiedNotice: string;
  licenseUrl: string;
}

export const DATASET_ATTRIBUTIONS: readonly DatasetAttribution[] = [
  { source: ONET_SOURCE, name: 'O*NET 29.3 Database', attribution: ONET_ATTRIBUTION, modifiedNotice: ONET_MODIFIED_NOTICE, licenseUrl: ONET_LICENSE_URL },
  { source: ESCO_SOURCE, name: 'ESCO v1.1.1', attribution: ESCO_ATTRIBUTION, modifiedNotice: ESCO_MODIFIED_NOTICE, licenseUrl: ESCO_LICENSE_URL },
];

/** The attributions for the sources present in a result or in the graph. */
export function attributionsFor(sources: Iterable<string>): DatasetAttribution[] {
  const wanted = new Set(sources);
  return DATASET_ATTRIBUTIONS.filter((dataset) => wanted.has(dataset.source));
}
