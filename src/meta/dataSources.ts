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
  {
    source: 'ESCO_ONET_CROSSWALK',
    name: "Nesta's ESCO-O*NET occupation crosswalk",
    version: 'Nov 2020',
    licence: 'MIT (Copyright (c) 2021 Nesta)',
    attribution:
      'Kanders K., Djumalieva J., Sleeman C. and Orlik J. (2020). Mapping Career Causeways: Supporting Workers at Risk. London: Nesta. ' +
      "O*NET-SOC 2010 codes resolved to 2019 codes by Career Graph through O*NET's 2010 to 2019 crosswalk (USDOL/ETA, CC BY 4.0).",
  },
];
