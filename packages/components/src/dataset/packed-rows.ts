/**
 * A batch of rows as one string of cells and two arrays of offsets: from the parser
 * worker, one string and two transferred buffers cross to the page instead of an object,
 * an array and a string per cell, and the page's heap holds a few objects per batch
 * rather than twelve per row (what made garbage collection pause a million-row load).
 */
import type { CsvRow } from '@rendir/core';

export interface PackedRows {
  /** Every cell of the batch, end to end. */
  text: string;
  /** Where each cell ends in `text`, row after row. */
  ends: Uint32Array;
  /** Where each row's first cell is in `ends`, and one more for the end of the last row. */
  starts: Uint32Array;
}

export function packRows(rows: readonly CsvRow[]): PackedRows {
  const starts = new Uint32Array(rows.length + 1);
  let cells = 0;
  rows.forEach((row, r) => {
    starts[r] = cells;
    cells += row.cells.length;
  });
  starts[rows.length] = cells;
  const ends = new Uint32Array(cells);
  const parts: string[] = [];
  let end = 0;
  let k = 0;
  for (const row of rows)
    for (const cell of row.cells) {
      parts.push(cell);
      ends[k++] = end += cell.length;
    }
  return { text: parts.join(''), ends, starts };
}

export function packedLength(rows: PackedRows): number {
  return rows.starts.length - 1;
}

/** Cell `c` of row `r` of the batch ('' past the row's end). */
export function packedCell({ text, ends, starts }: PackedRows, r: number, c: number): string {
  const k = starts[r] + c;
  return k < starts[r + 1] ? text.slice(k ? ends[k - 1] : 0, ends[k]) : '';
}

/** Every cell of row `r` of the batch. */
export function packedCells(rows: PackedRows, r: number): string[] {
  const out: string[] = [];
  for (let c = 0, n = rows.starts[r + 1] - rows.starts[r]; c < n; c++)
    out.push(packedCell(rows, r, c));
  return out;
}
