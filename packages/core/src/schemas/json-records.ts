/**
 * Reading the records a widget is given as JSON (a `.json` file, an inline
 * `<script type="application/json">`, the site's downloads) with the CSV readers' rules and
 * messages: the same enum words, dates, exact decimals and safe links, each problem placed
 * at its record and field («registro 4 (CO0004), campo potentialImpact») instead of a line.
 * JSON is untrusted like CSV. Free of the CSV parser, so a widget loads it only for JSON.
 */
import { isDecimalString } from '../decimal.ts';
import { jsonValueText } from './json-value.ts';
import { contentError, type ErrorInit } from '../errors.ts';
import { msg, type CoreMessageKey, type MessageRef } from '../message.ts';
import { boundedValue } from '../quote.ts';
import { MISSING_MEANINGS, missingMeaning } from '../missing.ts';
import { readsAs } from '../numbers.ts';
import { parseDate, parsePeriod } from '../period.ts';
import { safeUrl } from '../security.ts';
import type { CellNumber, ContentError, MissingKind, Period, ReadResult } from '../types.ts';
import {
  dateCellError,
  enumError,
  periodError,
  unsafeUrlWarning,
  type ProblemSink,
} from './field-errors.ts';
import { NO, YES, YES_NO_WORDS, enumValue, enumWords, ownValue, setField } from './field-words.ts';

export interface JsonOptions {
  /** The file as the author knows it, for errors (`compromisos.json`). */
  file: string;
}

/** Where in a JSON document: the 1-based record, its id, and the field's path. */
export interface JsonPlace {
  record?: number;
  recordId?: string;
  field?: string;
}

type JsonObject = Record<string, unknown>;

export { jsonValueText };

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A record and field in words: «registro 4 (CO0004), campo potentialImpact». Said when the
 * problem is shown (formatError, a widget's error state), in the reader's language.
 */
export function recordPlace(place: JsonPlace): MessageRef | undefined {
  if (place.record === undefined)
    return place.field === undefined
      ? undefined
      : msg('error.place.json_field', { field: place.field });
  const id = place.recordId && ` (${boundedValue(place.recordId)})`;
  const record = msg('error.place.record', { record: `${place.record}${id ?? ''}` });
  return place.field !== undefined
    ? msg('error.place.field', { record, field: place.field })
    : record;
}

/** Collects a JSON file's problems, each placed at a record and field. */
export class JsonProblems {
  readonly file: string;
  readonly errors: ContentError[] = [];
  readonly warnings: ContentError[] = [];

  constructor(file: string) {
    this.file = file;
  }

  /** Where the field readers shared with CSV (field-errors.ts) put a field's problems. */
  at(place: JsonPlace): ProblemSink {
    // JSON has no lines, columns or headers: the record and the field say where.
    const where = recordPlace(place);
    const placed = (e: Omit<ErrorInit, 'file'>, severity: 'error' | 'warning'): ContentError => ({
      ...contentError({
        file: this.file,
        code: e.code,
        expected: e.expected,
        message: e.message,
        ...(e.value !== undefined ? { value: e.value } : {}),
        severity,
      }),
      ...place,
      ...(where ? { place: where } : {}),
    });
    return {
      error: (e) => this.errors.push(placed(e, 'error')),
      warning: (e) => this.warnings.push(placed(e, 'warning')),
    };
  }

  result<T>(records: T[]): ReadResult<T> {
    return { records, errors: this.errors, warnings: this.warnings };
  }
}

/**
 * The records of a document: a list, or the list under `key` of an object
 * (`{"commitments": [...]}`). Undefined, with an error, when it is neither.
 */
export function jsonRecordList(
  value: unknown,
  key: string,
  problems: JsonProblems,
): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  const list = isJsonObject(value) ? ownValue(value, key) : undefined;
  if (Array.isArray(list)) return list;
  problems.at({}).error({
    code: 'json.not_records',
    value: jsonValueText(value),
    expected: msg('json.not_records.expected', { key }),
    message: msg('json.not_records'),
  });
  return undefined;
}

