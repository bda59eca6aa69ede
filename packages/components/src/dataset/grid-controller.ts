/**
 * The grid: only the rows in view are drawn (`windowing.ts`), columns sized to their
 * content, one tab stop and the keys of an ARIA grid, every row (up to `PRINT_ROWS`) on
 * paper. Each row (a card on a phone) is as tall as its content: the drawn rows follow one
 * another after the space of the rows above, and are measured once drawn; the visible
 * height is measured when the grid appears or resizes. Long texts wrap within their column
 * up to three lines (the styles' clamp); a cell cut there gets a button that shows it
 * whole over the rows below, which do not move.
 */
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { yieldToEventLoop } from '@rendir/core';
import { styleProps } from '../platform/style-props.ts';
import { gridKeyTarget } from '../platform/grid-keys.ts';
import { RowHeights, rowWindow, scrollRatio, scrollToRow, type WindowInput } from './windowing.ts';
import { showCell } from './cells.ts';
import {
  cellContext,
  messagesOf,
  type DatasetContext,
  type SharedGrid,
} from './dataset-context.ts';
import type { DatasetData } from './dataset-data.ts';
import type { ShownColumn } from './types.ts';

/** A text in a shown column, as measured against the clamp. */
function clampKey(column: string | undefined, text: string | null): string {
  return `${column ?? ''}\u0000${text ?? ''}`;
}

/** Most rows a printed grid holds (a paper copy of a whole large file helps no one). */
const PRINT_ROWS = 2000;
/** Rows whose cells size the grid's columns. */
const COLUMN_SAMPLE = 200;
/** Widest a text column starts, in characters (longer cells wrap). */
const TEXT_CAP = 32;
/** Narrowest column, in characters. */
const MIN_COLUMN = 6;

type GridState =
  | 'activeRow'
  | 'activeCol'
  | 'scrollTop'
  | 'viewport'
  | 'printing'
  | 'asTable'
  | 'clamped'
  | 'opened';

export class DatasetGrid implements ReactiveController, SharedGrid {
  /** The cell with the tab stop: row -1 is the header. */
  activeRow = -1;
  activeCol = 0;
  /** Geometry, measured after each render. */
  scrollTop = 0;
  /** Each row's height as measured; a row never drawn counts as the drawn ones' mean. */
  readonly heights = new RowHeights();
  viewport = 300;
  /** The page is being printed: every row (up to PRINT_ROWS), unwindowed. */
  printing = false;
  /** In a narrow container rows are cards, unless the reader asked for the table. */
  asTable = false;
  /** Texts the clamp cuts, by column (`clampKey`), as measured: their cells get a button. */
  clamped: ReadonlySet<string> = new Set();
  /** The cell (`row:col`) shown whole, over the rows below; '' for none. */
  opened = '';
  private resizeObserver: ResizeObserver | null = null;
  private measuredScroller: HTMLElement | undefined;
  /** The scroll position the last render placed the rows for, to be given to the scroller. */
  private scrollPending = false;
  /** How many rows the grid had at the last render. */
  private drawnCount = 0;
  private measureFrame = 0;
  /** The grid width at the last measure (-1: measure every row afresh). */
  private measuredWidth = -1;
  /** The rows drawn at the last render and at the last measure (`first:last`). */
  private drawnWindow = '';
  private measuredWindow = '';
  /** The last column template and what it was worked out from (the grid renders on scroll). */
  private template: { data: DatasetData; keys: string; style: Record<string, string> } | null =
    null;
  private readonly printMedia = typeof matchMedia === 'undefined' ? undefined : matchMedia('print');
  private readonly ctx: DatasetContext;

  constructor(ctx: DatasetContext) {
    this.ctx = ctx;
    ctx.host.addController(this);
  }

  private get root(): ParentNode {
    return this.ctx.host.renderRoot;
  }
  private get scroller(): HTMLElement | null {
    return this.root.querySelector('.scroller');
  }

  /** Sets a field that the grid is drawn from; a change draws it again. */
  private set<K extends GridState>(key: K, value: DatasetGrid[K]): void {
    if (this[key] === value) return;
    (this as DatasetGrid)[key] = value;
    this.ctx.host.requestUpdate();
  }

  private readonly onPrint = () => this.set('printing', !!this.printMedia?.matches);
  // Chromium lays out the print before media queries' change events: beforeprint comes first.
  private readonly beforePrint = () => {
    this.set('printing', true);
    this.ctx.flush();
  };

