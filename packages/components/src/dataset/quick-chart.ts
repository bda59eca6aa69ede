/**
 * The quick chart's controls and frame, loaded when the reader first opens it: the
 * platform's chart frame, keyboard navigation and summary come with it, not with the grid.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { isMissingCell } from '@rendir/core';
import { tokens } from '../platform/theme.ts';
import { defineElement } from '../platform/define.ts';
import { RendirChartFrame } from '../platform/chart-kit/chart-frame.ts';
import { ChartNavigation } from '../platform/chart-kit/navigation.ts';
import { PlotWidth } from '../platform/chart-kit/plot-width.ts';
import { summariseCategories } from '../platform/chart-kit/category-summary.ts';
import type { RendirElement } from '../platform/rendir-element.ts';
import type { Locale } from '../platform/i18n.ts';
import { showCell, formatCount, type CellContext } from './cells.ts';
import {
  CHART_LIMIT,
  labelColumn,
  renderChart,
  topCounts,
  type ChartKind,
  type ChartPoint,
} from './chart.ts';
import { chartMessages } from './chart-messages.ts';
import type { DatasetColumn } from './types.ts';

/** What the chart reads from the element: the view, and where the reader's choices go. */
export interface ChartView {
  columns: readonly DatasetColumn[];
  /** Key of the column asked for (`chart-column`, then the reader's choice). */
  key: string;
  /** Rows in view and each one's cells. */
  count: number;
  cells: (position: number) => readonly string[];
  /** How a number cell reads, as the grid shows it. */
  shape: (position: number, column: number) => number;
  /** The value of a number cell, as the grid sorts it. */
  value: (position: number, column: number, raw: string) => number;
  ctx: CellContext;
  kind: ChartKind;
  locale: Locale;
  filename: string;
  /** Points are recomputed only when one of these changes (not on every scroll). */
  inputs: readonly unknown[];
  onColumn: (key: string) => void;
  onKind: (kind: ChartKind) => void;
}

/** Added to the element's shadow root with the chart (its SVG is drawn there). */
const chartStyles = css`
  .quick-chart {
    display: block;
    max-width: 100%;
    height: auto;
    overflow: visible;
  }
  .quick-chart .bar,
  .quick-chart .point {
    fill: ${tokens.cat[0]};
  }
  .quick-chart .series {
    fill: none;
    stroke: ${tokens.cat[0]};
    stroke-width: 2;
  }
  .quick-chart .axis {
    stroke: ${tokens.border};
  }
  .quick-chart .label,
  .quick-chart .value {
    fill: ${tokens.text};
    font-size: 13px;
    dominant-baseline: middle;
    font-variant-numeric: tabular-nums;
  }
  .quick-chart .value {
    fill: ${tokens.muted};
  }
  .quick-chart [data-rendir-point]:focus {
    outline: none;
    stroke: ${tokens.focus};
    stroke-width: 3;
  }
  .chart-controls {
    display: flex;
    flex-wrap: wrap;
    gap: ${tokens.space};
  }
  @media (forced-colors: active) {
    .quick-chart .bar,
    .quick-chart .point {
      fill: CanvasText;
    }
    .quick-chart .series {
      stroke: CanvasText;
    }
  }
`;

export class QuickChart {
  private points: ChartPoint[] = [];
  private inputs: readonly unknown[] = [];
  private readonly nav: ChartNavigation;
  private readonly host: RendirElement;
  /** The chart's box, measured: drawn at its width, its text never scaled down. */
  private readonly plot: PlotWidth;