/** A field of the wrong JSON type: its code (and message) and what was expected. */
const WRONG_TYPE = {
  text: ['json.not_text', 'json.not_text.expected'],
  list: ['json.not_list', 'json.not_list.expected'],
  object: ['json.not_object', 'json.not_object.expected'],
} as const;

/** The two orders of day and month a period's own start may decide between. */
const DATE_ORDERS = ['DD/MM/YYYY', 'MM/DD/YYYY'];

/** The kinds a missing value can be, as its `missing` field names them. */
/** Sets the optional fields that have a value: records carry no `undefined` keys, as the CSV's. */
export function setDefined<T extends object>(target: T, fields: Partial<T>): T {
  for (const [k, v] of Object.entries(fields))
    if (v !== undefined) (target as Record<string, unknown>)[k] = v;
  return target;
}

/**
 * Reads each record of a document (a list, or the list under `key`) with `read`, given its
 * fields and the id in `idField`, which problems then name. With `unique`, an id seen twice
 * is an error naming the record that had it first (the CSV readers name the line): which
 * of the two a page would show is not for a widget to guess.
 */
export function readJsonRecords<T>(
  value: unknown,
  options: JsonOptions & { key: string; idField?: string; unique: boolean },
  read: (fields: JsonFields, id: string) => T | undefined,
): ReadResult<T> {
  const problems = new JsonProblems(options.file);
  const records: T[] = [];
  const seen = new Map<string, number>();
  const list = jsonRecordList(value, options.key, problems) ?? [];
  for (const f of JsonFields.ofRecords(list, problems)) {
    if (!f) continue;
    const id = options.idField ? f.required(options.idField) : '';
    f.recordId = id;
    const first = seen.get(id);
    if (options.unique && options.idField && id !== '' && first !== undefined)
      f.sink(options.idField).error({
        code: 'json.duplicate_id',
        value: id,
        expected: msg('json.duplicate_id.expected'),
        message: msg('json.duplicate_id', { record: first }),
      });
    else if (first === undefined) seen.set(id, f.record);
    const record = read(f, id);
    if (record !== undefined) records.push(record);
  }
  return problems.result(records);
}

const MISSING_KIND_WORDS = ['empty', ...MISSING_MEANINGS];

function missingKindOf(word: string): MissingKind | undefined {
  return word === 'empty' ? word : missingMeaning(word);
}

/**
 * One record's fields (or a nested object's), read by the rules the CSV readers apply to
 * a cell. Every reader returns undefined for an absent field, and for a wrong one after
 * saying why.
 */
export class JsonFields {
  readonly problems: JsonProblems;
  readonly record: number;
  /** The record's id once read: problems name it beside the record's number. */
  recordId: string | undefined;
  private readonly value: JsonObject;
  private readonly path: string;
  private readonly parent: JsonFields | undefined;

  constructor(
    problems: JsonProblems,
    value: JsonObject,
    record: number,
    path = '',
    parent?: JsonFields,
  ) {
    this.problems = problems;
    this.value = value;
    this.record = record;
    this.path = path;
    this.parent = parent;
  }

  /** The fields of each record of a list; a record that is no object is an error. */
  static ofRecords(list: readonly unknown[], problems: JsonProblems): (JsonFields | undefined)[] {
    return list.map((value, i) => {
      if (isJsonObject(value)) return new JsonFields(problems, value, i + 1);
      problems.at({ record: i + 1 }).error({
        code: 'json.not_object',
        value: jsonValueText(value),
        expected: msg('json.not_object.expected'),
        message: msg('json.not_object'),
      });
      return undefined;
    });
  }

  /** The field's path from the record (`values[2].period`). */
  name(field: string): string {
    return this.path + field;
  }

  private id(): string | undefined {
    return this.recordId ?? this.parent?.id();
  }

