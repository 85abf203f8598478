/** How close the curated crosswalks are, counted per taxonomy and match type (docs/data-quality.md quotes it). */
import { MATCH_TYPES } from '../graph/evidence.js';
import type { SeedData } from '../import/seeds/readSeeds.js';

export type MatchTypeCounts = Record<'onet' | 'esco', Record<(typeof MATCH_TYPES)[number] | 'unknown', number>>;

export function crosswalkMatchTypeCounts(seeds: SeedData): MatchTypeCounts {
  const empty = () => ({ ...Object.fromEntries(MATCH_TYPES.map((type) => [type, 0])), unknown: 0 }) as MatchTypeCounts['onet'];
  const counts: MatchTypeCounts = { onet: empty(), esco: empty() };
  for (const role of seeds.roles) {
    for (const taxonomy of ['onet', 'esco'] as const) {
      for (const entry of role.crosswalk[taxonomy]) counts[taxonomy][entry.matchType ?? 'unknown'] += 1;
    }
  }
  return counts;
}
