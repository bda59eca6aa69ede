/** What every schema reader shares: input to table, required columns, cell errors. */
import { readCsv } from '../csv.ts';
import { contentError, rowOfLine } from '../errors.ts';
import { matchHeaders } from '../headers.ts';
import type { AliasTable, HeaderMatch } from '../headers.ts';
import { detectNumberFormat, isExactNumber, numberReadings, parseNumber } from '../numbers.ts';
import { detectDateOrder } from '../date-order.ts';
import type { DateOrderDecision } from '../date-order.ts';
import type { NumberError, NumberFormatDecision } from '../numbers.ts';
import { missingMarkers } from '../missing.ts';
import type { MissingMarkers, MissingMeaning } from '../missing.ts';
import type { ContentError, CsvDialect, CsvTable, NumberFormat } from '../types.ts';
import { msg, msgList, type MessageRef } from '../message.ts';
import { setField } from './field-words.ts';

export { enumValue, ownValue, setField } from './field-words.ts';
export { dateCellError, enumError } from './field-errors.ts';

/** A file's text or bytes, or a table already read (e.g. by streamCsv). */
export type CsvInput = string | Uint8Array | ArrayBuffer | CsvTable;

export interface SchemaOptions {
  /** Path as the author knows it, for errors. */
  file: string;
  /** The file's declared number format (sidecar, catalog, a component attribute). */
  numberFormat?: NumberFormat;
  /** The site-wide `number_format`, used when neither a declaration nor the values decide. */
  defaultNumberFormat?: NumberFormat;
  /** Declared dialect (sidecar); its `columns` map headers as written to canonical keys. */
  dialect?: Partial<CsvDialect>;
  /** What the file's own missing-value markers mean (sidecar `missing: {NA: not_available}`), over the defaults. */
  missing?: Readonly<Record<string, MissingMeaning>>;
}

/** The markers a file is read with: the defaults, with its own over them (undefined: the defaults). */
export function markersOf(options: SchemaOptions): MissingMarkers | undefined {
  return options.missing && missingMarkers(options.missing);
}

export function isTable(input: CsvInput): input is CsvTable {
  return typeof input === 'object' && input !== null && 'rows' in input && 'headers' in input;
}

export function toTable(input: CsvInput, options: SchemaOptions): CsvTable {
  if (isTable(input)) return input;
  return readCsv(input, { file: options.file, dialect: options.dialect });
}

/** The declared format: an explicit option, else the sidecar's decimal separator. */
export function declaredFormat(
  options: SchemaOptions,
  table?: Pick<CsvTable, 'declared'>,
): NumberFormat | undefined {
  if (options.numberFormat) return options.numberFormat;
  const decimal = options.dialect?.decimal ?? table?.declared.decimal;
  if (decimal === ',') return 'es';
  if (decimal === '.') return 'en';
  return undefined;
}

/** Day/month order of each table, decided once (schema readers ask per row). */
const dateOrders = new WeakMap<CsvTable, DateOrderDecision>();

/**
 * The file's date format: the declared `date_format` (options or sidecar), else the
 * day/month order its own values prove (`30/06/2025` anywhere in the file: day first);
 * undefined when nothing decides, and an ambiguous date is then an error.
 */
export function dateFormatOf(table: CsvTable, options: SchemaOptions): string | undefined {
  const declared = options.dialect?.dateFormat || table.declared.dateFormat || undefined;
  if (declared) return declared;
  let decision = dateOrders.get(table);
  if (!decision) {
    decision = detectDateOrder(
      (function* () {
        for (const row of table.rows) for (const cell of row.cells) yield cell;
      })(),
    );
    dateOrders.set(table, decision);
  }
  return decision.order === 'DMY'
    ? 'DD/MM/YYYY'
    : decision.order === 'MDY'
      ? 'MM/DD/YYYY'
      : undefined;
}

/** Collects errors and warnings for one file. */
export class Problems {
  file: string;
  errors: ContentError[];
  warnings: ContentError[];

  /** Where the file's spreadsheet rows and text lines part, to name both. */
  rowShifts: number[] | undefined;

  constructor(table: Pick<CsvTable, 'file' | 'errors' | 'warnings' | 'rowShifts'>) {
    this.file = table.file;
    this.errors = [...table.errors];
    this.warnings = [...table.warnings];
    this.rowShifts = table.rowShifts;
  }

  private place(line: number | undefined): { row?: number } {
    return this.rowShifts && line ? { row: rowOfLine(line, this.rowShifts) } : {};
  }

  error(e: Omit<Parameters<typeof contentError>[0], 'file'>): void {
    this.errors.push(contentError({ ...this.place(e.line), ...e, file: this.file }));
  }

  warning(e: Omit<Parameters<typeof contentError>[0], 'file' | 'severity'>): void {
    this.warnings.push(
      contentError({ ...this.place(e.line), ...e, file: this.file, severity: 'warning' }),
    );
  }
}

