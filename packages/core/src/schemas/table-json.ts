/**
 * A data set's rows from JSON (a `.json` file, inline JSON, a widget's `data` property): a
 * list of records, or `{ columns, rows }`, read into what a CSV gives, text cells under
 * headers, so that its column types, number reading and errors are the CSV form's. A
 * problem is said at its record and field instead of a row and column.
 */
import { DEFAULT_LIMITS } from '../limits.ts';
import { longCells, tooManyColumns } from '../table-limits.ts';
import { msg } from '../message.ts';
import type { ContentError, CsvRow } from '../types.ts';
import type { ProblemSink } from './field-errors.ts';
import {
  JsonProblems,
  isJsonObject,
  jsonRecordList,
  jsonValueText,
  recordPlace,
  type JsonOptions,
} from './json-records.ts';

export interface JsonTable {
  headers: string[];
  rows: CsvRow[];
  errors: ContentError[];
  warnings: ContentError[];
}

/**
 * A JSON value as a cell's text. Text is taken as written, null as an empty cell, true and
 * false as JSON writes them; a link object (`{"url": …}`, as portals write a link column)
 * is its address, and any other list or object its JSON text, which no column reads as a
 * figure. A number only when it is a whole number within ±2^53, which every JSON writer
 * writes exactly; any other may have been rounded in binary floating point (`0.1 + 0.2` is
 * written `0.30000000000000004`), so it is refused, as core's JSON readers refuse a figure
 * written as a number.
 */
function cellText(value: unknown, at: () => ProblemSink): string | undefined {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value)) return String(value);
    at().error({
      code: 'json.not_decimal',
      value: jsonValueText(value),
      expected: msg('json.not_decimal.expected'),
      message: msg('json.decimal_as_number'),
    });
    return undefined;
  }
  if (isJsonObject(value) && Object.hasOwn(value, 'url') && typeof value.url === 'string')
    return value.url;
  let text: string | undefined;
  try {
    text = typeof value === 'object' ? JSON.stringify(value) : undefined;
  } catch {
    // A property's object that refers to itself, or holds what JSON cannot write.
  }
  if (text !== undefined) return text;
  at().error({
    code: 'json.not_text',
    value: jsonValueText(value),
    expected: msg('json.not_text.expected'),
    message: msg('json.not_text'),
  });
  return undefined;
}

/**
 * A problem a table reader found at a row and column of rows read from JSON (a number
 * read two ways, a cell too long), said at its record and field instead.
 */
export function placedInJson(e: ContentError, headers: readonly string[]): ContentError {
  if (e.line <= 0) return e;
  const field = e.column > 0 ? headers[e.column - 1] : undefined;
  const at = { record: e.line, ...(field !== undefined ? { field } : {}) };
  const { row: _row, header: _header, ...rest } = e;
  const place = recordPlace(at);
  return { ...rest, line: 0, column: 0, ...at, ...(place ? { place } : {}) };
}

/** The headers of `{ columns }`: each a name, or an object with its `key`. */
function columnNames(columns: unknown, problems: JsonProblems): string[] {
  if (!Array.isArray(columns)) {
    if (columns !== undefined)
      problems.at({ field: 'columns' }).error({
        code: 'json.not_list',
        value: jsonValueText(columns),
        expected: msg('json.not_list.expected'),
        message: msg('json.not_list'),
      });
    return [];
  }
  return columns.map((c, i) => {
    const key = isJsonObject(c) && Object.hasOwn(c, 'key') ? c.key : c;
    if (typeof key === 'string') return key;
    problems.at({ field: `columns[${i}]` }).error({
      code: 'json.not_text',
      value: jsonValueText(key),
      expected: msg('json.not_text.expected'),
      message: msg('json.not_text'),
    });
    return '';
  });
}

