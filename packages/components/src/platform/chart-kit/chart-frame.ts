/**
 * The accessible frame every Rendir chart sits in: title and a plain-language summary,
 * the chart as an image with that summary as its text alternative, a real `<table>` of
 * the same data one click away, and a footer with source, notes, data and image
 * downloads and "embed this".
 */
import { importAgain } from '../import-again.ts';
import { css, html, nothing, type PropertyDeclarations } from 'lit';
import { safeUrl } from '@rendir/core';
import { defineElement } from '../define.ts';
import { LazyParts } from '../lazy-parts.ts';
import { RendirElement } from '../rendir-element.ts';
import { renderPartFailed } from '../states.ts';
import { resolvedColour, tokens } from '../theme.ts';
import type { EmbedOptions } from './embed.ts';

/** Parts of the frame loaded when needed; mutable so that a test can make one fail. */
export const chartFrameParts = {
  embedCode: () => import('./embed-code.ts'),
};

/** The download code (CSV writer, SVG inliner, PNG encoder) loads on first use. */
type Downloads = typeof import('./download.ts');
const downloadsModule = () => import('./download.ts');

export interface ChartColumn {
  label: string;
  /** `end` for numbers (right-aligned). */
  align?: 'start' | 'end';
}

export interface ChartTable {
  columns: ChartColumn[];
  /** Cells as shown (formatted by the core), one array per row. */
  rows: string[][];
  /**
   * Cells for the CSV download, exact and unformatted (`1234567.89`); defaults to `rows`.
   */
  raw?: string[][];
  /**
   * The CSV's header when its columns are not the table's (a column the download keeps
   * apart, as the budget's plain-language names); defaults to the columns' labels.
   */
  rawHeader?: string[];
}

export interface ChartSource {
  label: string;
  url?: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    /** A download was offered: `format` is `csv`, `svg` or `png`. */
    'rendir-download': CustomEvent<{ format: 'csv' | 'svg' | 'png'; filename: string }>;
    /** The data table was shown or hidden. */
    'rendir-table-toggle': CustomEvent<{ open: boolean }>;
  }
}

let frameCount = 0;

/**
 * @tagname rendir-chart-frame
 * @summary An accessible frame for a chart: summary, data table, source, downloads, embed code.
 *
 * @slot chart - The chart graphic (an `<svg>`); decorative details inside it should be `aria-hidden`.
 * @slot actions - Extra buttons for the footer.
 * @slot downloads - A widget's own downloads, after the frame's (`class="link"` buttons).
 *
 * @event rendir-download - A file was offered for download.
 * @event rendir-table-toggle - The data table was shown or hidden.
 *
 * @csspart title - The chart title.
 * @csspart summary - The plain-language summary.
 * @csspart chart - The box around the graphic.
 * @csspart table - The data table.
 * @csspart footer - Source, notes and actions.
 * @csspart button - Every footer button.
 *
 * @cssprop --rendir-chart-min-height - Reserved height of the graphic (default 12rem).
 */