  /** Where a field's problems go. */
  sink(field: string): ProblemSink {
    const id = this.id();
    // Record 0 is the document itself (a budget document's `totals`): only the field says where.
    if (this.record === 0) return this.problems.at({ field: this.name(field) });
    return this.problems.at({
      record: this.record,
      ...(id !== undefined && id !== '' ? { recordId: id } : {}),
      field: this.name(field),
    });
  }

  /** A value the field's own rule refuses (a fiscal year's form, a range): the code is its message's key. */
  refuse(field: string, value: string, code: CoreMessageKey, expected: MessageRef): void {
    this.sink(field).error({ code, value, expected, message: msg(code) });
  }

  /** The fields an object has, for maps keyed by content (`amounts`). */
  keys(): string[] {
    return Object.keys(this.value);
  }

  /** A count (`lineCount`, `origin.line`): a whole JSON number, 0 or more. */
  count(field: string): number | undefined {
    const v = this.raw(field);
    if (v === undefined) return undefined;
    if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return v;
    this.sink(field).error({
      code: 'json.not_count',
      value: jsonValueText(v),
      expected: msg('json.not_count.expected'),
      message: msg('json.not_count'),
    });
    return undefined;
  }

  /** The kind of a missing value (`no_data`, `not_applicable`…), as a sidecar names it. */
  missingKind(field: string): MissingKind | undefined {
    const word = this.text(field);
    const kind = word === undefined ? undefined : missingKindOf(word);
    if (word !== undefined && kind === undefined)
      enumError(this.sink(field), 0, 0, '', word, MISSING_KIND_WORDS);
    return kind;
  }

  /** The field's value; null counts as absent (JSON writes a missing value so). */
  raw(field: string): unknown {
    const v = ownValue(this.value, field);
    return v === null ? undefined : v;
  }

  private wrongType(field: string, value: unknown, expected: keyof typeof WRONG_TYPE): void {
    const [message, wanted] = WRONG_TYPE[expected];
    this.sink(field).error({
      code: message,
      value: jsonValueText(value),
      expected: msg(wanted),
      message: msg(message),
    });
  }

  /** Text, trimmed as a CSV cell is; empty text is absent. */
  text(field: string): string | undefined {
    const v = this.raw(field);
    if (v === undefined) return undefined;
    if (typeof v !== 'string') {
      this.wrongType(field, v, 'text');
      return undefined;
    }
    const t = v.trim();
    return t === '' ? undefined : t;
  }

  /** Text that must be there: absent or empty is an error, as an empty required cell. */
  required(field: string): string {
    const v = this.raw(field);
    const t = this.text(field);
    if (t === undefined && (v === undefined || typeof v === 'string'))
      this.sink(field).error({
        code: 'json.required',
        value: typeof v === 'string' ? v : '',
        expected: msg('schema.required_value.expected', { key: this.name(field) }),
        message: msg('json.required'),
      });
    return t ?? '';
  }

  /** Whether a required field is there (of any type); its absence is an error. */
  present(field: string): boolean {
    if (this.raw(field) !== undefined) return true;
    this.sink(field).error({
      code: 'json.required',
      value: '',
      expected: msg('schema.required_value.expected', { key: this.name(field) }),
      message: msg('json.required'),
    });
    return false;
  }

  /** A list field's items; absent is empty, and so is a value that is no list (an error). */
  private list(field: string): unknown[] {
    const v = this.raw(field);
    if (v === undefined || Array.isArray(v)) return v ?? [];
    this.wrongType(field, v, 'list');
    return [];
  }

  /** A list of texts (`supportingActors`); absent is empty. */
  textList(field: string): string[] {
    const out: string[] = [];
    this.list(field).forEach((item, i) => {
      const t = typeof item === 'string' ? item.trim() : undefined;
      if (t === undefined) this.wrongType(`${field}[${i}]`, item, 'text');
      else if (t !== '') out.push(t);
    });
    return out;
  }