  hostConnected(): void {
    this.printMedia?.addEventListener('change', this.onPrint);
    addEventListener('beforeprint', this.beforePrint);
  }

  hostDisconnected(): void {
    this.printMedia?.removeEventListener('change', this.onPrint);
    removeEventListener('beforeprint', this.beforePrint);
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    this.measuredScroller = undefined;
    cancelAnimationFrame(this.measureFrame);
    this.measureFrame = 0;
  }

  /**
   * The drawn rows are measured after every update, before the frame is painted: a row's
   * height follows its content (another order, a cell shown whole, a file still arriving).
   * It forces the layout the frame would do anyway; measuring changes only what moved.
   */
  hostUpdated(): void {
    // The rows were placed for a corrected scroll position (see `measure`): the scroller
    // takes it before the frame is painted (its scroll event brings back where it stopped).
    const scroller = this.scroller;
    if (this.scrollPending && scroller) scroller.scrollTop = this.scrollTop;
    this.scrollPending = false;
    // Outside this update, before the next frame paints: in a task of its own, which
    // usually comes first (the frame then lays out only what measuring changed), else in
    // the frame's animation callbacks.
    if (this.measureFrame) return;
    const measure = () => {
      if (!this.measureFrame) return;
      cancelAnimationFrame(this.measureFrame);
      this.measureFrame = 0;
      this.measure();
    };
    this.measureFrame = requestAnimationFrame(measure);
    void yieldToEventLoop().then(measure);
  }

  /** Rows now stand at other positions: their heights are measured again. */
  private forgetHeights(): void {
    this.heights.clear(this.heights.estimate);
    this.measuredWindow = '';
  }

  /** A new load: the tab stop back on the first header. */
  reset(): void {
    this.forgetHeights();
    this.measuredWidth = -1;
    this.set('opened', '');
    this.set('activeRow', -1);
    this.set('activeCol', 0);
  }

  /** Columns were shown or hidden: measure again. */
  columnsChanged(): void {
    this.measuredWidth = -1;
    this.set('opened', '');
  }

  /** A new order or selection starts at its top. */
  toTop(): void {
    this.forgetHeights();
    this.set('activeRow', Math.min(this.activeRow, 0));
    this.set('opened', '');
    const scroller = this.scroller;
    if (scroller) scroller.scrollTop = 0;
    this.set('scrollTop', 0);
  }

  /** Fewer rows in view: the tab stop moves to the last one. */
  keepInside(rows: number): void {
    if (this.activeRow >= rows) this.activeRow = rows - 1;
  }

  keepColumnInside(columns: number): void {
    this.set('activeCol', Math.min(this.activeCol, columns - 1));
  }

  private geometry(count: number, scrollTop = this.scrollTop): WindowInput {
    return { count, heights: this.heights, viewport: this.viewport, scrollTop };
  }

  private readonly onScroll = () => this.set('scrollTop', this.scroller?.scrollTop ?? 0);

