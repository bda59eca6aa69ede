/** Content errors as data, with messages in Spanish and English. */
import type { ContentError } from './types.ts';
import { boundedValue, printable } from './limits.ts';

export interface Bilingual {
  es: string;
  en: string;
}

export interface ErrorInit {
  file: string;
  line?: number;
  column?: number;
  header?: string;
  value?: string;
  code: string;
  expected: Bilingual;
  message: Bilingual;
  severity?: 'error' | 'warning';
}

/** Builds a ContentError; `line`/`column` default to 0 (the whole file). */
export function contentError(init: ErrorInit): ContentError {
  const err: ContentError = {
    file: init.file,
    line: init.line ?? 0,
    column: init.column ?? 0,
    code: init.code,
    expected: init.expected,
    message: init.message,
    severity: init.severity ?? 'error',
  };
  if (init.header !== undefined) err.header = init.header;
  if (init.value !== undefined) err.value = init.value;
  return err;
}

/**
 * One line an author can act on:
 * `indicators/values.csv:14:3 — «1.234» es ambiguo ... (columna «valor»)`.
 */
export function formatError(err: ContentError, lang: 'es' | 'en'): string {
  let where = err.file;
  if (err.line > 0) where += `:${err.line}`;
  if (err.line > 0 && err.column > 0) where += `:${err.column}`;
  // Values and headers come from files: bounded, so a log never echoes a file's content.
  const value = err.value !== undefined ? `«${boundedValue(err.value)}» ` : '';
  const column =
    err.header !== undefined
      ? lang === 'es'
        ? ` (columna «${boundedValue(err.header)}»)`
        : ` (column «${boundedValue(err.header)}»)`
      : '';
  const expected = err.expected[lang]
    ? lang === 'es'
      ? ` Se esperaba: ${err.expected.es}.`
      : ` Expected: ${err.expected.en}.`
    : '';
  return printable(`${where} — ${value}${err.message[lang]}${column}.${expected}`);
}

/** Sorts problems by file, line and column, as an author reads them. */
export function sortErrors(errors: ContentError[]): ContentError[] {
  return [...errors].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column,
  );
}
