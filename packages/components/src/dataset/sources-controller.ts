/**
 * Where the rows come from and their loading: a CSV read in the parser worker as it
 * downloads (batches of `CHUNK_ROWS`, the grid shown from the first), a JSON file, inline
 * `<script>` data, a property, a catalog entry, or a Socrata or CKAN portal (its first
 * page and catalog card). States, time-outs and retries are the platform's DataController;
 * an error after the first rows (`lateError`) replaces the grid.
 */
import type { DatasetEntry, NumberFormat } from '@rendir/core';
import { DataController, type LoadContext } from '../platform/data-controller.ts';
import { LoadError, recordsOrThrow, toLoadError } from '../platform/errors.ts';
import { isAbort } from '../platform/fetch.ts';
import { loadPart } from '../platform/lazy-parts.ts';
import { propertyFile } from '../platform/property-data.ts';
import { readOffMainThread } from '../platform/parser.ts';
import type { DatasetContext, SharedSources } from './dataset-context.ts';
import { lazyParts } from './lazy.ts';
import { LocalTable } from './model.ts';
import { formatCount } from './cells.ts';
import { isSocrataUrl, type RemoteSource } from './sources/remote.ts';
import type { DatasetData } from './dataset-data.ts';
import type { DatasetApi } from './types.ts';
import type { PackedBatch } from './table-batch.ts';

/**
 * The pager's code, loaded with a portal's source (a file's grid needs none of it). Not in
 * `lazyParts`, whose type the context names: the pager reads the context.
 */
const pagerPart = { pager: () => import('./paging-controller.ts') };

/** Rows per batch while reading a big file: small enough for short main-thread tasks. */
const CHUNK_ROWS = 500;
/** While a file is read, the grid is drawn again at most this often. */
const DRAW_EVERY_MS = 250;

export class DatasetSources implements SharedSources {
  /** An error met after the first rows were shown (a bad row further down the file). */
  lateError: LoadError | null = null;
  /** The `entry` property as core read it: the page's object is never used unread. */
  entry: DatasetEntry | undefined;
  readonly loader: DataController<DatasetData>;
  private readonly ctx: DatasetContext;

  constructor(ctx: DatasetContext) {
    this.ctx = ctx;
    const host = ctx.host;
    this.loader = new DataController<DatasetData>(host, {
      parser: 'table',
      args: () => [
        host.src,
        host.api,
        host.resourceId,
        host.data,
        host.numberFormat,
        host.entry,
        host.pageSize,
      ],
      load: (context) => this.load(context),
      isEmpty: (d) =>
        d.kind === 'local' ? d.table.complete && d.table.length === 0 : d.page.total === 0,
      // Read when each load starts, so a changed `timeout` attribute applies to the next one.
      timeout: () => host.timeout,
    });
    // The first load's 429 is retried the same way as a page's.
    host.addEventListener('rendir-data-state', (event) => {
      if (event.target !== host) return;
      const error = event.detail.error;
      if (event.detail.status === 'error' && error)
        ctx.countdown.start(error, () => this.loader.retry());
      else if (event.detail.status === 'loading') ctx.countdown.stop();
    });
  }

  /** The loaded data, once ready. */
  get data(): DatasetData | undefined {
    return this.loader.status === 'ready' ? this.loader.value : undefined;
  }