  /** Measures the row height and the visible body height; a change redraws the window. */
  private measure(): void {
    const scroller = this.scroller;
    if (!scroller) return;
    // While printing the grid is as tall as its rows: nothing to window. The print styles
    // can apply before the media query's change event: draw every row a frame later.
    if (this.printing || this.printMedia?.matches) {
      if (!this.printing) requestAnimationFrame(this.onPrint);
      return;
    }
    const rows = [...this.root.querySelectorAll<HTMLElement>('.body [data-row]')];
    const [seenFirst = 0, seenLast = Infinity] = this.measuredWindow.split(':').map(Number);
    const width = scroller.clientWidth;
    const sameWidth = width === this.measuredWidth;
    this.measuredWidth = width;
    // Rows measured above the reader's view would move what they read: the first row in
    // view among those measured before (the reader has seen them) keeps its place on
    // screen, and the scroll position moves instead.
    const count = this.drawnCount;
    const scrollTop = scroller.scrollTop;
    const virtualTop = scrollTop * scrollRatio(this.geometry(count, scrollTop));
    const anchor = Math.min(
      count - 1,
      seenLast,
      Math.max(seenFirst, this.heights.indexAt(virtualTop)),
    );
    const anchorInView = this.heights.offset(anchor) - virtualTop;
    // At another width every row is measured afresh; rows never drawn count as the mean
    // of the first drawn (the scroll bar's length).
    if (!sameWidth) this.forgetHeights();
    const drawnHeights = rows.map((drawn) => drawn.getBoundingClientRect().height);
    // Heights forgotten (no room), or more rows than room: room for twice the rows, so a
    // file still arriving forgets them only now and then.
    if (count > this.heights.size && rows.length)
      this.heights.clear(drawnHeights.reduce((sum, h) => sum + h, 0) / rows.length, 2 * count);
    // Whether a text is cut depends on its column's width: measured again at another.
    const clamped = new Set(sameWidth ? this.clamped : []);
    let moved = !sameWidth;
    rows.forEach((drawn, k) => {
      const position = Number(drawn.dataset.row);
      // A row with a cell shown whole keeps its height: the cell lies over the rows below.
      if (
        !drawn.querySelector('[data-opened]') &&
        Math.abs(drawnHeights[k] - this.heights.height(position)) > 0.1
      ) {
        this.heights.set(position, drawnHeights[k]);
        moved = true;
      }
      for (const text of drawn.querySelectorAll<HTMLElement>('.text')) {
        const key = clampKey((text.parentElement as HTMLElement).dataset.col, text.textContent);
        // A text shown whole is not clamped now: it keeps what was measured.
        if (text.closest('[data-opened]')) continue;
        if (text.scrollHeight > text.clientHeight + 1) clamped.add(key);
        else clamped.delete(key);
      }
    });
    this.measuredWindow = this.drawnWindow;
    const clampsChanged =
      clamped.size !== this.clamped.size || [...clamped].some((key) => !this.clamped.has(key));
    // Their buttons make rows taller: measured again once drawn.
    if (clampsChanged) this.set('clamped', clamped);
    const head = this.root.querySelector('.head');
    const viewport = scroller.clientHeight - (head?.getBoundingClientRect().height ?? 0);
    if (viewport > 0 && Math.abs(viewport - this.viewport) > 0.5) this.set('viewport', viewport);
    if (moved) {
      const top =
        (this.heights.offset(anchor) - anchorInView) / scrollRatio(this.geometry(count, scrollTop));
      this.scrollPending = Math.abs(top - scrollTop) >= 0.5;
      this.scrollTop = top;
      this.ctx.host.requestUpdate();
    }
    if (this.measuredScroller !== scroller && typeof ResizeObserver !== 'undefined') {
      this.measuredScroller = scroller;
      this.resizeObserver?.disconnect();
      // Measured after the update it asks for: inside the observer, rows drawn again at
      // another height would be a ResizeObserver loop.
      this.resizeObserver = new ResizeObserver(() => this.ctx.host.requestUpdate());
      this.resizeObserver.observe(scroller);
    }
  }

  // ---- keyboard ----------------------------------------------------------------------

  private cellElement(row: number, col: number): HTMLElement | null {
    return this.root.querySelector<HTMLElement>(`[data-row="${row}"] [data-col="${col}"]`);
  }

  private async focusCell(row: number, col: number, data: DatasetData): Promise<void> {
    const { query, host } = this.ctx;
    const rows = query.rowCount(data);
    const cols = query.shownColumns(data).length;
    this.set('activeRow', Math.max(-1, Math.min(rows - 1, row)));
    this.set('activeCol', Math.max(0, Math.min(cols - 1, col)));
    const scroller = this.scroller;
    // The header is sticky: it is always in view. A row far away is placed by the rows'
    // estimated height, then again once it and its neighbours are drawn and measured.
    for (let pass = 0; pass < 3 && scroller && this.activeRow >= 0; pass++) {
      const top = scrollToRow(this.activeRow, this.geometry(rows, scroller.scrollTop));
      if (Math.abs(top - scroller.scrollTop) < 1) break;
      scroller.scrollTop = top;
      this.set('scrollTop', scroller.scrollTop);
      await host.updateComplete;
      this.measure();
      await host.updateComplete;
    }
    await host.updateComplete;
    const target = this.cellElement(this.activeRow, this.activeCol);
    target?.focus({ preventScroll: true });
    // Horizontal only: the vertical position is already exact. Cards scroll their header
    // strip sideways, a table the whole grid.
    const head = this.activeRow === -1 ? this.root.querySelector<HTMLElement>('.head') : null;
    const sideways = head && head.scrollWidth > head.clientWidth ? head : scroller;
    if (target && sideways) {
      const box = target.getBoundingClientRect();
      const view = sideways.getBoundingClientRect();
      if (box.left < view.left) sideways.scrollLeft -= view.left - box.left;
      else if (box.right > view.right) sideways.scrollLeft += box.right - view.right;
    }
  }

