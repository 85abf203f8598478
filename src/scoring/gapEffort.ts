/**
 * An indicative effort estimate for closing a skill gap (docs/scoring.md). Deliberately simple
 * and explainable rather than "accurate": there is no public dataset of learning times per skill
 * level, so the estimate is a stated assumption a client can show with its formula.
 *
 *   levelsToGain    = Σ levelGap × 7                                 (O*NET LV points, 0-7 scale)
 *   estimatedMonths = Σ levelGap × 7 × MONTHS_PER_LEVEL × (0.5 + 0.5 × importance)
 *
 * MONTHS_PER_LEVEL assumes part-time study (about 10 hours a week) and one skill at a time, so the
 * sum is an upper-end figure; a less important skill needs less depth, hence the importance factor
 * (half the time for an unimportant skill, the full time for a critical one).
 */
import type { GapResult } from './skillGap.js';
import { round } from './normalise.js';

/** Months of part-time study per O*NET LV point for a skill of full importance. */
export const MONTHS_PER_LEVEL = 1;
/** Points on the O*NET level scale (LV 0-7) that one unit of normalised level spans. */
export const LEVEL_SCALE_POINTS = 7;

export interface GapEffort {
  estimatedMonths: number;
  levelsToGain: number;
  missingCount: number;
  partialCount: number;
  metCount: number;
  essentialMissingCount: number;
}

export function estimateGapEffort(gap: Pick<GapResult, 'items'>): GapEffort {
  let months = 0;
  let levels = 0;
  let missingCount = 0;
  let partialCount = 0;
  let metCount = 0;
  let essentialMissingCount = 0;
  for (const item of gap.items) {
    if (item.status === 'MET') {
      metCount++;
      continue;
    }
    if (item.status === 'MISSING') {
      missingCount++;
      if (item.essential) essentialMissingCount++;
    } else {
      partialCount++;
    }
    const points = item.levelGap * LEVEL_SCALE_POINTS;
    levels += points;
    months += points * MONTHS_PER_LEVEL * (0.5 + 0.5 * item.importance);
  }
  return { estimatedMonths: round(months, 1), levelsToGain: round(levels, 2), missingCount, partialCount, metCount, essentialMissingCount };
}
