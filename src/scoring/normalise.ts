/**
 * Normalisation of skill ratings to 0..1, so curated, O*NET and ESCO requirements compare.
 * O*NET rates importance on IM 1-5 and level on LV 0-7 (O*NET Content Model, "Scales Reference");
 * curated seeds use the same scales on purpose. ESCO has no numbers, only essential/optional.
 */
export const IMPORTANCE_SCALE = 'IM 1-5';
export const LEVEL_SCALE = 'LV 0-7';

export function normaliseImportance(raw: number): number {
  return clamp01((raw - 1) / 4);
}

export function normaliseLevel(raw: number): number {
  return clamp01(raw / 7);
}

/**
 * ESCO gives no importance: an essential skill is treated as important (0.75, O*NET IM 4) and an
 * optional one as moderately important (0.5, IM 3) — "essential weighs more than optional".
 * The level is unknown, so a middling 0.5 (LV 3.5) stands in for it.
 */
export function escoImportance(essential: boolean): number {
  return essential ? 0.75 : 0.5;
}
export const ESCO_DEFAULT_LEVEL = 0.5;

export function clamp01(value: number): number {
  if (Number.isNaN(value)) return 0;
  return Math.min(1, Math.max(0, value));
}

/** Rounds to `digits` decimals: stored weights (4) and the import summary's timings (2). */
export function round(value: number, digits = 4): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
