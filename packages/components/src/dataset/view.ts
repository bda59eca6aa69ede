/**
 * The rows in view: search, column filters and sorting of a local table, loaded the first
 * time the reader searches, filters or sorts (a first render shows the file's order), with
 * the reading of what is typed into filters (`filters.ts`, the core's number reader).
 */
import { foldText } from '@rendir/core';
import { compare, parseFilter, type ColumnFilter } from './filters.ts';
import type { LocalTable } from './model.ts';
import { cutSearchTexts } from './search-texts.ts';
import type { DatasetColumn, SortState, ViewQuery } from './types.ts';

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

/**
 * The cells of column `c`, folded for search and filters or as written for sorting: built
 * on first use (the cost of the first search or sort), then only extended as rows arrive.
 */
function columnCells(table: LocalTable, c: number, fold: boolean): string[] {
  const name = `${fold ? 'folded' : 'raw'} ${c}`;
  let out = table.derived.get(name);
  if (!out) table.derived.set(name, (out = []));
  const cells = out;
  table.eachCell(c, cells.length, (cell) => cells.push(fold ? foldText(cell) : cell));
  return cells;
}

/** Every row's cells, folded and joined, for full-text search: cut from the batches' texts. */
function searchText(table: LocalTable): string[] {
  let out = table.derived.get('search');
  if (!out) table.derived.set('search', (out = []));
  // The batches already cut are the ones whose rows `out` holds.
  let rows = 0;
  for (const texts of table.texts) {
    if (rows >= out.length) cutSearchTexts(texts, out);
    rows += texts.ends.length;
  }
  return out;
}

/** Rows matching the search and filters, in the asked order: indices into the table. */
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
    const rowText = searchText(table);
    const tests = filters.map((f) => {
      const c = table.columns.findIndex((col) => col.key === f.key);
      if (f.kind === 'compare') {
        const target = Number(f.value);
        return (i: number) => compare(table.key(i, c), f.op, target);
      }
      const folded = columnCells(table, c, true);
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
  const column = columnCells(table, c, false);
  const rank = new Map<string, number>();
  for (let k = 0; k < view.length; k++) rank.set(column[view[k]], 0);
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
  for (let k = 0; k < view.length; k++) keys[k] = rank.get(column[view[k]]) ?? NaN;
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
