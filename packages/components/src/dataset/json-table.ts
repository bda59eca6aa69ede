/** JSON and property data as a table: loaded only for such data (CSV is read in the parser). */
import { LocalTable, type TableOptions } from './model.ts';

/** Builds a table from JSON: an array of records, or `{ columns, rows }`. */
export function tableFromJson(
  value: unknown,
  file: string,
  options: TableOptions = {},
): LocalTable | null {
  const table = new LocalTable(file, options);
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
  table.setHeaders(headers);
  // JSON has no lines: number records from 1 as the author counts them.
  table.append(rows.map((cells, i) => ({ line: i + 1, cells })));
  table.finish();
  return table;
}
