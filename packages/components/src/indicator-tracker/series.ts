/**
 * An indicator's values over time: in a set's card, the labelled small chart and a
 * "Valores" table; for the indicator shown alone, its chart with axes in the platform's
 * chart frame (keyboard walk, table, downloads, source).
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { isExactNumber, type CellNumber } from '@rendir/core';
import type { ChartNavigation } from '../platform/chart-kit/index.ts';
import {
  looseKey,
  seriesOf,
  sparkline,
  type PlottedPoint,
  type SeriesPoint,
  type TrackedIndicator,
  type UnitInfo,
} from './logic.ts';
import { cellView, frameSource, periodText, pointLabel, shown, type TrackerView } from './view.ts';

/** A plain-language reading of the series, for the chart's text alternative. */
function seriesSummary(v: TrackerView, item: TrackedIndicator, unit: UnitInfo): string {
  const { indicator } = item;
  const measured = seriesOf(indicator)
    .filter((p) => p.role !== 'target' && isExactNumber(p.cell) && p.period)
    .map((p) => ({
      label: periodText(v, p.period),
      value: Number((p.cell as { value: string }).value),
      display: shown(v, p.cell, unit, true),
    }));
  const target = v.m.targetSentence(
    shown(v, indicator.target.value, unit, true),
    periodText(v, indicator.target.period),
  );
  return `${(measured.length && v.part?.summariseSeries(measured, v.locale)) || ''} ${target}`.trim();
}

/** An index is drawn on its whole scale (2,61 of 10 looks like it). */
function scaleOf(unit: UnitInfo): readonly [number, number] | undefined {
  return unit.kind === 'index' && unit.scaleMax ? ([0, unit.scaleMax] as const) : undefined;
}

/** A set card's series: the labelled small chart and the values as a table. */
export function renderCardSeries(
  v: TrackerView,
  item: TrackedIndicator,
  unit: UnitInfo,
): TemplateResult {
  const { indicator } = item;
  const m = v.m;
  const series = seriesOf(indicator);
  const plotted = series.filter((p) => isExactNumber(p.cell) && p.period).length;
  const chart =
    plotted > 1
      ? v.part?.miniChart({
          series,
          scale: scaleOf(unit),
          format: (cell) => shown(v, cell, unit, true),
          period: (p) => periodText(v, p),
          baselineWord: m.baseline,
          targetWord: m.target,
          summary: seriesSummary(v, item, unit),
        })
      : undefined;
  return html`<figure class="series" part="series">
    ${chart ?? nothing}
    <details>
      <summary>${m.values}</summary>
      <table>
        <caption class="visually-hidden">
          ${v.t.tableCaption(indicator.name)}
        </caption>
        <thead>
          <tr>
            <th scope="col">${m.period}</th>
            <th scope="col">${m.value}</th>
          </tr>
        </thead>
        <tbody>
          ${series.map(
            (p) =>
              html`<tr>
                <th scope="row">${pointLabel(v, p)}</th>
                <td class="num">${cellView(v, p.cell, unit)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </details>
  </figure>`;
}

export interface SingleSeriesOptions {
  /** Arrow keys through the points. */
  nav: ChartNavigation;
  /** The chart's measured width (0 until measured: a scaled sparkline stands in). */
  width: number;
}

/** The points of the indicator shown alone, in the order the arrow keys walk them. */
export function singlePoints(item: TrackedIndicator): SeriesPoint[] {
  return sparkline(seriesOf(item.indicator), 1, 1).points;
}

/** What the arrow keys announce on a point. */
export function singlePointLabel(v: TrackerView, p: SeriesPoint, unit: UnitInfo): string {
  return `${pointLabel(v, p)}: ${shown(v, p.cell, unit, true)}`;
}

/** The indicator shown alone: its chart with axes and labels, in the chart frame. */
export function renderSingleSeries(
  v: TrackerView,
  item: TrackedIndicator,
  unit: UnitInfo,
  o: SingleSeriesOptions,
): TemplateResult {
  const { indicator } = item;
  const m = v.m;
  const series = seriesOf(indicator);
  const scale = scaleOf(unit);
  const [w, h] = [480, 112];
  const spark = sparkline(series, w, h, 12, scale);
  const navigable = spark.points.length > 0;
  const percent = series.some((p) => isExactNumber(p.cell) && p.cell.isPercent);
  const mark = (p: PlottedPoint, i: number, shape: SVGTemplateResult) =>
    svg`<g class="point" data-rendir-point=${i} tabindex=${o.nav.tabindex(i)} role="img"
      aria-label=${singlePointLabel(v, p, unit)} @focus=${() => o.nav.focused(i)}>${shape}</g>`;
  const graphic =
    o.width > 0 && v.part
      ? v.part.seriesChart({
          series,
          width: o.width,
          scale,
          format: (value) =>
            shown(v, { value, raw: value, isPercent: percent } as CellNumber, unit, true),
          cellText: (cell) => shown(v, cell, unit, true),
          period: (p) => periodText(v, p),
          baselineWord: m.baseline,
          targetWord: m.target,
          mark,
        })
      : html`<svg class="spark large" viewBox="0 0 ${w} ${h}">
          ${
            spark.targetY === null
              ? nothing
              : svg`<line class="target-level" x1="0" x2=${w} y1=${spark.targetY} y2=${spark.targetY}></line>`
          }
          <path class="to-target" d=${spark.toTarget}></path>
          <path class="line" d=${spark.path}></path>
          ${spark.points.map((p, i) =>
            mark(
              p,
              i,
              p.role === 'target'
                ? svg`<path class="pt pt-target" d="M${p.x} ${p.y - 6}l6 6-6 6-6-6z"></path>`
                : svg`<circle class="pt" cx=${p.x} cy=${p.y} r="5"></circle>`,
            ),
          )}
        </svg>`;
  const rows = series.map((p) => [pointLabel(v, p), shown(v, p.cell, unit)]);
  const raw = series.map((p) => [
    p.period?.raw ?? '',
    isExactNumber(p.cell) ? p.cell.value : p.cell.raw,
  ]);
  return html`<rendir-chart-frame
      class="series"
      part="series"
      ?navigable=${navigable}
      theme=${v.frame.theme ?? nothing}
      chart-title=${m.seriesTitle}
      summary=${seriesSummary(v, item, unit)}
      notes=${v.frame.note}
      filename=${looseKey(indicator.name).replace(/ /g, '-').slice(0, 60) || 'indicador'}
      .source=${frameSource(v, indicator.source)}
      .embed=${v.frame.embed}
      .table=${{ columns: [{ label: m.period }, { label: m.value, align: 'end' }], rows, raw }}
      @keydown=${o.nav.onKeydown}
    >
      <div slot="chart" class="series-plot">${graphic}</div>
    </rendir-chart-frame>
    ${o.nav.liveRegion()}`;
}
