/**
 * The data sources in the graph and the attribution their licences require, as the API's apiInfo
 * shows them. The wording lives once, in src/graph/attribution.ts.
 */
import type { DataSource } from '../generated/graphql.js';
import { ESCO_ATTRIBUTION, ESCO_MODIFIED_NOTICE, ONET_ATTRIBUTION, ONET_MODIFIED_NOTICE } from '../graph/attribution.js';
import { CURATED_AS_OF } from '../graph/sources.js';

export const DATA_SOURCES: DataSource[] = [
  {
    source: 'CURATED',
    name: 'Career Graph curated seeds',
    version: CURATED_AS_OF,
    licence: 'Project data; the Cloud Architect (AI/ML Focus) facts mirror the hirekit.co career page of 2026-03-07',
    attribution: 'Curated by the Career Graph team; salaries of curated roles other than the source page are 2026 estimates.',
  },
  { source: 'ONET', name: 'O*NET Database', version: '29.3', licence: 'CC BY 4.0', attribution: `${ONET_ATTRIBUTION} ${ONET_MODIFIED_NOTICE}` },
  { source: 'ESCO', name: 'ESCO classification', version: '1.1.1', licence: 'Commission Decision 2011/833/EU', attribution: `${ESCO_ATTRIBUTION} ${ESCO_MODIFIED_NOTICE}` },
];
