/**
 * Ordered scales stored on roles: the growth rating (Role.growthRating) and the experience levels
 * of salary bands and of Role.experienceLevel. Keys are the GraphQL enum values; values are what
 * the graph stores.
 */

/** Growth ratings as stored on roles, keyed by the GrowthRating enum, in increasing order. */
export const GROWTH_RATINGS = {
  DECLINING: 'Declining',
  STABLE: 'Stable',
  MODERATE: 'Moderate',
  HIGH: 'High',
  VERY_HIGH: 'Very High',
} as const;

export type GrowthRating = (typeof GROWTH_RATINGS)[keyof typeof GROWTH_RATINGS];

/** The stored ratings as a tuple, in increasing order (for z.enum). */
export const GROWTH_RATING_VALUES = Object.values(GROWTH_RATINGS) as [GrowthRating, ...GrowthRating[]];

/**
 * Rank of each word used in Role.experienceLevel ("Entry to Senior", "Executive"): a role covers
 * every level between the first and the last word. Executive is the top, like Leadership.
 */
export const EXPERIENCE_RANKS = { ENTRY: 0, MID: 1, SENIOR: 2, LEADERSHIP: 3, EXECUTIVE: 3 } as const;

/** The levels a salary band is given for (SalaryBand.level), lowest first. */
export const EXPERIENCE_LEVELS = ['ENTRY', 'MID', 'SENIOR', 'LEADERSHIP'] as const satisfies readonly (keyof typeof EXPERIENCE_RANKS)[];

export type ExperienceLevel = (typeof EXPERIENCE_LEVELS)[number];
