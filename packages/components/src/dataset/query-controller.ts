/**
 * What the reader asked to see and what is in view: the search, the column filters, the
 * sort and the columns chosen, and the rows they select (local data: a list of row
 * indices worked out by the lazy `view.ts`; a portal: the page it sent). The toolbar and
 * the row count are drawn here.
 */
import { html, type ReactiveController, type TemplateResult } from 'lit';
import { LoadError } from '../platform/errors.ts';
import { formatCount } from './cells.ts';
import { messagesOf, type DatasetContext, type SharedQuery } from './dataset-context.ts';
import type { DatasetData } from './dataset-data.ts';
import type { LocalTable } from './model.ts';
import { SHAPE_RAW } from '@rendir/core';
import {
  emptyQuery,
  type DatasetColumn,
  type ShownColumn,
  type SortState,
  type ViewQuery,
} from './types.ts';

/** How long typing waits before the view is worked out again (a million rows, a portal). */
const LOCAL_TYPING_MS = 150;
const REMOTE_TYPING_MS = 400;
/** While a big file arrives, a sorted or filtered view is worked out at most this often. */
const VIEW_WHILE_READING_MS = 1000;

export class DatasetQuery implements ReactiveController, SharedQuery {
  query: ViewQuery = emptyQuery();
  hiddenColumns = new Set<string>();
  /** Local data: the rows in view, as indices into the table, in view order. */
  view: Uint32Array = new Uint32Array(0);
  private tableVersion = -1;
  private viewKey = '';
  private viewComputedAt = 0;
  private inputTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly ctx: DatasetContext;

  constructor(ctx: DatasetContext) {
    this.ctx = ctx;
    ctx.host.addController(this);
  }

  /** A new load starts from the file's order, every column shown. */
  reset(): void {
    this.query = emptyQuery();
    this.setHidden(new Set());
    this.tableVersion = -1;
    this.viewKey = '';
    this.view = new Uint32Array(0);
  }

  /** Hides every column not named in the `columns` attribute (when it names any). */
  applyInitialColumns(columns: readonly DatasetColumn[]): void {
    const keys = new Set(columns.map((c) => c.key));
    const wanted = this.ctx.host.columns
      .split(',')
      .map((s) => s.trim())
      .filter((key) => keys.has(key));
    // Keys the table does not have hide nothing: a grid with no column shows no data.
    if (wanted.length)
      this.setHidden(new Set(columns.filter((c) => !wanted.includes(c.key)).map((c) => c.key)));
  }

  /** The file's order, as a new load's first drawing shows it. */
  showFileOrder(table: LocalTable): void {
    this.view = table.all();
  }

  hasFilters(): boolean {
    return Object.values(this.query.filters).some((v) => v.trim());
  }

  hostDisconnected(): void {
    clearTimeout(this.inputTimer);
  }

  /** Works the local view out again when the table grew or the query changed. */
  hostUpdate(): void {
    const { sources, parts, grid, host } = this.ctx;
    const data = sources.data;
    if (data?.kind !== 'local') return;
    const table = data.table;
    const key = JSON.stringify(this.query) + host.locale;
    const plain = !this.query.sort && !this.query.search.trim() && !this.hasFilters();
    // A new query, and the end of the file, recompute at once.
    const now = performance.now();
    const waiting =
      !plain &&
      !table.complete &&
      key === this.viewKey &&
      now - this.viewComputedAt < VIEW_WHILE_READING_MS;
    // A query waits for the view part; its arrival updates the element again.
    const viewer = parts.peek('view');
    if (!plain && !viewer) {
      // After a failure, only the reader's retry or next query tries again.
      if (!parts.failed('view')) this.loadView();
    } else if ((table.version !== this.tableVersion || key !== this.viewKey) && !waiting) {
      // Without a query the view is the table itself, grown in place while reading.
      this.view =
        !plain && viewer ? viewer.computeView(table, this.query, host.locale) : table.all();
      this.viewComputedAt = now;
      this.tableVersion = table.version;
      this.viewKey = key;
      grid.keepInside(this.view.length);
      host.emit('rendir-dataset-view', {
        shown: this.view.length,
        total: table.length,
        query: this.query,
        complete: table.complete,
      });
    }
    if (table.complete && table.errors.length && !sources.lateError) {
      sources.lateError = new LoadError('content', { contentErrors: table.errors });
    }
  }

  // ---- what is in view ---------------------------------------------------------------

  columnsOf(data: DatasetData): DatasetColumn[] {
    return data.kind === 'local' ? data.table.columns : data.page.columns;
  }