  /** One of a field's words (field-words.ts), as the CSV readers take them. */
  choice<T extends string>(
    field: string,
    table: Record<string, T>,
    allowed?: string[],
  ): T | undefined {
    const raw = this.text(field);
    if (raw === undefined) return undefined;
    const v = enumValue(raw, table);
    if (v === undefined) enumError(this.sink(field), 0, 0, '', raw, allowed ?? enumWords(table));
    return v;
  }

  /** Each item of a list of a field's words, once, in order. */
  choices<T extends string>(field: string, table: Record<string, T>): T[] {
    const out: T[] = [];
    this.list(field).forEach((item, i) => {
      const name = `${field}[${i}]`;
      if (typeof item !== 'string') return this.wrongType(name, item, 'text');
      const c = enumValue(item, table);
      if (c === undefined) enumError(this.sink(name), 0, 0, '', item, enumWords(table));
      else if (!out.includes(c)) out.push(c);
    });
    return out;
  }

  /** A yes/no: JSON's true and false, or the words a CSV cell takes. */
  yesNo(field: string): boolean | undefined {
    const v = this.raw(field);
    if (typeof v === 'boolean') return v;
    const raw = this.text(field);
    if (raw === undefined) return undefined;
    const s = raw.toLowerCase();
    if (YES.has(s)) return true;
    if (NO.has(s)) return false;
    enumError(this.sink(field), 0, 0, '', raw, YES_NO_WORDS);
    return undefined;
  }

  /** A date, as ISO: the CSV readers' forms, an ambiguous day and month an error. */
  date(field: string): string | undefined {
    const raw = this.text(field);
    if (raw === undefined) return undefined;
    const d = parseDate(raw);
    if (d === undefined) dateCellError(this.sink(field), 0, 0, undefined, raw, undefined);
    return d;
  }

  /** A link: only http(s) and mailto are kept; any other is dropped with a warning. */
  url(field: string): string | undefined {
    const raw = this.text(field);
    if (raw === undefined) return undefined;
    const u = safeUrl(raw);
    if (u === undefined) unsafeUrlWarning(this.sink(field), 0, 0, '', raw);
    return u;
  }

  /**
   * An exact decimal, written as text (`"1234567.89"`): a JSON number is refused, since
   * whatever wrote it may have rounded it in binary floating point.
   */
  decimal(field: string): string | undefined {
    const v = this.raw(field);
    if (v === undefined) return undefined;
    if (typeof v === 'string' && isDecimalString(v.trim())) return v.trim();
    this.sink(field).error({
      code: 'json.not_decimal',
      value: jsonValueText(v),
      expected: msg('json.not_decimal.expected'),
      message: msg(typeof v === 'number' ? 'json.decimal_as_number' : 'json.not_decimal'),
    });
    return undefined;
  }

  /** A nested object's fields (`baseline`), or undefined with an error when it is not one. */
  object(field: string): JsonFields | undefined {
    const v = this.raw(field);
    if (v === undefined) return undefined;
    if (isJsonObject(v))
      return new JsonFields(this.problems, v, this.record, `${this.name(field)}.`, this);
    this.wrongType(field, v, 'object');
    return undefined;
  }

  /** The objects of a list field (`values`), each with its index in its path. */
  objects(field: string): JsonFields[] {
    const out: JsonFields[] = [];
    this.list(field).forEach((item, i) => {
      const name = `${field}[${i}]`;
      if (isJsonObject(item))
        out.push(new JsonFields(this.problems, item, this.record, `${this.name(name)}.`, this));
      else this.wrongType(name, item, 'object');
    });
    return out;
  }

  /** Unknown columns kept as text (`extra`), as the CSV readers keep them. */
  extra(field = 'extra'): Record<string, string> {
    const out: Record<string, string> = {};
    const fields = this.object(field);
    if (!fields) return out;
    for (const key of Object.keys(fields.value)) {
      const v = fields.raw(key);
      if (typeof v === 'string') setField(out, key, v);
      else if (v !== undefined) fields.wrongType(key, v, 'text');
    }
    return out;
  }

