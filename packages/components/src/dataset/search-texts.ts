/**
 * Each row's search text (its cells joined by line breaks, folded), worked out where the
 * rows are read (the parser worker for CSV) and carried in one string per batch.
 */
import { foldText, type CsvRow } from '@rendir/core';

/**
 * Each row's cells joined by line breaks and folded (`foldText`), for search, end to end
 * in one string, with where each row's text ends: from the worker, one string and one
 * transferred buffer cross to the page instead of one string per row.
 */
export interface SearchTexts {
  text: string;
  ends: Uint32Array;
}

export function searchTexts(rows: readonly CsvRow[]): SearchTexts {
  const texts = rows.map((row) => foldText(row.cells.join('\n')));
  const ends = new Uint32Array(texts.length);
  let end = 0;
  texts.forEach((text, i) => (ends[i] = end += text.length));
  return { text: texts.join(''), ends };
}

/** Each row's search text again, appended to `out`. */
export function cutSearchTexts({ text, ends }: SearchTexts, out: string[] = []): string[] {
  let from = 0;
  for (const end of ends) {
    out.push(text.slice(from, end));
    from = end;
  }
  return out;
}