/** Human names of canonical keys, for messages. */
export function keyLabel(key: string, aliases: AliasTable): string {
  const es = aliases[key]?.[0];
  return es ? `${key} / ${es}` : key;
}

/** Words of a header or alias, folded, for guessing which header a missing column is. */
function headerWords(h: string): Set<string> {
  return new Set(
    h
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length >= 3),
  );
}

/** The unmatched header that shares most words with a key's names, if any shares one. */
function likelyHeader(
  key: string,
  aliases: AliasTable,
  unmatched: readonly string[],
): string | undefined {
  const names = new Set<string>();
  for (const name of [key, ...(aliases[key] ?? [])])
    for (const w of headerWords(name)) names.add(w);
  let best: string | undefined;
  let bestScore = 0;
  for (const h of unmatched) {
    let score = 0;
    for (const w of headerWords(h)) if (names.has(w)) score++;
    if (score > bestScore) {
      best = h;
      bestScore = score;
    }
  }
  return best;
}

/** What a reader knows of a missing column beyond its headers' words. */
export interface MissingColumnHints {
  /**
   * Per key, the header whose values look like it (a column of years), or null when no
   * column's values do: then no header is guessed from its words.
   */
  likely?: Readonly<Record<string, string | null>>;
  /**
   * Keys a sidecar's `constants` may give one value for the whole file, with an example
   * value: without a likely header, the fix is that line, not a mapping to no column.
   */
  constants?: Readonly<Record<string, string>>;
}

/**
 * Reports each required key that no header matched, naming it as an author knows it, with
 * the file's headers once (in the first such error) and the sidecar line that would fix
 * it: a mapping of the header that looks like it, else a constant where the key may be
 * one, else a mapping template. Returns true when all are present.
 */
export function requireColumns(
  table: Pick<CsvTable, 'headers' | 'headerLine'>,
  match: HeaderMatch,
  required: readonly string[],
  aliases: AliasTable,
  problems: Problems,
  hints: MissingColumnHints = {},
): boolean {
  const missing = required.filter((key) => !match.keys.has(key));
  const unmatched = [...match.extra.values()];
  const headers = table.headers.map((h) => `«${h}»`).join(', ');
  missing.forEach((key, k) => {
    const label = aliases[key]?.[0] ?? key;
    const known = hints.likely && Object.hasOwn(hints.likely, key) ? hints.likely[key] : undefined;
    const likely =
      known === undefined ? likelyHeader(key, aliases, unmatched) : (known ?? undefined);
    // One header is suggested for one missing column only.
    if (likely !== undefined && unmatched.includes(likely))
      unmatched.splice(unmatched.indexOf(likely), 1);
    const mapping = `columns: { "${likely ?? '…'}": ${key} }`;
    const example =
      hints.constants && Object.hasOwn(hints.constants, key) ? hints.constants[key] : undefined;
    const listed = k === 0;
    const sidecar = `${problems.file}.yaml`;
    problems.error({
      line: table.headerLine,
      code: 'schema.missing_column',
      expected: likely
        ? msg('schema.missing_column.expected.likely', { label, likely, mapping, sidecar })
        : example !== undefined
          ? msg('schema.missing_column.expected.constant', {
              label,
              constant: `constants: { ${key}: ${example} }`,
              sidecar,
            })
          : msg('schema.missing_column.expected', { label, mapping, sidecar }),
      message: listed
        ? msg('schema.missing_column.listed', { label, headers })
        : msg('schema.missing_column', { label }),
    });
  });
  const ok = missing.length === 0;
  for (const d of match.duplicates) {
    problems.warning({
      line: table.headerLine,
      column: d.index + 1,
      header: d.header,
      code: 'schema.duplicate_column',
      expected: msg('schema.duplicate_column.expected'),
      message: msg('schema.duplicate_column', { key: d.key }),
    });
    match.extra.set(d.index, d.header);
  }
  return ok;
}

export function matchTable(
  table: Pick<CsvTable, 'headers' | 'declared'>,
  aliases: AliasTable,
  options: SchemaOptions,
): HeaderMatch {
  return matchHeaders(table.headers, aliases, {
    ...table.declared.columns,
    ...(options.dialect?.columns ?? {}),
  });
}

/** The cell of a row at a column index, trimmed; '' when the row is short. */
export function cellAt(cells: readonly string[], index: number | undefined): string {
  if (index === undefined || index >= cells.length) return '';
  return cells[index].trim();
}

/**
 * Names for unknown columns, in column order: the header as written, made unique when two
 * columns share it (`Nota`, `Nota (2)`) and given a name when empty (`(columna 5)`), so
 * that no cell is lost.
 */
export function extraNames(extra: Map<number, string>): [number, string][] {
  const used = new Set<string>();
  const out: [number, string][] = [];
  for (const [i, header] of [...extra.entries()].sort((a, b) => a[0] - b[0])) {
    let name = header.trim() === '' ? `(columna ${i + 1})` : header;
    for (let n = 2; used.has(name); n++) name = `${header} (${n})`;
    used.add(name);
    out.push([i, name]);
  }
  return out;
}

