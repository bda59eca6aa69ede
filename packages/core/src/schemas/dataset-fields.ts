/**
 * What a catalog entry's fields take, for its row of `datasets/datasets.csv` and for its
 * JSON record (the site's `catalogo.json`, the dataset widget's `entry`): one rule per field,
 * whichever reader meets it. Free of the CSV parser: the widgets' JSON code imports it.
 */
import { ENCODING_CHOICES, encodingName } from '../encoding.ts';
import { msg } from '../message.ts';
import { safeUrl } from '../security.ts';
import type { CsvDialect } from '../types.ts';
import { enumError, unsafeUrlWarning, type ProblemSink } from './field-errors.ts';
import { ownValue } from './field-words.ts';

/** Where a field's problems go: a CSV cell (its line, column and header) or a JSON field (0, 0, ''). */
export interface FieldAt {
  problems: ProblemSink;
  line: number;
  column: number;
  header: string;
}

/** The portals a catalog entry's `url` is read by (`api` in the CSV, the source's `kind` in JSON). */
export const PORTAL_APIS = ['csv', 'socrata', 'ckan'] as const;

const DELIMITERS: Record<string, CsvDialect['delimiter']> = {
  ',': ',',
  ';': ';',
  '|': '|',
  '\\t': '\t',
  tab: '\t',
  tabulador: '\t',
  coma: ',',
  comma: ',',
  'punto y coma': ';',
  semicolon: ';',
};

/** A contact address; anything else is not shown, with a warning. */
export function contactEmail(at: FieldAt, raw: string): string | undefined {
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(raw)) return raw;
  at.problems.warning({
    line: at.line,
    column: at.column,
    header: at.header,
    value: raw,
    code: 'dataset.invalid_email',
    expected: msg('dataset.invalid_email.expected'),
    message: msg('dataset.invalid_email'),
  });
  return undefined;
}

/** A file inside `datasets/`: a path that climbs out or names a scheme is an error. */
export function datasetFile(at: FieldAt, raw: string): string | undefined {
  if (!raw.includes('..') && !raw.startsWith('/') && !/^[a-z]+:/i.test(raw)) return raw;
  at.problems.error({
    line: at.line,
    column: at.column,
    header: at.header,
    value: raw,
    code: 'dataset.file_outside',
    expected: msg('dataset.file_outside.expected'),
    message: msg('dataset.file_outside'),
  });
  return undefined;
}

/** A portal's address: http(s) only (not mailto); any other is dropped with a warning. */
export function portalUrl(at: FieldAt, raw: string): string | undefined {
  const url = safeUrl(raw);
  if (url && !url.startsWith('mailto:')) return url;
  unsafeUrlWarning(at.problems, at.line, at.column, at.header, raw);
  return undefined;
}

/** One of a closed list of words, else an error listing them. */
function oneOf<T>(at: FieldAt, raw: string, value: T | undefined, allowed: readonly string[]) {
  if (value === undefined) enumError(at.problems, at.line, at.column, at.header, raw, allowed);
  return value;
}

export function dialectDelimiter(at: FieldAt, raw: string): CsvDialect['delimiter'] | undefined {
  const value = ownValue(DELIMITERS, raw.toLowerCase());
  return oneOf(at, raw, value, [',', ';', 'tab', '|']);
}

export function dialectEncoding(at: FieldAt, raw: string): CsvDialect['encoding'] | undefined {
  return oneOf(at, raw, encodingName(raw), ENCODING_CHOICES);
}

export function dialectDecimal(at: FieldAt, raw: string): CsvDialect['decimal'] | undefined {
  return oneOf(at, raw, raw === ',' || raw === '.' ? raw : undefined, [',', '.']);
}

export function dialectGroup(at: FieldAt, raw: string): CsvDialect['group'] | undefined {
  return oneOf(at, raw, raw === '.' || raw === ',' ? raw : undefined, ['.', ',']);
}