  private onKeydown(event: KeyboardEvent, data: DatasetData): void {
    if (event.key === 'Enter' || event.key === ' ') {
      if (this.activeRow >= 0) {
        // A cell's link (Enter), or its «Ver todo» button (Enter or Space).
        const cell = this.cellElement(this.activeRow, this.activeCol);
        const action =
          event.key === 'Enter' ? cell?.querySelector('a, button') : cell?.querySelector('button');
        if (action instanceof HTMLElement) {
          event.preventDefault();
          action.click();
        }
      }
      return;
    }
    const next = gridKeyTarget(
      event,
      { row: this.activeRow, col: this.activeCol },
      {
        rows: this.ctx.query.rowCount(data),
        cols: this.ctx.query.shownColumns(data).length,
        firstRow: -1,
        page: Math.max(1, Math.floor(this.viewport / this.heights.estimate) - 1),
      },
    );
    if (!next) return;
    event.preventDefault();
    void this.focusCell(next.row, next.col, data);
  }

  private onCellFocus(row: number, col: number): void {
    this.set('activeRow', row);
    this.set('activeCol', col);
  }

  // ---- rendering ---------------------------------------------------------------------

  /**
   * Column tracks sized to their content: each column as wide as its header or its widest
   * cell among the first rows in view (in `ch`), numbers and dates whole (never cut), long
   * texts capped, wrapping within their column. Every row is its
   * own grid, so the tracks are fixed per column, not per row, to keep the columns aligned;
   * spare width goes to each column in proportion to its own.
   */
  private columnTemplate(data: DatasetData, shown: ShownColumn[]): Record<string, string> {
    const { query, host } = this.ctx;
    // Again while a file's first rows arrive, then not on every scroll.
    const rows = Math.min(COLUMN_SAMPLE, query.rowCount(data));
    const keys = `${host.locale}|${rows}|${shown.map(({ column }) => column.key).join('|')}`;
    if (this.template?.data === data && this.template.keys === keys) return this.template.style;
    const ctx = cellContext(this.ctx);
    const widths = shown.map(({ column, index }) => {
      // The header button holds the label and the sort arrow; it wraps between words, never
      // inside one: its longest word, bold, and the button's padding, gap and arrow (~3em).
      const word = Math.max(...column.label.split(/\s+/).map((w) => w.length));
      let widest = Math.max(column.label.length + 3, Math.ceil(word * 1.2) + 6);
      for (let position = 0; position < rows; position++) {
        const raw = query.rowCells(data, position)[index] ?? '';
        const text = showCell(column, raw, ctx, query.cellShape(data, position, index)).text;
        if (text.length > widest) widest = text.length;
      }
      const cap = column.type === 'number' || column.type === 'date' ? Infinity : TEXT_CAP;
      return Math.max(MIN_COLUMN, Math.ceil(word * 1.2) + 6, Math.min(cap, widest));
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

  /** Works out the column widths of the grid's first drawing, ahead of it (see the sources). */
  prepare(data: DatasetData): void {
    this.columnTemplate(data, this.ctx.query.shownColumns(data));
  }

  render(data: DatasetData): TemplateResult {
    const { query, paging, uid } = this.ctx;
    const m = messagesOf(this.ctx);
    const shown = query.shownColumns(data);
    const count = query.rowCount(data);
    const ctx = cellContext(this.ctx);
    const sort = query.query.sort;
    const activeRow = this.activeRow;
    const activeCol = Math.min(this.activeCol, shown.length - 1);
    // On paper every row (up to PRINT_ROWS), from the first: the print stylesheet lays
    // them out one after another.
    this.drawnCount = count;
    const win = this.printing
      ? { first: 0, last: Math.min(count, PRINT_ROWS) - 1, height: 0, top: () => 0 }
      : rowWindow(this.geometry(count));
    const positions: number[] = [];
    for (let p = win.first; p <= win.last; p++) positions.push(p);
    this.drawnWindow = `${win.first}:${win.last}`;
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
            @click=${() => query.toggleSort(column.key, data)}
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
      const cells = query.rowCells(data, position);
      const opened = this.opened.startsWith(`${position}:`);
      return html`<div
        class=${`row${position % 2 ? ' odd' : ''}${opened ? ' opened' : ''}`}
        role="row"
        aria-rowindex=${position + 2}
        data-row=${position}
        part="row"
        ${styleProps(opened ? { height: `${this.heights.height(position)}px` } : {})}
      >
        ${shown.map(({ column, index }, c) => {
          const cell = showCell(
            column,
            cells[index] ?? '',
            ctx,
            query.cellShape(data, position, index),
          );
          const content = cell.href
            ? html`<a href=${cell.href} tabindex="-1" rel="noopener noreferrer">${cell.text}</a>`
            : cell.text;
          // Numbers and dates are never cut (their columns fit them); other cells wrap.
          const wraps = column.type !== 'number' && column.type !== 'date';
          const key = `${position}:${c}`;
          const opened = this.opened === key;
          const textKey = clampKey(String(c), cell.text);
          return html`<div
            class=${wraps ? 'cell wraps' : 'cell'}
            role="gridcell"
            aria-colindex=${c + 1}
            data-col=${c}
            data-type=${column.type}
            part="cell"
            data-label=${column.label}
            ?data-opened=${opened}
            tabindex=${activeRow === position && activeCol === c ? 0 : -1}
            @focus=${() => this.onCellFocus(position, c)}
          >
            ${wraps ? html`<span class="text">${content}</span>` : content}
            ${
              opened || (wraps && this.clamped.has(textKey))
                ? html`<button
                    type="button"
                    class="whole"
                    tabindex="-1"
                    aria-expanded=${opened ? 'true' : 'false'}
                    @click=${() => this.set('opened', opened ? '' : key)}
                  >
                    ${opened ? m.showLessCell : m.showWholeCell}
                  </button>`
                : nothing
            }
          </div>`;
        })}
      </div>`;
    };
    // In a narrow container (the styles' container query), where rows are cards, the column
    // headers are out of sight until focused: one select orders the cards instead.
    const cardSort = this.asTable
      ? nothing
      : html`<div class="card-sort">
          <label
            >${m.sortBy}
            <select
              @change=${(e: Event) => {
                const key = (e.target as HTMLSelectElement).value;
                query.sortBy(key ? { key, direction: sort?.direction ?? 'ascending' } : null, data);
              }}
            >
              <option value="" ?selected=${!sort}>${m.fileOrder}</option>
              ${shown.map(
                ({ column }) =>
                  html`<option value=${column.key} ?selected=${sort?.key === column.key}>
                    ${column.label}
                  </option>`,
              )}
            </select></label
          >
          <button
            type="button"
            aria-pressed=${sort?.direction === 'descending' ? 'true' : 'false'}
            ?disabled=${!sort}
            @click=${() =>
              sort &&
              query.sortBy(
                {
                  key: sort.key,
                  direction: sort.direction === 'descending' ? 'ascending' : 'descending',
                },
                data,
              )}
          >
            <span aria-hidden="true">▼</span>
            ${m.descending}
          </button>
        </div>`;
    // Shown only in a narrow container (the styles' container query), where rows are cards.
    const layout = html`<button
      type="button"
      class="layout"
      @click=${() => {
        this.set('asTable', !this.asTable);
        this.columnsChanged();
      }}
    >
      ${this.asTable ? m.showAsCards : m.showAsTable}
    </button>`;
    // Busy only while a portal page is fetched: the rows of a file still being read are
    // already usable, and screen readers may hold back a busy grid.
    return html`<p class="visually-hidden" id="${uid}-help">${m.gridHelp}</p>
      ${layout} ${cardSort}
      <div
        class=${this.asTable ? 'scroller' : 'scroller cards'}
        role="grid"
        part="grid"
        aria-labelledby="${uid}-title"
        aria-describedby="${uid}-count ${uid}-help"
        aria-rowcount=${count + 1}
        aria-colcount=${shown.length}
        aria-busy=${paging?.busy ? 'true' : 'false'}
        ${styleProps(this.columnTemplate(data, shown))}
        @keydown=${(e: KeyboardEvent) => this.onKeydown(e, data)}
        @scroll=${this.onScroll}
      >
        <div class="head" role="rowgroup">${header}</div>
        <div
          class="body"
          role="rowgroup"
          ${styleProps(
            // The drawn rows follow one another after the space the rows above take.
            this.printing
              ? {}
              : { height: `${win.height}px`, 'padding-top': `${win.top(win.first)}px` },
          )}
        >
          ${positions.map(renderRow)}
        </div>
      </div>`;
  }
}
