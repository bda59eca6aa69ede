/**
 * Number cells read by the core's `parseNumber` where the rows are read (the parser
 * worker, the lazy JSON and portal code), so the grid only formats them (`cells.ts`):
 * each cell becomes its shape (`types.ts`), and its sort key.
 */
import {
  missingKind,
  parseAmount,
  parseNumber,
  type NumberFormat,
  type ParsedNumber,
} from '@rendir/core';
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

/**
 * What most cells of a real file hold: digits, whole thousands groups and a decimal part
 * in the file's format (`1.234.567,89` in `es`). Anything else, even `1.2` in `es`, which
 * the core reads as a decimal point, takes the full reader.
 */
const PLAIN: Record<NumberFormat, RegExp> = {
  es: /^-?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/,
  en: /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/,
};

/**
 * Reads number cell `i` into `shapes[i]` and `keys[i]`. A plain cell in a known format
 * takes the core's fast path (`parseAmount`, as budgets do), its decimals counted as
 * written; anything else (`S/D`, `$`, `%`, parentheses) goes through `parseNumber`. Both
 * give what `shapeOf(parseNumber(raw))` would (a property test holds them to it).
 */
export function readNumberCell(
  raw: string,
  format: NumberFormat | undefined,
  shapes: Uint16Array | null,
  keys: Float64Array,
  i: number,
): void {
  // A percentage written right after its digits (`35,5%`) is read the same way.
  const percent = raw.endsWith('%');
  const digits = percent ? raw.slice(0, -1) : raw;
  if (format && PLAIN[format].test(digits)) {
    const value = parseAmount(digits, format);
    if (typeof value === 'string') {
      const point = digits.lastIndexOf(format === 'es' ? ',' : '.');
      const decimals = point < 0 ? 0 : digits.length - point - 1;
      if (decimals <= MAX_DECIMALS) {
        const sign = value.startsWith('-') ? 2 : 0;
        if (shapes) shapes[i] = (decimals << 2) | sign | (percent ? 1 : 0);
        keys[i] = Number(value);
        return;
      }
    }
  }
  const parsed = parseNumber(raw, format);
  if (shapes) shapes[i] = shapeOf(parsed);
  keys[i] = 'value' in parsed ? Number(parsed.value) : NaN;
}