/** The rows of a list of records: a header for every key, in the order first met. */
function fromRecords(
  list: readonly unknown[],
  problems: JsonProblems,
): Omit<JsonTable, 'errors' | 'warnings'> {
  const headers: string[] = [];
  const index = new Map<string, number>();
  for (const record of list)
    if (isJsonObject(record))
      for (const key of Object.keys(record))
        if (!index.has(key)) index.set(key, headers.push(key) - 1);
  const rows: CsvRow[] = [];
  list.forEach((record, i) => {
    const n = i + 1;
    if (!isJsonObject(record)) {
      problems.at({ record: n }).error({
        code: 'json.not_object',
        value: jsonValueText(record),
        expected: msg('json.not_object.expected'),
        message: msg('json.not_object'),
      });
      return;
    }
    const cells = new Array<string>(headers.length);
    for (let c = 0; c < headers.length; c++) {
      const key = headers[c];
      const value = record[key];
      // Text, nearly every cell, at once; the rest by the rule (an inherited key is absent).
      cells[c] =
        typeof value === 'string'
          ? value
          : !Object.hasOwn(record, key)
            ? ''
            : (cellText(value, () => problems.at({ record: n, field: key })) ?? '');
    }
    rows.push({ line: n, cells });
  });
  return { headers, rows };
}

/** The rows of `{ columns, rows }`: each row a list with a cell per column, as a CSV's. */
function fromColumns(
  value: Record<string, unknown>,
  list: readonly unknown[],
  problems: JsonProblems,
): Omit<JsonTable, 'errors' | 'warnings'> {
  const headers = columnNames(value.columns, problems);
  const rows: CsvRow[] = [];
  list.forEach((row, i) => {
    const n = i + 1;
    if (!Array.isArray(row)) {
      problems.at({ record: n }).error({
        code: 'json.not_list',
        value: jsonValueText(row),
        expected: msg('json.not_list.expected'),
        message: msg('json.not_list'),
      });
      return;
    }
    // A row with another number of cells than the columns: the CSV's rule and words.
    if (row.length !== headers.length) {
      const extra = row.length > headers.length;
      const column = (extra ? headers.length : row.length) + 1;
      problems.at({ record: n }).error({
        code: 'csv.ragged_row',
        ...(extra ? { value: jsonValueText(row[headers.length]) } : {}),
        expected: msg('csv.ragged_row.expected', { fields: headers.length }),
        message: msg(extra ? 'csv.ragged_row.extra' : 'csv.ragged_row', {
          fields: row.length,
          expected: headers.length,
          column,
        }),
      });
      return;
    }
    const cells = row.map((cell, c) =>
      typeof cell === 'string'
        ? cell
        : (cellText(cell, () => problems.at({ record: n, field: headers[c] || `[${c}]` })) ?? ''),
    );
    rows.push({ line: n, cells });
  });
  return { headers, rows };
}

/**
 * A data set from JSON: a list of records (`[{"municipio": "Tunja", "valor": "1234,5"}]`)
 * or `{ "columns": [...], "rows": [[...]] }`, as rows of text under headers. The file's
 * limits are the CSV's (columns, a cell's length); problems are at record and field.
 */
export function readTableJson(value: unknown, options: JsonOptions): JsonTable {
  const problems = new JsonProblems(options.file);
  const columnsForm = isJsonObject(value) && Object.hasOwn(value, 'rows');
  const list = jsonRecordList(value, 'rows', problems);
  const read = !list
    ? { headers: [], rows: [] }
    : columnsForm
      ? fromColumns(value as Record<string, unknown>, list, problems)
      : fromRecords(list, problems);
  const limits = DEFAULT_LIMITS;
  const limit =
    read.headers.length > limits.maxColumns
      ? // About the whole file, not its first line.
        [{ ...tooManyColumns(options.file, read.headers.length, limits), line: 0 }]
      : longCells(options.file, read.rows, limits, 1).map((e) => placedInJson(e, read.headers));
  const errors = [...problems.errors, ...limit];
  return { ...read, errors, warnings: problems.warnings };
}