  /**
   * A number as the CSV readers give it: `{value, isPercent, raw}` with `value` an exact
   * decimal, or a missing value `{missing, raw}` of one of the kinds a file can mean.
   */
  cell(field: string): CellNumber | undefined {
    const fields = this.object(field);
    if (!fields) return undefined;
    if (fields.raw('missing') !== undefined) {
      const kind = fields.missingKind('missing');
      if (kind === undefined) return undefined;
      return { missing: kind, raw: fields.text('raw') ?? '' };
    }
    if (fields.raw('value') === undefined) {
      fields.sink('value').error({
        code: 'json.required',
        value: '',
        expected: msg('json.cell.expected'),
        message: msg('json.required'),
      });
      return undefined;
    }
    const value = fields.decimal('value');
    if (value === undefined) return undefined;
    const percent = fields.raw('isPercent');
    if (percent !== undefined && typeof percent !== 'boolean') {
      fields.sink('isPercent').error({
        code: 'schema.invalid_value',
        value: jsonValueText(percent),
        expected: msg('schema.invalid_value.expected', { allowed: 'true, false' }),
        message: msg('schema.invalid_value'),
      });
      return undefined;
    }
    const raw = fields.raw('raw') === undefined ? value : fields.text('raw');
    if (raw === undefined) return undefined;
    if (!readsAs(raw, value, percent === true)) {
      const figure = percent === true ? `${value} %` : value;
      fields.sink('raw').error({
        code: 'json.raw_mismatch',
        value: raw,
        expected: msg('json.raw_mismatch.expected', { value: figure }),
        message: msg('json.raw_mismatch', { value: figure }),
      });
      return undefined;
    }
    const out: CellNumber = { value, isPercent: percent === true, raw };
    const decimals = fields.raw('decimals');
    if (decimals !== undefined) {
      if (typeof decimals === 'number' && Number.isSafeInteger(decimals) && decimals > 0)
        out.decimals = decimals;
      else {
        fields.sink('decimals').error({
          code: 'json.not_decimal',
          value: jsonValueText(decimals),
          expected: msg('json.decimals.expected'),
          message: msg('json.not_decimal'),
        });
        return undefined;
      }
    }
    return out;
  }

  /**
   * A period as core reads it from its text (`raw`): the record's own start, when it gives
   * one, decides the order of day and month of an ambiguous date, as a CSV's other dates
   * do; a start that no reading of the text has is an error. Text alone (`"2025"`) is read too.
   */
  period(field: string): Period | undefined {
    const v = this.raw(field);
    if (v === undefined) return undefined;
    const fields = typeof v === 'string' ? undefined : this.object(field);
    const raw = typeof v === 'string' ? v.trim() : fields?.required('raw');
    if (!raw) return undefined;
    const start = fields?.text('start');
    const plain = parsePeriod(raw);
    if (plain && (start === undefined || plain.start === start)) return plain;
    const ordered = DATE_ORDERS.map((order) => parsePeriod(raw, order));
    if (start !== undefined) {
      const decided = ordered.find((p) => p?.start === start);
      if (decided) return decided;
    }
    const read = plain ?? ordered.find((p) => p !== undefined);
    const at = fields
      ? fields.sink(start !== undefined && read ? 'start' : 'raw')
      : this.sink(field);
    if (read && start !== undefined)
      at.error({
        code: 'json.period_mismatch',
        value: start,
        expected: msg('json.period_mismatch.expected', { raw, start: read.start }),
        message: msg('json.period_mismatch', { raw }),
      });
    // A date that reads two ways, and no start to decide: both are named, none is chosen.
    else if (read) dateCellError(at, 0, 0, undefined, raw, undefined);
    else periodError(at, 0, 0, '', raw);
    return undefined;
  }
}