  constructor(host: RendirElement) {
    this.host = host;
    const root = host.renderRoot;
    if (root instanceof ShadowRoot && chartStyles.styleSheet)
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, chartStyles.styleSheet];
    defineElement('rendir-chart-frame', RendirChartFrame);
    this.nav = new ChartNavigation(host, {
      count: () => this.points.length,
      label: (i) => `${this.points[i]?.label}: ${this.points[i]?.display}`,
    });
    this.plot = new PlotWidth(host, '.quick-chart');
  }

  private column(view: ChartView): DatasetColumn | undefined {
    const columns = view.columns;
    return (
      columns.find((c) => c.key === view.key) ??
      columns.find((c) => c.type === 'number') ??
      columns.find((c) => c.type === 'text')
    );
  }

  private compute(view: ChartView): ChartPoint[] {
    const column = this.column(view);
    if (!column) return [];
    const columns = view.columns;
    const c = columns.indexOf(column);
    const ctx = view.ctx;
    const formatInt = (n: number) => formatCount(n, ctx.locale);
    if (column.type !== 'number') {
      return topCounts(
        view.count,
        (k) => view.cells(k)[c] ?? '',
        CHART_LIMIT,
        formatInt,
        this.host.msg(chartMessages).missingNoData,
      ).map((p) =>
        column.type === 'text' ? p : { ...p, label: showCell(column, p.label, ctx).text },
      );
    }
    const labelCol = labelColumn(columns, column);
    const l = labelCol ? columns.indexOf(labelCol) : -1;
    const points: ChartPoint[] = [];
    for (let k = 0; k < view.count && points.length < CHART_LIMIT; k++) {
      const cells = view.cells(k);
      const raw = cells[c] ?? '';
      if (isMissingCell(raw)) continue;
      const value = view.value(k, c, raw);
      if (!Number.isFinite(value)) continue;
      const label =
        l >= 0 && labelCol
          ? showCell(labelCol, cells[l] ?? '', ctx, view.shape(k, l)).text
          : formatInt(k + 1);
      points.push({
        label,
        value,
        display: showCell(column, raw, ctx, view.shape(k, c)).text,
        raw,
      });
    }
    return points;
  }

  /** The controls and the chart (inside the element's open `<details>`). */
  render(view: ChartView): TemplateResult {
    if (
      view.inputs.length !== this.inputs.length ||
      view.inputs.some((v, i) => v !== this.inputs[i])
    ) {
      this.inputs = view.inputs;
      this.points = this.compute(view);
      this.nav.hostUpdate();
    }
    const m = this.host.msg(chartMessages);
    const columns = view.columns;
    const column = this.column(view);
    const points = this.points;
    const labelCol = column && labelColumn(columns, column);
    let title = '';
    let note = '';
    if (column) {
      title =
        column.type === 'number'
          ? m.chartValues(column.label, labelCol?.label ?? '#')
          : m.chartCounts(column.label);
      note =
        column.type === 'number' ? m.chartFirstRows(CHART_LIMIT) : m.chartTopValues(CHART_LIMIT);
    }
    const kind = column?.type === 'number' ? view.kind : 'bar';
    return html`<div class="chart-controls">
        <label
          >${m.chartColumn}
          <select @change=${(e: Event) => view.onColumn((e.target as HTMLSelectElement).value)}>
            ${columns.map(
              (c) => html`<option value=${c.key} ?selected=${c === column}>${c.label}</option>`,
            )}
          </select>
        </label>
        ${
          column?.type === 'number'
            ? html`<label
                >${m.chartType}
                <select
                  @change=${(e: Event) => view.onKind((e.target as HTMLSelectElement).value as ChartKind)}
                >
                  <option value="bar" ?selected=${view.kind === 'bar'}>${m.bar}</option>
                  <option value="line" ?selected=${view.kind === 'line'}>${m.line}</option>
                </select>
              </label>`
            : nothing
        }
      </div>
      ${
        points.length
          ? html`<rendir-chart-frame
                navigable
                no-image
                chart-title=${title}
                summary=${summariseCategories(points, view.locale)}
                notes=${note}
                filename=${view.filename}
                .table=${{
                  columns: [
                    {
                      label:
                        column?.type === 'number'
                          ? (labelCol?.label ?? '#')
                          : (column?.label ?? ''),
                    },
                    {
                      label: column?.type === 'number' ? column.label : m.count,
                      align: 'end' as const,
                    },
                  ],
                  rows: points.map((p) => [p.label, p.display]),
                  raw: points.map((p) => [p.label, p.raw]),
                }}
                @keydown=${this.nav.onKeydown}
              >
                ${renderChart(points, kind, this.nav, this.plot.width)}
              </rendir-chart-frame>
              ${this.nav.liveRegion()}`
          : html`<p class="note">${m.chartNone}</p>`
      }`;
  }
}
