/**
 * JSON and property data as a table, read by core like a file and typed and keyed here on
 * the main thread: loaded only for such data (a CSV file is typed and keyed in the parser
 * worker as it is read).
 */
import { placedInJson, readTableJson, type CsvRow } from '@rendir/core';
import { LoadError } from '../platform/errors.ts';
import { LocalTable } from './model.ts';
import { ColumnTyper, type TypingOptions } from './column-types.ts';
import { packRows } from './packed-rows.ts';
import { searchTexts } from './search-texts.ts';

/** A whole table from rows already read. */
export function tableFromRows(
  file: string,
  headers: string[],
  rows: CsvRow[],
  options: TypingOptions = {},
): LocalTable {
  const table = new LocalTable(file);
  table.setHeaders(headers);
  table.append({
    ...new ColumnTyper(file, options).batch(rows, headers),
    rows: packRows(rows),
    texts: searchTexts(rows),
  });
  table.finish();
  return table;
}

/**
 * A table from JSON (a file, inline, or the `data` property): core's `readTableJson`, so
 * the cells, column types and errors are the CSV form's, each problem at its record and
 * field. Throws a `content` LoadError with every problem.
 */
export function tableFromJson(
  value: unknown,
  file: string,
  options: TypingOptions = {},
): LocalTable {
  const read = readTableJson(value, { file });
  if (read.errors.length) throw new LoadError('content', { contentErrors: read.errors });
  const table = tableFromRows(file, read.headers, read.rows, options);
  // The column reading's problems (a number read two ways) at the record and field too.
  table.errors = table.errors.map((e) => placedInJson(e, read.headers));
  return table;
}

/** A catalog entry given as the `entry` property is read as the site's catalogo.json is. */
export { readDatasetsJson } from '@rendir/core';
