/**
 * What a data set's columns hold, decided once from its first rows for the site's table
 * without JavaScript and the dataset widget: numbers, dates, booleans, links or text, and
 * identifiers written in digits (a BPIN, a NIT, a DANE code) and years as text, never as
 * quantities. Each number cell is read to its shape (`cell-text.ts`) and sort key here,
 * where the rows are read; `cellText` then only formats.
 */
import { contentError } from './errors.ts';
import { msg } from './message.ts';
import { detectNumberFormat, missingKind, parseAmount, parseNumber } from './numbers.ts';
import type { ParsedNumber } from './number-kinds.ts';
import { detectDateOrder } from './date-order.ts';
import type { DayMonthOrder } from './period.ts';
import type { ContentError, CsvRow, NumberFormat } from './types.ts';
import {
  cellText,
  isoDateCell,
  SHAPE_MISSING,
  SHAPE_MISSING_KINDS,
  SHAPE_RAW,
  WHOLE_FLOAT,
  type CellWords,
  type ColumnReading,
  type ColumnType,
} from './cell-text.ts';

/** How many leading rows decide the column types. */
export const COLUMN_SAMPLE_ROWS = 1000;

export interface ColumnOptions {
  /** How the file writes numbers, when declared; else proved by its values. */
  numberFormat?: NumberFormat;
  /** Column types the source declares, by header. */
  types?: Record<string, ColumnType>;
}

export interface ColumnsRead {
  columns: ColumnReading[];
  /** The format numbers are read in; undefined when no value needed one. */
  numberFormat: NumberFormat | undefined;
  /** The day/month order the file's dates prove, if any. */
  dateOrder: DayMonthOrder | undefined;
  /** A number column with a value that reads differently in the two formats. */
  errors: ContentError[];
}

const DATE_HEADER = /fecha|date|a[ñn]o\b|year|vigencia|periodo|period|mes\b|month/i;

/**
 * Headers of identifiers written in digits: shown as written, never as a quantity
 * (`2.025.680.010.001`, `05001` as `5.001`), and sorted and searched as text. A bare `id`
 * is left out: row counters (1 … 100000) sort as numbers.
 */
const IDENTIFIER_HEADER =
  /(^|[^a-zñ])(bpin|nit|c[oó]d(igo)?|code|identificaci[oó]n|c[eé]dula|documento|divipola|dane|nuip|rut)([^a-zñ]|$)/i;

/** Headers of years (`Año`, `Vigencia`): whole years are shown as written, never grouped. */
const YEAR_HEADER = /(^|[^a-zñ])(a[ñn]o|year|vigencia)([^a-zñ]|$)/i;

/** Empty, or a missing marker (`S/D`, `N/A`). */
export function isMissingCell(raw: string | undefined): boolean {
  return raw === undefined || missingKind(raw.trim()) !== undefined;
}

/**
 * What each column holds, from the first `COLUMN_SAMPLE_ROWS` of `rows` (later rows do not
 * change it: a widget decides before the rest of a large file has arrived).
 */
export function readColumns(
  file: string,
  headers: readonly string[],
  rows: readonly CsvRow[],
  options: ColumnOptions = {},
): ColumnsRead {
  const sample = rows.slice(0, COLUMN_SAMPLE_ROWS);
  const cells: string[] = [];
  for (const r of sample) for (const c of r.cells) cells.push(c);
  const numberFormat = detectNumberFormat(cells, { declared: options.numberFormat }).format;
  // Dates as numbers are: the order the file proves, else ambiguous dates are no dates.
  const dateOrder = detectDateOrder(cells).order;
  const errors: ContentError[] = [];
  const columns = headers.map((header, c): ColumnReading => {
    const declared = options.types && Object.hasOwn(options.types, header);
    const values: { raw: string; line: number }[] = [];
    for (const r of sample) {
      const raw = r.cells[c];
      if (!isMissingCell(raw)) values.push({ raw, line: r.line });
    }
    const type = declared
      ? options.types![header]
      : inferType(header, values, numberFormat, dateOrder, (v) =>
          errors.push(
            contentError({
              file,
              line: v.line,
              column: c + 1,
              header,
              value: v.raw,
              code: 'number.ambiguous',
              expected: msg('number.ambiguous.attribute.expected'),
              message: msg('number.ambiguous.attribute'),
            }),
          ),
        );
    const reading: ColumnReading = { type };
    if (type === 'date' && dateOrder) reading.dateOrder = dateOrder;
    if (
      (type === 'number' || type === 'text') &&
      values.length > 0 &&
      values.every((v) => WHOLE_FLOAT.test(v.raw.trim()))
    )
      reading.wholeFloats = true;
    return reading;
  });
  return { columns, numberFormat, dateOrder, errors };
}

