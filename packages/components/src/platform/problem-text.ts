/**
 * How a widget tells a problem with its data, in words (core's rules): its place for the
 * error list and its whole line for the console. A chunk of its own, loaded with core's
 * catalogue only when there is a problem to tell (core-messages.ts).
 */
import {
  fileLabel,
  formatError,
  messageText,
  readerPlace,
  type ContentError,
  type Lang,
} from '@rendir/core';

/**
 * Where a problem is, as the error list shows it: the file (inline data by its type and
 * size), a JSON record and field, the spreadsheet row and column.
 */
export function problemWhere(e: ContentError, lang: Lang): string {
  const name = fileLabel(e.file, lang);
  const file = e.place ? `${name}, ${messageText(e.place, lang)}` : name;
  const place = readerPlace(e, lang);
  return place ? `${file}, ${place}` : file;
}

/** A problem's whole line for the console: `file:line:column — value message …`. */
export { formatError as problemLine };
