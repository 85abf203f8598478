/** Vocabulary shared by the listings (moving to src/graph/). */

/** The stored source tag for each API Source value (the inverse of provenance/toProvenance.ts). */
export const SOURCE_TAGS = {
  CURATED: 'curated',
  ONET: 'onet-29.3',
  ESCO: 'esco-1.1.1',
  COMPUTED: 'computed',
} as const;

/** Growth ratings as stored on roles (seedSchema GROWTH_RATINGS), in increasing order. */
export const GROWTH_RATINGS = {
  DECLINING: 'Declining',
  STABLE: 'Stable',
  MODERATE: 'Moderate',
  HIGH: 'High',
  VERY_HIGH: 'Very High',
} as const;

/**
 * Rank of each word used in Role.experienceLevel ("Entry to Senior", "Executive"): a role covers
 * every level between the first and the last word. Executive is the top, like Leadership.
 */
export const EXPERIENCE_RANKS = { ENTRY: 0, MID: 1, SENIOR: 2, LEADERSHIP: 3, EXECUTIVE: 3 } as const;
