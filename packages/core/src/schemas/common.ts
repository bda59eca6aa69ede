/** What every schema reader shares: input to table, required columns, cell errors. */
import { readCsv } from '../csv.ts';
import { contentError, rowOfLine } from '../errors.ts';
import { matchHeaders, normaliseHeader } from '../headers.ts';
import type { AliasTable, HeaderMatch } from '../headers.ts';
import { detectNumberFormat, isExactNumber, numberReadings, parseNumber } from '../numbers.ts';
import { dateOrderOf, detectDateOrder, readDate } from '../period.ts';
import type { DateOrderDecision } from '../period.ts';
import type { NumberError, NumberFormatDecision } from '../numbers.ts';
import { missingMarkers } from '../missing.ts';
import type { MissingMarkers, MissingMeaning } from '../missing.ts';
import type { ContentError, CsvDialect, CsvTable, NumberFormat } from '../types.ts';

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

/** The error for a cell that should be a date, naming both dates where the order is unknown. */
export function dateCellError(
  problems: Problems,
  line: number,
  column: number,
  header: string | undefined,
  raw: string,
  dateFormat: string | undefined,
): void {
  const r = readDate(raw, dateOrderOf(dateFormat));
  const code = typeof r === 'string' ? 'date.invalid' : r.error;
  const expected = {
    es: 'una fecha AAAA-MM-DD, DD/MM/AAAA, AAAA-MM o AAAA',
    en: 'a date YYYY-MM-DD, DD/MM/YYYY, YYYY-MM or YYYY',
  };
  const at = { line, column, ...(header !== undefined ? { header } : {}), value: raw, code };
  if (typeof r !== 'string' && r.readings) {
    const [dayFirst, monthFirst] = r.readings;
    problems.error({
      ...at,
      expected: {
        es: 'el orden de día y mes declarado (date_format: DD/MM/YYYY o MM/DD/YYYY en NOMBRE.csv.yaml) o una fecha del archivo que lo pruebe, como 30/06/2025',
        en: 'the day and month order declared (date_format: DD/MM/YYYY or MM/DD/YYYY in NAME.csv.yaml) or a date in the file that proves it, such as 30/06/2025',
      },
      message: {
        es: `puede ser ${dayFirst} (día primero) o ${monthFirst} (mes primero) y nada en el archivo decide cuál`,
        en: `could be ${dayFirst} (day first) or ${monthFirst} (month first) and nothing in the file decides which`,
      },
    });
    return;
  }
  if (code === 'date.order_mismatch') {
    const order = dateOrderOf(dateFormat) === 'MDY' ? 'MM/DD/AAAA' : 'DD/MM/AAAA';
    problems.error({
      ...at,
      expected: {
        es: `una fecha ${order}, como el resto del archivo`,
        en: `a date ${order.replace(/A/g, 'Y')}, like the rest of the file`,
      },
      message: {
        es: `solo se lee con día y mes en el orden contrario al del archivo (${order})`,
        en: `only reads with day and month the other way round from the file (${order.replace(/A/g, 'Y')})`,
      },
    });
    return;
  }
  problems.error({
    ...at,
    expected,
    message: { es: 'no es una fecha válida', en: 'is not a valid date' },
  });
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

/**
 * Reports each required key that no header matched, naming it as an author knows it, with
 * the file's headers once (in the first such error) and the sidecar mapping that would fix
 * it: the header that looks like it, else a template. Returns true when all are present.
 */
export function requireColumns(
  table: Pick<CsvTable, 'headers' | 'headerLine'>,
  match: HeaderMatch,
  required: readonly string[],
  aliases: AliasTable,
  problems: Problems,
): boolean {
  const missing = required.filter((key) => !match.keys.has(key));
  const unmatched = [...match.extra.values()];
  const headers = table.headers.map((h) => `«${h}»`).join(', ');
  missing.forEach((key, k) => {
    const label = aliases[key]?.[0] ?? key;
    const likely = likelyHeader(key, aliases, unmatched);
    // One header is suggested for one missing column only.
    if (likely !== undefined) unmatched.splice(unmatched.indexOf(likely), 1);
    const mapping = `columns: { "${likely ?? '…'}": ${key} }`;
    const listed = k === 0;
    const sidecar = `${problems.file}.yaml`;
    problems.error({
      line: table.headerLine,
      code: 'schema.missing_column',
      expected: {
        es: `una columna «${label}», o ${likely ? `si «${likely}» es esa columna, ` : ''}la línea ${mapping} en ${sidecar}, junto al CSV`,
        en: `a column «${label}», or ${likely ? `if «${likely}» is that column, ` : ''}the line ${mapping} in ${sidecar}, beside the CSV`,
      },
      message: {
        es:
          `Falta la columna obligatoria «${label}»` +
          (listed ? `; el archivo tiene ${headers}` : ''),
        en:
          `The required column «${label}» is missing` + (listed ? `; the file has ${headers}` : ''),
      },
    });
  });
  const ok = missing.length === 0;
  for (const d of match.duplicates) {
    problems.warning({
      line: table.headerLine,
      column: d.index + 1,
      header: d.header,
      code: 'schema.duplicate_column',
      expected: { es: 'una sola columna por campo', en: 'one column per field' },
      message: {
        es: `Otra columna ya da «${d.key}»; esta se conserva como campo adicional`,
        en: `Another column already gives «${d.key}»; this one is kept as an extra field`,
      },
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
    expected: { es: `un valor para «${key}»`, en: `a value for «${key}»` },
    message: {
      es: 'La celda está vacía y este campo es obligatorio',
      en: 'The cell is empty and this field is required',
    },
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
      expected: {
        es: 'un formato declarado en NOMBRE.csv.yaml',
        en: 'a format declared in NAME.csv.yaml',
      },
      message: {
        es: `Valores como «${decision.ambiguous}» se leyeron con el formato del sitio (${decision.format})`,
        en: `Values such as «${decision.ambiguous}» were read in the site's format (${decision.format})`,
      },
    });
  }
  return decision;
}

/**
 * What a number cell should hold, with examples written as this file writes numbers:
 * whoever fixes an es file (1.234,56) must not be shown 1234567.89, which it would reject.
 */
function notANumberExpected(format: NumberFormat | undefined): { es: string; en: string } {
  const missing = { es: 'o un faltante (S/D, N/A)', en: 'or a missing marker (S/D, N/A)' };
  if (format === 'es') {
    return {
      es: `un número como 1.234.567,89, 1234567,89 o 18 %, ${missing.es}`,
      en: `a number such as 1.234.567,89, 1234567,89 or 18 % (the file's es format), ${missing.en}`,
    };
  }
  if (format === 'en') {
    return {
      es: `un número como 1,234,567.89, 1234567.89 o 18% (el formato en del archivo), ${missing.es}`,
      en: `a number such as 1,234,567.89, 1234567.89 or 18%, ${missing.en}`,
    };
  }
  return {
    es: `un número como 1.234.567,89 (formato es), 1,234,567.89 (formato en) o 18 %, ${missing.es}`,
    en: `a number such as 1,234,567.89 (en format), 1.234.567,89 (es format) or 18%, ${missing.en}`,
  };
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
  if (err.error === 'number.ambiguous') {
    const asEs = parseNumber(err.raw, 'es');
    const asEn = parseNumber(err.raw, 'en');
    const esValue = isExactNumber(asEs) ? asEs.value : '?';
    const enValue = isExactNumber(asEn) ? asEn.value : '?';
    problems.error({
      line,
      column,
      header,
      value: err.raw,
      code: err.error,
      expected: {
        es: `el formato de números del archivo declarado (decimal: "," o "." en NOMBRE.csv.yaml) o valores que lo prueben: 69,6 o 1.234.567 (formato es), 69.6 o 1,234,567 (formato en)`,
        en: `the file's number format declared (decimal: "," or "." in NAME.csv.yaml) or values proving it: 69,6 or 1.234.567 (es format), 69.6 or 1,234,567 (en format)`,
      },
      message: {
        es: `puede ser ${esValue} (formato es, 1.234,56) o ${enValue} (formato en, 1,234.56) y nada en el archivo decide cuál`,
        en: `could be ${esValue} (es format, 1.234,56) or ${enValue} (en format, 1,234.56) and nothing in the file decides which`,
      },
    });
    return;
  }
  if (err.error === 'number.format_mismatch' || err.error === 'number.group_after_zero') {
    const how =
      decision.source === 'declared'
        ? 'declarado'
        : decision.source === 'proved'
          ? `probado por «${decision.proof}»`
          : 'del sitio';
    const howEn =
      decision.source === 'declared'
        ? 'declared'
        : decision.source === 'proved'
          ? `proved by «${decision.proof}»`
          : "the site's";
    const readings = numberReadings(err.raw);
    const both = {
      es: `en formato es se leería ${readings.es ?? 'como nada (no es un número)'}; en formato en, ${readings.en ?? 'como nada (no es un número)'}`,
      en: `in es format it would read ${readings.es ?? 'as nothing (not a number)'}; in en format, ${readings.en ?? 'as nothing (not a number)'}`,
    };
    const zero = err.error === 'number.group_after_zero';
    problems.error({
      line,
      column,
      header,
      value: err.raw,
      code: err.error,
      expected: {
        es: `un número en el formato ${how} del archivo (${fmt ?? '?'})${zero ? ', sin ceros a la izquierda antes de un separador de miles' : ''}`,
        en: `a number in the file's format, ${howEn} (${fmt ?? '?'})${zero ? ', with no leading zero before a thousands separator' : ''}`,
      },
      message: zero
        ? {
            es: `tiene un separador de miles del formato del archivo (${fmt ?? '?'}) justo después de un cero: ${both.es}. Escriba el valor que quiso decir`,
            en: `has the file's (${fmt ?? '?'}) thousands separator right after a leading zero: ${both.en}. Write the value you meant`,
          }
        : {
            es: `está escrito en otro formato de números que el resto del archivo (${fmt ?? '?'}): ${both.es}`,
            en: `is written in a different number format from the rest of the file (${fmt ?? '?'}): ${both.en}`,
          },
    });
    return;
  }
  if (err.error === 'number.space_inside') {
    const joined = parseNumber(err.raw.replace(/[ \t\n\r\v\f']+/g, ''), fmt);
    const parts = err.raw
      .trim()
      .split(/[ \t\n\r\v\f']+/)
      .join(' y ');
    const partsEn = err.raw
      .trim()
      .split(/[ \t\n\r\v\f']+/)
      .join(' and ');
    const joinedText = isExactNumber(joined) ? joined.value : '?';
    problems.error({
      line,
      column,
      header,
      value: err.raw,
      code: err.error,
      expected: notANumberExpected(fmt),
      message: {
        es: `tiene un espacio o un salto de línea entre sus cifras: puede ser ${joinedText} (sin el espacio) o dos valores (${parts}); escriba uno solo, sin espacios`,
        en: `has a space or a line break between its digits: it may be ${joinedText} (without the space) or two values (${partsEn}); write a single value, without spaces`,
      },
    });
    return;
  }
  if (err.error === 'number.scientific') {
    problems.error({
      line,
      column,
      header,
      value: err.raw,
      code: err.error,
      expected: {
        es: 'el número con todas sus cifras, como 183403000000 o 183.403.000.000',
        en: 'the number with all its digits, such as 183403000000 or 183,403,000,000',
      },
      message: {
        es: 'está en notación científica de Excel: solo quedan las primeras cifras y las demás se perdieron al guardar. En el libro original dé a la columna el formato Número (0 decimales) o Texto y vuelva a guardar el CSV',
        en: "is in Excel's scientific notation: only the first digits are left and the rest were lost on saving. In the original workbook give the column the Number format (0 decimals) or Text and save the CSV again",
      },
    });
    return;
  }
  problems.error({
    line,
    column,
    header,
    value: err.raw,
    code: err.error,
    expected: notANumberExpected(fmt),
    message: { es: 'no es un número', en: 'is not a number' },
  });
}

/**
 * `table[key]` for the table's own keys only: content is untrusted, and `constructor` or
 * `__proto__` must not reach Object.prototype.
 */
export function ownValue<T>(table: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** Sets a field named by content (a header) as an own property, even `__proto__`. */
export function setField(target: Record<string, string>, key: string, value: string): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else target[key] = value;
}

/** Canonical enum value from Spanish/English words, insensitive to case and accents. */
export function enumValue<T extends string>(raw: string, table: Record<string, T>): T | undefined {
  return ownValue(table, normaliseHeader(raw));
}

export function enumError(
  problems: Problems,
  line: number,
  column: number,
  header: string,
  raw: string,
  allowed: readonly string[],
): void {
  problems.error({
    line,
    column,
    header,
    value: raw,
    code: 'schema.invalid_value',
    expected: { es: `uno de: ${allowed.join(', ')}`, en: `one of: ${allowed.join(', ')}` },
    message: { es: 'no es un valor permitido', en: 'is not an allowed value' },
  });
}

/** `a | b | c` -> ['a','b','c'] (spec: several values in one cell are separated by `|`). */
export function splitList(raw: string): string[] {
  if (raw.trim() === '') return [];
  return raw
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
