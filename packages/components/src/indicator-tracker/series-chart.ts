/**
 * The single indicator's chart, drawn at its measured width in CSS pixels so that its text
 * stays 12 px: a value axis of a few rounded ticks with light gridlines, the periods under
 * the points, the target level labelled ("Meta 2023: 80 %"), the baseline and the latest
 * value labelled at their points. Part of the tracker's lazy progress chunk.
 */
import { css, html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { tokens } from '../platform/theme.ts';
import { nice, tickStep, ticks } from 'd3-array';
import { periodMiddle, type PlottedPoint, type SeriesPoint } from './logic.ts';
import { isExactNumber, type ExactNumber, type Period } from '@rendir/core';

export interface SeriesChartInput {
  series: readonly SeriesPoint[];
  width: number;
  /** An index's whole scale (0-10), or the data's own range when absent. */
  scale?: readonly [number, number];
  /** A value as the reader sees it (the core's formatting), for a tick written as a decimal string. */
  format: (value: string) => string;
  /** A published cell as the reader sees it (`2,60` keeps its zero), for the labelled points. */
  cellText: (cell: ExactNumber) => string;
  /** The period of a point as the reader sees it. */
  period: (period: Period) => string;
  baselineWord: string;
  targetWord: string;
  /** Each point's mark, wrapped (e.g. for keyboard navigation). */
  mark: (point: PlottedPoint, index: number, shape: SVGTemplateResult) => unknown;
}

export interface SeriesChartLayout {
  width: number;
  /** Where the plot starts, right of the tick labels. */
  left: number;
  height: number;
  ticks: { y: number; text: string }[];
  periods: { x: number; text: string; anchor: 'start' | 'middle' | 'end' }[];
  points: PlottedPoint[];
  path: string;
  toTarget: string;
  target: { y: number; text: string } | null;
  labels: {
    x: number;
    y: number;
    text: string;
    anchor: 'start' | 'middle' | 'end';
    kind: string;
  }[];
}

/** Roughly the width of a 12 px label, for spacing without measuring text. */
const textWidth = (text: string) => text.length * 7.5;

type Label = SeriesChartLayout['labels'][number];

/** The horizontal extent of a label's text, by its anchor. */
function labelSpan(l: Label): [number, number] {
  const w = textWidth(l.text);
  const from = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
  return [from, from + w];
}

/** Two 12 px labels whose texts would touch. */
function labelsMeet(a: Label, b: Label): boolean {
  const [a0, a1] = labelSpan(a);
  const [b0, b1] = labelSpan(b);
  return Math.abs(a.y - b.y) < 14 && a0 < b1 + 4 && b0 < a1 + 4;
}

/** Positions and texts of the chart (pure, so that it is tested without drawing). */
export function seriesChartLayout(input: SeriesChartInput): SeriesChartLayout {
  const { series, width, format } = input;
  const usable = series.filter(
    (p): p is SeriesPoint & { cell: ExactNumber; period: Period } =>
      isExactNumber(p.cell) && p.period !== null,
  );
  const height = width < 420 ? 200 : 240;
  const values = usable.map((p) => Number(p.cell.value));
  const [low, high] = nice(
    ...(input.scale ?? [Math.min(0, ...values), Math.max(...values, 0) || 1]),
    5,
  );
  const step = tickStep(low, high, 5);
  const digits = Math.max(0, -Math.floor(Math.log10(step)));
  const tickTexts = ticks(low, high, 5).map((t) => ({ t, text: format(t.toFixed(digits)) }));
  const left = Math.max(...tickTexts.map((t) => textWidth(t.text))) + 10;
  const [top, right, bottom] = [24, 12, 28];
  const xs = usable.map((p) => periodMiddle(p.period));
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const plotW = width - left - right;
  const sx = (x: number) => left + (x1 === x0 ? plotW / 2 : ((x - x0) / (x1 - x0)) * plotW);
  const sy = (y: number) => top + (1 - (y - low) / (high - low || 1)) * (height - top - bottom);
  const round = (n: number) => Math.round(n * 10) / 10;
  const points = usable.map((p, i) => ({ ...p, x: round(sx(xs[i])), y: round(sy(values[i])) }));
  const measured = points.filter((p) => p.role !== 'target');
  const targetPoint = points.find((p) => p.role === 'target');
  const last = measured[measured.length - 1];
  const baseline = measured.find((p) => p.role === 'baseline');
  const labels: SeriesChartLayout['labels'] = [];
  const anchorAt = (x: number, w: number) =>
    x - w / 2 < left ? 'start' : x + w / 2 > width - right ? 'end' : 'middle';
  // Above the point, or below it when the target's label or line is just above.
  const labelY = (p: PlottedPoint) =>
    targetPoint && p.y >= targetPoint.y && p.y - targetPoint.y < 22 ? p.y + 20 : p.y - 10;
  if (baseline && baseline !== last) {
    const text = `${input.baselineWord}: ${input.cellText(baseline.cell)}`;
    // Below the point when the line rises from it, so that the line does not cross the text.
    const rises = (points[points.indexOf(baseline) + 1]?.y ?? baseline.y) < baseline.y;
    const y = rises && baseline.y + 20 < height - bottom ? baseline.y + 20 : labelY(baseline);
    labels.push({ x: baseline.x, y, text, anchor: 'start', kind: 'baseline' });
  }
  if (last) {
    const text = input.cellText(last.cell as ExactNumber);
    const latest: Label = {
      x: last.x,
      y: labelY(last),
      text,
      anchor: anchorAt(last.x, textWidth(text)),
      kind: 'latest',
    };
    // On a phone the baseline's label can reach the latest point: the latest value's label
    // then takes the other side of its point (its halo keeps it legible over a line).
    if (labels.some((l) => labelsMeet(l, latest)))
      latest.y = latest.y > last.y ? last.y - 10 : last.y + 20;
    labels.push(latest);
  }
  // Periods under their points, thinned so that none overlaps (the first and last kept).
  const periods: SeriesChartLayout['periods'] = [];
  let end = -Infinity;
  points.forEach((p, i) => {
    const text = input.period(p.period);
    const w = textWidth(text);
    const anchor = anchorAt(p.x, w);
    const from = anchor === 'start' ? p.x : anchor === 'end' ? p.x - w : p.x - w / 2;
    if (from < end + 12) {
      if (i < points.length - 1) return;
      periods.pop();
    }
    periods.push({ x: p.x, text, anchor });
    end = from + w;
  });
  return {
    width,
    left,
    height,
    ticks: tickTexts.map(({ t, text }) => ({ y: round(sy(t)), text })),
    periods,
    points,
    path: measured.map((p, i) => `${i ? 'L' : 'M'}${p.x} ${p.y}`).join(' '),
    toTarget: last && targetPoint ? `M${last.x} ${last.y} L${targetPoint.x} ${targetPoint.y}` : '',
    target: targetPoint
      ? {
          y: targetPoint.y,
          text: `${input.targetWord} ${input.period(targetPoint.period as Period)}: ${input.cellText(targetPoint.cell as ExactNumber)}`,
        }
      : null,
    labels,
  };
}

/** The chart as an `<svg>` of its width in CSS pixels. */
export function seriesChart(input: SeriesChartInput): TemplateResult {
  const c = seriesChartLayout(input);
  const [plotLeft, x1] = [c.left, c.width];
  return html`<svg
    class="spark chart"
    width=${c.width}
    height=${c.height}
    viewBox="0 0 ${c.width} ${c.height}"
  >
    <g class="axis" aria-hidden="true">
      ${c.ticks.map(
        (t) => svg`<line class="grid" x1=${plotLeft} x2=${x1 - 4} y1=${t.y} y2=${t.y}></line>
          <text class="tick" x=${plotLeft - 6} y=${t.y} dy="0.32em" text-anchor="end">${t.text}</text>`,
      )}
      ${c.periods.map(
        (p) =>
          svg`<text class="period" x=${p.x} y=${c.height - 8} text-anchor=${p.anchor}>${p.text}</text>`,
      )}
    </g>
    ${
      c.target
        ? svg`<line class="target-level" x1=${plotLeft} x2=${x1 - 4} y1=${c.target.y} y2=${c.target.y}></line>
          <text class="label target-label" x=${x1 - 4} y=${c.target.y - 8} text-anchor="end" aria-hidden="true">${c.target.text}</text>`
        : ''
    }
    <path class="to-target" d=${c.toTarget}></path>
    <path class="line" d=${c.path}></path>
    ${c.points.map((p, i) =>
      input.mark(
        p,
        i,
        p.role === 'target'
          ? svg`<path class="pt pt-target" d="M${p.x} ${p.y - 7}l7 7-7 7-7-7z"></path>`
          : svg`<circle class="pt" cx=${p.x} cy=${p.y} r="5"></circle>`,
      ),
    )}
    ${c.labels.map(
      (l) =>
        svg`<text class="label ${l.kind}-label" x=${l.x} y=${l.y} text-anchor=${l.anchor} aria-hidden="true">${l.text}</text>`,
    )}
  </svg>`;
}

/** The chart's look, adopted by the tracker when the chart is first drawn. */
export const chartStyles = css`
  .spark.chart {
    max-block-size: none;
  }
  .chart text {
    font-size: 12px;
    font-variant-numeric: tabular-nums;
  }
  .chart .grid {
    stroke: ${tokens.border};
    stroke-width: 1;
    opacity: 0.6;
  }
  .chart .label {
    fill: ${tokens.text};
    paint-order: stroke;
    stroke: ${tokens.surface};
    stroke-width: 4px;
    stroke-linejoin: round;
  }
  .chart .latest-label,
  .chart .target-label {
    font-weight: 700;
  }
  .chart .target-level {
    stroke: ${tokens.text};
    stroke-dasharray: 5 4;
  }
  @media (forced-colors: active) {
    .chart * {
      forced-color-adjust: none;
    }
    .chart text {
      fill: CanvasText;
    }
    .chart .label {
      stroke: Canvas;
    }
    .chart .grid,
    .chart .to-target {
      stroke: GrayText;
      opacity: 1;
    }
    .chart .line,
    .chart .target-level,
    .chart .pt {
      stroke: CanvasText;
    }
    .chart .pt {
      fill: Canvas;
    }
    .chart .pt-target {
      fill: CanvasText;
    }
  }
`;
