/**
 * A local data set in memory: the core's rows as they were read (no copies of a million
 * cells), column types decided from the first batch, one float per row for number and
 * date columns, used only to sort, compare and draw, and each number cell's shape. Types,
 * keys and shapes are worked out with the reading (`column-types.ts`, in the parser
 * worker for CSV); shown values always come from the cell as written, read exactly by the
 * core. Searching, filtering and sorting are in `view.ts`, loaded on first use.
 */
import type { ContentError, NumberFormat } from '@rendir/core';
import type { PackedBatch } from './table-batch.ts';
import type { SearchTexts } from './search-texts.ts';
import { packedCell, packedCells, packedLength, type PackedRows } from './packed-rows.ts';
import { SHAPE_RAW } from '@rendir/core';
import type { DatasetColumn } from './types.ts';

export class LocalTable {
  readonly file: string;
  columns: DatasetColumn[] = [];
  /** The rows, a packed batch at a time (`packed-rows.ts`), and each batch's first row. */
  private batches: PackedRows[] = [];
  private firsts: number[] = [];
  private count = 0;
  /** The format numbers are read with; undefined when no value needed one. */
  numberFormat: NumberFormat | undefined;
  /** Problems that make the data unusable (shown instead of the grid). */
  errors: ContentError[] = [];
  complete = false;
  /** Grows with every batch: views and charts recompute when it changes. */
  version = 0;
  private keys: (Float64Array | null)[] = [];
  private shapes: (Uint16Array | null)[] = [];
  private identity = new Uint32Array(0);
  /**
   * Columns the lazy view works out from the cells (folded for search, as written for
   * sorting), by name; forgotten when the file is read again.
   */
  readonly derived = new Map<string, string[]>();
  /** Each row's cells joined by line breaks (a search box holds none) and folded. */
  /** Each batch's search texts, cut into rows by the lazy view on the first search. */
  texts: SearchTexts[] = [];

  constructor(file: string) {
    this.file = file;
  }

  get length(): number {
    return this.count;
  }

  setHeaders(headers: readonly string[]): void {
    if (this.columns.length) return;
    this.columns = headers.map((h, i) => ({
      key: h,
      label: h.trim() || `#${i + 1}`,
      type: 'text',
    }));
  }

  /**
   * Adds a batch of rows with what was worked out beside them: the first batch's column
   * types, each batch's sort keys and number shapes, and the rows' search texts.
   */
  append(batch: PackedBatch): void {
    const start = this.count;
    this.batches.push(batch.rows);
    this.firsts.push(start);
    this.count += packedLength(batch.rows);
    this.texts.push(batch.texts);
    if (batch.columns) {
      batch.columns.forEach((reading, c) => {
        const column = this.columns[c];
        if (column) Object.assign(column, reading);
      });
      this.numberFormat = batch.numberFormat;
      this.errors.push(...(batch.errors ?? []));
    }
    grow(this.keys, batch.keys, start, Float64Array);
    grow(this.shapes, batch.shapes, start, Uint16Array);
    this.version++;
  }

  /** Forgets the rows read so far: the file is being read again (as Windows-1252). */
  reset(): void {
    this.columns = [];
    this.batches = [];
    this.firsts = [];
    this.count = 0;
    this.texts = [];
    this.keys = [];
    this.shapes = [];
    this.errors = [];
    this.derived.clear();
    this.version++;
  }

  finish(errors: readonly ContentError[] = []): void {
    for (const e of errors) if (e.severity === 'error') this.errors.push(e);
    this.complete = true;
    this.version++;
  }

  /** The batch that holds `row`, and the row's place in it. */
  private place(row: number): [PackedRows, number] | undefined {
    if (!(row >= 0 && row < this.count)) return undefined;
    const firsts = this.firsts;
    let lo = 0;
    let hi = firsts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (firsts[mid] <= row) lo = mid;
      else hi = mid - 1;
    }
    return [this.batches[lo], row - firsts[lo]];
  }

  /** Every cell of a row, as written. */
  cells(row: number): string[] {
    const at = this.place(row);
    return at ? packedCells(at[0], at[1]) : [];
  }

  /** The sort/draw key of a number or date cell (NaN when missing or unreadable). */
  key(row: number, column: number): number {
    return this.keys[column]?.[row] ?? NaN;
  }

  /** How a number cell reads (`types.ts`), for the grid to show it. */
  shape(row: number, column: number): number {
    return this.shapes[column]?.[row] ?? SHAPE_RAW;
  }

  /** Column `c`'s cells from row `from` on, batch by batch (no search per row). */
  eachCell(c: number, from: number, use: (cell: string) => void): void {
    for (let row = from; row < this.count;) {
      const [batch, first] = this.place(row)!;
      for (let r = first, n = packedLength(batch); r < n; r++, row++) use(packedCell(batch, r, c));
    }
  }

  /** Row indices 0..n-1, shared and grown in place (no copy per batch). */
  all(): Uint32Array {
    const n = this.count;
    if (this.identity.length < n) {
      const next = new Uint32Array(Math.max(n, this.identity.length * 2, 1024));
      for (let i = 0; i < next.length; i++) next[i] = i;
      this.identity = next;
    }
    return this.identity.subarray(0, n);
  }
}

/** Per-column arrays grown in place (doubling) with a batch's part at `start`. */
function grow<T extends Float64Array | Uint16Array>(
  columns: (T | null)[],
  add: readonly (T | null)[] | undefined,
  start: number,
  Type: { new (length: number): T },
): void {
  add?.forEach((part, c) => {
    if (!part) return;
    let all = columns[c];
    const n = start + part.length;
    if (!all || all.length < n) {
      const grown = new Type(Math.max(n, (all?.length ?? 0) * 2, 1024));
      if (all) grown.set(all.subarray(0, start));
      all = grown;
      columns[c] = grown;
    }
    all.set(part, start);
  });
}
