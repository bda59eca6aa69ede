/**
 * `<rendir-dataset>`: a data set on any page: what it is, who publishes it, when it was
 * updated (and whether it is overdue), a grid to explore, a quick chart and the current
 * view to download. Local files are streamed and explored in memory; Socrata and CKAN
 * data sets are queried, never downloaded whole.
 */
import { reservedHeightStyles } from '../platform/reserved-height.ts';
import {
  html,
  nothing,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import { formatDate, safeUrl, type DatasetEntry, type NumberFormat } from '@rendir/core';
import { RendirElement } from '../platform/rendir-element.ts';
import { styleProps } from '../platform/style-props.ts';
import {
  DataController,
  type DataControllerOptions,
  type LoadContext,
} from '../platform/data-controller.ts';
import { LoadError, toLoadError } from '../platform/errors.ts';
import { readOffMainThread } from '../platform/parser.ts';
import { renderError, renderPartFailed, stateStyles } from '../platform/states.ts';
import { datasetMessages, type DatasetMessages } from './messages.ts';
import { datasetStyles } from './dataset.styles.ts';
import { LocalTable, isoDate } from './model.ts';
import { rowWindow, scrollToRow } from './windowing.ts';
import { showCell, formatCount, type CellContext } from './cells.ts';
import { LazyParts, loadPart, type PartOf } from '../platform/lazy-parts.ts';
import { lazyParts } from './lazy.ts';
import { fromEntry, mergeMetadata, overdueSince, parsePeriodicity } from './metadata.ts';
import type { ChartKind } from './chart.ts';
import { isAbort } from '../platform/fetch.ts';
import {
  isSocrataUrl,
  type RemotePage,
  type RemoteQuery,
  type RemoteSource,
} from './sources/remote.ts';
import {
  SHAPE_RAW,
  type DatasetColumn,
  type DatasetMetadata,
  type SortState,
  type ViewQuery,
} from './types.ts';

export type DatasetApi = 'csv' | 'json' | 'socrata' | 'ckan';

/** What a load produced: rows in memory, or a portal to query page by page. */
export type DatasetData =
  | { kind: 'local'; table: LocalTable }
  | { kind: 'remote'; source: RemoteSource; page: RemotePage; metadata: DatasetMetadata | null };

/** Data handed in as a property: records, or columns and rows. */
export type DatasetInput =
  Record<string, unknown>[] | { columns: (string | DatasetColumn)[]; rows: unknown[][] };

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

/** Rows per batch while reading a big file: small enough for short main-thread tasks. */
const CHUNK_ROWS = 500;
/** 429 with a `Retry-After` up to this many seconds is retried by itself. */
const AUTO_RETRY_MAX = 60;

let instances = 0;

/** Most rows a printed grid holds (a paper copy of a whole large file helps no one). */
const PRINT_ROWS = 2000;
/** Rows whose cells size the grid's columns. */
const COLUMN_SAMPLE = 200;
/** Widest a text column starts, in characters (longer cells are cut, titled whole). */
const TEXT_CAP = 32;
/** Narrowest column, in characters. */
const MIN_COLUMN = 6;

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
 * @cssprop --rendir-dataset-grid-height - Height of the grid (default 24rem).
 */
export class RendirDataset extends RendirElement {
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
    query: { state: true },
    printing: { state: true },
    hiddenColumns: { state: true },
    view: { state: true },
    page: { state: true },
    offset: { state: true },
    remoteBusy: { state: true },
    remoteError: { state: true },
    lateError: { state: true },
    activeRow: { state: true },
    activeCol: { state: true },
    chartKey: { state: true },
    chartKind: { state: true },
    chartOpen: { state: true },
    retryIn: { state: true },
    gridScrollTop: { state: true },
    rowHeight: { state: true },
    viewport: { state: true },
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

  private query: ViewQuery = { search: '', filters: {}, sort: null };
  private hiddenColumns = new Set<string>();
  private view: Uint32Array = new Uint32Array(0);
  private page: RemotePage | null = null;
  private offset = 0;
  private remoteBusy = false;
  private remoteError: LoadError | null = null;
  private lateError: LoadError | null = null;
  private activeRow = -1;
  private activeCol = 0;
  private chartKey = '';
  private chartKind: ChartKind = 'bar';
  private chartOpen = false;
  private retryIn = 0;

  private get body(): HTMLElement {
    return this.renderRoot.querySelector('.body')!;
  }
  private get scroller(): HTMLElement {
    return this.renderRoot.querySelector('.scroller')!;
  }
  private get head(): HTMLElement {
    return this.renderRoot.querySelector('.head')!;
  }

  /** Grid geometry, measured after each render. */
  private gridScrollTop = 0;
  private rowHeight = 40;
  private viewport = 300;
  private resizeObserver: ResizeObserver | null = null;

  private readonly uid = `rendir-dataset-${++instances}`;
  private tableVersion = -1;
  private viewKey = '';
  private viewComputedAt = 0;
  private remoteAbort: AbortController | null = null;
  private inputTimer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setInterval> | undefined;
  /** Loaded when the reader first opens the chart, or asks for a download. */
  private readonly parts = new LazyParts(this, lazyParts);
  /** Search, filters and sorting: loaded when the reader first asks for one. */
  private chart: import('./quick-chart.ts').QuickChart | undefined;

  private readonly loader = new DataController<DatasetData>(this, this.loaderOptions());

  private loaderOptions(): DataControllerOptions<DatasetData> {
    const options: DataControllerOptions<DatasetData> = {
      parser: 'table',
      args: () => [
        this.src,
        this.api,
        this.resourceId,
        this.data,
        this.numberFormat,
        this.entry,
        this.pageSize,
      ],
      load: (context) => this.load(context),
      isEmpty: (d) =>
        d.kind === 'local' ? d.table.complete && d.table.length === 0 : d.page.total === 0,
    };
    // Read when each load starts, so a changed `timeout` attribute applies to the next one.
    Object.defineProperty(options, 'timeout', { get: () => this.timeout, enumerable: true });
    return options;
  }

  private get m(): DatasetMessages {
    return this.msg(datasetMessages);
  }

  /** Resolves when the current load has settled (first rows shown, or an error). */
  get loadComplete(): Promise<void> {
    return this.loader.complete;
  }

  constructor() {
    super();
    // The first load's 429 is retried the same way as a page's.
    this.addEventListener('rendir-data-state', (event) => {
      if (event.target !== this) return;
      const error = event.detail.error;
      if (event.detail.status === 'error' && error)
        this.startRetryCountdown(error, () => this.loader.retry());
      else if (event.detail.status === 'loading') this.stopRetryCountdown();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.printMedia?.removeEventListener('change', this.onPrint);
    removeEventListener('beforeprint', this.beforePrint);
    this.remoteAbort?.abort();
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    this.measuredScroller = undefined;
    clearTimeout(this.inputTimer);
    clearInterval(this.retryTimer);
    cancelAnimationFrame(this.measureFrame);
    this.measureFrame = 0;
  }

  // ---- loading ---------------------------------------------------------------------

  private sourceKind(): DatasetApi | 'property' | 'inline' {
    const entrySource = this.entry?.source;
    if (this.data) return 'property';
    const src = this.src || (entrySource && 'url' in entrySource ? entrySource.url : '');
    if (this.api) return this.api;
    if (!this.src && entrySource && entrySource.kind !== 'file' && entrySource.kind !== 'none')
      return entrySource.kind;
    if (src && isSocrataUrl(src)) return 'socrata';
    if (src && /\.json(?:[?#]|$)/i.test(src)) return 'json';
    return src ? 'csv' : 'inline';
  }

  /** The portal's source, its code loaded now (a failure shows the error state). */
  private async remoteSource(kind: 'socrata' | 'ckan'): Promise<RemoteSource> {
    const entrySource = this.entry?.source;
    const src = this.src || (entrySource && 'url' in entrySource ? entrySource.url : '');
    if (kind === 'socrata') return new (await loadPart(lazyParts, 'socrata')).SocrataSource(src);
    const resource =
      this.resourceId || (entrySource?.kind === 'ckan' ? entrySource.resourceId : '');
    return new (await loadPart(lazyParts, 'ckan')).CkanSource(src, resource);
  }

  private remoteQuery(offset = this.offset): RemoteQuery {
    const columns = this.page?.columns ?? [];
    // Typed filters are read by the view part, which fetchPage waits for.
    const reader = this.hasFilters() ? this.parts.peek('view') : undefined;
    return {
      offset,
      limit: Math.max(1, this.pageSize),
      search: this.query.search,
      filters: reader?.readFilters(columns, this.query, this.locale) ?? [],
      sort: this.query.sort,
    };
  }

  private async load(context: LoadContext): Promise<DatasetData | null> {
    this.resetView();
    const kind = this.sourceKind();
    const timeout = this.timeout;
    if (kind === 'socrata' || kind === 'ckan') {
      // The source and the pager load side by side, each its own chunk.
      const [source] = await Promise.all([this.remoteSource(kind), this.parts.load('pager')]);
      const options = { signal: context.signal, timeout };
      const [page, metadata] = await Promise.all([
        source.page(this.remoteQuery(0), options),
        // The catalog card is a bonus: the data shows even when it fails.
        source.metadata(options).catch(() => null),
      ]);
      if (metadata?.columnLabels) {
        for (const c of page.columns) c.label = metadata.columnLabels[c.key] ?? c.label;
      }
      this.page = page;
      this.applyInitialColumns(page.columns);
      return { kind: 'remote', source, page, metadata };
    }
    if (kind === 'property') {
      const { tableFromJson } = await loadPart(lazyParts, 'json');
      const table = tableFromJson(this.data, 'data', { numberFormat: this.numberFormat });
      if (!table) throw new LoadError('parse');
      return this.localReady(table);
    }
    const src = this.src || (this.entry?.source.kind === 'csv' ? this.entry.source.url : '');
    const inlineJson = !src && this.querySelector(':scope > script[type*="json"]:not([data-name])');
    if (kind === 'json' || inlineJson) {
      const raw = await context.read(src || null);
      if (!raw) return null;
      if (raw.format !== 'json') throw new LoadError('parse', { url: src });
      const { tableFromJson } = await loadPart(lazyParts, 'json');
      const table = tableFromJson(raw.value, raw.file, { numberFormat: this.numberFormat });
      if (!table) throw new LoadError('parse', { url: src });
      return this.localReady(table);
    }
    const stream = await context.stream(src || null);
    if (!stream) return null;
    let lastDraw = 0;
    const table = new LocalTable(stream.file);
    let firstRows: () => void = () => {};
    const first = new Promise<void>((resolve) => (firstRows = resolve));
    // Rows arrive in batches from the parser (a worker where the page allows one).
    const done = readOffMainThread(
      'table',
      { main: stream.source },
      {
        file: stream.file,
        chunkRows: CHUNK_ROWS,
        dialect: this.entry?.dialect,
        searchText: true,
        // Types and sort keys are worked out with the reading, off the main thread.
        columnTypes: { numberFormat: this.numberFormat ?? this.entryFormat() },
      },
      {
        signal: context.signal,
        onReset: () => table.reset(),
        onRows: (rows, headers, batch) => {
          table.setHeaders(headers);
          table.append(rows, batch);
          firstRows();
          // Draw the first batch at once, then a few times a second while reading.
          const now = performance.now();
          if (now - lastDraw > 250) {
            lastDraw = now;
            this.requestUpdate();
          }
        },
      },
    ).then(
      (result) => {
        table.setHeaders(result.headers);
        table.finish(result.errors);
        context.warn(result.warnings);
        this.requestUpdate();
      },
      (error: unknown) => {
        if (!context.signal.aborted && !isAbort(error)) this.lateError = toLoadError(error);
        table.complete = true;
      },
    );
    // Show the grid as soon as the first batch is in; the rest keeps arriving.
    await Promise.race([first, done]);
    if (this.lateError) {
      const error = this.lateError;
      this.lateError = null;
      throw error;
    }
    return this.localReady(table);
  }

  private entryFormat(): NumberFormat | undefined {
    const decimal = this.entry?.dialect.decimal;
    return decimal === ',' ? 'es' : decimal === '.' ? 'en' : undefined;
  }

  private localReady(table: LocalTable): DatasetData {
    if (table.complete && table.errors.length)
      throw new LoadError('content', { contentErrors: table.errors });
    this.applyInitialColumns(table.columns);
    return { kind: 'local', table };
  }

  private applyInitialColumns(columns: readonly DatasetColumn[]): void {
    const wanted = this.columns
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (wanted.length)
      this.hiddenColumns = new Set(
        columns.filter((c) => !wanted.includes(c.key)).map((c) => c.key),
      );
  }

  private resetView(): void {
    this.remoteAbort?.abort();
    this.query = { search: '', filters: {}, sort: null };
    this.hiddenColumns = new Set();
    this.page = null;
    this.offset = 0;
    this.remoteError = null;
    this.lateError = null;
    this.activeRow = -1;
    this.activeCol = 0;
    this.tableVersion = -1;
    this.viewKey = '';
    this.view = new Uint32Array(0);
  }

  private hasFilters(): boolean {
    return Object.values(this.query.filters).some((v) => v.trim());
  }

  private hasQuery(): boolean {
    return Boolean(this.query.search.trim() || this.hasFilters());
  }

  // ---- the view ----------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const data = this.loader.status === 'ready' ? this.loader.value : undefined;
    if (data?.kind === 'local') {
      const table = data.table;
      const key = JSON.stringify(this.query) + this.locale;
      const plain = !this.query.sort && !this.hasQuery();
      // While a big file is still arriving, a sorted or filtered view is recomputed at most
      // once a second (a new query, and the end of the file, recompute at once).
      const now = performance.now();
      const waiting =
        !plain && !table.complete && key === this.viewKey && now - this.viewComputedAt < 1000;
      // A query waits for the view part; its arrival updates the element again.
      const viewer = this.parts.peek('view');
      if (!plain && !viewer) {
        // After a failure, only the reader's retry or next query tries again.
        if (!this.parts.failed('view')) this.loadView();
      } else if ((table.version !== this.tableVersion || key !== this.viewKey) && !waiting) {
        // Without a query the view is the table itself, grown in place while reading.
        this.view =
          !plain && viewer ? viewer.computeView(table, this.query, this.locale) : table.all();
        this.viewComputedAt = now;
        this.tableVersion = table.version;
        this.viewKey = key;
        if (this.activeRow >= this.view.length) this.activeRow = this.view.length - 1;
        this.emit('rendir-dataset-view', {
          shown: this.view.length,
          total: table.length,
          query: this.query,
          complete: table.complete,
        });
      }
      if (table.complete && table.errors.length && !this.lateError) {
        this.lateError = new LoadError('content', { contentErrors: table.errors });
      }
    }
  }

  private columnsOf(data: DatasetData): DatasetColumn[] {
    return data.kind === 'local' ? data.table.columns : (this.page ?? data.page).columns;
  }

  private shownColumns(data: DatasetData): { column: DatasetColumn; index: number }[] {
    return this.columnsOf(data)
      .map((column, index) => ({ column, index }))
      .filter(({ column }) => !this.hiddenColumns.has(column.key));
  }

  private rowCount(data: DatasetData): number {
    return data.kind === 'local' ? this.view.length : (this.page ?? data.page).rows.length;
  }

  private rowCells(data: DatasetData, position: number): readonly string[] {
    if (data.kind === 'local') return data.table.rows[this.view[position]]?.cells ?? [];
    return (this.page ?? data.page).rows[position] ?? [];
  }

  private cellContext(): CellContext {
    return { locale: this.intlLocale, yes: this.m.yes, no: this.m.no };
  }

  /** How a number cell reads, worked out with the rows (`number-shape.ts`). */
  private cellShape(data: DatasetData, position: number, column: number): number {
    if (data.kind === 'local') return data.table.shape(this.view[position], column);
    return (this.page ?? data.page).shapes[column]?.[position] ?? SHAPE_RAW;
  }

  private setQuery(next: ViewQuery, data: DatasetData): void {
    this.query = next;
    this.activeRow = Math.min(this.activeRow, 0);
    // A new order or selection starts at its top.
    if (this.scroller) this.scroller.scrollTop = 0;
    this.gridScrollTop = 0;
    if (data.kind === 'remote') {
      this.offset = 0;
      void this.fetchPage(data, 0);
    }
  }

  /** Starts loading the view part; a failure is shown by `renderViewError`. */
  private loadView(): void {
    this.parts.load('view').catch(() => {});
  }

  /** Typing waits a moment so that a million rows are not filtered on every key. */
  private debounced(update: () => void, data: DatasetData): void {
    // The view part loads while the reader types.
    if (data.kind === 'local') this.loadView();
    clearTimeout(this.inputTimer);
    this.inputTimer = setTimeout(update, data.kind === 'remote' ? 400 : 150);
  }

  private onSearch(event: Event, data: DatasetData): void {
    const value = (event.target as HTMLInputElement).value;
    this.debounced(() => this.setQuery({ ...this.query, search: value }, data), data);
  }

  private onFilter(key: string, event: Event, data: DatasetData): void {
    const value = (event.target as HTMLInputElement).value;
    // A portal is sent typed filters as the view part reads them.
    if (data.kind === 'remote') this.loadView();
    this.debounced(
      () =>
        this.setQuery({ ...this.query, filters: { ...this.query.filters, [key]: value } }, data),
      data,
    );
  }

  private clearFilters(data: DatasetData): void {
    for (const input of this.renderRoot.querySelectorAll<HTMLInputElement>('.filters input'))
      input.value = '';
    this.setQuery({ ...this.query, filters: {} }, data);
  }

  private toggleSort(key: string, data: DatasetData): void {
    const current = this.query.sort;
    const sort: SortState | null =
      current?.key !== key
        ? { key, direction: 'ascending' }
        : current.direction === 'ascending'
          ? { key, direction: 'descending' }
          : null;
    this.setQuery({ ...this.query, sort }, data);
  }

  private toggleColumn(key: string, data: DatasetData): void {
    const hidden = new Set(this.hiddenColumns);
    if (hidden.has(key)) hidden.delete(key);
    else if (this.shownColumns(data).length > 1) hidden.add(key);
    this.hiddenColumns = hidden;
    this.activeCol = Math.min(this.activeCol, this.shownColumns(data).length - 1);
  }

  // ---- remote paging -----------------------------------------------------------------

  private async fetchPage(
    data: Extract<DatasetData, { kind: 'remote' }>,
    offset: number,
  ): Promise<void> {
    this.remoteAbort?.abort();
    const abort = new AbortController();
    this.remoteAbort = abort;
    this.remoteBusy = true;
    this.remoteError = null;
    this.stopRetryCountdown();
    try {
      if (this.hasFilters()) await this.parts.load('view');
      if (abort.signal.aborted) return;
      const page = await data.source.page(this.remoteQuery(offset), {
        signal: abort.signal,
        timeout: this.timeout,
      });
      if (abort.signal.aborted) return;
      const labels = data.metadata?.columnLabels;
      for (const c of page.columns) c.label = labels?.[c.key] ?? c.label;
      this.page = page;
      this.offset = offset;
      this.emit('rendir-dataset-view', {
        shown: page.rows.length,
        total: page.total,
        query: this.query,
        complete: true,
      });
    } catch (error) {
      if (abort.signal.aborted || isAbort(error)) return;
      this.remoteError = toLoadError(error);
      this.remoteRetry = () => void this.fetchPage(data, offset);
      this.startRetryCountdown(this.remoteError, this.remoteRetry);
    } finally {
      if (this.remoteAbort === abort) this.remoteBusy = false;
    }
  }

  /** A 429 that says when to come back is retried then, with a visible countdown. */
  private startRetryCountdown(error: LoadError, retry: () => void): void {
    this.stopRetryCountdown();
    if (
      error.kind !== 'rate-limited' ||
      error.retryAfter === null ||
      error.retryAfter > AUTO_RETRY_MAX
    )
      return;
    this.retryIn = Math.max(1, error.retryAfter);
    this.retryTimer = setInterval(() => {
      this.retryIn -= 1;
      if (this.retryIn <= 0) {
        this.stopRetryCountdown();
        retry();
      }
    }, 1000);
  }

  private stopRetryCountdown(): void {
    clearInterval(this.retryTimer);
    this.retryTimer = undefined;
    this.retryIn = 0;
  }

  /** Fetches again the page that failed. */
  private remoteRetry: () => void = () => {};

  // ---- grid keyboard -----------------------------------------------------------------

  private async focusCell(row: number, col: number, data: DatasetData): Promise<void> {
    const rows = this.rowCount(data);
    const cols = this.shownColumns(data).length;
    this.activeRow = Math.max(-1, Math.min(rows - 1, row));
    this.activeCol = Math.max(0, Math.min(cols - 1, col));
    const scroller = this.scroller;
    if (scroller && this.activeRow >= 0) {
      const top = scrollToRow(this.activeRow, this.geometry(rows));
      if (Math.abs(top - scroller.scrollTop) >= 1) {
        scroller.scrollTop = top;
        this.gridScrollTop = scroller.scrollTop;
      }
    } else if (scroller && this.activeRow === -1) {
      // The header is sticky: it is always in view.
    }
    await this.updateComplete;
    const target = this.cellElement(this.activeRow, this.activeCol);
    target?.focus({ preventScroll: true });
    // Horizontal only: the vertical position is already exact.
    if (target && scroller) {
      const box = target.getBoundingClientRect();
      const view = scroller.getBoundingClientRect();
      if (box.left < view.left) scroller.scrollLeft -= view.left - box.left;
      else if (box.right > view.right) scroller.scrollLeft += box.right - view.right;
    }
  }

  private geometry(count: number) {
    return {
      count,
      rowHeight: this.rowHeight,
      viewport: Math.max(this.rowHeight, this.viewport),
      scrollTop: this.gridScrollTop,
    };
  }

  private onScroll(): void {
    const top = this.scroller?.scrollTop ?? 0;
    if (top !== this.gridScrollTop) this.gridScrollTop = top;
  }

  /** Measures the row height and the visible body height; a change redraws the window. */
  private measure(): void {
    const scroller = this.scroller;
    if (!scroller) return;
    // While printing the grid is as tall as its rows: nothing to window. The print styles
    // can apply before the media query's change event: draw every row a frame later (from
    // inside this observer, a change of size would be a ResizeObserver loop).
    if (this.printing || this.printMedia?.matches) {
      if (!this.printing) requestAnimationFrame(this.onPrint);
      return;
    }
    const row = this.body?.querySelector<HTMLElement>('[data-row]');
    const rowHeight = row ? row.getBoundingClientRect().height : this.rowHeight;
    const viewport = scroller.clientHeight - (this.head?.getBoundingClientRect().height ?? 0);
    if (rowHeight > 0 && Math.abs(rowHeight - this.rowHeight) > 0.5) this.rowHeight = rowHeight;
    if (viewport > 0 && Math.abs(viewport - this.viewport) > 0.5) this.viewport = viewport;
    this.measuredRow = Boolean(row);
    if (this.measuredScroller !== scroller && typeof ResizeObserver !== 'undefined') {
      this.measuredScroller = scroller;
      this.resizeObserver?.disconnect();
      this.resizeObserver = new ResizeObserver(() => this.measure());
      this.resizeObserver.observe(scroller);
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Geometry is read when the grid appears or resizes, not on every update (each read
    // forces a layout), and in the next frame, outside this update.
    const stale =
      this.scroller !== this.measuredScroller || !this.measuredRow || changed.has('hiddenColumns');
    if (stale && !this.measureFrame) {
      this.measureFrame = requestAnimationFrame(() => {
        this.measureFrame = 0;
        this.measure();
      });
    }
  }

  private measureFrame = 0;

  private measuredScroller: HTMLElement | undefined;
  private measuredRow = false;

  private cellElement(row: number, col: number): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[data-row="${row}"] [data-col="${col}"]`);
  }

  private onGridKeydown(event: KeyboardEvent, data: DatasetData): void {
    let row = this.activeRow;
    let col = this.activeCol;
    const last = this.rowCount(data) - 1;
    const page = Math.max(1, Math.floor(this.viewport / this.rowHeight) - 1);
    switch (event.key) {
      case 'ArrowDown':
        row += 1;
        break;
      case 'ArrowUp':
        row -= 1;
        break;
      case 'ArrowRight':
        col += 1;
        break;
      case 'ArrowLeft':
        col -= 1;
        break;
      case 'PageDown':
        row += page;
        break;
      case 'PageUp':
        row = Math.max(0, row - page);
        break;
      case 'Home':
        col = 0;
        if (event.ctrlKey || event.metaKey) row = -1;
        break;
      case 'End':
        col = this.shownColumns(data).length - 1;
        if (event.ctrlKey || event.metaKey) row = last;
        break;
      case 'Enter':
      case ' ':
        if (this.activeRow >= 0) {
          const link = this.cellElement(row, col)?.querySelector('a');
          if (link && event.key === 'Enter') {
            event.preventDefault();
            link.click();
          }
        }
        return;
      default:
        return;
    }
    event.preventDefault();
    void this.focusCell(Math.min(row, last), col, data);
  }

  private onCellFocus(row: number, col: number): void {
    if (row !== this.activeRow || col !== this.activeCol) {
      this.activeRow = row;
      this.activeCol = col;
    }
  }

  // ---- downloads ---------------------------------------------------------------------

  private fileBase(meta: DatasetMetadata): string {
    const slug = (meta.title ?? 'datos')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    return slug || 'datos';
  }

  /** Loads the download code on first use; focus stays on the button pressed. */
  private async download(format: 'csv' | 'json', data: DatasetData, meta: DatasetMetadata) {
    let module: PartOf<typeof lazyParts, 'downloads'>;
    try {
      module = await this.parts.load('downloads');
    } catch {
      return; // Rendered as an alert beside the buttons.
    }
    module.downloadView(
      format,
      {
        columns: this.shownColumns(data),
        count: this.rowCount(data),
        cells: (k) => this.rowCells(data, k),
      },
      this.fileBase(meta),
    );
  }

  // ---- rendering ---------------------------------------------------------------------

  private metadata(): DatasetMetadata {
    const data = this.loader.status === 'ready' ? this.loader.value : undefined;
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
      fromEntry(this.entry),
      data?.kind === 'remote' ? data.metadata : null,
    );
  }

  /** A known frequency in the reader's language; anything else as the catalog wrote it. */
  private periodicityText(raw: string | undefined): string {
    const interval = parsePeriodicity(raw);
    return interval
      ? this.m.frequency(interval.years, interval.months, interval.days)
      : (raw ?? '');
  }

  /** A catalog date (`2025-05-31` or a timestamp) in words, by the core. */
  private formatDateText(value: string): string {
    const iso = isoDate(value);
    return iso ? formatDate(iso, this.intlLocale) : value;
  }

  private renderHeader(meta: DatasetMetadata): TemplateResult {
    const m = this.m;
    const due = overdueSince(meta.modified, meta.periodicity);
    const link = linkTo(meta.url);
    const item = (label: string, value: unknown) =>
      value
        ? html`<div>
            <dt>${label}</dt>
            <dd>${value}</dd>
          </div>`
        : nothing;
    return html`<header part="header">
      <h2 id="${this.uid}-title">${meta.title || m.untitled}</h2>
      ${meta.description ? html`<p class="description">${meta.description}</p>` : nothing}
      <dl>
        ${item(m.publisher, meta.publisher)} ${item(m.license, meta.license)}
        ${item(m.modified, meta.modified ? this.formatDateText(meta.modified) : '')}
        ${item(m.periodicity, this.periodicityText(meta.periodicity))}
        ${item(m.keywords, meta.keywords?.join(', '))}
      </dl>
      ${due ? html`<p class="stale" part="stale">⚠ ${m.stale(this.formatDateText(due.toISOString()))}</p>` : nothing}
      ${link ? html`<p class="note"><a href=${link} rel="noopener noreferrer">${m.portal}</a></p>` : nothing}
    </header>`;
  }

  private renderToolbar(data: DatasetData): TemplateResult {
    const m = this.m;
    const all = this.columnsOf(data);
    const shown = this.shownColumns(data);
    return html`<div class="toolbar" part="toolbar">
      <label
        >${m.search}
        <input
          type="search"
          .value=${this.query.search}
          @input=${(e: Event) => this.onSearch(e, data)}
          autocomplete="off"
        />
      </label>
      <details>
        <summary>${m.filters}</summary>
        <div class="filters">
          ${shown.map(
            ({ column }) =>
              html`<label
                >${m.filterLabel(column.label)}
                <input
                  type="text"
                  data-filter=${column.key}
                  .value=${this.query.filters[column.key] ?? ''}
                  aria-describedby="${this.uid}-hint-${column.type === 'number' ? 'number' : 'text'}"
                  @input=${(e: Event) => this.onFilter(column.key, e, data)}
                />
              </label>`,
          )}
        </div>
        <p class="hint" id="${this.uid}-hint-number">${m.filterHintNumber}</p>
        <p class="hint" id="${this.uid}-hint-text" hidden>${m.filterHintText}</p>
        <button type="button" @click=${() => this.clearFilters(data)}>${m.clearFilters}</button>
      </details>
      <details>
        <summary>${m.columns}</summary>
        <fieldset>
          <legend class="visually-hidden">${m.columns}</legend>
          ${all.map(
            (column) =>
              html`<label
                ><input
                  type="checkbox"
                  data-column=${column.key}
                  .checked=${!this.hiddenColumns.has(column.key)}
                  @change=${() => this.toggleColumn(column.key, data)}
                />${column.label}</label
              >`,
          )}
        </fieldset>
      </details>
    </div>`;
  }

  private renderCount(data: DatasetData): TemplateResult {
    const m = this.m;
    const f = (n: number) => formatCount(n, this.intlLocale);
    if (data.kind === 'local' && !data.table.complete) {
      // Announced once; the growing count is shown but not read out four times a second.
      return html`<p class="count" id="${this.uid}-count">
        <span role="status">${m.reading}</span> <span>${m.readSoFar(f(data.table.length))}</span>
      </p>`;
    }
    let text: string;
    if (data.kind === 'local') {
      text = m.rowCount(f(this.view.length), f(data.table.length), data.table.length);
    } else {
      const page = this.page ?? data.page;
      text = page.rows.length
        ? m.rowRange(f(this.offset + 1), f(this.offset + page.rows.length), f(page.total))
        : m.rowCount('0', f(page.total), page.total);
    }
    return html`<p class="count" id="${this.uid}-count"><span role="status">${text}</span></p>`;
  }

  /** The page is being printed: the grid draws every row (up to PRINT_ROWS), unwindowed. */
  private printing = false;
  private readonly printMedia = typeof matchMedia === 'undefined' ? undefined : matchMedia('print');
  private readonly onPrint = () => {
    const printing = !!this.printMedia?.matches;
    if (printing !== this.printing) this.printing = printing;
  };
  // Chromium lays out the print before media queries' change events: beforeprint comes first.
  private readonly beforePrint = () => {
    this.printing = true;
    this.performUpdate();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.printMedia?.addEventListener('change', this.onPrint);
    addEventListener('beforeprint', this.beforePrint);
  }

  /** The last column template and what it was worked out from (the grid renders on scroll). */
  private template: { data: DatasetData; keys: string; style: Record<string, string> } | null =
    null;

  /**
   * Column tracks sized to their content: each column as wide as its header or its widest
   * cell among the first rows in view (in `ch`), numbers whole (never cut), long texts
   * capped and cut with an ellipsis (the whole text is the cell's title). Every row is its
   * own grid, so the tracks are fixed per column, not per row, to keep the columns aligned;
   * spare width goes to each column in proportion to its own.
   */
  private columnTemplate(
    data: DatasetData,
    shown: { column: DatasetColumn; index: number }[],
  ): Record<string, string> {
    // Again while a file's first rows arrive, then not on every scroll.
    const rows = Math.min(COLUMN_SAMPLE, this.rowCount(data));
    const keys = `${this.locale}|${rows}|${shown.map(({ column }) => column.key).join('|')}`;
    if (this.template?.data === data && this.template.keys === keys) return this.template.style;
    const ctx = this.cellContext();
    const widths = shown.map(({ column, index }) => {
      // The header button holds the label and the sort arrow.
      let widest = column.label.length + 3;
      for (let position = 0; position < rows; position++) {
        const raw = this.rowCells(data, position)[index] ?? '';
        const text = showCell(column, raw, ctx, this.cellShape(data, position, index)).text;
        if (text.length > widest) widest = text.length;
      }
      const cap = column.type === 'number' || column.type === 'date' ? Infinity : TEXT_CAP;
      return Math.max(MIN_COLUMN, Math.min(cap, widest));
    });
    const total = widths.reduce((sum, w) => sum + w, 0);
    // 1em per cell is its padding; a header word longer than its column wraps.
    const style = {
      '--_columns': widths.map((w) => `minmax(calc(${w}ch + 1em), ${w}fr)`).join(' '),
      '--_row-width': `max(100%, calc(${total}ch + ${widths.length}em))`,
    };
    this.template = { data, keys, style };
    return style;
  }

  private renderGrid(data: DatasetData): TemplateResult {
    const m = this.m;
    const shown = this.shownColumns(data);
    const count = this.rowCount(data);
    const ctx = this.cellContext();
    const sort = this.query.sort;
    const activeRow = this.activeRow;
    const activeCol = Math.min(this.activeCol, shown.length - 1);
    // On paper every row (up to PRINT_ROWS), from the first: the print stylesheet lays
    // them out one after another.
    const win = rowWindow(
      this.printing
        ? {
            count,
            rowHeight: this.rowHeight,
            viewport: Math.min(count, PRINT_ROWS) * this.rowHeight,
            scrollTop: 0,
          }
        : this.geometry(count),
    );
    const positions: number[] = [];
    for (let p = win.first; p <= win.last; p++) positions.push(p);
    const header = html`<div class="row" role="row" aria-rowindex="1" data-row="-1" part="row">
      ${shown.map(({ column }, c) => {
        const sorted = sort?.key === column.key ? sort.direction : undefined;
        return html`<div
          class="cell header-cell"
          role="columnheader"
          aria-colindex=${c + 1}
          aria-sort=${sorted ?? 'none'}
          data-type=${column.type}
          part="cell header-cell"
        >
          <button
            type="button"
            class="sort"
            data-col=${c}
            tabindex=${activeRow === -1 && activeCol === c ? 0 : -1}
            @click=${() => this.toggleSort(column.key, data)}
            @focus=${() => this.onCellFocus(-1, c)}
          >
            <span>${column.label}</span>
            <span class="arrow" aria-hidden="true"
              >${sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}</span
            >
          </button>
        </div>`;
      })}
    </div>`;
    const renderRow = (position: number) => {
      const cells = this.rowCells(data, position);
      return html`<div
        class=${position % 2 ? 'row odd' : 'row'}
        role="row"
        aria-rowindex=${position + 2}
        data-row=${position}
        part="row"
        ${styleProps({ top: `${win.top(position)}px` })}
      >
        ${shown.map(({ column, index }, c) => {
          const cell = showCell(
            column,
            cells[index] ?? '',
            ctx,
            this.cellShape(data, position, index),
          );
          return html`<div
            class="cell"
            role="gridcell"
            aria-colindex=${c + 1}
            data-col=${c}
            data-type=${column.type}
            part="cell"
            tabindex=${activeRow === position && activeCol === c ? 0 : -1}
            title=${cell.text}
            @focus=${() => this.onCellFocus(position, c)}
          >
            ${cell.href ? html`<a href=${cell.href} tabindex="-1" rel="noopener noreferrer">${cell.text}</a>` : cell.text}
          </div>`;
        })}
      </div>`;
    };
    // Busy only while a portal page is fetched: the rows of a file still being read are
    // already usable, and screen readers may hold back a busy grid.
    return html`<p class="visually-hidden" id="${this.uid}-help">${m.gridHelp}</p>
      <div
        class="scroller"
        role="grid"
        part="grid"
        aria-labelledby="${this.uid}-title"
        aria-describedby="${this.uid}-count ${this.uid}-help"
        aria-rowcount=${count + 1}
        aria-colcount=${shown.length}
        aria-busy=${this.remoteBusy ? 'true' : 'false'}
        ${styleProps(this.columnTemplate(data, shown))}
        @keydown=${(e: KeyboardEvent) => this.onGridKeydown(e, data)}
        @scroll=${this.onScroll}
      >
        <div class="head" role="rowgroup">${header}</div>
        <div class="body" role="rowgroup" ${styleProps({ height: `${win.height}px` })}>
          ${positions.map(renderRow)}
        </div>
      </div>`;
  }

  private renderPager(data: Extract<DatasetData, { kind: 'remote' }>): TemplateResult {
    const pager = this.parts.peek('pager');
    if (!pager) return html``;
    return pager.renderPager({
      page: this.page ?? data.page,
      offset: this.offset,
      size: Math.max(1, this.pageSize),
      busy: this.remoteBusy,
      m: this.msg(pager.pagerMessages),
      go: (offset) => void this.fetchPage(data, offset),
    });
  }

  private renderChartSection(data: DatasetData, meta: DatasetMetadata): TemplateResult {
    return html`<details
      class="chart"
      @toggle=${(e: Event) => this.toggleChart((e.target as HTMLDetailsElement).open)}
      ?open=${this.chartOpen}
    >
      <summary>${this.m.chart}</summary>
      ${this.chartOpen ? this.renderChart(data, meta) : nothing}
    </details>`;
  }

  private toggleChart(open: boolean): void {
    this.chartOpen = open;
    if (open) this.parts.load('chart').catch(() => {});
  }

  /** The chart once its code is here; until then, that it is loading, or why it failed. */
  private renderChart(data: DatasetData, meta: DatasetMetadata): TemplateResult {
    if (this.parts.failed('chart')) return this.renderPartError(() => void this.retryChart());
    const chart = this.parts.peek('chart');
    if (!chart) return html`<p class="note" role="status">${this.t.partLoading}</p>`;
    this.chart ??= new chart.QuickChart(this);
    const local = data.kind === 'local' ? data.table : null;
    return this.chart.render({
      columns: this.columnsOf(data),
      key: this.chartKey || this.chartColumn,
      count: this.rowCount(data),
      cells: (k) => this.rowCells(data, k),
      // Portals write plain numbers; local cells are keyed as the grid sorts them.
      value: (k, c, raw) => (local ? local.key(this.view[k], c) : Number(raw)),
      shape: (k, c) => this.cellShape(data, k, c),
      ctx: this.cellContext(),
      kind: this.chartKind,
      locale: this.locale,
      filename: `${this.fileBase(meta)}-grafico`,
      inputs: [data, this.view, this.page, this.chartKey, this.locale, this.hiddenColumns],
      onColumn: (key) => (this.chartKey = key),
      onKind: (kind) => (this.chartKind = kind),
    });
  }

  /** The retry button goes away with the error: focus moves to the chart's first control. */
  private async retryChart(): Promise<void> {
    const hadFocus = this.renderRoot.querySelector('details.chart [role="alert"] button');
    const focused = hadFocus !== null && (this.renderRoot as ShadowRoot).activeElement === hadFocus;
    try {
      await this.parts.load('chart');
    } catch {
      return;
    }
    await this.updateComplete;
    if (focused) this.renderRoot.querySelector<HTMLElement>('details.chart select')?.focus();
  }

  /** A part of the widget whose code did not arrive (offline): said, with a retry. */
  private renderPartError(retry: () => void): TemplateResult {
    return renderPartFailed(this.t, retry);
  }

  private renderDownloads(data: DatasetData, meta: DatasetMetadata): TemplateResult {
    const m = this.m;
    const exportUrl =
      data.kind === 'remote' ? linkTo(data.source.exportUrl(this.remoteQuery(0))) : undefined;
    return html`<div class="downloads" part="downloads">
        <button type="button" @click=${() => this.download('csv', data, meta)}>
          ${m.downloadCsv}
        </button>
        <button type="button" @click=${() => this.download('json', data, meta)}>
          ${m.downloadJson}
        </button>
        ${exportUrl ? html`<a href=${exportUrl} rel="noopener noreferrer">${m.downloadAll}</a>` : nothing}
      </div>
      ${this.parts.failed('downloads') ? html`<p class="rendir-part-failed" role="alert">${this.t.partFailed}</p>` : nothing}`;
  }

  private renderErrorWithRetry(error: LoadError, retry: () => void): TemplateResult {
    return html`${renderError(error, this.t, this.locale, { onRetry: retry })}
    ${this.retryIn > 0 ? html`<p class="note" role="status">${this.m.retryIn(this.retryIn)}</p>` : nothing}`;
  }

  private renderReady(data: DatasetData, meta: DatasetMetadata): TemplateResult {
    if (this.lateError) return this.renderErrorWithRetry(this.lateError, this.loader.retry);
    return html`${this.renderToolbar(data)} ${this.renderCount(data)}
    ${data.kind === 'local' && this.parts.failed('view') ? this.renderPartError(() => this.loadView()) : nothing}
    ${this.remoteError ? this.renderErrorWithRetry(this.remoteError, this.remoteRetry) : nothing}
    ${this.renderGrid(data)} ${data.kind === 'remote' ? this.renderPager(data) : nothing}
    ${this.renderChartSection(data, meta)} ${this.renderDownloads(data, meta)}`;
  }

  override render() {
    const meta = this.metadata();
    return html`<section aria-labelledby="${this.uid}-title">
      ${this.renderHeader(meta)}
      ${this.loader.render((data) => this.renderReady(data, meta), {
        error: (error) => this.renderErrorWithRetry(error, this.loader.retry),
      })}
    </section>`;
  }
}

/** A link for a URL the page gave (possibly relative), only when core `safeUrl` allows it. */
function linkTo(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  try {
    return safeUrl(new URL(raw, document.baseURI).href);
  } catch {
    return undefined;
  }
}
