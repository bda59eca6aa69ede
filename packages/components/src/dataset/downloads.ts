/** The current view as a file (CSV or JSON): loaded when the reader first asks for one. */
import { downloadBlob, tableCsv } from '../platform/chart-kit/download.ts';
import type { DatasetColumn } from './types.ts';

export interface ViewToDownload {
  /** The columns shown, with their index in each row's cells. */
  columns: readonly { column: DatasetColumn; index: number }[];
  /** Rows in view, in order. */
  count: number;
  cells: (position: number) => readonly string[];
}

/** Offers the rows in view, as they were written, as `<base>.csv` or `<base>.json`. */
export function downloadView(format: 'csv' | 'json', view: ViewToDownload, base: string): void {
  const rows: string[][] = [];
  for (let k = 0; k < view.count; k++) {
    const cells = view.cells(k);
    rows.push(view.columns.map(({ index }) => cells[index] ?? ''));
  }
  if (format === 'csv') {
    const header = view.columns.map(({ column }) => column.label);
    downloadBlob(
      new Blob([tableCsv(header, rows)], { type: 'text/csv;charset=utf-8' }),
      `${base}.csv`,
    );
    return;
  }
  const keys = view.columns.map(({ column }) => column.key);
  const records = rows.map((r) => Object.fromEntries(keys.map((k, i) => [k, r[i]])));
  downloadBlob(
    new Blob([JSON.stringify(records, null, 2)], { type: 'application/json' }),
    `${base}.json`,
  );
}
