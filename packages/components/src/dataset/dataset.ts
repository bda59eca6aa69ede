/**
 * `<rendir-dataset>`: a data set on any page: what it is, who publishes it, when it was
 * updated (and whether it is overdue), a grid to explore, a quick chart and the current
 * view to download. Local files are streamed and explored in memory; Socrata and CKAN
 * data sets are queried, never downloaded whole.
 *
 * The element holds the attributes and draws the parts in order; each concern is a
 * controller beside it (`dataset-context.ts` lists them): the sources and their loading,
 * remote paging, the query and what is in view, the grid, the quick chart, downloads.
 */
import { reservedHeightStyles } from '../platform/reserved-height.ts';
import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { DatasetEntry, NumberFormat } from '@rendir/core';
import { RendirElement } from '../platform/rendir-element.ts';
import type { LoadError } from '../platform/errors.ts';
import { renderError, renderPartFailed, stateStyles } from '../platform/states.ts';
import { LazyParts } from '../platform/lazy-parts.ts';
import { datasetMessages } from './messages.ts';
import { datasetStyles } from './dataset.styles.ts';
import { lazyParts } from './lazy.ts';
import { fromEntry, mergeMetadata } from './metadata.ts';
import { renderCatalogCard } from './catalog-card.ts';
import type { DatasetContext, DatasetSettings } from './dataset-context.ts';
import { RetryCountdown } from './retry-countdown.ts';
import { DatasetQuery } from './query-controller.ts';
import { DatasetSources } from './sources-controller.ts';
import { DatasetGrid } from './grid-controller.ts';
import { QuickChartSection } from './chart-controller.ts';
import { DatasetDownloads } from './downloads-controller.ts';
import type { DatasetData } from './dataset-data.ts';
import type { DatasetApi, DatasetInput, DatasetMetadata, ViewQuery } from './types.ts';

export type { DatasetData } from './dataset-data.ts';
export type { DatasetApi, DatasetInput } from './types.ts';

declare global {
  interface GlobalEventHandlersEventMap {
    /** The rows in view changed (search, filter, sort, page, or more rows read). */
    'rendir-dataset-view': CustomEvent<{
      shown: number;
      total: number;
      query: ViewQuery;
      complete: boolean;
    }>;
  }
}

let instances = 0;

/** The context the controllers share, with the controllers themselves, which the element draws. */
interface DatasetControllers extends DatasetContext {
  readonly query: DatasetQuery;
  readonly sources: DatasetSources;
  readonly grid: DatasetGrid;
  readonly chart: QuickChartSection;
  readonly downloads: DatasetDownloads;
}

/**
 * @summary A data set with its catalog card, an explorable grid, a quick chart and downloads.
 *
 * @attr src - URL of a CSV or JSON file, a Socrata `/resource/xxxx-xxxx.json` endpoint or a CKAN portal.
 * @attr api - How to read `src`: `csv`, `json`, `socrata` or `ckan` (default: from the URL).
 * @attr resource-id - CKAN DataStore resource id (with `api="ckan"`).
 * @attr number-format - How the file writes numbers: `es` (1.234,56) or `en` (1,234.56); default: what its values prove.
 * @attr heading - Title of the data set (DCAT `title`).
 * @attr description - What the data set holds.
 * @attr publisher - Who publishes it.
 * @attr license - Its license.
 * @attr modified - Date of the last update (ISO).
 * @attr periodicity - How often it is updated (`mensual`, `P1M`, a DCAT frequency URI).
 * @attr keywords - Comma-separated keywords.
 * @attr columns - Comma-separated keys of the columns shown at first (default: all).
 * @attr chart-column - Key of the column charted at first.
 * @attr page-size - Rows per request to Socrata or CKAN (default 100).
 * @attr timeout - Milliseconds before a request is given up (default 20000).
 * @attr lang - Language (`es`, `en`); inherited from the nearest ancestor.
 * @attr theme - `light`, `dark`, `high-contrast` or `auto` (the reader's system); absent: light unless the page is dark.
 *
 * @prop {DatasetInput} data - Rows as a property (records, or `{ columns, rows }`).
 * @prop {DatasetEntry} entry - A catalog entry from the core (`datasets.csv`): metadata and source.
 *
 * @slot - An inline `<script type="text/csv">` or `<script type="application/json">` with the data.
 *
 * @event rendir-data-state - Loading state changed: `{ status, error? }`.
 * @event rendir-data-warnings - The data loaded with problems that did not stop the widget (e.g. a link dropped as unsafe): `{ warnings }`, each with file, line, column and a message in Spanish and English; also logged to the console.
 * @event rendir-dataset-view - Rows in view changed: `{ shown, total, query, complete }`.
 *
 * @csspart header - The catalog card (title, description, publisher, dates).
 * @csspart stale - The notice shown when the data is overdue for an update.
 * @csspart toolbar - Search, column filters and column choice.
 * @csspart grid - The scrolling grid.
 * @csspart row - Each grid row.
 * @csspart cell - Each grid cell (header cells also have `header-cell`).
 * @csspart header-cell - Each column header.
 * @csspart downloads - The download buttons.
 * @csspart state - Loading, empty and error messages.
 * @csspart retry - The retry button of an error.
 *
 * @cssprop --rendir-dataset-grid-height - Height of the grid (default 35rem; shorter when its rows are).
 */
