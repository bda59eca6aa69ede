/**
 * Number cells read by the core's `parseNumber` where the rows are read (the parser
 * worker, the lazy JSON and portal code), so the grid only formats them (`cells.ts`):
 * each cell becomes its shape (`types.ts`), and its sort key.
 */
import { missingKind, parseNumber, type NumberFormat, type ParsedNumber } from '@rendir/core';
import { MISSING_KINDS, SHAPE_MISSING, SHAPE_RAW, type DatasetColumn } from './types.ts';

/** The largest number of decimals a shape holds; more is shown as written. */
const MAX_DECIMALS = (SHAPE_MISSING - 4) >> 2;

/** Empty, or a missing marker (`S/D`, `N/A`); here, not in the grid's bundle, with the core's reader. */
export function isMissingCell(raw: string | undefined): boolean {
  return raw === undefined || missingKind(raw.trim()) !== undefined;
}

/** A parsed cell's shape. */
export function shapeOf(parsed: ParsedNumber): number {
  if ('missing' in parsed) return SHAPE_MISSING + MISSING_KINDS.indexOf(parsed.missing);
  if (!('value' in parsed)) return SHAPE_RAW;
  const decimals = parsed.decimals ?? 0;
  if (decimals > MAX_DECIMALS) return SHAPE_RAW;
  return (decimals << 2) | (parsed.value.startsWith('-') ? 2 : 0) | (parsed.isPercent ? 1 : 0);
}

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
      ? Uint16Array.from(rows, (cells) => shapeOf(parseNumber(cells[c] ?? '', format)))
      : null,
  );
}
