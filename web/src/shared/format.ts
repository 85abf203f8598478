/** How numbers read on the page. Levels and importance arrive normalised to 0..1 from the API. */

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

export function formatUsd(value: number | null | undefined): string {
  return value === null || value === undefined ? 'unknown' : usd.format(value);
}

export function formatSignedUsd(value: number): string {
  return `${value >= 0 ? '+' : '−'}${usd.format(Math.abs(value))}`;
}

export function formatSalaryChange(change: { absoluteUsd: number; percent?: number } | null | undefined): string {
  if (!change) return 'unknown';
  const percent = change.percent === undefined ? '' : ` (${change.percent >= 0 ? '+' : '−'}${Math.abs(change.percent).toFixed(1)} %)`;
  return `${formatSignedUsd(change.absoluteUsd)}${percent}`;
}

export function formatPercent(fraction: number): string {
  return `${Math.round(fraction * 100)} %`;
}

export function formatYears(years: number | null | undefined): string {
  if (years === null || years === undefined) return '? yrs';
  const rounded = Math.round(years * 10) / 10;
  return `${rounded} ${rounded === 1 ? 'yr' : 'yrs'}`;
}

/** A 0..1 level on the O*NET LV 0-7 scale the profile form uses. */
export function formatLevel(level: number): string {
  return (level * 7).toFixed(1);
}

export function formatScore(score: number): string {
  return score.toFixed(2);
}

const KIND_LABELS: Record<string, string> = { PROMOTION: 'Promotion', LATERAL: 'Lateral', PIVOT: 'Pivot' };

export function formatKind(kind: string): string {
  return KIND_LABELS[kind] ?? kind;
}
