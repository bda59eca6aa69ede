/**
 * The quick chart's section: open or closed, the column and kind the reader chose, and
 * the chart itself once its lazy part has arrived (or why it could not).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { renderPartFailed } from '../platform/states.ts';
import type { ChartKind } from './chart.ts';
import { cellContext, messagesOf, type DatasetContext } from './dataset-context.ts';
import { fileBase } from './metadata.ts';
import type { DatasetData } from './dataset-data.ts';
import type { DatasetMetadata } from './types.ts';

export class QuickChartSection {
  private key = '';
  private kind: ChartKind = 'bar';
  private open = false;
  private chart: import('./quick-chart.ts').QuickChart | undefined;
  private readonly ctx: DatasetContext;

  constructor(ctx: DatasetContext) {
    this.ctx = ctx;
  }

  private toggle(open: boolean): void {
    this.open = open;
    this.ctx.host.requestUpdate();
    if (open) this.ctx.parts.load('chart').catch(() => {});
  }

  render(data: DatasetData, meta: DatasetMetadata): TemplateResult {
    return html`<details
      class="chart"
      @toggle=${(e: Event) => this.toggle((e.target as HTMLDetailsElement).open)}
      ?open=${this.open}
    >
      <summary>${messagesOf(this.ctx).chart}</summary>
      ${this.open ? this.renderChart(data, meta) : nothing}
    </details>`;
  }

  /** The chart once its code is here; until then, that it is loading, or why it failed. */
  private renderChart(data: DatasetData, meta: DatasetMetadata): TemplateResult {
    const { host, parts, query } = this.ctx;
    if (parts.failed('chart')) return renderPartFailed(host.t, () => void this.retry());
    const chart = parts.peek('chart');
    if (!chart) return html`<p class="note" role="status">${host.t.partLoading}</p>`;
    this.chart ??= new chart.QuickChart(host);
    const local = data.kind === 'local' ? data.table : null;
    const view = query.view;
    return this.chart.render({
      columns: query.columnsOf(data),
      key: this.key || host.chartColumn,
      count: query.rowCount(data),
      cells: (k) => query.rowCells(data, k),
      // Portals write plain numbers; local cells are keyed as the grid sorts them.
      value: (k, c, raw) => (local ? local.key(view[k], c) : Number(raw)),
      shape: (k, c) => query.cellShape(data, k, c),
      ctx: cellContext(this.ctx),
      kind: this.kind,
      locale: host.locale,
      filename: `${fileBase(meta)}-grafico`,
      inputs: [
        data,
        view,
        data.kind === 'remote' ? data.page : null,
        this.key,
        host.locale,
        query.hiddenColumns,
      ],
      onColumn: (key) => {
        this.key = key;
        host.requestUpdate();
      },
      onKind: (kind) => {
        this.kind = kind;
        host.requestUpdate();
      },
    });
  }

  /** The retry button goes away with the error: focus moves to the chart's first control. */
  private async retry(): Promise<void> {
    const { host, parts } = this.ctx;
    const root = host.renderRoot as ShadowRoot;
    const hadFocus = root.querySelector('details.chart [role="alert"] button');
    const focused = hadFocus !== null && root.activeElement === hadFocus;
    try {
      await parts.load('chart');
    } catch {
      return;
    }
    await host.updateComplete;
    if (focused) root.querySelector<HTMLElement>('details.chart select')?.focus();
  }
}