export class RendirChartFrame extends RendirElement {
  static override styles = [
    RendirElement.styles,
    css`
      :host {
        background: transparent;
      }
      figure {
        margin: 0;
        display: flex;
        flex-direction: column;
        gap: ${tokens.space};
      }
      .title {
        margin: 0;
        font-weight: 700;
        font-size: 1.125em;
      }
      .summary {
        margin: 0;
        color: ${tokens.text};
      }
      .chart {
        min-height: var(--rendir-chart-min-height, 12rem);
        overflow-x: auto;
      }
      .table-wrap {
        overflow-x: auto;
        max-width: 100%;
      }
      table {
        border-collapse: collapse;
        min-width: 100%;
      }
      caption {
        text-align: start;
        font-weight: 700;
        padding-block: ${tokens.space};
      }
      th,
      td {
        padding: 0.25em 0.5em;
        border-bottom: 1px solid ${tokens.border};
        text-align: start;
        vertical-align: top;
      }
      th {
        background: ${tokens.surfaceAlt};
      }
      [data-align='end'] {
        text-align: end;
        font-variant-numeric: tabular-nums;
      }
      .footer {
        display: flex;
        flex-wrap: wrap;
        gap: ${tokens.space};
        align-items: center;
        color: ${tokens.muted};
        font-size: 0.9375em;
      }
      .footer p {
        margin: 0;
        flex-basis: 100%;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: ${tokens.space};
      }
      .downloads {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0 0.75em;
      }
      rendir-embed-code {
        flex-basis: 100%;
      }
      @media print {
        .footer .actions,
        .toggle {
          display: none;
        }
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    chartTitle: { attribute: 'chart-title' },
    summary: {},
    table: { attribute: false },
    source: { attribute: false },
    notes: {},
    filename: {},
    embed: { attribute: false },
    navigable: { type: Boolean },
    ownKeys: { type: Boolean, attribute: 'own-keys' },
    noImage: { type: Boolean, attribute: 'no-image' },
    tableOpen: { type: Boolean, reflect: true, attribute: 'table-open' },
    downloadFailed: { state: true },
  };

  /** Title of the chart (also the name of the image for screen readers). */
  chartTitle = '';

  /** Plain-language summary of what the chart shows (see `summariseCategories`). */
  summary = '';

  /** The same data as a table, for the table view and the CSV download. */
  table: ChartTable | null = null;

  /** Where the data comes from. */
  source: ChartSource | null = null;

  /** Notes under the chart. */
  notes = '';

  /** Base name of downloaded files, without extension. */
  filename = 'rendir-datos';

  /**
   * What "embed this" rebuilds (the tag, its attributes, the script and iframe addresses);
   * hidden when absent. The code itself is written by the embed part, loaded with it.
   */
  embed: EmbedOptions | null = null;

  /**
   * The chart's points are keyboard-navigable (see `ChartNavigation`): the graphic is then
   * a group of images, one per point, instead of a single image.
   */
  navigable = false;

  /**
   * The chart says its keys itself, in a hint it shows (the budget viewer's): the frame's
   * hidden «Use las flechas…» is then left out, so that a screen reader hears them once.
   */
  ownKeys = false;

  /** Hide the image download buttons (e.g. for charts made of HTML, not SVG). */
  noImage = false;

  /** Shows the data table (the toggle button changes it; useful for print and previews). */
  tableOpen = false;
  private downloadFailed = false;

  /** The embed code's element, loaded when there is code to give. */
  private readonly parts = new LazyParts(this, chartFrameParts);

  /** Loads the download code; replaceable so that tests can simulate a failed load. */
  static loadDownloads: () => Promise<Downloads> = () => importAgain(downloadsModule);

  private get chartSlot(): HTMLSlotElement {
    return this.renderRoot.querySelector('slot[name="chart"]')!;
  }

  private readonly uid = `rendir-chart-${++frameCount}`;

  /** Opens or closes the data table. */
  toggleTable(open = !this.tableOpen): void {
    this.tableOpen = open;
    this.emit('rendir-table-toggle', { open });
  }

  /** The slotted `<svg>`, if any. */
  get svg(): SVGSVGElement | null {
    const assigned = this.chartSlot?.assignedElements({ flatten: true }) ?? [];
    for (const element of assigned) {
      if (element instanceof SVGSVGElement) return element;
      const inner = element.querySelector('svg');
      if (inner) return inner;
    }
    return null;
  }

  /** CSV of the table (formula-neutralised). */
  async csv(): Promise<string> {
    if (!this.table) return '';
    const { tableCsv } = await RendirChartFrame.loadDownloads();
    return tableCsv(
      this.table.rawHeader ?? this.table.columns.map((c) => c.label),
      this.table.raw ?? this.table.rows,
    );
  }

  /** SVG document of the chart as shown, or `null` without an SVG. */
  async svgDocument(): Promise<string | null> {
    const svg = this.svg;
    if (!svg) return null;
    const { serialiseSvg } = await RendirChartFrame.loadDownloads();
    return serialiseSvg(svg, resolvedColour(this, 'surface') || '#ffffff');
  }

  /** Runs a download; a failed load of the download code is said, never thrown. */
  private async offer(
    format: 'csv' | 'svg' | 'png',
    make: (downloads: Downloads) => Promise<Blob | null>,
  ): Promise<void> {
    let downloads: Downloads;
    try {
      downloads = await RendirChartFrame.loadDownloads();
      this.downloadFailed = false;
    } catch {
      this.downloadFailed = true;
      return;
    }
    try {
      const blob = await make(downloads);
      if (!blob) return;
      const filename = `${this.filename}.${format}`;
      downloads.downloadBlob(blob, filename);
      this.emit('rendir-download', { format, filename });
    } catch {
      // Some browsers refuse to draw an SVG into a canvas; SVG stays available.
    }
  }

  private downloadCsv = () =>
    this.offer('csv', async () => new Blob([await this.csv()], { type: 'text/csv;charset=utf-8' }));

  private downloadSvg = () =>
    this.offer('svg', async () => {
      const text = await this.svgDocument();
      return text ? new Blob([text], { type: 'image/svg+xml' }) : null;
    });

  private downloadPng = () =>
    this.offer('png', async ({ svgToPng }) => {
      const svg = this.svg;
      const text = await this.svgDocument();
      if (!svg || !text) return null;
      const box = svg.getBoundingClientRect();
      return svgToPng(text, box.width, box.height);
    });

  private renderTable() {
    const table = this.table;
    if (!table) return nothing;
    return html`<div class="table-wrap" id="${this.uid}-table" ?hidden=${!this.tableOpen}>
      <table part="table">
        <caption>
          ${this.t.tableCaption(this.chartTitle)}
        </caption>
        <thead>
          <tr>
            ${table.columns.map((c) => html`<th scope="col" data-align=${c.align ?? 'start'}>${c.label}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${table.rows.map(
            (row) =>
              html`<tr>
                ${row.map((cell, i) => {
                  const align = table.columns[i]?.align ?? 'start';
                  return i === 0
                    ? html`<th scope="row" data-align=${align}>${cell}</th>`
                    : html`<td data-align=${align}>${cell}</td>`;
                })}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  /**
   * The downloads as one line of small links, «Descargar: datos (CSV) imagen (SVG) imagen
   * (PNG)», that wraps on a phone (three 44 px buttons stacked took 150 px there). Each
   * button's name is whole for screen readers and speech input («Descargar datos (CSV)»):
   * the visible «Descargar:» is said by each button instead. A widget that makes its own
   * images slots them in (`slot="downloads"`, `class="link"`, the same hidden word).
   */
  private renderDownloads() {
    const t = this.t;
    const offers: [string, () => void][] = [];
    if (this.table) offers.push([t.downloadData, this.downloadCsv]);
    if (!this.noImage)
      offers.push([t.downloadSvg, this.downloadSvg], [t.downloadPng, this.downloadPng]);
    if (!offers.length && !this.querySelector('[slot="downloads"]')) return nothing;
    return html`<div class="downloads">
      <span aria-hidden="true">${t.download}:</span>
      ${offers.map(
        ([label, offer]) =>
          html`<button type="button" class="link" part="button" @click=${offer}>
            <span class="visually-hidden">${t.download} </span>${label}
          </button>`,
      )}
      <slot name="downloads"></slot>
    </div>`;
  }

  /** The embed code, once its element has loaded (a part: few readers open it). */
  private renderEmbed() {
    if (!this.embed) return nothing;
    const part = this.parts.get('embedCode');
    if (part) {
      defineElement('rendir-embed-code', part.RendirEmbedCode);
      return html`<rendir-embed-code
        exportparts="embed, button"
        .snippets=${part.embedSnippets(this.embed)}
      ></rendir-embed-code>`;
    }
    if (!this.parts.failed('embedCode')) return nothing;
    return renderPartFailed(this.t, () => this.parts.retry('embedCode'));
  }

  override render() {
    const t = this.t;
    const sourceUrl = this.source?.url ? safeUrl(this.source.url) : undefined;
    const label = [this.chartTitle, this.summary].filter(Boolean).join('. ');
    return html`<figure aria-labelledby="${this.uid}-title">
      <figcaption>
        <p class="title" part="title" id="${this.uid}-title">${this.chartTitle}</p>
        ${this.summary ? html`<p class="summary" part="summary">${this.summary}</p>` : nothing}
      </figcaption>
      ${
        this.navigable
          ? html`<div class="chart" part="chart" role="group" aria-label=${label}>
              ${this.ownKeys ? nothing : html`<p class="visually-hidden">${t.chartKeys}</p>`}
              <slot name="chart"></slot>
            </div>`
          : html`<div class="chart" part="chart" role="img" aria-label=${label}>
              <slot name="chart"></slot>
            </div>`
      }
      ${
        this.table
          ? html`<div>
              <button
                type="button"
                class="toggle"
                part="button"
                aria-expanded=${this.tableOpen ? 'true' : 'false'}
                aria-controls="${this.uid}-table"
                @click=${() => this.toggleTable()}
              >
                ${this.tableOpen ? t.hideTable : t.showTable}
              </button>
            </div>`
          : nothing
      }
      ${this.renderTable()}
      <!-- Not <footer>: inside a page, that would be a second contentinfo landmark. -->
      <div class="footer" part="footer">
        ${
          this.source
            ? html`<p>
                ${t.source}:
                ${
                  sourceUrl
                    ? html`<a href=${sourceUrl} rel="noopener noreferrer">${this.source.label}</a>`
                    : this.source.label
                }
              </p>`
            : nothing
        }
        ${this.notes ? html`<p>${t.notes}: ${this.notes}</p>` : nothing}
        <div class="actions">
          ${this.renderDownloads()}
          <slot name="actions"></slot>
        </div>
        <p role="alert" class=${this.downloadFailed ? '' : 'visually-hidden'}>
          ${this.downloadFailed ? t.downloadFailed : ''}
        </p>
        ${this.renderEmbed()}
      </div>
    </figure>`;
  }
}