  shownColumns(data: DatasetData): ShownColumn[] {
    return this.columnsOf(data)
      .map((column, index) => ({ column, index }))
      .filter(({ column }) => !this.hiddenColumns.has(column.key));
  }

  rowCount(data: DatasetData): number {
    return data.kind === 'local' ? this.view.length : data.page.rows.length;
  }

  rowCells(data: DatasetData, position: number): readonly string[] {
    if (data.kind === 'local') return data.table.cells(this.view[position]);
    return data.page.rows[position] ?? [];
  }

  /** How a number cell reads, worked out with the rows (core's `readNumberCell`). */
  cellShape(data: DatasetData, position: number, column: number): number {
    if (data.kind === 'local') return data.table.shape(this.view[position], column);
    return data.page.shapes[column]?.[position] ?? SHAPE_RAW;
  }

  // ---- the reader's choices ----------------------------------------------------------

  private setQuery(next: ViewQuery, data: DatasetData): void {
    this.query = next;
    this.ctx.host.requestUpdate();
    // A new order or selection starts at its top.
    this.ctx.grid.toTop();
    if (data.kind === 'remote') this.ctx.paging?.fromStart(data);
  }

  private setHidden(hidden: Set<string>): void {
    this.hiddenColumns = hidden;
    this.ctx.grid.columnsChanged();
    this.ctx.host.requestUpdate();
  }

  /** Starts loading the view part; a failure is shown with a retry. */
  loadView(): void {
    this.ctx.parts.load('view').catch(() => {});
  }

  /** Typing waits a moment so that a million rows are not filtered on every key. */
  private debounced(update: () => void, data: DatasetData): void {
    // The view part loads while the reader types.
    if (data.kind === 'local') this.loadView();
    clearTimeout(this.inputTimer);
    this.inputTimer = setTimeout(
      update,
      data.kind === 'remote' ? REMOTE_TYPING_MS : LOCAL_TYPING_MS,
    );
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
    for (const input of this.ctx.host.renderRoot.querySelectorAll<HTMLInputElement>(
      '.filters input',
    ))
      input.value = '';
    this.setQuery({ ...this.query, filters: {} }, data);
  }

  /** A header pressed: ascending, then descending, then the file's order. */
  toggleSort(key: string, data: DatasetData): void {
    const current = this.query.sort;
    this.sortBy(
      current?.key !== key
        ? { key, direction: 'ascending' }
        : current.direction === 'ascending'
          ? { key, direction: 'descending' }
          : null,
      data,
    );
  }

  /** Sorts by a column in a direction, or back to the file's order (`null`). */
  sortBy(sort: SortState | null, data: DatasetData): void {
    this.setQuery({ ...this.query, sort }, data);
  }

  /** Shows or hides a column; the last one shown stays. */
  private toggleColumn(key: string, data: DatasetData): void {
    const hidden = new Set(this.hiddenColumns);
    if (hidden.has(key)) hidden.delete(key);
    else if (this.shownColumns(data).length > 1) hidden.add(key);
    this.setHidden(hidden);
    this.ctx.grid.keepColumnInside(this.shownColumns(data).length);
  }

  // ---- rendering ---------------------------------------------------------------------

  renderToolbar(data: DatasetData): TemplateResult {
    const m = messagesOf(this.ctx);
    const uid = this.ctx.uid;
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
                  aria-describedby="${uid}-hint-${column.type === 'number' ? 'number' : 'text'}"
                  @input=${(e: Event) => this.onFilter(column.key, e, data)}
                />
              </label>`,
          )}
        </div>
        <p class="hint" id="${uid}-hint-number">${m.filterHintNumber}</p>
        <p class="hint" id="${uid}-hint-text" hidden>${m.filterHintText}</p>
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

  renderCount(data: DatasetData): TemplateResult {
    const m = messagesOf(this.ctx);
    const id = `${this.ctx.uid}-count`;
    const f = (n: number) => formatCount(n, this.ctx.host.intlLocale);
    if (data.kind === 'local' && !data.table.complete) {
      // Announced once; the growing count is shown but not read out four times a second.
      return html`<p class="count reading" id=${id}>
        <span role="status">${m.reading}</span> <span>${m.readSoFar(f(data.table.length))}</span>
      </p>`;
    }
    let text: string;
    if (data.kind === 'local') {
      text = m.rowCount(f(this.view.length), f(data.table.length), data.table.length);
    } else {
      const page = data.page;
      const offset = this.ctx.paging?.offset ?? 0;
      text = page.rows.length
        ? m.rowRange(f(offset + 1), f(offset + page.rows.length), f(page.total))
        : m.rowCount('0', f(page.total), page.total);
    }
    return html`<p class="count" id=${id}><span role="status">${text}</span></p>`;
  }
}
