/**
 * Column types, sort keys and number shapes, worked out beside the reading: in the parser
 * worker for a CSV file (the `table` job), on first use for JSON and property data. The
 * types are decided from the first batch; each batch then gets one float per row for its
 * number and date columns, used only to sort, compare and draw, and each number cell's
 * shape, from which the grid shows it exactly (`number-shape.ts`). Kept out of the widget
 * bundle with the core's number reading it needs.
 */
import {
  contentError,
  detectDateOrder,
  detectNumberFormat,
  parseAmount,
  type ContentError,
  type CsvRow,
  type NumberFormat,
  type DayMonthOrder,
  msg,
} from '@rendir/core';
import { isoDate } from './iso-date.ts';
import { isMissingCell, readNumberCell } from './number-shape.ts';
import type { ColumnType } from './types.ts';
import type { TableBatch } from './table-batch.ts';

export interface TypingOptions {
  /** How the file writes numbers, when declared (`number-format`); else proved by its values. */
  numberFormat?: NumberFormat;
  /** Column types the source declares, by key. */
  types?: Record<string, ColumnType>;
}

/** How many leading rows decide the column types. */
const SAMPLE = 1000;

const DATE_HEADER = /fecha|date|a[ñn]o\b|year|vigencia|periodo|period|mes\b|month/i;

/**
 * Headers of identifiers written in digits (a BPIN, a NIT, a DANE code): shown as written,
 * never as a quantity (`2.025.680.010.001`, `05001` as `5.001`), and sorted and searched as
 * text. A bare `id` is left out: row counters (1 … 100000) sort as numbers.
 */
const IDENTIFIER_HEADER =
  /(^|[^a-zñ])(bpin|nit|c[oó]d(igo)?|code|identificaci[oó]n|c[eé]dula|documento|divipola|dane|nuip|rut)([^a-zñ]|$)/i;

/** Headers of years (`Año`, `Vigencia`): whole years are shown as written, never grouped. */
const YEAR_HEADER = /(^|[^a-zñ])(a[ñn]o|year|vigencia)([^a-zñ]|$)/i;

function dateKey(raw: string, order: DayMonthOrder | undefined): number {
  const iso = isoDate(raw, order);
  if (!iso) return NaN;
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, (m ?? 1) - 1, d ?? 1);
}

/** Decides the types from the first batch, then keys every batch. */
export class ColumnTyper {
  private readonly file: string;
  private readonly options: TypingOptions;
  private types: ColumnType[] | null = null;
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
    this.types = null;
    this.dates.clear();
  }

  batch(rows: readonly CsvRow[], headers: readonly string[]): TableBatch {
    let first: TableBatch = {};
    if (!this.types) {
      const errors: ContentError[] = [];
      this.types = this.decide(rows, headers, errors);
      first = {
        types: this.types,
        numberFormat: this.format,
        ...(this.dateOrder ? { dateOrder: this.dateOrder } : {}),
        errors,
      };
    }
    const shapes = this.types.map((type) =>
      type === 'number' ? new Uint16Array(rows.length) : null,
    );
    const keys = this.types.map((type, c) =>
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

  private decide(
    rows: readonly CsvRow[],
    headers: readonly string[],
    errors: ContentError[],
  ): ColumnType[] {
    const sample = rows.slice(0, SAMPLE);
    const cells: string[] = [];
    for (const r of sample) for (const c of r.cells) cells.push(c);
    const decision = detectNumberFormat(cells, { declared: this.options.numberFormat });
    this.format = decision.format;
    // Dates as numbers are: the order the file proves, else ambiguous dates are no dates.
    this.dateOrder = detectDateOrder(cells).order;
    return headers.map(
      (key, c) => this.options.types?.[key] ?? this.inferType(key, c, sample, errors),
    );
  }

  private inferType(
    key: string,
    c: number,
    sample: readonly CsvRow[],
    errors: ContentError[],
  ): ColumnType {
    const values: { raw: string; line: number }[] = [];
    for (const r of sample) {
      const raw = r.cells[c];
      if (!isMissingCell(raw)) values.push({ raw, line: r.line });
    }
    if (!values.length) return 'text';
    if (
      values.every((v) => isoDate(v.raw, this.dateOrder) !== undefined) &&
      (DATE_HEADER.test(key) || values.some((v) => /[-/]/.test(v.raw)))
    ) {
      return 'date';
    }
    let ambiguous: { raw: string; line: number } | undefined;
    let numeric = true;
    for (const v of values) {
      const r = parseAmount(v.raw, this.format);
      if (typeof r === 'string') continue;
      if ('error' in r && r.error === 'number.ambiguous') ambiguous ??= v;
      else {
        numeric = false;
        break;
      }
    }
    if (numeric && ambiguous) {
      errors.push(
        contentError({
          file: this.file,
          line: ambiguous.line,
          column: c + 1,
          header: key,
          value: ambiguous.raw,
          code: 'number.ambiguous',
          expected: msg('number.ambiguous.attribute.expected'),
          message: msg('number.ambiguous.attribute'),
        }),
      );
    }
    if (numeric && IDENTIFIER_HEADER.test(key) && values.every((v) => /^\d+$/.test(v.raw.trim())))
      return 'text';
    // A year column as a pandas file writes it (`2019.0`) is a year, not 2.019,0.
    if (
      numeric &&
      YEAR_HEADER.test(key) &&
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
}
