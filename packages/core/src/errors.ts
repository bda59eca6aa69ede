/** Content errors as data: a code, a place and messages by key (message.ts), said in any language. */
import type { ContentError } from './types.ts';
import { boundedValue, printable } from './quote.ts';
import type { Lang } from './languages.ts';
import { endSentence, messageText, msg, type MessageRef } from './message.ts';
import { fileLabel } from './source-name.ts';

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

/** A column's letter as a spreadsheet shows it: 1 is A, 26 Z, 27 AA. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
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

/**
 * Text documents (MDX, Markdown, YAML, JSON): a place in one is a line and column of its
 * text. Anything else an author gives is a table (CSV, TSV, a widget's URL or inline data),
 * whose place is also said as a spreadsheet shows it.
 */
const TEXT_DOCUMENT = /\.(?:mdx?|markdown|ya?ml|json|geojson)$/i;

/** Whether a file's problems are placed as a spreadsheet shows them (a table, not a text document). */
export function isSpreadsheetFile(file: string): boolean {
  return !TEXT_DOCUMENT.test(file.trim());
}

/**
 * Where a problem is, as a spreadsheet shows it (`fila 14, columna C`), for an author who
 * opens the file in Excel rather than in a text editor; nothing for a text document.
 */
export function spreadsheetPlace(err: ContentError, lang: Lang): string {
  if (err.line <= 0 || !isSpreadsheetFile(err.file)) return '';
  const row = err.row ?? err.line;
  const place =
    err.column > 0
      ? msg('error.place.cell', { row, column: columnLetter(err.column) })
      : msg('error.place.row', { row });
  return messageText(place, lang);
}

/**
 * The place in words, a sentence: a table's spreadsheet row and column
 * (`En la hoja de cálculo: fila 14, columna C.`), a text document's line and column
 * (`En el texto: línea 3, columna 5.`), nothing for the whole file or a JSON record.
 */
function placeSentence(err: ContentError, lang: Lang): string {
  if (err.line <= 0) return '';
  const sheet = spreadsheetPlace(err, lang);
  if (sheet) return messageText(msg('error.sheet', { place: sheet }), lang);
  const { line, column } = err;
  return messageText(
    column > 0 ? msg('error.text', { line, column }) : msg('error.text.line', { line }),
    lang,
  );
}

/**
 * One line an author can act on: the text position (`file:line:column`, for editors),
 * the value, the message, the header, and the place in words:
 * `indicators/values.csv:14:3 — «1.234» es ambiguo ... (columna «valor»). En la hoja de
 * cálculo: fila 14, columna C.` Each part is one sentence, whatever its own end
 * (`¿Quiso decir «x»?` takes no period after it).
 */
export function formatError(err: ContentError, lang: Lang): string {
  let where = fileLabel(err.file, lang);
  if (err.place) where += `, ${messageText(err.place, lang)}`;
  if (err.line > 0) where += `:${err.line}`;
  if (err.line > 0 && err.column > 0) where += `:${err.column}`;
  const message = messageText(err.message, lang);
  // Values and headers come from files: bounded, so a log never echoes a file's content.
  // A value is said once, not again before a message that quotes it; a header is a table's
  // column (a text document's messages name their own keys).
  const quoted = err.value !== undefined && boundedValue(err.value);
  const value = quoted && !message.includes(`«${quoted}»`) ? `«${quoted}» ` : '';
  const column =
    err.header && isSpreadsheetFile(err.file)
      ? ` ${messageText(msg('error.column', { header: boundedValue(err.header) }), lang)}`
      : '';
  // A message written as a sentence gives up its period to the column that ends it.
  const said = endSentence(column ? message.replace(/\.$/, '') + column : message);
  const place = placeSentence(err, lang);
  const expectedText = messageText(err.expected, lang);
  const expected = expectedText
    ? endSentence(messageText(msg('error.expected', { expected: expectedText }), lang))
    : '';
  return printable([`${where} — ${value}${said}`, place, expected].filter(Boolean).join(' '));
}

/** Sorts problems by file, line and column, as an author reads them. */
export function sortErrors(errors: ContentError[]): ContentError[] {
  return [...errors].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column,
  );
}
