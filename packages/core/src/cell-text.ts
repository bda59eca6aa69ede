/**
 * How a data set's cell reads to a citizen, once for the site's table without JavaScript and
 * the dataset widget: numbers and dates in the reader's language, identifiers and years as
 * written, whole numbers written as floats (`2019.0`) whole. Only formatting: a number cell
 * comes with its shape, read where the rows are read (`column-reading.ts`), so a widget's
 * grid shows it without carrying a number parser.
 */
import { formatCell, formatDate } from './format.ts';
import { parseDate, type DayMonthOrder } from './period.ts';
import type { MissingKind } from './types.ts';

/** How a column's cells are read, shown, sorted and filtered. */
export type ColumnType = 'number' | 'date' | 'boolean' | 'url' | 'text';

/** What decides how a column's cells read (`readColumns` works it out from the file). */
export interface ColumnReading {
  type: ColumnType;
  /** For a date column, the file's day/month order (`30/06/2025` or `06/30/2025`). */
  dateOrder?: DayMonthOrder;
  /**
   * Every value read was a whole number written with `.0` (pandas writes a column of whole
   * numbers with gaps so: `2019.0`, `82917988.0`): its cells are shown whole, `2019`.
   */
  wholeFloats?: boolean;
}

/**
 * A number cell's shape in 16 bits: `decimals << 2 | negative << 1 | percent` for a number,
 * or one of the codes below.
 */
/** Not a number: shown as written, never guessed. */
export const SHAPE_RAW = 0xffff;
/** `SHAPE_MISSING + i`: a missing value of the i-th kind in `SHAPE_MISSING_KINDS`. */
export const SHAPE_MISSING = 0xfffc;
export const SHAPE_MISSING_KINDS: readonly MissingKind[] = ['empty', 'no_data', 'not_applicable'];

/** The words a cell may need besides the file's: a boolean's. */
export interface CellWords {
  /** `Intl` locale of the reader (`es-CO`, `en`). */
  locale: string;
  yes: string;
  no: string;
}

const ISO_TIMESTAMP = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}/;

/**
 * A date cell as ISO text (`2025-06-15`, `2025-06`, `2025`), timestamps cut to the day;
 * `30/06/2025` in the file's day/month `order` (a date that reads as two without one is none).
 */
export function isoDateCell(raw: string, order?: DayMonthOrder): string | undefined {
  const s = raw.trim();
  const ts = ISO_TIMESTAMP.exec(s);
  return parseDate(
    ts ? ts[1] : s,
    order === 'MDY' ? 'MM/DD/YYYY' : order === 'DMY' ? 'DD/MM/YYYY' : undefined,
  );
}

/** `2019.0` as pandas writes a whole number among gaps. */
export const WHOLE_FLOAT = /^-?\d+\.0$/;

// The core builds an Intl formatter per date: keep what it wrote for each date shown.
const dates = new Map<string, string>();

function dateText(iso: string, locale: string): string {
  const key = `${locale}|${iso}`;
  let text = dates.get(key);
  if (text === undefined) {
    if (dates.size > 5000) dates.clear();
    text = formatDate(iso, locale);
    dates.set(key, text);
  }
  return text;
}

/** A number cell from its shape: the exact decimal is the cell's digits, never a float. */
function numberText(raw: string, shape: number, locale: string, wholeFloats: boolean): string {
  if (shape >= SHAPE_RAW) return raw;
  if (shape >= SHAPE_MISSING)
    return formatCell({ missing: SHAPE_MISSING_KINDS[shape - SHAPE_MISSING], raw }, locale);
  let decimals = shape >> 2;
  // The cell was read as a number: its ASCII digits are the number's, in order.
  let digits = raw.replace(/\D/g, '');
  if (wholeFloats && decimals > 0 && /^0+$/.test(digits.slice(-decimals))) {
    digits = digits.slice(0, -decimals);
    decimals = 0;
  }
  const cut = digits.length - decimals;
  const value = `${shape & 2 ? '-' : ''}${digits.slice(0, cut) || '0'}${decimals ? `.${digits.slice(cut)}` : ''}`;
  return formatCell({ value, isPercent: (shape & 1) === 1, raw, decimals }, locale);
}

/**
 * A cell as a reader sees it. `shape` is a number cell's (`numberShape`, or worked out with
 * the rows); without one a number cell is shown as written.
 */
export function cellText(
  column: ColumnReading,
  raw: string,
  words: CellWords,
  shape = SHAPE_RAW,
): string {
  switch (column.type) {
    case 'number':
      return numberText(raw, shape, words.locale, column.wholeFloats === true);
    case 'date': {
      const iso = isoDateCell(raw, column.dateOrder);
      return iso ? dateText(iso, words.locale) : raw;
    }
    case 'boolean':
      return raw === 'true' ? words.yes : raw === 'false' ? words.no : raw;
    default: {
      // Identifiers and years (text columns) as written, but for pandas' float mark.
      const trimmed = raw.trim();
      return column.wholeFloats && WHOLE_FLOAT.test(trimmed) ? trimmed.slice(0, -2) : raw;
    }
  }
}
