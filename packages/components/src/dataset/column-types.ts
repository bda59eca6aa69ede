/**
 * Column types, sort keys and number shapes, worked out beside the reading: in the parser
 * worker for a CSV file (the `table` job), on first use for JSON and property data. What
 * each column holds is decided by core's `readColumns` from the first batch (the rule the
 * site's table without JavaScript follows too); each batch then gets one float per row for
 * its number and date columns, used only to sort, compare and draw, and each number cell's
 * shape, from which the grid shows it exactly (core's `cellText`). Kept out of the widget
 * bundle with the core's number reading it needs.
 */
import {
  isoDateCell,
  readColumns,
  readNumberCell,
  type ColumnReading,
  type ColumnType,
  type CsvRow,
  type DayMonthOrder,
  type NumberFormat,
} from '@rendir/core';
import type { TableBatch } from './table-batch.ts';

export interface TypingOptions {
  /** How the file writes numbers, when declared (`number-format`); else proved by its values. */
  numberFormat?: NumberFormat;
  /** Column types the source declares, by key. */
  types?: Record<string, ColumnType>;
}

function dateKey(raw: string, order: DayMonthOrder | undefined): number {
  const iso = isoDateCell(raw, order);
  if (!iso) return NaN;
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, (m ?? 1) - 1, d ?? 1);
}

/** Decides the types from the first batch, then keys every batch. */
export class ColumnTyper {
  private readonly file: string;
  private readonly options: TypingOptions;
  private columns: ColumnReading[] | null = null;
  private format: NumberFormat | undefined;
  private dateOrder: DayMonthOrder | undefined;
  /** Dates repeat a lot in real files: each distinct one is read by the core once. */
  private dates = new Map<string, number>();

  constructor(file: string, options: TypingOptions = {}) {
    this.file = file;
    this.options = options;
  }

  /** The file is being read again (as Windows-1252): decide again. */
  reset(): void {
    this.columns = null;
    this.dates.clear();
  }

  batch(rows: readonly CsvRow[], headers: readonly string[]): TableBatch {
    let first: TableBatch = {};
    if (!this.columns) {
      const read = readColumns(this.file, headers, rows, this.options);
      this.columns = read.columns;
      this.format = read.numberFormat;
      this.dateOrder = read.dateOrder;
      first = { columns: read.columns, numberFormat: read.numberFormat, errors: read.errors };
    }
    const types = this.columns.map((column) => column.type);
    const shapes = types.map((type) => (type === 'number' ? new Uint16Array(rows.length) : null));
    const keys = types.map((type, c) =>
      type === 'number' || type === 'date' ? this.keys(rows, c, type, shapes[c]) : null,
    );
    return { ...first, keys, shapes };
  }

  private keys(
    rows: readonly CsvRow[],
    c: number,
    type: 'number' | 'date',
    shapes: Uint16Array | null,
  ): Float64Array {
    const out = new Float64Array(rows.length);
    const format = this.format;
    for (let i = 0; i < rows.length; i++) {
      const raw = rows[i].cells[c];
      if (type === 'date') out[i] = raw === undefined ? NaN : this.dateKey(raw);
      // One read per cell gives both what the grid shows and what it sorts by.
      else readNumberCell(raw ?? '', format, shapes, out, i);
    }
    return out;
  }

  private dateKey(raw: string): number {
    let key = this.dates.get(raw);
    if (key === undefined) {
      if (this.dates.size > 100_000) this.dates.clear();
      key = dateKey(raw, this.dateOrder);
      this.dates.set(raw, key);
    }
    return key;
  }
}
