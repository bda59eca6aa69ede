/**
 * The viewer's chart in the platform's chart frame, as the tracker's charts are: the frame
 * gives the title, the data table behind its toggle with its CSV download, the source, the
 * note and the embed code; the viewer adds its image downloads (its chart is HTML, so the
 * picture is drawn by budget-image.ts). Below it, the breakdown the page without JavaScript
 * shows. The table and the breakdown are parts, loaded beside the data.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { safeUrl } from '@rendir/core';
import type { EmbedOptions } from '../platform/chart-kit/embed.ts';
import type { BudgetNode } from './budget-model.ts';
import type { TableContext } from './budget-table.ts';
import { PAGE, ROWS_PAGE, fileName, subject, type Derived } from './view-context.ts';
import type { ViewerHost } from './viewer-host.ts';

/** "Embed this": the viewer rebuilt from its attributes, with `embed-script`. */
function embedOptions(host: ViewerHost): EmbedOptions | null {
  if (!host.embedScript) return null;
  return {
    tag: host.localName,
    attributes: {
      src: host.src,
      levels: host.levels,
      'number-format': host.numberFormat,
      heading: host.heading,
      note: host.note,
      population: host.population,
      deflator: host.deflator,
      source: host.source,
      'source-url': safeUrl(host.sourceUrl),
      lang: host.lang || undefined,
    },
    scriptUrl: host.embedScript,
    iframeUrl: safeUrl(host.embedIframe),
    title: host.heading || host.ctx.m.title,
  };
}

/**
 * "Show more" under a list of `total` items of which `shown` are shown: everything stays
 * reachable without drawing it all. `show` is given the new count.
 */
function moreButton(
  host: ViewerHost,
  { total, shown, page, cls }: { total: number; shown: number; page: number; cls: string },
  show: (shown: number) => void,
): TemplateResult | typeof nothing {
  if (total <= shown) return nothing;
  const next = Math.min(page, total - shown);
  return html`<button type="button" class="more ${cls}" @click=${() => show(shown + next)}>
    ${host.ctx.m.showMore(next, shown, total)}
  </button>`;
}

/** "Show more" under the bar list. */
export function renderMore(
  host: ViewerHost,
  total: number,
  cls: string,
): TemplateResult | typeof nothing {
  const shown = host.limit;
  return moreButton(host, { total, shown, page: PAGE, cls }, (n) => (host.limit = n));
}

/**
 * "Show more" under the breakdown, for its rows and the data table's: the new count is
 * announced, and once every row is shown (the button gone) focus moves to the table.
 */
function renderMoreRows(host: ViewerHost, total: number): TemplateResult | typeof nothing {
  // On paper every row is there, and no button.
  if (host.print.printing) return nothing;
  const shown = host.rowLimit;
  const options = { total, shown, page: ROWS_PAGE, cls: 'breakdown-more' };
  return moreButton(host, options, async (n) => {
    host.rowLimit = n;
    host.nav.announcement = host.ctx.m.rowsShown(n, total);
    if (n < total) return;
    await host.updateComplete;
    host.shadowRoot?.querySelector<HTMLElement>('.breakdown .table-wrap')?.focus();
  });
}

/** The open level's items as boxes, bars or an icicle (a part, loaded with the data). */
export function renderChart(host: ViewerHost, node: BudgetNode): TemplateResult | typeof nothing {
  if (!node.children.length) return nothing;
  const part = host.parts.get('chart');
  if (!part) return host.parts.failed('chart') ? host.renderPartState('chart') : nothing;
  return part.renderChart(
    {
      host,
      size: host.size,
      icicle: host.view === 'icicle' ? host.parts.get('icicle') : undefined,
      iciclePending: () => host.renderPartState('icicle'),
      more: (rows, cls) => renderMore(host, rows, cls),
    },
    node,
  );
}

/** What the data table and the breakdown are drawn from. */
function tableContext(host: ViewerHost, d: Derived, node: BudgetNode): TableContext {
  return {
    ...host.ctx,
    d,
    node,
    levels: host.levels?.split(',').map((l) => l.trim()) ?? [],
    threshold: host.budget.threshold(),
    executionKey: host.budget.executionKey(),
    population: host.budget.populationValue() ?? undefined,
    limit: host.print.printing ? Infinity : host.rowLimit,
  };
}

/**
 * The open level's items and their own items, every amount in full: what the page without
 * JavaScript shows, in view (a part, loaded with the data).
 */
export function renderBreakdown(
  host: ViewerHost,
  d: Derived,
  node: BudgetNode,
): TemplateResult | typeof nothing {
  const part = host.parts.get('breakdown');
  if (!part) return host.parts.failed('breakdown') ? host.renderPartState('breakdown') : nothing;
  return part.renderBreakdown({
    ...tableContext(host, d, node),
    drill: (n) => host.drill(n),
    more: (rows) => renderMoreRows(host, rows),
  });
}

/** The open level's chart (nothing for an item without items) in the chart frame. */
export function renderFrame(
  host: ViewerHost,
  d: Derived,
  node: BudgetNode,
  chart: TemplateResult | typeof nothing,
): TemplateResult {
  const ctx = host.ctx;
  const table = host.parts.get('table')?.dataTable(tableContext(host, d, node)) ?? null;
  const image = (format: 'svg' | 'png', label: string) =>
    html`<button
      type="button"
      slot="downloads"
      part="button"
      class="download-${format} link"
      @click=${async () => {
        // A part that fails to load says so under the buttons.
        const exports = await host.parts.load('exports').catch(() => undefined);
        await exports?.download(host, d, node, format);
      }}
    >
      <span class="visually-hidden">${ctx.t.download} </span>${label}
    </button>`;
  const title = ctx.m.chartTitle(subject(node), d.year);
  return html`<rendir-chart-frame
      part="frame"
      exportparts="table, footer, button, embed"
      navigable
      own-keys
      no-image
      theme=${host.frameTheme ?? nothing}
      chart-title=${d.constantLabel ? `${title} — ${d.constantLabel}` : title}
      notes=${host.note ?? nothing}
      filename=${fileName(d, node)}
      ?table-open=${host.tableOpen}
      .table=${table}
      .source=${host.source ? { label: host.source, url: host.sourceUrl } : null}
      .embed=${embedOptions(host)}
      @rendir-table-toggle=${(e: CustomEvent<{ open: boolean }>) => (host.tableOpen = e.detail.open)}
    >
      <div slot="chart">${chart}</div>
      ${
        node.children.length
          ? html`${image('svg', ctx.t.downloadSvg)} ${image('png', ctx.t.downloadPng)}`
          : nothing
      }
      ${
        host.parts.failed('exports')
          ? html`<div slot="actions">${host.renderPartState('exports')}</div>`
          : nothing
      }
    </rendir-chart-frame>
    ${
      !table && host.parts.failed('table')
        ? html`<div class="table-state">${host.renderPartState('table')}</div>`
        : nothing
    }`;
}
