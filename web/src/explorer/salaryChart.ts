/**
 * Salary progression by experience level as a horizontal SVG bar chart (no chart library): one bar
 * per band, the band's label on the left and its displayed amount at the end of the bar.
 */
import type { SalaryBand } from './operations.js';
import { svg, uniqueId } from '../shared/dom.js';
import { formatUsd } from '../shared/format.js';

const WIDTH = 560;
const LABEL_WIDTH = 190;
const VALUE_SPACE = 90;
const ROW = 40;
const BAR = 24;
const TOP = 8;

export function createSalaryChart(bands: SalaryBand[], medianUsd: number | null): SVGSVGElement {
  const titleId = uniqueId('salary-title');
  const descId = uniqueId('salary-desc');
  const max = Math.max(...bands.map((band) => band.annualUsd), medianUsd ?? 0, 1);
  const plotWidth = WIDTH - LABEL_WIDTH - VALUE_SPACE;
  const height = TOP * 2 + bands.length * ROW + (medianUsd === null ? 0 : 22);
  const x = (usd: number) => LABEL_WIDTH + (usd / max) * plotWidth;

  // Bars, then the median line, then the text, so the line never covers a label.
  const bars = bands.map((band, index) =>
    svg('rect', { x: LABEL_WIDTH, y: TOP + index * ROW, width: Math.max(2, x(band.annualUsd) - LABEL_WIDTH), height: BAR, rx: 3, class: `salary-bar level-${index}` }),
  );
  const labels = bands.map((band, index) => {
    const y = TOP + index * ROW + BAR / 2;
    return svg(
      'g',
      { class: 'salary-row' },
      svg('text', { x: LABEL_WIDTH - 10, y, 'text-anchor': 'end', 'dominant-baseline': 'central', class: 'salary-label' }, band.label),
      svg('text', { x: x(band.annualUsd) + 6, y, 'dominant-baseline': 'central', class: 'salary-value' }, band.display),
    );
  });

  const medianMarker =
    medianUsd === null
      ? null
      : svg(
          'g',
          { class: 'salary-median' },
          svg('line', { x1: x(medianUsd), x2: x(medianUsd), y1: TOP - 4, y2: TOP + bands.length * ROW - 8, class: 'median-line' }),
          svg('text', { x: x(medianUsd), y: TOP + bands.length * ROW + 8, 'text-anchor': 'middle', class: 'median-label' }, `median ${formatUsd(medianUsd)}`),
        );

  return svg(
    'svg',
    {
      class: 'salary-chart',
      viewBox: `0 0 ${WIDTH} ${height}`,
      width: '100%',
      role: 'img',
      'aria-labelledby': `${titleId} ${descId}`,
      preserveAspectRatio: 'xMinYMin meet',
    },
    svg('title', { id: titleId }, 'Salary by experience level'),
    svg('desc', { id: descId }, bands.map((band) => `${band.label}: ${band.display}`).join('; ')),
    ...bars,
    medianMarker,
    ...labels,
  );
}
