/**
 * An Open SDG series drawn over its periods as published (`2015`, `2007/08 to 2008/09`),
 * evenly spaced in their order, at its measured width in CSS pixels so that its text stays
 * 12 px: a value axis of a few rounded ticks, periods under the points (thinned so none
 * overlaps), the latest value labelled. A value not available leaves a gap, never a guess.
 * Several series share one value range (`domain`), so that their charts compare.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { nice, tickStep, ticks } from 'd3-array';

export interface SdgChartInput {
  /** Every period of the chart, in order. */
  periods: readonly string[];
  /** The value of each period (`null`: not published or not a number). */
  values: readonly (number | null)[];
  /** What each value reads as (the core's formatting of the published cell). */
  texts: readonly string[];
  width: number;
  /** The value range shared by the charts shown together. */
  domain: readonly [number, number];
  /** A tick value (a decimal string) as the reader sees it. */
  format: (value: string) => string;
  /** A period as the reader sees it. */
  period: (raw: string) => string;
  /** A short chart: small multiples. */
  small?: boolean;
  /** Wraps the point of period `index` (keyboard navigation); the chart is then not hidden. */
  mark?: (index: number, shape: SVGTemplateResult) => SVGTemplateResult;
}

export interface SdgChartLayout {
  width: number;
  height: number;
  left: number;
  ticks: { y: number; text: string }[];
  periods: { x: number; text: string; anchor: 'start' | 'middle' | 'end' }[];
  /** Each published value's point, with the index of its period. */
  points: { x: number; y: number; period: number }[];
  /** One path per run of published values. */
  paths: string[];
  latest: { x: number; y: number; text: string; anchor: 'start' | 'middle' | 'end' } | null;
}

/** Roughly the width of a 12 px label, for spacing without measuring text. */
const textWidth = (text: string) => text.length * 7.5;

/** Positions and texts (pure, so that it is tested without drawing). */
export function sdgChartLayout(input: SdgChartInput): SdgChartLayout {
  const { periods, values, width } = input;
  const height = input.small ? 150 : width < 420 ? 200 : 240;
  const [low, high] = nice(input.domain[0], input.domain[1] || 1, 5);
  const step = tickStep(low, high, 5);
  const digits = Math.max(0, -Math.floor(Math.log10(step)));
  const tickTexts = ticks(low, high, 5).map((t) => ({ t, text: input.format(t.toFixed(digits)) }));
  const left = Math.max(...tickTexts.map((t) => textWidth(t.text))) + 10;
  const [top, right, bottom] = [20, 14, 28];
  const plotW = Math.max(1, width - left - right);
  const round = (n: number) => Math.round(n * 10) / 10;
  const sx = (i: number) =>
    round(left + (periods.length < 2 ? plotW / 2 : (i / (periods.length - 1)) * plotW));
  const sy = (y: number) =>
    round(top + (1 - (y - low) / (high - low || 1)) * (height - top - bottom));
  const points: SdgChartLayout['points'] = [];
  const paths: string[] = [];
  let run: string[] = [];
  let latest: SdgChartLayout['latest'] = null;
  values.forEach((value, i) => {
    if (value === null) {
      if (run.length) paths.push(run.join(' '));
      run = [];
      return;
    }
    const [x, y] = [sx(i), sy(value)];
    points.push({ x, y, period: i });
    run.push(`${run.length ? 'L' : 'M'}${x} ${y}`);
    latest = { x, y: y - 10, text: input.texts[i], anchor: 'middle' };
  });
  if (run.length) paths.push(run.join(' '));
  const anchorAt = (x: number, w: number) =>
    x - w / 2 < left ? 'start' : x + w / 2 > width - right ? 'end' : 'middle';
  if (latest) {
    const l = latest as NonNullable<SdgChartLayout['latest']>;
    l.anchor = anchorAt(l.x, textWidth(l.text));
    if (l.y < 12) l.y += 24;
  }
  const shown: SdgChartLayout['periods'] = [];
  let end = -Infinity;
  periods.forEach((raw, i) => {
    const text = input.period(raw);
    const x = sx(i);
    const w = textWidth(text);
    const anchor = anchorAt(x, w);
    const from = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
    if (from < end + 12) {
      if (i < periods.length - 1) return;
      shown.pop();
    }
    shown.push({ x, text, anchor });
    end = from + w;
  });
  return {
    width,
    height,
    left,
    ticks: tickTexts.map(({ t, text }) => ({ y: sy(t), text })),
    periods: shown,
    points,
    paths,
    latest,
  };
}

/**
 * The chart as an `<svg>` of its width in CSS pixels: hidden (the frame's summary and table
 * say it) but for its points when they are marked for the arrow keys.
 */
export function sdgChart(input: SdgChartInput): TemplateResult {
  const c = sdgChartLayout(input);
  const mark = input.mark;
  return html`<svg
    class="spark chart sdg-chart"
    width=${c.width}
    height=${c.height}
    viewBox="0 0 ${c.width} ${c.height}"
    aria-hidden=${mark ? nothing : 'true'}
  >
    <g aria-hidden="true">
      ${c.ticks.map(
        (t) => svg`<line class="grid" x1=${c.left} x2=${c.width - 4} y1=${t.y} y2=${t.y}></line>
        <text class="tick" x=${c.left - 6} y=${t.y} dy="0.32em" text-anchor="end">${t.text}</text>`,
      )}
      ${c.periods.map(
        (p) =>
          svg`<text class="period" x=${p.x} y=${c.height - 8} text-anchor=${p.anchor}>${p.text}</text>`,
      )}
      ${c.paths.map((d) => svg`<path class="line" d=${d}></path>`)}
    </g>
    ${c.points.map((p) => {
      const dot = svg`<circle class="pt" cx=${p.x} cy=${p.y} r="4"></circle>`;
      return mark ? mark(p.period, dot) : dot;
    })}
    ${
      c.latest
        ? svg`<text class="label latest-label" aria-hidden="true" x=${c.latest.x} y=${c.latest.y} text-anchor=${c.latest.anchor}>${c.latest.text}</text>`
        : ''
    }
  </svg>`;
}
