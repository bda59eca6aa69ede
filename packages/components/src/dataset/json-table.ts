/**
 * JSON and property data as a table, typed and keyed here on the main thread: loaded only
 * for such data (a CSV file is typed and keyed in the parser worker as it is read).
 */
import type { CsvRow } from '@rendir/core';
import { LocalTable } from './model.ts';
import { ColumnTyper, type TypingOptions } from './column-types.ts';
import { packRows } from './packed-rows.ts';
import { searchTexts } from './search-texts.ts';

/** A whole table from rows already read. */
export function tableFromRows(
  file: string,
  headers: string[],
  rows: CsvRow[],
  options: TypingOptions = {},
): LocalTable {
  const table = new LocalTable(file);
  table.setHeaders(headers);
  table.append({
    ...new ColumnTyper(file, options).batch(rows, headers),
    rows: packRows(rows),
    texts: searchTexts(rows),
  });
  table.finish();
  return table;
}

/** Builds a table from JSON: an array of records, or `{ columns, rows }`. */
export function tableFromJson(
  value: unknown,
  file: string,
  options: TypingOptions = {},
): LocalTable | null {
  let headers: string[];
  let rows: string[][];
  const text = (v: unknown) =>
    v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  if (Array.isArray(value)) {
    const keys = new Set<string>();
    for (const r of value)
      if (r && typeof r === 'object' && !Array.isArray(r))
        for (const k of Object.keys(r)) keys.add(k);
    headers = [...keys];
    rows = value.map((r) => headers.map((h) => text((r as Record<string, unknown>)?.[h])));
  } else if (
    value &&
    typeof value === 'object' &&
    Array.isArray((value as { rows?: unknown }).rows)
  ) {
    const v = value as { columns?: unknown[]; rows: unknown[] };
    headers = (v.columns ?? []).map((c) =>
      typeof c === 'string' ? c : String((c as { key?: unknown })?.key ?? ''),
    );
    rows = v.rows.map((r) => (Array.isArray(r) ? headers.map((_, i) => text(r[i])) : []));
  } else return null;
  // JSON has no lines: number records from 1 as the author counts them.
  return tableFromRows(
    file,
    headers,
    rows.map((cells, i) => ({ line: i + 1, cells })),
    options,
  );
}
