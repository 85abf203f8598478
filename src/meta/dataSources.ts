/**
 * The data sources in the graph and the attribution their licences require
 * (wording from ../shared/datasets/README.md; shown by the API's apiInfo and in the README).
 */
import type { DataSource } from '../generated/graphql.js';

export const ONET_ATTRIBUTION =
  'This product includes information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment ' +
  'and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. ' +
  'Career Graph has modified all or some of this information. USDOL/ETA has not approved, endorsed, or tested these modifications.';

export const ESCO_ATTRIBUTION =
  'This service uses the ESCO classification of the European Commission. Career Graph has adapted and modified ' +
  'some of this information (normalised skill weights, derived relations).';

export const DATA_SOURCES: DataSource[] = [
  {
    source: 'CURATED',
    name: 'Career Graph curated seeds',
    version: '2026-11-29',
    licence: 'Project data; the Cloud Architect (AI/ML Focus) facts mirror the hirekit.co career page of 2026-03-07',
    attribution: 'Curated by the Career Graph team; salaries of curated roles other than the source page are estimates.',
  },
  { source: 'ONET', name: 'O*NET Database', version: '29.3', licence: 'CC BY 4.0', attribution: ONET_ATTRIBUTION },
  { source: 'ESCO', name: 'ESCO classification', version: '1.1.1', licence: 'Commission Decision 2011/833/EU', attribution: ESCO_ATTRIBUTION },
];
