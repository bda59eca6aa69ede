/**
 * A batch of rows as the reader hands it to the page (from the parser worker for CSV, from
 * the lazy JSON code otherwise): the rows packed, their search texts, and what
 * `column-types.ts` worked out beside them.
 */
import type { ColumnReading, ContentError, NumberFormat } from '@rendir/core';
import type { PackedRows } from './packed-rows.ts';
import type { SearchTexts } from './search-texts.ts';

/** What comes with a batch of rows besides the rows (each part optional). */
export interface TableBatch {
  /** The rows' search texts (`searchTexts`). */
  texts?: SearchTexts;
  /** The rows themselves, packed (`packed-rows.ts`); the batch's row objects are then empty. */
  rows?: PackedRows;
  /** With the first batch: what each column holds (core's `readColumns`), the number format, problems found. */
  columns?: ColumnReading[];
  numberFormat?: NumberFormat;
  errors?: ContentError[];
  /** Sort keys of each number and date column (null for the others), one per row. */
  keys?: (Float64Array | null)[];
  /** Shapes of each number column's cells (null for the others), one per row. */
  shapes?: (Uint16Array | null)[];
}

/** A batch as a table keeps it: its rows packed, their search texts beside them. */
export type PackedBatch = TableBatch & Required<Pick<TableBatch, 'rows' | 'texts'>>;

/** The buffers of a batch, moved to the page rather than copied. */
export function batchBuffers(batch: TableBatch | undefined): ArrayBuffer[] {
  const buffers: ArrayBuffer[] = [];
  for (const part of [
    ...(batch?.keys ?? []),
    ...(batch?.shapes ?? []),
    batch?.texts?.ends,
    batch?.rows?.ends,
    batch?.rows?.starts,
  ])
    if (part) buffers.push(part.buffer as ArrayBuffer);
  return buffers;
}