const extraNameCache = new WeakMap<Map<number, string>, [number, string][]>();

/** Unknown columns kept as written (see `extraNames`). */
export function extraFields(
  cells: readonly string[],
  extra: Map<number, string>,
): Record<string, string> {
  let names = extraNameCache.get(extra);
  if (!names) {
    names = extraNames(extra);
    extraNameCache.set(extra, names);
  }
  const out: Record<string, string> = {};
  for (const [i, name] of names) setField(out, name, i < cells.length ? cells[i] : '');
  return out;
}

export function requiredValueError(
  problems: Problems,
  line: number,
  column: number,
  header: string,
  key: string,
): void {
  problems.error({
    line,
    column,
    header,
    code: 'schema.required_value',
    value: '',
    expected: msg('schema.required_value.expected', { key }),
    message: msg('schema.required_value'),
  });
}

/** Decides the number format from every value of the numeric columns of a file. */
export function decideFormat(
  table: CsvTable,
  columns: readonly number[],
  options: SchemaOptions,
  problems: Problems,
): NumberFormatDecision {
  function* values(): Generator<string> {
    for (const row of table.rows)
      for (const c of columns) if (c < row.cells.length) yield row.cells[c];
  }
  const decision = detectNumberFormat(values(), {
    declared: declaredFormat(options, table),
    siteDefault: options.defaultNumberFormat,
  });
  if (decision.source === 'default' && decision.ambiguous !== undefined) {
    problems.warning({
      line: 0,
      code: 'number.format_from_site_default',
      value: decision.ambiguous,
      expected: msg('number.format_from_site_default.expected'),
      message: msg('number.format_from_site_default', {
        ambiguous: decision.ambiguous,
        format: decision.format ?? '?',
      }),
    });
  }
  return decision;
}

/**
 * What a number cell should hold, with examples written as this file writes numbers:
 * whoever fixes an es file (1.234,56) must not be shown 1234567.89, which it would reject.
 */
function notANumberExpected(format: NumberFormat | undefined): MessageRef {
  const missing = msg('number.missing_marker');
  if (format === 'es') return msg('number.invalid.expected.es_format', { missing });
  if (format === 'en') return msg('number.invalid.expected.en_format', { missing });
  return msg('number.invalid.expected', { missing });
}

/** The error for a cell that should be a number. */
export function numberCellError(
  problems: Problems,
  line: number,
  column: number,
  header: string,
  err: NumberError,
  decision: NumberFormatDecision,
): void {
  const fmt = decision.format;
  const report = (expected: MessageRef, message: MessageRef) =>
    problems.error({ line, column, header, value: err.raw, code: err.error, expected, message });
  if (err.error === 'number.ambiguous') {
    const asEs = parseNumber(err.raw, 'es');
    const asEn = parseNumber(err.raw, 'en');
    const esValue = isExactNumber(asEs) ? asEs.value : '?';
    const enValue = isExactNumber(asEn) ? asEn.value : '?';
    report(
      msg('number.ambiguous.expected'),
      msg('number.ambiguous', { asEs: esValue, asEn: enValue }),
    );
    return;
  }
  if (err.error === 'number.format_mismatch' || err.error === 'number.group_after_zero') {
    const how =
      decision.source === 'declared'
        ? msg('number.format_source.declared')
        : decision.source === 'proved'
          ? msg('number.format_source.proved', { proof: decision.proof ?? '' })
          : msg('number.format_source.site');
    const readings = numberReadings(err.raw);
    const nothing = msg('number.reads_as_nothing');
    const both = msg('number.readings', {
      asEs: readings.es ?? nothing,
      asEn: readings.en ?? nothing,
    });
    const format = fmt ?? '?';
    const zero = err.error === 'number.group_after_zero';
    report(
      msg(zero ? 'number.group_after_zero.expected' : 'number.format_mismatch.expected', {
        how,
        format,
      }),
      msg(zero ? 'number.group_after_zero' : 'number.format_mismatch', { format, both }),
    );
    return;
  }
  if (err.error === 'number.space_inside') {
    const joined = parseNumber(err.raw.replace(/[ \t\n\r\v\f']+/g, ''), fmt);
    const parts = msgList(err.raw.trim().split(/[ \t\n\r\v\f']+/));
    const joinedText = isExactNumber(joined) ? joined.value : '?';
    report(notANumberExpected(fmt), msg('number.space_inside', { joined: joinedText, parts }));
    return;
  }
  if (err.error === 'number.scientific') {
    report(msg('number.scientific.expected'), msg('number.scientific'));
    return;
  }
  report(notANumberExpected(fmt), msg('number.invalid'));
}

/** `a | b | c` -> ['a','b','c'] (spec: several values in one cell are separated by `|`). */
export function splitList(raw: string): string[] {
  if (raw.trim() === '') return [];
  return raw
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
