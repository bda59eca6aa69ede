/**
 * A portal's page of cells read to their shapes (core's `numberShape`), so the grid only
 * formats them (core's `cellText`).
 */
import { numberShape, type NumberFormat } from '@rendir/core';
import type { DatasetColumn } from './types.ts';

/**
 * Shapes of a page of cells for its number columns (null for the others), read in
 * `format`: portals write plain numbers (`en`).
 */
export function shapeColumns(
  columns: readonly DatasetColumn[],
  rows: readonly (readonly string[])[],
  format: NumberFormat | undefined,
): (Uint16Array | null)[] {
  return columns.map((column, c) =>
    column.type === 'number'
      ? Uint16Array.from(rows, (cells) => numberShape(cells[c] ?? '', format))
      : null,
  );
}
