/**
 * A local data set in memory: the core's rows as they were read (no copies of a million
 * cells), column types decided from the first batch, and one float per row for number
 * and date columns, used only to sort, compare and draw. Types and keys are worked out
 * with the reading (`column-types.ts`, in the parser worker for CSV); shown values always
 * come from the cell as written, read exactly by the core.
 */
import {
  foldText,
  missingKind,
  parseDate,
  type ContentError,
  type CsvRow,
  type NumberFormat,
} from '@rendir/core';
import { compare, parseFilter, type ColumnFilter } from './filters.ts';
import type { TableBatch } from './column-types.ts';
import type { DatasetColumn, SortState, ViewQuery } from './types.ts';

const ISO_TIMESTAMP = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}/;

/** A date cell as ISO text (`2025-06-15`, `2025-06`, `2025`), timestamps cut to the day. */
export function isoDate(raw: string): string | undefined {
  const s = raw.trim();
  const ts = ISO_TIMESTAMP.exec(s);
  return parseDate(ts ? ts[1] : s);
}

export function isMissingCell(raw: string | undefined): boolean {
  return raw === undefined || missingKind(raw.trim()) !== undefined;
}

export class LocalTable {
  readonly file: string;
  columns: DatasetColumn[] = [];
  rows: CsvRow[] = [];
  /** The format numbers are read with; undefined when no value needed one. */
  numberFormat: NumberFormat | undefined;
  /** Problems that make the data unusable (shown instead of the grid). */
  errors: ContentError[] = [];
  complete = false;
  /** Grows with every batch: views and charts recompute when it changes. */
  version = 0;
  private keys: (Float64Array | null)[] = [];
  private identity = new Uint32Array(0);
  private foldedColumns: string[][] = [];
  /** Each row's cells joined by line breaks (a search box holds none) and folded: built as rows arrive. */
  private rowText: string[] = [];

  constructor(file: string) {
    this.file = file;
  }

