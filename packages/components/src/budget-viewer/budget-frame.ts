/**
 * What frames the viewer's chart: the data table behind its toggle (the table itself is a
 * lazily loaded part) and the footer with the source, data and image downloads, and the
 * embed code. Downloads and embed code load on first need.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { safeUrl } from '@rendir/core';
import type { BudgetNode } from './budget-model.ts';
import { renderMore } from './budget-chart.ts';
import { subject, type Derived } from './view-context.ts';
import type { ViewerHost } from './viewer-host.ts';

/** The data table of the open level, shown and hidden by its button. */
export function renderTable(host: ViewerHost, d: Derived, node: BudgetNode): TemplateResult {
  const ctx = host.ctx;
  const m = ctx.m;
  const open = host.tableOpen;
  const table = open ? host.parts.get('table') : undefined;
  const rows = node.children.length || 1;
  return html`<section class="table" part="table">
    <h3 id="table-title">${m.table}</h3>
    <button
      type="button"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls="table-region"
      @click=${() => (host.tableOpen = !open)}
    >
      ${open ? m.hideTable : m.showTable}
    </button>
    <div
      class="table-wrap"
      id="table-region"
      role="region"
      tabindex="0"
      aria-labelledby="table-title"
      ?hidden=${!open}
    >
      ${
        !open
          ? nothing
          : table
            ? html`${table.renderTable({
                ...ctx,
                d,
                node,
                subject: subject(node),
                levels: host.levels?.split(',').map((l) => l.trim()) ?? [],
                threshold: host.budget.threshold(),
                executionKey: host.budget.executionKey(),
                population: host.budget.populationValue() ?? undefined,
                limit: host.limit,
                drill: (n) => host.drill(n),
              })}
              ${renderMore(host, rows, 'table-more')}`
            : host.renderPartState('table')
      }
    </div>
  </section>`;
}

/** Source, downloads of the open level (data, SVG, PNG) and the embed code. */
export function renderFooter(host: ViewerHost, d: Derived, node: BudgetNode): TemplateResult {
  const t = host.ctx.t;
  const url = safeUrl(host.sourceUrl);
  const embed = host.embedScript ? host.parts.get('embed') : undefined;
  const button = (format: 'csv' | 'svg' | 'png', label: string) =>
    html`<button
      type="button"
      class=${format === 'csv' ? 'download' : `download-${format}`}
      @click=${async () => {
        // A part that fails to load says so under the buttons.
        const exports = await host.parts.load('exports').catch(() => undefined);
        await exports?.download(host, d, node, format);
      }}
    >
      ${label}
    </button>`;
  return html`<footer class="footer" part="footer">
    ${
      host.source
        ? html`<p>${t.source}: ${url ? html`<a href=${url}>${host.source}</a>` : host.source}</p>`
        : nothing
    }
    <div class="group">
      ${button('csv', t.downloadData)}
      ${
        node.children.length
          ? html`${button('svg', t.downloadSvg)} ${button('png', t.downloadPng)}`
          : nothing
      }
    </div>
    ${host.parts.failed('exports') ? host.renderPartState('exports') : nothing}
    ${!host.embedScript ? nothing : embed ? embed.renderEmbed(host) : host.renderPartState('embed')}
  </footer>`;
}