function inferType(
  header: string,
  values: readonly { raw: string; line: number }[],
  format: NumberFormat | undefined,
  dateOrder: DayMonthOrder | undefined,
  ambiguousValue: (v: { raw: string; line: number }) => void,
): ColumnType {
  if (!values.length) return 'text';
  if (
    values.every((v) => isoDateCell(v.raw, dateOrder) !== undefined) &&
    (DATE_HEADER.test(header) || values.some((v) => /[-/]/.test(v.raw)))
  ) {
    return 'date';
  }
  let ambiguous: { raw: string; line: number } | undefined;
  let numeric = true;
  for (const v of values) {
    const r = parseAmount(v.raw, format);
    if (typeof r === 'string') continue;
    if ('error' in r && r.error === 'number.ambiguous') ambiguous ??= v;
    else {
      numeric = false;
      break;
    }
  }
  if (numeric && ambiguous) ambiguousValue(ambiguous);
  // Identifiers and years as written; pandas' `2019.0` is still a year (`cellText`).
  const digitsOnly = (v: { raw: string }) => /^\d+(\.0)?$/.test(v.raw.trim());
  if (numeric && IDENTIFIER_HEADER.test(header) && values.every(digitsOnly)) return 'text';
  if (
    numeric &&
    YEAR_HEADER.test(header) &&
    values.every((v) => /^\d{4}(\.0+)?$/.test(v.raw.trim()))
  )
    return 'text';
  if (numeric) return 'number';
  // Links: every value a URL of some scheme (only http, https and mailto become links).
  if (
    values.every((v) => /^[a-z][a-z0-9+.-]*:\S+$/i.test(v.raw.trim())) &&
    values.some((v) => /^https?:/i.test(v.raw.trim()))
  ) {
    return 'url';
  }
  if (values.every((v) => v.raw === 'true' || v.raw === 'false')) return 'boolean';
  return 'text';
}

/** The largest number of decimals a shape holds; more is shown as written. */
const MAX_DECIMALS = (SHAPE_MISSING - 4) >> 2;

/** A parsed number cell's shape. */
export function shapeOf(parsed: ParsedNumber): number {
  if ('missing' in parsed) {
    const kind = SHAPE_MISSING_KINDS.indexOf(parsed.missing);
    return kind < 0 ? SHAPE_RAW : SHAPE_MISSING + kind;
  }
  if (!('value' in parsed)) return SHAPE_RAW;
  const decimals = parsed.decimals ?? 0;
  if (decimals > MAX_DECIMALS) return SHAPE_RAW;
  return (decimals << 2) | (parsed.value.startsWith('-') ? 2 : 0) | (parsed.isPercent ? 1 : 0);
}

/** A number cell's shape, read in `format`. */
export function numberShape(raw: string, format: NumberFormat | undefined): number {
  return shapeOf(parseNumber(raw, format));
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
 * Reads number cell `i` into `shapes[i]` and `keys[i]` (a float, only to sort, compare and
 * draw). A plain cell in a known format takes the fast path (`parseAmount`), its decimals
 * counted as written; anything else (`S/D`, `$`, `%`, parentheses) goes through
 * `parseNumber`. Both give what `numberShape(raw)` gives (a property test holds them to it).
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

/**
 * A cell of a table read whole (the site's, at build time) as `cellText` shows it: a number
 * cell is read here, in the format `readColumns` decided.
 */
export function readCellText(
  column: ColumnReading,
  raw: string,
  format: NumberFormat | undefined,
  words: CellWords,
): string {
  return cellText(
    column,
    raw,
    words,
    column.type === 'number' ? numberShape(raw, format) : SHAPE_RAW,
  );
}