  get length(): number {
    return this.rows.length;
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
   * types, each batch's sort keys, and the rows' search texts (else folded here).
   */
  append(rows: readonly CsvRow[], batch: TableBatch = {}): void {
    const start = this.rows.length;
    const texts = batch.texts;
    rows.forEach((r, i) => {
      this.rows.push(r);
      this.rowText.push(texts?.[i] ?? foldText(r.cells.join('\n')));
    });
    if (batch.types) {
      batch.types.forEach((type, c) => {
        if (this.columns[c]) this.columns[c].type = type;
      });
      this.numberFormat = batch.numberFormat;
      this.errors.push(...(batch.errors ?? []));
    }
    batch.keys?.forEach((add, c) => {
      if (!add) return;
      let keys = this.keys[c];
      const n = start + add.length;
      if (!keys || keys.length < n) {
        const grown = new Float64Array(Math.max(n, (keys?.length ?? 0) * 2, 1024));
        if (keys) grown.set(keys.subarray(0, start));
        keys = grown;
        this.keys[c] = grown;
      }
      keys.set(add, start);
    });
    this.version++;
  }

  /** Forgets the rows read so far: the file is being read again (as Windows-1252). */
  reset(): void {
    this.columns = [];
    this.rows = [];
    this.rowText = [];
    this.keys = [];
    this.errors = [];
    this.foldedColumns = [];
    this.version++;
  }

  finish(errors: readonly ContentError[] = []): void {
    for (const e of errors) if (e.severity === 'error') this.errors.push(e);
    this.complete = true;
    this.version++;
  }

  cell(row: number, column: number): string {
    return this.rows[row]?.cells[column] ?? '';
  }

  /** The sort/draw key of a number or date cell (NaN when missing or unreadable). */
  key(row: number, column: number): number {
    return this.keys[column]?.[row] ?? NaN;
  }

  /**
   * The cells of column `c` folded for search, filters and text sorting: built on first
   * use (the cost of the first search), then only extended as rows arrive.
   */
  folded(c: number): string[] {
    const out = (this.foldedColumns[c] ??= []);
    const rows = this.rows;
    for (let i = out.length; i < rows.length; i++) out.push(foldText(rows[i].cells[c] ?? ''));
    return out;
  }

  /** Every row's cells, folded and joined, for full-text search. */
  searchText(): readonly string[] {
    return this.rowText;
  }

  /** Row indices 0..n-1, shared and grown in place (no copy per batch). */
  all(): Uint32Array {
    const n = this.rows.length;
    if (this.identity.length < n) {
      const next = new Uint32Array(Math.max(n, this.identity.length * 2, 1024));
      for (let i = 0; i < next.length; i++) next[i] = i;
      this.identity = next;
    }
    return this.identity.subarray(0, n);
  }
}

/** Filters as typed by the reader, read against the columns' types. */
export function readFilters(
  columns: readonly DatasetColumn[],
  query: ViewQuery,
  format: 'es' | 'en',
): ColumnFilter[] {
  const out: ColumnFilter[] = [];
  for (const col of columns) {
    const f = parseFilter(col.key, col.type, query.filters[col.key] ?? '', format);
    if (f) out.push(f);
  }
  return out;
}

/** Rows matching the search and filters, in the asked order: indices into `table.rows`. */
export function computeView(
  table: LocalTable,
  query: ViewQuery,
  inputFormat: 'es' | 'en',
): Uint32Array {
  const all = table.all();
  const filters = readFilters(table.columns, query, inputFormat);
  const search = query.search.trim();
  let view = all;
  if (filters.length || search) {
    const needle = foldText(search);
    const rowText = table.searchText();
    const tests = filters.map((f) => {
      const c = table.columns.findIndex((col) => col.key === f.key);
      if (f.kind === 'compare') {
        const target = Number(f.value);
        return (i: number) => compare(table.key(i, c), f.op, target);
      }
      const folded = table.folded(c);
      const text = foldText(f.text);
      return (i: number) => folded[i].includes(text);
    });
    const out = new Uint32Array(all.length);
    let n = 0;
    for (let k = 0; k < all.length; k++) {
      const i = all[k];
      let ok = true;
      for (const t of tests) {
        if (!t(i)) {
          ok = false;
          break;
        }
      }
      if (ok && needle) ok = rowText[i].includes(needle);
      if (ok) out[n++] = i;
    }
    view = out.subarray(0, n);
  }
  if (query.sort) return sortView(table, view, query.sort);
  return view;
}

/**
 * Sorts row indices in place by one column; missing values last in both directions,
 * ties in file order (stable).
 */
export function sortView(table: LocalTable, view: Uint32Array, sort: SortState): Uint32Array {
  const c = table.columns.findIndex((col) => col.key === sort.key);
  if (c < 0) return view;
  const descending = sort.direction === 'descending';
  const type = table.columns[c].type;
  const keys = new Float64Array(view.length);
  if (type === 'number' || type === 'date') {
    for (let k = 0; k < view.length; k++) keys[k] = table.key(view[k], c);
    return sortByKeys(view, keys, descending);
  }
  // Text: each distinct cell is ranked once (accents and case ignored, then as written),
  // and the ranks are sorted as numbers. A collator per comparison is ten times slower.
  const rows = table.rows;
  const rank = new Map<string, number>();
  for (let k = 0; k < view.length; k++) rank.set(rows[view[k]].cells[c] ?? '', 0);
  rank.delete('');
  const distinct = [...rank.keys()].map((raw) => ({ raw, folded: foldText(raw) }));
  distinct.sort((a, b) =>
    a.folded !== b.folded
      ? a.folded < b.folded
        ? -1
        : 1
      : a.raw < b.raw
        ? -1
        : a.raw > b.raw
          ? 1
          : 0,
  );
  distinct.forEach((d, r) => rank.set(d.raw, r));
  for (let k = 0; k < view.length; k++) keys[k] = rank.get(rows[view[k]].cells[c] ?? '') ?? NaN;
  return sortByKeys(view, keys, descending);
}

/**
 * Sorts `view` by `keys` (aligned with it; NaN is missing and goes last) without a
 * comparator: the keys are sorted natively, then each row takes its key's first free
 * slot, so equal keys keep the view's order (a stable sort, in O(n log n) typed work).
 */
export function sortByKeys(
  view: Uint32Array,
  keys: Float64Array,
  descending: boolean,
): Uint32Array {
  const n = view.length;
  const sorted = new Float64Array(n);
  let m = 0;
  for (let k = 0; k < n; k++) {
    const x = keys[k];
    if (x === x) sorted[m++] = descending ? -x : x;
  }
  const finite = sorted.subarray(0, m).sort();
  const used = new Uint32Array(m);
  const out = new Uint32Array(n);
  let tail = m;
  for (let k = 0; k < n; k++) {
    let x = keys[k];
    if (x !== x) {
      out[tail++] = view[k];
      continue;
    }
    if (descending) x = -x;
    let lo = 0;
    let hi = m;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (finite[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    out[lo + used[lo]++] = view[k];
  }
  return out;
}