  private sourceKind(): DatasetApi | 'property' | 'inline' {
    const { src, api, data } = this.ctx.host;
    const entrySource = this.entry?.source;
    if (data) return 'property';
    const url = src || (entrySource && 'url' in entrySource ? entrySource.url : '');
    if (api) return api;
    if (!src && entrySource && entrySource.kind !== 'file' && entrySource.kind !== 'none')
      return entrySource.kind;
    if (url && isSocrataUrl(url)) return 'socrata';
    if (url && /\.json(?:[?#]|$)/i.test(url)) return 'json';
    return url ? 'csv' : 'inline';
  }

  /** The portal's source, its code loaded now (a failure shows the error state). */
  private async remoteSource(kind: 'socrata' | 'ckan'): Promise<RemoteSource> {
    const { src, resourceId } = this.ctx.host;
    const entrySource = this.entry?.source;
    const url = src || (entrySource && 'url' in entrySource ? entrySource.url : '');
    if (kind === 'socrata') return new (await loadPart(lazyParts, 'socrata')).SocrataSource(url);
    const resource = resourceId || (entrySource?.kind === 'ckan' ? entrySource.resourceId : '');
    return new (await loadPart(lazyParts, 'ckan')).CkanSource(url, resource);
  }

  /** Everything the reader chose about the previous data goes with it. */
  private resetView(): void {
    const { query, paging, grid } = this.ctx;
    paging?.reset();
    query.reset();
    grid.reset();
    this.lateError = null;
  }

  private async load(context: LoadContext): Promise<DatasetData | null> {
    this.resetView();
    const { host, query } = this.ctx;
    this.entry = undefined;
    this.entry = await this.readEntry(context);
    const kind = this.sourceKind();
    const timeout = host.timeout;
    if (kind === 'socrata' || kind === 'ckan') {
      // The source and the pager load side by side, each its own chunk.
      const [source, pager] = await Promise.all([
        this.remoteSource(kind),
        loadPart(pagerPart, 'pager'),
      ]);
      const paging = (this.ctx.paging ??= new pager.RemotePaging(this.ctx));
      const options = { signal: context.signal, timeout };
      const [page, metadata] = await Promise.all([
        source.page(paging.remoteQuery(null, 0), options),
        // The catalog card is a bonus: the data shows even when it fails.
        source.metadata(options).catch(() => null),
      ]);
      if (metadata?.columnLabels) {
        for (const c of page.columns) c.label = metadata.columnLabels[c.key] ?? c.label;
      }
      query.applyInitialColumns(page.columns);
      return { kind: 'remote', source, page, metadata };
    }
    if (kind === 'property') {
      const { tableFromJson } = await loadPart(lazyParts, 'json');
      const file = propertyFile(host, 'data');
      return this.localReady(tableFromJson(host.data, file, { numberFormat: host.numberFormat }));
    }
    const entry = this.entry;
    const src = host.src || (entry?.source.kind === 'csv' ? entry.source.url : '');
    const inlineJson = !src && host.querySelector(':scope > script[type*="json"]:not([data-name])');
    if (kind === 'json' || inlineJson) {
      const raw = await context.read(src || null);
      if (!raw) return null;
      if (raw.format !== 'json') throw new LoadError('parse', { url: src });
      const { tableFromJson } = await loadPart(lazyParts, 'json');
      return this.localReady(
        tableFromJson(raw.value, raw.file, { numberFormat: host.numberFormat }),
      );
    }
    const stream = await context.stream(src || null);
    if (!stream) return null;
    let lastDraw = 0;
    let frame = 0;
    // Drawn in a frame of its own, not in the task that took the batch from the worker:
    // two short tasks rather than one long one.
    const draw = () => {
      frame = 0;
      host.requestUpdate();
    };
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
        dialect: entry?.dialect,
        searchText: true,
        packRows: true,
        // Types and sort keys are worked out with the reading, off the main thread.
        columnTypes: { numberFormat: host.numberFormat ?? this.entryFormat() },
      },
      {
        signal: context.signal,
        onReset: () => table.reset(),
        onRows: (_rows, headers, batch) => {
          table.setHeaders(headers);
          // Packed, with their search texts: the options above ask the reader for both.
          table.append(batch as PackedBatch);
          firstRows();
          // A few times a second while reading.
          const now = performance.now();
          if (now - lastDraw > DRAW_EVERY_MS && !frame) {
            lastDraw = now;
            frame = requestAnimationFrame(draw);
          }
        },
      },
    ).then(
      (result) => {
        table.setHeaders(result.headers);
        table.finish(result.errors);
        context.warn(result.warnings);
        host.requestUpdate();
      },
      (error: unknown) => {
        if (!context.signal.aborted && !isAbort(error)) this.setLateError(toLoadError(error));
        table.complete = true;
      },
    );
    // While the worker reads the first rows, in a task of its own, the page's first number
    // formatter (tens of ms: ICU loads the language's data; the next ones cost almost nothing).
    void context.yield().then(() => formatCount(0, host.intlLocale));
    // Show the grid as soon as the first batch is in; the rest keeps arriving. The column
    // widths and the first drawing wait for a task of their own each.
    await Promise.race([first, done]);
    await context.yield();
    if (this.lateError) {
      const error = this.lateError;
      this.lateError = null;
      throw error;
    }
    // The first drawing shows the file's first rows in its order: their column widths
    // (200 rows' cells as shown) are worked out now.
    const data = this.localReady(table);
    query.showFileOrder(table);
    this.ctx.grid.prepare(data);
    await context.yield();
    return data;
  }

  private setLateError(error: LoadError): void {
    this.lateError = error;
    this.ctx.host.requestUpdate();
  }

  /**
   * The catalog entry a page gave, read as a catalog's JSON is (core's readDatasetsJson):
   * a bad one is the error state, naming the property, record and field.
   */
  private async readEntry(context: LoadContext): Promise<DatasetEntry | undefined> {
    const given: unknown = this.ctx.host.entry;
    if (given === undefined || given === null) return undefined;
    const { readDatasetsJson } = await loadPart(lazyParts, 'json');
    const file = propertyFile(this.ctx.host, 'entry');
    return recordsOrThrow(readDatasetsJson([given], { file }), context)[0];
  }

  private entryFormat(): NumberFormat | undefined {
    const decimal = this.entry?.dialect.decimal;
    return decimal === ',' ? 'es' : decimal === '.' ? 'en' : undefined;
  }

  private localReady(table: LocalTable): DatasetData {
    if (table.complete && table.errors.length)
      throw new LoadError('content', { contentErrors: table.errors });
    this.ctx.query.applyInitialColumns(table.columns);
    return { kind: 'local', table };
  }
}
