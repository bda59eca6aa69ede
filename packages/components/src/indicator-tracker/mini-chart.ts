/**
 * A set card's small chart, labelled as newsroom small multiples are: the first and last
 * periods under it, the baseline and the target marked and named with their values, the
 * latest value written at its point. The lines are an SVG stretched to the card; points
 * and labels are HTML placed in percentages, so that text stays its size at any width and
 * nothing is measured or drawn twice. Part of the tracker's lazy progress chunk (cards
 * are drawn only with data).
 */
import { css, html, svg, type TemplateResult } from 'lit';
import type { CellNumber, Period } from '@rendir/core';
import { tokens } from '../platform/theme.ts';
import { styleProps } from '../platform/style-props.ts';
import { sparkline, type SeriesPoint } from './logic.ts';

export interface MiniChartInput {
  series: readonly SeriesPoint[];
  /** An index's whole scale (0-10), or the data's own range when absent. */
  scale?: readonly [number, number];
  /** A cell as the reader sees it (as published: `2,60` keeps its zero). */
  format: (cell: CellNumber) => string;
  period: (period: Period) => string;
  baselineWord: string;
  targetWord: string;
  /** The series in words: the chart's text alternative. */
  summary: string;
}

type Side = 'above' | 'below';
type Anchor = 'start' | 'middle' | 'end';

export interface MiniChartLabel {
  kind: 'baseline' | 'latest' | 'target';
  /** Percentages of the plot, 0 at the left and top. */
  x: number;
  y: number;
  text: string;
  anchor: Anchor;
  side: Side;
}

export interface MiniChartLayout {
  /** Points in percentages of the plot, the target last. */
  points: { x: number; y: number; role: SeriesPoint['role'] }[];
  /** `d` of the measured line and of the dashed way to the target, in a 100 × 100 box. */
  path: string;
  toTarget: string;
  targetY: number | null;
  labels: MiniChartLabel[];
  /** The first and last periods, written under the chart. */
  periods: string[];
}

const anchorAt = (x: number): Anchor => (x < 20 ? 'start' : x > 80 ? 'end' : 'middle');
const away = (y: number, from: number): Side => (y > from ? 'below' : 'above');

/** Where each mark and label goes (pure, so that it is tested without drawing). */
export function miniChartLayout(input: MiniChartInput): MiniChartLayout {
  const spark = sparkline(input.series, 100, 100, 0, input.scale);
  const points = spark.points;
  const measured = points.filter((p) => p.role !== 'target');
  const target = points.find((p) => p.role === 'target');
  const baseline = measured.find((p) => p.role === 'baseline');
  const last = measured[measured.length - 1];
  const labels: MiniChartLabel[] = [];
  // Labels go on the far side of the target's line from the data, and the data's labels on
  // the far side of their points from that line, so the two never meet.
  const reference = target?.y ?? -Infinity;
  if (target) {
    labels.push({
      kind: 'target',
      x: target.x,
      y: target.y,
      text: `${input.targetWord}: ${input.format(target.cell)}`,
      anchor: 'end',
      side: last ? away(target.y, last.y + 0.01) : 'above',
    });
  }
  if (baseline) {
    labels.push({
      kind: 'baseline',
      x: baseline.x,
      y: baseline.y,
      text: `${input.baselineWord}: ${input.format(baseline.cell)}`,
      anchor: 'start',
      side: away(baseline.y, reference),
    });
  }
  if (last && last !== baseline) {
    let side = away(last.y, reference);
    // Close to the baseline's label on the same side: the other side.
    const crowded = baseline && last.x - baseline.x < 45 && Math.abs(last.y - baseline.y) < 30;
    if (crowded && side === away(baseline.y, reference))
      side = side === 'above' ? 'below' : 'above';
    labels.push({
      kind: 'latest',
      x: last.x,
      y: last.y,
      text: input.format(last.cell),
      anchor: anchorAt(last.x),
      side,
    });
  }
  const first = points[0]?.period;
  const end = points[points.length - 1]?.period;
  const periods = [first, end]
    .filter((p): p is Period => !!p)
    .map((p) => input.period(p))
    .filter((text, i, all) => all.indexOf(text) === i);
  return {
    points: points.map((p) => ({ x: p.x, y: p.y, role: p.role })),
    path: spark.path,
    toTarget: spark.toTarget,
    targetY: spark.targetY,
    labels,
    periods,
  };
}

