/**
 * Content errors as data: a code, a place and messages by key (message.ts), said in any
 * language by error-text.ts.
 */
import type { ContentError } from './types.ts';
import type { MessageRef } from './message.ts';

export interface ErrorInit {
  file: string;
  line?: number;
  column?: number;
  /** The spreadsheet row, when it is not `line`. */
  row?: number;
  header?: string;
  value?: string;
  code: string;
  expected: MessageRef;
  message: MessageRef;
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
  if (init.row !== undefined && init.row !== err.line) err.row = init.row;
  if (init.header !== undefined) err.header = init.header;
  if (init.value !== undefined) err.value = init.value;
  return err;
}

/** The spreadsheet row of a text line, from a table's `rowShifts`. */
export function rowOfLine(line: number, rowShifts: readonly number[] | undefined): number {
  let shift = 0;
  if (rowShifts)
    for (let i = 0; i < rowShifts.length && rowShifts[i] <= line; i += 2) shift = rowShifts[i + 1];
  return line - shift;
}

/**
 * The problems with their spreadsheet rows set from a table's `rowShifts`, for readers
 * that report rows before the whole file is read (the rows of a batch are known by then).
 */
export function withRows(
  errors: ContentError[],
  rowShifts: readonly number[] | undefined,
): ContentError[] {
  if (!rowShifts) return errors;
  return errors.map((e) => {
    if (e.line <= 0 || e.row !== undefined) return e;
    const row = rowOfLine(e.line, rowShifts);
    return row === e.line ? e : { ...e, row };
  });
}

/** Sorts problems by file, line and column, as an author reads them. */
export function sortErrors(errors: ContentError[]): ContentError[] {
  return [...errors].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column,
  );
}
