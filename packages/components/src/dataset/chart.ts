/**
 * The quick chart of one column: for a number column, its values in the first rows of
 * the current view (labelled by the first text column); for any other column, how many
 * rows hold each of its most frequent values. Drawn inside the platform's accessible chart
 * frame (summary, table, keyboard points, downloads). Two linear maps are all the scales
 * a quick chart needs, so no d3 is bundled for it (the widget's size budget is tight).
 */
import { svg, type TemplateResult } from 'lit';
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

/** The width drawn at until the chart's box is measured (then its width in CSS pixels). */
const DEFAULT_WIDTH = 640;
/** Narrower than this, a bar's label goes above it rather than beside it. */
const LABELS_ABOVE = 480;
const ROW = 28;
const LABEL_ROW = 18;
const LABEL_WIDTH = 200;
/** Room right of the longest bar for its value («530.111.333.555,44»). */
const VALUE_WIDTH = 120;

/**
 * Cuts a long label for the drawing; the table and the announcement keep it whole. Labels
 * start at the left edge and are clipped at the label column (capitals are wider than the
 * characters counted), so a label never loses its first words.
 */
function short(label: string, max = 26): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

/** A linear map from `domain` to `range` (a zero-width domain maps to the range start). */
export function linear(domain: [number, number], range: [number, number]): (v: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  return (v) => r0 + ((v - d0) / span) * (r1 - r0);
}

/**
 * The chart's SVG (slotted into `rendir-chart-frame`); each point is a keyboard stop. Drawn
 * `width` CSS pixels wide (its box's, measured), so that its text is 13 px at any width.
 */
export function renderChart(
  points: readonly ChartPoint[],
  kind: ChartKind,
  nav: ChartNavigation,
  width = 0,
): TemplateResult {
  const WIDTH = width || DEFAULT_WIDTH;
  const values = points.map((p) => p.value);
  const min = Math.min(0, ...values);
  const max = Math.max(0, ...values);
  if (kind === 'line') {
    const height = 260;
    const x = linear([0, Math.max(1, points.length - 1)], [48, WIDTH - 48]);
    const y = linear([min, max === min ? min + 1 : max], [height - 40, 24]);
    const path = points
      .map((p, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`)
      .join('');
    // The first and the last point say what and how much, as a newsroom's line does.
    const ends = points.length > 1 ? [0, points.length - 1] : [0];
    return svg`<svg slot="chart" class="quick-chart" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="presentation">
      <line class="axis" x1="48" x2=${WIDTH - 48} y1=${y(0)} y2=${y(0)} aria-hidden="true"></line>
      <path class="series" d=${path} aria-hidden="true"></path>
      ${ends.map(
        (i) =>
          svg`<g text-anchor=${i ? 'end' : 'start'} aria-hidden="true">
            <text class="value" x=${x(i)} y=${y(points[i].value) - 12}>${points[i].display}</text>
            <text class="value" x=${x(i)} y=${height - 14}>${short(points[i].label, 20)}</text>
          </g>`,
      )}
      ${points.map(
        (p, i) => svg`<circle class="point" cx=${x(i)} cy=${y(p.value)} r="6" data-rendir-point=${i}
          tabindex=${nav.tabindex(i)} role="img" aria-label=${`${p.label}: ${p.display}`}
          @focus=${() => nav.focused(i)}></circle>`,
      )}
    </svg>`;
  }
  // On a phone each label has the width to itself, above its bar.
  const above = WIDTH < LABELS_ABOVE;
  const row = above ? ROW + LABEL_ROW : ROW;
  const height = points.length * row + 8;
  const band = ROW * 0.8;
  const left = above ? 0 : LABEL_WIDTH + 8;
  const x = linear([min, max === min ? min + 1 : max], [left, WIDTH - VALUE_WIDTH]);
  const labelWidth = above ? WIDTH : LABEL_WIDTH;
  return svg`<svg slot="chart" class="quick-chart" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="presentation">
    <clipPath id="quick-chart-labels"><rect width=${labelWidth} height=${height}></rect></clipPath>
    ${points.map((p, i) => {
      const top = 4 + i * row;
      const y = top + (above ? LABEL_ROW : 0) + (ROW - band) / 2;
      const x0 = x(Math.min(0, p.value));
      const w = Math.max(1, Math.abs(x(p.value) - x(0)));
      const labelY = above ? top + LABEL_ROW / 2 : y + band / 2;
      // Each bar says its value at its end, as the grid writes it.
      return svg`<text class="label" x="0" y=${labelY} clip-path="url(#quick-chart-labels)" aria-hidden="true">${short(p.label, above ? 60 : 26)}</text>
        <rect class="bar" x=${x0} y=${y} width=${w} height=${band} data-rendir-point=${i}
          tabindex=${nav.tabindex(i)} role="img" aria-label=${`${p.label}: ${p.display}`}
          @focus=${() => nav.focused(i)}></rect>
        <text class="value" x=${x0 + w + 4} y=${y + band / 2} aria-hidden="true">${p.display}</text>`;
    })}
    <line class="axis" x1=${x(0)} x2=${x(0)} y1="0" y2=${height} aria-hidden="true"></line>
  </svg>`;
}