/** The chart: a `role="img"` named by the series in words; the figures stay in the card. */
export function miniChart(input: MiniChartInput): TemplateResult {
  const c = miniChartLayout(input);
  // Through the CSSOM: a page whose CSP refuses inline styles still places them.
  const at = (x: number, y: number) => styleProps({ left: `${x}%`, top: `${y}%` });
  return html`<div class="mini" role="img" aria-label=${input.summary}>
    <div class="mini-plot">
      <svg viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true">
        ${
          c.targetY === null
            ? ''
            : svg`<line class="target-level" x1="0" x2="100" y1=${c.targetY} y2=${c.targetY}></line>`
        }
        <path class="to-target" d=${c.toTarget}></path>
        <path class="line" d=${c.path}></path>
      </svg>
      ${c.points.map((p) => html`<span class="mark mark-${p.role}" ${at(p.x, p.y)}></span>`)}
      ${c.labels.map(
        (l) =>
          html`<span class="mini-label ${l.anchor} ${l.side}" data-label=${l.kind} ${at(l.x, l.y)}
            >${l.text}</span
          >`,
      )}
    </div>
    <p class="mini-periods">${c.periods.map((p) => html`<span>${p}</span>`)}</p>
  </div>`;
}

/** The small chart's look, adopted by the tracker when cards are first drawn. */
export const miniChartStyles = css`
  .mini {
    padding-block: 1.5rem 0;
  }
  .mini-plot {
    position: relative;
    block-size: 4.5rem;
    margin-inline: 0.35rem;
  }
  .mini svg {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    overflow: visible;
  }
  .mini path,
  .mini line {
    fill: none;
    vector-effect: non-scaling-stroke;
  }
  .mini .line {
    stroke: ${tokens.accent};
    stroke-width: 2;
  }
  .mini .to-target {
    stroke: ${tokens.muted};
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }
  .mini .target-level {
    stroke: ${tokens.text};
    stroke-width: 1;
    stroke-dasharray: 5 4;
  }
  .mark {
    position: absolute;
    inline-size: 0.6rem;
    block-size: 0.6rem;
    translate: -50% -50%;
    border: 2px solid ${tokens.accent};
    border-radius: 50%;
    background: ${tokens.surface};
  }
  .mark-target {
    border: 2px solid ${tokens.surface};
    border-radius: 0;
    background: ${tokens.text};
    rotate: 45deg;
    inline-size: 0.7rem;
    block-size: 0.7rem;
  }
  .mini-label {
    position: absolute;
    font-size: 12px;
    line-height: 1.2;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
    color: ${tokens.text};
    --_x: -50%;
    --_y: calc(-100% - 0.5rem);
    translate: var(--_x) var(--_y);
  }
  .mini-label.start {
    --_x: -0.35rem;
  }
  .mini-label.end {
    --_x: calc(-100% + 0.35rem);
  }
  .mini-label.below {
    --_y: 0.5rem;
  }
  .mini-label[data-label='latest'],
  .mini-label[data-label='target'] {
    font-weight: 700;
  }
  .mini-periods {
    display: flex;
    justify-content: space-between;
    gap: 1rem;
    margin: 1.5rem 0 0;
    font-size: 12px;
    color: ${tokens.muted};
  }
  @media (forced-colors: active) {
    .mini svg * {
      forced-color-adjust: none;
    }
    .mini .line,
    .mini .target-level {
      stroke: CanvasText;
    }
    .mini .to-target {
      stroke: GrayText;
    }
    .mark {
      border-color: CanvasText;
    }
    .mark-target {
      forced-color-adjust: none;
      background: CanvasText;
      border-color: Canvas;
    }
  }
`;
