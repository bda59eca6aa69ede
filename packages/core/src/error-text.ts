// A problem in words, in a reader's language: its file, its place and its whole line. Apart
// from errors.ts (problems as data, which every reader makes) so that a widget loads this
// only when it has a problem to tell.

import type { ContentError } from './types.ts';
import { boundedValue, printable } from './quote.ts';
import type { Lang } from './languages.ts';
import { endSentence, messageText, msg } from './message.ts';
import { INLINE_NAME } from './source-name.ts';

/**
 * A problem's file as an author reads it: its name, or for inline data its type and size in
 * KB, «datos en línea (data:text/csv, 2,3 KB)» / «inline data (data:text/csv, 2.3 KB)».
 */
export function fileLabel(file: string, lang: Lang): string {
  const inline = INLINE_NAME.exec(file);
  if (!inline) return file;
  // Tenths of a KB, rounded half up; exact, as dividing by 1024 is for whole numbers.
  const tenths = Math.max(1, Math.floor((Number(inline[2]) * 10 + 512) / 1024));
  const size = { figure: `${Math.floor(tenths / 10)}.${tenths % 10}`, digits: 1 };
  return messageText(msg('file.inline_data', { type: `data:${inline[1]}`, size }), lang);
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

/** A column's letter as a spreadsheet shows it: 1 is A, 26 Z, 27 AA. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
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
 * Where a problem is for a reader of a widget's table: its spreadsheet row and column, with
 * the text line when they differ (`fila 3, columna C (línea 5 del texto)`: a cell with a line
 * break moves the rows); nothing for a text document or the whole file.
 */
export function readerPlace(err: ContentError, lang: Lang): string {
  const sheet = spreadsheetPlace(err, lang);
  if (!sheet || err.row === undefined || err.row === err.line) return sheet;
  return `${sheet} ${messageText(msg('error.place.text_line', { line: err.line }), lang)}`;
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