export class RendirDataset extends RendirElement implements DatasetSettings {
  static override styles = [
    RendirElement.styles,
    stateStyles,
    datasetStyles,
    reservedHeightStyles('rendir-dataset'),
  ];

  static override properties: PropertyDeclarations = {
    src: {},
    api: {},
    resourceId: { attribute: 'resource-id' },
    numberFormat: { attribute: 'number-format' },
    heading: {},
    description: {},
    publisher: {},
    license: {},
    modified: {},
    periodicity: {},
    keywords: {},
    columns: {},
    chartColumn: { attribute: 'chart-column' },
    pageSize: { type: Number, attribute: 'page-size' },
    timeout: { type: Number },
    data: { attribute: false },
    entry: { attribute: false },
  };

  src = '';
  api?: DatasetApi;
  resourceId = '';
  numberFormat?: NumberFormat;
  heading = '';
  description = '';
  publisher = '';
  license = '';
  modified = '';
  periodicity = '';
  keywords = '';
  columns = '';
  chartColumn = '';
  pageSize = 100;
  timeout = 20_000;
  data?: DatasetInput;
  entry?: DatasetEntry;

  private readonly uid = `rendir-dataset-${++instances}`;
  /** The controllers, in the order their update hooks run: the view before the load. */
  private readonly c: DatasetControllers = this.controllers();

  private controllers(): DatasetControllers {
    const c = {} as { -readonly [K in keyof DatasetControllers]: DatasetControllers[K] };
    c.host = this;
    c.uid = this.uid;
    // Loaded when the reader first opens the chart, searches, or asks for a download.
    c.parts = new LazyParts(this, lazyParts);
    c.flush = () => this.performUpdate();
    c.countdown = new RetryCountdown(this);
    c.query = new DatasetQuery(c);
    c.sources = new DatasetSources(c);
    c.grid = new DatasetGrid(c);
    c.chart = new QuickChartSection(c);
    c.downloads = new DatasetDownloads(c);
    return c;
  }

  /** Resolves when the current load has settled (first rows shown, or an error). */
  get loadComplete(): Promise<void> {
    return this.c.sources.loader.complete;
  }

  /** The catalog card's fields: the attributes, then the catalog entry, then the portal. */
  private metadata(): DatasetMetadata {
    const data = this.c.sources.data;
    const own: DatasetMetadata = {
      title: this.heading,
      description: this.description,
      publisher: this.publisher,
      license: this.license,
      modified: this.modified,
      periodicity: this.periodicity,
      keywords: this.keywords
        .split(',')
        .map((k) => k.trim())
        .filter(Boolean),
    };
    return mergeMetadata(
      own,
      fromEntry(this.c.sources.entry),
      data?.kind === 'remote' ? data.metadata : null,
    );
  }

  private renderErrorWithRetry(error: LoadError, retry: () => void): TemplateResult {
    const seconds = this.c.countdown.seconds;
    return html`${renderError(error, this.t, this.locale, { onRetry: retry })}
    ${seconds > 0 ? html`<p class="note" role="status">${this.msg(datasetMessages).retryIn(seconds)}</p>` : nothing}`;
  }

  private renderReady(data: DatasetData, meta: DatasetMetadata): TemplateResult {
    const { sources, query, paging, grid, chart, downloads, parts } = this.c;
    if (sources.lateError)
      return this.renderErrorWithRetry(sources.lateError, sources.loader.retry);
    // One box for what follows the catalog card, so that the narrow layout can set its rows.
    return html`<div class="ready">
      ${query.renderToolbar(data)} ${query.renderCount(data)}
      ${data.kind === 'local' && parts.failed('view') ? renderPartFailed(this.t, () => query.loadView()) : nothing}
      ${paging?.error ? this.renderErrorWithRetry(paging.error, paging.retry) : nothing}
      ${grid.render(data)} ${data.kind === 'remote' ? paging?.renderPager(data) : nothing}
      ${chart.render(data, meta)} ${downloads.render(data, meta)}
    </div>`;
  }

  override render() {
    const meta = this.metadata();
    const loader = this.c.sources.loader;
    return html`<section aria-labelledby="${this.uid}-title">
      ${renderCatalogCard(meta, this.msg(datasetMessages), this.uid, this.intlLocale)}
      ${loader.render((data) => this.renderReady(data, meta), {
        error: (error) => this.renderErrorWithRetry(error, loader.retry),
      })}
    </section>`;
  }
}
