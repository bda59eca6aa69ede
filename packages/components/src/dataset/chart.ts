/**
 * The quick chart of one column: for a number column, its values in the first rows of
 * the current view (labelled by the first text column); for any other column, how many
 * rows hold each of its most frequent values. Drawn with d3-scale, inside the platform's
 * accessible chart frame (summary, table, keyboard points, downloads).
 */
import { svg, type TemplateResult } from 'lit';
import { scaleBand, scaleLinear } from 'd3-scale';
import { line as d3line } from 'd3-shape';
import type { ChartNavigation } from '../platform/chart-kit/navigation.ts';
import type { DatasetColumn } from './types.ts';

export interface ChartPoint {
  label: string;
  value: number;
  /** The value as the grid shows it. */
  display: string;
  /** The exact value for the CSV download. */
  raw: string;
}

export type ChartKind = 'bar' | 'line';

/** How many bars at most: a quick look, not a report. */
export const CHART_LIMIT = 20;

/** Counts of the most frequent values of a column among `rows` (ties in first-seen order). */
export function topCounts(
  count: number,
  cellAt: (k: number) => string,
  limit: number,
  format: (n: number) => string,
  emptyLabel: string,
): ChartPoint[] {
  const counts = new Map<string, number>();
  for (let k = 0; k < count; k++) {
    const v = cellAt(k).trim();
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([label, value]) => ({
      label: label || emptyLabel,
      value,
      display: format(value),
      raw: String(value),
    }));
}

/** The first text column other than `column`, to label the bars of a number column. */
export function labelColumn(
  columns: readonly DatasetColumn[],
  column: DatasetColumn,
): DatasetColumn | undefined {
  return (
    columns.find((c) => c !== column && c.type === 'text') ?? columns.find((c) => c !== column)
  );
}

const WIDTH = 640;
const ROW = 28;
const LABEL_WIDTH = 200;

/** Cuts a long Spanish label for the drawing; the table and the announcement keep it whole. */
function short(label: string, max = 28): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

/** The chart's SVG (slotted into `rendir-chart-frame`); each point is a keyboard stop. */
export function renderChart(
  points: readonly ChartPoint[],
  kind: ChartKind,
  nav: ChartNavigation,
): TemplateResult {
  const values = points.map((p) => p.value);
  const min = Math.min(0, ...values);
  const max = Math.max(0, ...values);
  if (kind === 'line') {
    const height = 260;
    const x = scaleLinear()
      .domain([0, Math.max(1, points.length - 1)])
      .range([48, WIDTH - 16]);
    const y = scaleLinear()
      .domain([min, max === min ? min + 1 : max])
      .nice()
      .range([height - 24, 16]);
    const path = d3line<ChartPoint>()
      .x((_, i) => x(i))
      .y((p) => y(p.value))(points as ChartPoint[]);
    return svg`<svg slot="chart" class="quick-chart" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="presentation">
      <line class="axis" x1="48" x2=${WIDTH - 16} y1=${y(0)} y2=${y(0)} aria-hidden="true"></line>
      <path class="series" d=${path ?? ''} aria-hidden="true"></path>
      ${points.map(
        (p, i) => svg`<circle class="point" cx=${x(i)} cy=${y(p.value)} r="6" data-rendir-point=${i}
          tabindex=${nav.tabindex(i)} role="img" aria-label=${`${p.label}: ${p.display}`}
          @focus=${() => nav.focused(i)}></circle>`,
      )}
    </svg>`;
  }
  const height = points.length * ROW + 8;
  const yBand = scaleBand<number>()
    .domain(points.map((_, i) => i))
    .range([4, height - 4])
    .padding(0.2);
  const x = scaleLinear()
    .domain([min, max === min ? min + 1 : max])
    .range([LABEL_WIDTH + 8, WIDTH - 16]);
  return svg`<svg slot="chart" class="quick-chart" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="presentation">
    ${points.map((p, i) => {
      const y = yBand(i) ?? 0;
      const x0 = x(Math.min(0, p.value));
      const w = Math.max(1, Math.abs(x(p.value) - x(0)));
      return svg`<text class="label" x=${LABEL_WIDTH} y=${y + yBand.bandwidth() / 2} aria-hidden="true">${short(p.label)}</text>
        <rect class="bar" x=${x0} y=${y} width=${w} height=${yBand.bandwidth()} data-rendir-point=${i}
          tabindex=${nav.tabindex(i)} role="img" aria-label=${`${p.label}: ${p.display}`}
          @focus=${() => nav.focused(i)}></rect>`;
    })}
    <line class="axis" x1=${x(0)} x2=${x(0)} y1="0" y2=${height} aria-hidden="true"></line>
  </svg>`;
}
