// The limits a table's shape is checked against as a whole file is read (columns, cells):
// apart from limits.ts, whose file size a widget checks before its first render.
import { limitError, type Limits } from './limits.ts';
import { msg } from './message.ts';
import type { ContentError } from './types.ts';

/** A file with more columns than `limits.maxColumns`. */
export function tooManyColumns(file: string, count: number, limits: Limits): ContentError {
  return limitError(
    file,
    'limit.columns',
    msg('limits.columns', { count, max: limits.maxColumns }),
    msg('limits.columns.expected', { max: limits.maxColumns }),
    { line: 1 },
  );
}

/** A cell longer than `limits.maxCellChars`. */
export function cellTooLong(
  file: string,
  line: number,
  column: number,
  length: number,
  limits: Limits,
): ContentError {
  return limitError(
    file,
    'limit.cell',
    msg('limits.cell_chars', { length, max: limits.maxCellChars }),
    msg('limits.cell_chars.expected', { max: limits.maxCellChars }),
    { line, column },
  );
}

/** Cells past `limits.maxCellChars`, the first `max` of them (a file with one often has more). */
export function longCells(
  file: string,
  rows: readonly { line: number; cells: readonly string[] }[],
  limits: Limits,
  max = 10,
): ContentError[] {
  const out: ContentError[] = [];
  for (const row of rows) {
    for (let i = 0; i < row.cells.length; i++) {
      const length = row.cells[i].length;
      if (length <= limits.maxCellChars) continue;
      out.push(cellTooLong(file, row.line, i + 1, length, limits));
      if (out.length >= max) return out;
    }
  }
  return out;
}
