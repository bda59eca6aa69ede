/**
 * CSV reading: one record reader (papaparse's parser, RFC 4180 as Excel writes it) behind
 * `readCsv`, `scanCsv` and `streamCsv`, so that every entry point and every chunk size gives
 * the same records, errors, warnings and line numbers. Delimiter from the header line only;
 * BOM, UTF-16, UTF-8 else Windows-1252; ragged rows reported with line and column; line
 * numbers that stay right when quoted fields hold line breaks.
 */
import {
  DECIDE_BYTES,
  SNIFF_BYTES,
  bomOf,
  bomOverride,
  declaredContradiction,
  decodeBytes,
  decodeUtf8Lenient,
  decodeWindows1252,
  encodingShown,
  encodingStart,
  firstNonAscii,
} from './encoding.ts';
import type { BadByte } from './encoding.ts';
import { contentError } from './errors.ts';
// `#papaparse` (package.json imports): browsers get papaparse's build without its Node
// `stream` lookup, which browser dev servers cannot resolve.
import Papa from '#papaparse';
import type { ContentError, CsvDialect, CsvEncoding, CsvRow, CsvTable } from './types.ts';
import { msg } from './message.ts';
import { yieldToEventLoop } from './yield.ts';

export type Delimiter = CsvDialect['delimiter'];

/** Candidates in the order that wins a tie: a tab or `;` is never part of a header name, a comma can be. */
const DELIMITERS: readonly Delimiter[] = ['\t', ';', '|', ','];

export interface ReadCsvOptions {
  /** Path as the author knows it, for errors. */
  file: string;
  /** Declared dialect (sidecar, catalog, attribute); wins over detection. */
  dialect?: Partial<CsvDialect>;
}

/** Excel's hint line `sep=;` before the headers. */
const SEP_LINE_RE = /^sep=([,;\t|])$/i;

/** Whether `c` is one of the candidate delimiters. */
function isCandidate(c: number): boolean {
  return c === 59 || c === 44 || c === 9 || c === 124;
}

/**
 * End of the record starting at `from` (index of its line break, or text.length), or -1
 * when `text` may not hold all of it yet (`final` false). Before the delimiter is known a
 * quote opens a quoted field where the reader would open one: first in the line or
 * right after any candidate delimiter.
 */
function recordEnd(text: string, from: number, final: boolean): number {
  let inQuotes = false;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inQuotes) {
      if (c === 34) {
        if (i + 1 >= text.length && !final) return -1;
        if (text.charCodeAt(i + 1) === 34) i++;
        else inQuotes = false;
      }
    } else if (c === 10 || c === 13) return i;
    else if (c === 34 && (i === from || isCandidate(text.charCodeAt(i - 1)))) inQuotes = true;
  }
  return final ? text.length : -1;
}

/** Span of the first record that is not blank: the header line (or `sep=` line), or undefined when more text is needed. */
function headerSpan(text: string, final: boolean): { start: number; end: number } | undefined {
  let s = 0;
  for (;;) {
    const e = recordEnd(text, s, final);
    if (e < 0) return undefined;
    if (text.slice(s, e).trim() !== '' || e >= text.length) return { start: s, end: e };
    s = e + (text.charCodeAt(e) === 13 && text.charCodeAt(e + 1) === 10 ? 2 : 1);
    if (s >= text.length && final) return { start: s, end: s };
  }
}

/** The delimiter a line declares (`sep=;`), or the most frequent outside quotes; undefined for none (one column). */
function headerDelimiter(line: string): Delimiter | undefined {
  const m = SEP_LINE_RE.exec(line);
  if (m) return m[1] as Delimiter;
  const counts = [0, 0, 0, 0];
  let inQuotes = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (inQuotes) {
      if (c === 34) {
        if (line.charCodeAt(i + 1) === 34) i++;
        else inQuotes = false;
      }
    } else if (c === 34 && (i === 0 || isCandidate(line.charCodeAt(i - 1)))) inQuotes = true;
    else if (isCandidate(c)) counts[DELIMITERS.indexOf(line[i] as Delimiter)]++;
  }
  let best: Delimiter | undefined;
  let bestCount = 0;
  DELIMITERS.forEach((d, k) => {
    if (counts[k] > bestCount) {
      best = d;
      bestCount = counts[k];
    }
  });
  return best;
}

/**
 * The delimiter of a header line: the most frequent of `;` `,` tab `|` outside quotes
 * (a tie goes to tab, then `;`, then `|`: a comma can be part of a name). Data rows are
 * never consulted (comma decimals fool generic guessers). A line without any of them is a
 * one-column file, reported as `,` and read without splitting.
 */
export function detectDelimiter(headerLine: string): Delimiter {
  return headerDelimiter(headerLine) ?? ',';
}

function isBlankRow(cells: string[]): boolean {
  for (const c of cells) if (c.trim() !== '') return false;
  return true;
}

/**
 * A place in the decoded text the reader reports with its line and column: a byte that
 * was not UTF-8 (`byte`), or with `byte` -1 the first non-ASCII character of a file read as
 * Windows-1252 (the warning points at it). `at` counts characters from the text's start.
 */
interface TextMark {
  at: number;
  byte: number;
}

/** What the reader reports, in the order it meets it. */
interface RecordSink {
  mark(mark: TextMark, char: string, line: number, column: number, row: number): void;
  /** `row` counts records, blank ones too: the row a spreadsheet shows. */
  record(cells: string[], line: number, row: number): void;
  quoteProblem(
    code: 'csv.unclosed_quote' | 'csv.invalid_quote',
    line: number,
    column: number,
    row: number,
  ): void;
}

/** Line feeds in text[from, to). */
function countLineFeeds(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** A delimiter for a one-column file: a private-use character, repeated more than in the text. */
function absentDelimiter(text: string): string {
  const c = '\uE000';
  let longest = 0;
  for (let i = text.indexOf(c); i >= 0; i = text.indexOf(c, i)) {
    let j = i;
    while (text[j] === c) j++;
    longest = Math.max(longest, j - i);
    i = j;
  }
  return c.repeat(longest + 1);
}

/** A line break in text papaparse reads: LF, or the CR of a CRLF. */
function isLineBreak(c: string): boolean {
  return c === '\n' || c === '\r';
}

/** Occurrences of `part` in `text`. */
function occurrences(text: string, part: string): number {
  let n = 0;
  for (let i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length)) n++;
  return n;
}

/**
 * The text papaparse reads, with one kind of line break (it keeps one per parse): as it is
 * when all are LF or all CRLF (Excel's), else every break as LF, with the indexes in the
 * original text of the CRs whose CRLF became one LF.
 */
function foldLineBreaks(text: string): {
  text: string;
  newline: '\n' | '\r\n';
  foldedCrs: number[];
} {
  const foldedCrs: number[] = [];
  const crs = occurrences(text, '\r');
  if (crs === 0) return { text, newline: '\n', foldedCrs };
  const crlfs = occurrences(text, '\r\n');
  if (crlfs === crs && crlfs === occurrences(text, '\n'))
    return { text, newline: '\r\n', foldedCrs };
  for (let i = text.indexOf('\r\n'); i >= 0; i = text.indexOf('\r\n', i + 2)) foldedCrs.push(i);
  return { text: text.replace(/\r\n?/g, '\n'), newline: '\n', foldedCrs };
}

/** How many of the sorted `values` are below `limit`. */
function countBelow(values: number[], limit: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

type PapaStep = {
  data: string[][];
  errors: { code: string; index?: number }[];
  meta: { cursor: number };
};

/** Characters papaparse reads at a time (more when one record is longer). */
const READ_WINDOW = 1 << 16;
/** The window after a broken field. */
const AFTER_BROKEN_WINDOW = 1 << 8;

/**
 * RFC 4180 records (papaparse's parser) from text handed over in pieces of any size, with
 * the same result for every split: the text after the last whole record waits for the next
 * piece, as papaparse's own ChunkStreamer does. Around papaparse:
 * - a record ends at CRLF, LF or CR outside quotes, in any mix (a CRLF header with LF rows):
 *   papaparse reads one kind per parse, so breaks are folded to LF and cells get theirs back;
 * - a field is quoted only when `"` is its first character; elsewhere `"` is literal (5'11");
 * - text after a closing quote stays in that field up to the next delimiter, with an error
 *   (papaparse would look for a later quote and swallow the cells after it);
 * - `delimiter` -1 is a one-column file: no character splits a record.
 * Lines count physical lines: a quoted cell with two line breaks moves the next record
 * two lines further.
 */
class CsvRecordReader {
  private readonly delimiter: number;
  private readonly sink: RecordSink;
  /** Text not yet read, and its offset in the whole text. */
  private pending = '';
  private pendingAt = 0;
  /** Physical line at the start of `pending`, and where the current record started. */
  private line = 1;
  private recordLine = 1;
  /** The current record's number, counting blank ones: its spreadsheet row. */
  private row = 1;
  /** Fields read of a record that text after a closing quote interrupted. */
  private cells: string[] | undefined;
  /** Places to report (sorted by `at`), and the next one. */
  readonly marks: TextMark[] = [];
  private markIndex = 0;
  // The parse under way: folded text, its delimiter and where its folded CRLFs were.
  private text = '';
  private delim = ',';
  private newline: '\n' | '\r\n' = '\n';
  private foldedCrs: number[] = [];
  /** Folded indexes of those CRLFs' LFs, and whether the text had any CR. */
  private foldedLfs: number[] = [];
  private hadCr = false;

  constructor(delimiter: number, sink: RecordSink) {
    this.delimiter = delimiter;
    this.sink = sink;
  }

  push(text: string, final: boolean): void {
    this.pending += text;
    // Read through a window: papaparse reads the rest of its text into a broken field
    // before it says so, so the window shrinks after one and grows back as rows read well
    // (a record longer than the window widens it).
    let window = READ_WINDOW;
    for (;;) {
      const whole = window >= this.pending.length;
      const before = this.pending.length;
      const source = whole ? this.pending : this.pending.slice(0, window);
      if (this.readSome(source, final && whole)) {
        window = AFTER_BROKEN_WINDOW;
        continue;
      }
      if (whole) break;
      window = this.pending.length === before ? window * 2 : Math.min(window * 2, READ_WINDOW);
    }
    if (final && this.cells) this.endRecord(['']);
  }

  /** Original offset (in `pending`) of folded index `i`. */
  private original(i: number): number {
    return this.foldedLfs.length === 0 ? i : i + countBelow(this.foldedLfs, i);
  }

  /** Folded index of an original offset in `pending` that is not the LF of a CRLF. */
  private folded(o: number): number {
    return this.foldedCrs.length === 0 ? o : o - countBelow(this.foldedCrs, o);
  }

  /** Reads the records in `whole` (the start of `pending`); true when it stopped to read on. */
  private readSome(whole: string, final: boolean): boolean {
    let source = whole;
    if (!final && source.endsWith('\r')) source = source.slice(0, -1); // maybe half a CRLF
    const folded = foldLineBreaks(source);
    this.text = folded.text;
    this.newline = folded.newline;
    this.foldedCrs = folded.foldedCrs;
    this.foldedLfs = folded.foldedCrs.map((cr, k) => cr - k);
    // Cells hold LFs that were CRs or CRLFs.
    this.hadCr = folded.text !== source;
    const text = this.text;
    this.delim = this.delimiter < 0 ? absentDelimiter(text) : String.fromCharCode(this.delimiter);
    const hasQuotes = text.indexOf('"') >= 0;
    let start = 0;
    let resumeAt = -1;
    let stopped = false;
    const parser: { parse(t: string, b: number, i: boolean): PapaStep; abort(): void } =
      new Papa.Parser({
        delimiter: this.delim,
        newline: this.newline,
        quoteChar: '"',
        escapeChar: '"',
        step: (result: PapaStep) => {
          if (stopped) return;
          const end = result.meta.cursor;
          const errors = result.errors;
          const invalid = errors.length > 0 && errors.find((e) => e.code === 'InvalidQuotes');
          if (invalid) {
            resumeAt = this.afterBrokenField(start, invalid.index!, final);
            stopped = true;
            parser.abort();
            return;
          }
          const row = result.data[0];
          if (final && start === text.length && !this.cells && row.length === 1 && row[0] === '')
            return; // the empty "record" after the last line break
          if (this.markIndex < this.marks.length) this.reportMarks(start, end);
          const missing = errors.length > 0 && errors.find((e) => e.code === 'MissingQuotes');
          if (missing) {
            const quote = missing.index! - 1;
            this.sink.quoteProblem(
              'csv.unclosed_quote',
              this.line + countLineFeeds(text, start, quote),
              (this.cells?.length ?? 0) + row.length,
              this.row,
            );
            row[row.length - 1] = row[row.length - 1].replace(/""/g, '"');
          }
          if (this.hadCr) this.restoreLineBreaks(row, start, end);
          this.line += hasQuotes
            ? countLineFeeds(text, start, end)
            : end > start && text.charCodeAt(end - 1) === 10
              ? 1
              : 0;
          this.endRecord(row);
          start = end;
        },
      });
    const rest = parser.parse(text, 0, !final);
    if (!stopped) {
      const invalid = rest.errors.find((e) => e.code === 'InvalidQuotes');
      if (invalid) resumeAt = this.afterBrokenField(start, invalid.index!, final);
    }
    const readTo = resumeAt >= 0 ? resumeAt : start;
    const consumed = this.original(readTo);
    this.pending = this.pending.slice(consumed);
    this.pendingAt += consumed;
    return resumeAt >= 0;
  }

  private endRecord(cells: string[]): void {
    const all = this.cells ? this.cells.concat(cells) : cells;
    this.cells = undefined;
    this.sink.record(all, this.recordLine, this.row);
    this.row++;
    this.recordLine = this.line;
  }

  /**
   * A quoted field whose content starts at `content` has text after its closing quote: that
   * text joins the field up to the next delimiter or line break, with an error. Returns where
   * reading goes on, or -1 when the field's end is not in the text yet.
   */
  private afterBrokenField(start: number, content: number, final: boolean): number {
    const text = this.text;
    let close = text.indexOf('"', content);
    while (close >= 0 && text.charCodeAt(close + 1) === 34) close = text.indexOf('"', close + 2);
    let end = close + 1;
    while (end < text.length && !isLineBreak(text[end]) && !text.startsWith(this.delim, end)) end++;
    if (end >= text.length && !final) return -1;
    let after = close + 1;
    while (after < end && (text[after] === ' ' || text[after] === '\t')) after++;
    // The fields before it, read with the delimiter that ends them (a quoted field then
    // spaces would look broken at the end of the text).
    const before = content - 1 === start ? [] : this.parseCells(text.slice(start, content - 1));
    before.pop();
    this.restoreLineBreaks(before, start, content - 1);
    this.reportMarks(start, content - 1);
    const column = (this.cells?.length ?? 0) + before.length + 1;
    const field = [
      text.slice(content, close).replace(/""/g, '"') +
        (after < end ? text.slice(close + 1, end) : ''),
    ];
    this.restoreLineBreaks(field, content, close);
    this.reportMarks(start, close, column);
    const closeLine = this.line + countLineFeeds(text, start, close);
    if (after < end) this.sink.quoteProblem('csv.invalid_quote', closeLine, column, this.row);
    this.reportMarks(start, end, column);
    this.cells = (this.cells ?? []).concat(before, field);
    if (end >= text.length || isLineBreak(text[end])) {
      this.line = closeLine + (end < text.length ? 1 : 0);
      const cells = this.cells;
      this.cells = undefined;
      this.endRecord(cells);
      return end >= text.length ? end : end + (text[end] === '\r' ? 2 : 1);
    }
    this.line = closeLine;
    return end + this.delim.length;
  }

  /** The fields of one record's text. */
  private parseCells(text: string): string[] {
    const parsed = new Papa.Parser({ delimiter: this.delim, newline: this.newline }).parse(
      text,
      0,
      false,
    ) as PapaStep;
    return parsed.data[0] ?? [''];
  }

  /** Puts back the CRLF or CR each LF inside the cells of text[from, to) was. */
  private restoreLineBreaks(cells: string[], from: number, to: number): void {
    if (!this.hadCr) return;
    if (!cells.some((c) => c.indexOf('\n') >= 0)) return;
    const original = this.pending.slice(this.original(from), this.original(to));
    const breaks = original.match(/\r\n|\r|\n/g) ?? [];
    let k = 0;
    for (let i = 0; i < cells.length; i++) {
      if (cells[i].indexOf('\n') >= 0)
        cells[i] = cells[i].replace(/\n/g, () => breaks[k++] ?? '\n');
    }
  }

  /**
   * Marks up to text[to) of the record segment starting at `segment`, each at its field
   * (`column`, when all are in one field) and line.
   */
  private reportMarks(segment: number, to: number, column?: number): void {
    const marks = this.marks;
    const base = this.cells?.length ?? 0;
    while (this.markIndex < marks.length) {
      const mark = marks[this.markIndex];
      const local = mark.at - this.pendingAt;
      if (local >= this.original(to)) break;
      this.markIndex++;
      const at = this.folded(local);
      const prefix = this.text.slice(segment, at);
      const line = this.line + countLineFeeds(this.text, segment, at);
      const field = column ?? base + (prefix === '' ? 1 : this.parseCells(prefix).length);
      this.sink.mark(mark, this.pending[local], line, field, this.row);
    }
  }
}

const RAGGED_EXPECTED = (n: number) => msg('csv.ragged_row.expected', { fields: n });

/**
 * Accumulates the reader's records into a table: headers from the first non-blank
 * record, blank lines skipped, ragged rows and quote problems reported.
 */
class TableBuilder implements RecordSink {
  file: string;
  headers: string[] | undefined = undefined;
  headerLine = 0;
  rows: CsvRow[] = [];
  /** False when rows go straight to a consumer (scanCsv with onRows). */
  keepRows = true;
  /** Rows not yet handed to a consumer (`takeRows`), when one takes them. */
  handOver: CsvRow[] | undefined = undefined;
  sawSepLine = false;
  delimiter: Delimiter = ',';
  errors: ContentError[] = [];
  warnings: ContentError[] = [];

  constructor(file: string) {
    this.file = file;
  }

  /** Where rows and lines part (see CsvTable.rowShifts), and the current record's row. */
  rowShifts: number[] = [];
  private shift = 0;
  private currentRow = 1;

  record(cells: string[], line: number, row: number): void {
    this.currentRow = row;
    if (line - row !== this.shift) {
      this.shift = line - row;
      this.rowShifts.push(line, this.shift);
    }
    const c0 = cells[0];
    if ((c0 === '' || c0.charCodeAt(0) <= 32) && isBlankRow(cells)) return;
    if (this.headers === undefined) {
      // Excel's `sep=;` hint line is not the header row.
      if (!this.sawSepLine && cells.length <= 2 && SEP_LINE_RE.test(cells.join(this.delimiter))) {
        this.sawSepLine = true;
        return;
      }
      this.headers = cells.map((h) => h.trim());
      this.headerLine = line;
      return;
    }
    const want = this.headers.length;
    if (cells.length !== want) this.ragged(cells, line, want);
    const csvRow = { line, cells };
    if (this.keepRows) this.rows.push(csvRow);
    if (this.handOver) this.handOver.push(csvRow);
  }

  /** A problem at one cell: the file, its place and the column's header. */
  private atCell(
    line: number,
    column: number,
    row: number,
    problem: Omit<
      Parameters<typeof contentError>[0],
      'file' | 'line' | 'column' | 'row' | 'header'
    >,
  ): ContentError {
    const header = this.headers?.[column - 1];
    return contentError({
      file: this.file,
      line,
      row,
      column,
      ...(header !== undefined ? { header } : {}),
      ...problem,
    });
  }

  quoteProblem(
    code: 'csv.unclosed_quote' | 'csv.invalid_quote',
    line: number,
    column: number,
    row: number,
  ): void {
    this.errors.push(
      this.atCell(line, column, row, {
        code,
        expected: msg('csv.quote.expected'),
        message:
          code === 'csv.unclosed_quote' ? msg('csv.unclosed_quote') : msg('csv.invalid_quote'),
      }),
    );
  }

  /** Where the first non-ASCII character of a Windows-1252 file is, for its warning. */
  firstNonAscii: { line: number; column: number; char: string } | undefined = undefined;

  mark(mark: TextMark, char: string, line: number, column: number, row: number): void {
    if (mark.byte < 0) {
      this.firstNonAscii = { line, column, char };
      return;
    }
    const hex = `0x${mark.byte.toString(16).toUpperCase()}`;
    this.errors.push(
      this.atCell(line, column, row, {
        value: char,
        code: 'csv.encoding_invalid_byte',
        expected: msg('csv.encoding_invalid_byte.expected'),
        message: msg('csv.encoding_invalid_byte', { hex, char }),
      }),
    );
  }

  /** Rows recorded since the last call. */
  takeRows(): CsvRow[] {
    const rows = this.handOver ?? [];
    this.handOver = [];
    return rows;
  }

  ragged(cells: string[], line: number, want: number): void {
    const headers = this.headers ?? [];
    if (cells.length < want) {
      this.errors.push(
        contentError({
          file: this.file,
          line,
          row: this.currentRow,
          column: cells.length + 1,
          header: headers[cells.length],
          code: 'csv.ragged_row',
          expected: RAGGED_EXPECTED(want),
          message: msg('csv.ragged_row', {
            fields: cells.length,
            expected: want,
            column: cells.length + 1,
          }),
        }),
      );
      return;
    }
    let surplus = -1;
    for (let i = want; i < cells.length; i++) {
      if (cells[i].trim() !== '') {
        surplus = i;
        break;
      }
    }
    if (surplus < 0) {
      this.warnings.push(
        contentError({
          file: this.file,
          line,
          row: this.currentRow,
          column: want + 1,
          code: 'csv.trailing_empty_fields',
          severity: 'warning',
          expected: RAGGED_EXPECTED(want),
          message: msg('csv.trailing_empty_fields', { count: cells.length - want }),
        }),
      );
      return;
    }
    this.errors.push(
      contentError({
        file: this.file,
        line,
        row: this.currentRow,
        column: surplus + 1,
        value: cells[surplus],
        code: 'csv.ragged_row',
        expected: RAGGED_EXPECTED(want),
        message: msg('csv.ragged_row.extra', {
          fields: cells.length,
          expected: want,
          column: surplus + 1,
        }),
      }),
    );
  }

  finish(
    dialect: CsvDialect,
    declared: Partial<CsvDialect> | undefined,
    encoding: CsvTable['encoding'],
  ): CsvTable {
    if (this.headers === undefined) {
      this.errors.push(
        contentError({
          file: this.file,
          code: 'csv.empty',
          expected: msg('csv.empty.expected'),
          message: msg('csv.empty'),
        }),
      );
    }
    return {
      file: this.file,
      headers: this.headers ?? [],
      headerLine: this.headerLine,
      rows: this.rows,
      dialect,
      declared: declared ?? {},
      encoding,
      errors: this.errors,
      warnings: this.warnings,
      ...(this.rowShifts.length > 0 ? { rowShifts: this.rowShifts } : {}),
    };
  }
}

function resolveDialect(
  declared: Partial<CsvDialect> | undefined,
  delimiter: Delimiter,
  encoding: CsvTable['encoding'],
): CsvDialect {
  return {
    delimiter,
    encoding,
    decimal: declared?.decimal ?? (declared?.group === '.' ? ',' : '.'),
    group: declared?.group ?? '',
    dateFormat: declared?.dateFormat ?? '',
    columns: declared?.columns ?? {},
  };
}

/** How the bytes were decoded, for the warnings an author should see. */
interface DecodingReport {
  encoding: CsvEncoding;
  declared: CsvEncoding | undefined;
  utf16WithoutBom: boolean;
  bomOverrode: CsvEncoding | undefined;
  /** What the bytes show against the declaration, when they differ. */
  contradicts: CsvEncoding | undefined;
  /** The first character that showed a file to be Windows-1252. */
  firstNonAscii: { line: number; column: number; char: string } | undefined;
}

/** Warnings about how a file was decoded; the same for readCsv and streamCsv. */
function encodingWarnings(file: string, r: DecodingReport): ContentError[] {
  const out: ContentError[] = [];
  if (r.bomOverrode) {
    out.push(
      contentError({
        file,
        code: 'csv.encoding_bom_mismatch',
        severity: 'warning',
        value: r.declared,
        expected: msg('csv.encoding_bom_mismatch.expected', { bomOverrode: r.bomOverrode }),
        message: msg('csv.encoding_bom_mismatch', {
          bomOverrode: r.bomOverrode,
          declared: r.declared ?? '',
        }),
      }),
    );
  }
  if (r.contradicts) {
    out.push(
      contentError({
        file,
        code: 'csv.encoding_declaration_contradicted',
        severity: 'warning',
        value: r.declared,
        expected: msg('csv.encoding_declaration_contradicted.expected', {
          contradicts: r.contradicts,
        }),
        message: msg('csv.encoding_declaration_contradicted', {
          declared: r.declared ?? '',
          contradicts: r.contradicts,
        }),
      }),
    );
  }
  if (r.encoding === 'windows-1252' && r.declared !== 'windows-1252') {
    const at = r.firstNonAscii;
    out.push(
      contentError({
        file,
        ...(at ? { line: at.line, column: at.column, value: at.char } : {}),
        code: 'csv.encoding_windows_1252',
        severity: 'warning',
        expected: msg('csv.encoding_windows_1252.expected'),
        message: msg('csv.encoding_windows_1252'),
      }),
    );
  }
  if (r.utf16WithoutBom) {
    out.push(
      contentError({
        file,
        code: 'csv.encoding_utf16_nobom',
        severity: 'warning',
        expected: msg('csv.encoding_utf16_nobom.expected'),
        message: msg(
          r.encoding === 'utf-16be' ? 'csv.encoding_utf16_nobom.be' : 'csv.encoding_utf16_nobom.le',
        ),
      }),
    );
  }
  return out;
}

/** Reads a whole CSV file (text or bytes) into headers and rows with their line numbers. */
export function readCsv(
  input: string | Uint8Array | ArrayBuffer,
  options: ReadCsvOptions,
): CsvTable {
  return scanCsv(input, options, undefined);
}

/** Index of the first character outside ASCII, or -1. */
function firstNonAsciiChar(text: string): number {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return i;
  return -1;
}

/** Characters per batch when a reader consumes rows as they are parsed. */
const SCAN_BATCH_CHARS = 1 << 20;

/** The delimiter to read with: declared, else from the header line; -1 for one column. */
function delimiterCode(
  declared: Delimiter | undefined,
  text: string,
  span: { start: number; end: number },
): number {
  const d = declared ?? headerDelimiter(text.slice(span.start, span.end));
  return d === undefined ? -1 : d.charCodeAt(0);
}

/** The delimiter as reported in the dialect (a one-column file is written with `,`). */
function delimiterOfCode(code: number): Delimiter {
  return code < 0 ? ',' : (String.fromCharCode(code) as Delimiter);
}

/**
 * Reads a CSV like `readCsv`. With `onRows`, rows are handed over in batches of about a
 * megabyte of text as they are parsed and not kept in the table (`rows` is empty): a
 * schema reader turns them into records at once, so a 10^6-row file never holds all
 * its raw rows and all its records at the same time. `batchChars` sets the batch size
 * (tests split files everywhere with it).
 */
export function scanCsv(
  input: string | Uint8Array | ArrayBuffer,
  options: ReadCsvOptions,
  onRows: ((rows: CsvRow[], headers: string[], headerLine: number) => void) | undefined,
  batchChars = SCAN_BATCH_CHARS,
): CsvTable {
  const declared = options.dialect;
  let text: string;
  let encoding: CsvTable['encoding'] = 'utf-8';
  let decoding: DecodingReport | undefined;
  let marks: TextMark[] = [];
  const builder = new TableBuilder(options.file);
  builder.keepRows = onRows === undefined;
  if (typeof input === 'string') {
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  } else {
    const decoded = decodeBytes(input, declared?.encoding);
    text = decoded.text;
    encoding = decoded.encoding;
    marks = decoded.badBytes;
    if (encoding === 'windows-1252' && !declared?.encoding) {
      const at = firstNonAsciiChar(text);
      if (at >= 0) marks = [{ at, byte: -1 }];
    }
    decoding = {
      encoding,
      declared: declared?.encoding,
      utf16WithoutBom: decoded.utf16WithoutBom,
      bomOverrode: decoded.bomOverrode,
      contradicts: decoded.contradicts,
      firstNonAscii: undefined,
    };
  }
  const delimiter = delimiterCode(declared?.delimiter, text, headerSpan(text, true)!);
  builder.delimiter = delimiterOfCode(delimiter);
  const records = new CsvRecordReader(delimiter, builder);
  for (const mark of marks) records.marks.push(mark);
  if (!onRows) records.push(text, true);
  else {
    builder.handOver = [];
    for (let pos = 0; pos < text.length || pos === 0; pos += batchChars) {
      const end = Math.min(text.length, pos + batchChars);
      records.push(text.slice(pos, end), end >= text.length);
      const rows = builder.takeRows();
      if (rows.length > 0 && builder.headers) onRows(rows, builder.headers, builder.headerLine);
    }
  }
  if (decoding) {
    decoding.firstNonAscii = builder.firstNonAscii;
    builder.warnings.push(...encodingWarnings(options.file, decoding));
  }
  return builder.finish(resolveDialect(declared, builder.delimiter, encoding), declared, encoding);
}

export interface StreamCsvOptions extends ReadCsvOptions {
  /** Rows per `onRows` call (default 1000). */
  chunkRows?: number;
  /** Called with each batch of rows as soon as it is parsed. */
  onRows?: (rows: CsvRow[], headers: string[]) => void;
  signal?: AbortSignal;
  /**
   * Called when rows already delivered must be discarded. The encoding is now decided before
   * any text it changes is read, so no file is read twice and this is not called; kept so
   * that callers written for it still compile.
   */
  onReset?: () => void;
  /**
   * Whether the resolved table holds the rows (default true). A reader that keeps what
   * `onRows` hands over says `false`, so a large file is not held twice.
   */
  keepRows?: boolean;
}

/**
 * Incremental byte decoding, deciding as `decodeBytes` does on the same bytes: UTF-16 when
 * a BOM or the first bytes say so (a TextDecoder in stream mode keeps an odd byte or half a
 * surrogate pair for the next chunk); else the declaration; else ASCII text goes out at
 * once and, from the first non-ASCII byte, `DECIDE_BYTES` are held until they show UTF-8
 * or Windows-1252. Nothing is ever read twice.
 */
class StreamDecoder {
  encoding: CsvEncoding;
  declared: CsvEncoding | undefined;
  carry: Uint8Array = new Uint8Array(0);
  started = false;
  /** UTF-8 or Windows-1252 is still to be decided from the bytes. */
  undecided = false;
  utf16WithoutBom = false;
  bomOverrode: CsvEncoding | undefined = undefined;
  hadBom = false;
  contradicts: CsvEncoding | undefined = undefined;
  /** Bytes from the first non-ASCII one, until they decide (or show a declaration wrong). */
  evidence: Uint8Array[] | undefined = undefined;
  evidenceLength = 0;
  /** Characters given out so far, and the bytes that were not UTF-8 among them. */
  textOffset = 0;
  badBytes: BadByte[] = [];
  /** Offset of the first non-ASCII character in a Windows-1252 file (the warning points at it). */
  firstNonAsciiAt = -1;
  utf16: InstanceType<typeof TextDecoder> | undefined = undefined;

  constructor(declared: CsvEncoding | undefined) {
    this.encoding = declared ?? 'utf-8';
    this.declared = declared;
  }

  decode(chunk: Uint8Array, final: boolean): string {
    let bytes = chunk;
    if (this.carry.length > 0) {
      bytes = concat([this.carry, chunk]);
      this.carry = new Uint8Array(0);
    }
    if (!this.started) {
      // A BOM needs 3 bytes; telling UTF-16 without one needs what decodeBytes looks at.
      const known =
        bytes.length >= SNIFF_BYTES ||
        (bytes.length >= 3 && (this.declared !== undefined || bomOf(bytes) !== undefined));
      if (!known && !final) {
        this.carry = bytes;
        return '';
      }
      this.started = true;
      const start = encodingStart(bytes, this.declared);
      bytes = bytes.subarray(start.bom);
      this.hadBom = start.bom > 0;
      this.utf16WithoutBom = start.sniffed;
      this.bomOverrode = bomOverride(start, this.declared);
      if (start.encoding) this.encoding = start.encoding;
      else this.undecided = true;
      if (this.encoding === 'utf-16le' || this.encoding === 'utf-16be')
        this.utf16 = new TextDecoder(this.encoding, { ignoreBOM: true });
      else if (!this.hadBom && this.declared) this.evidence = [];
    }
    if (this.utf16) return this.out(this.utf16.decode(bytes, { stream: !final }));
    if (this.undecided) {
      let ascii = '';
      if (this.evidenceLength === 0) {
        // ASCII so far: out at once (it reads the same either way).
        const k = firstNonAscii(bytes);
        if (k < 0) {
          if (final) this.undecided = false;
          return this.out(decodeWindows1252(bytes));
        }
        ascii = this.out(decodeWindows1252(bytes.subarray(0, k)));
        bytes = bytes.subarray(k);
        this.evidence = [];
      }
      // Held whole until the window is full: a sequence starting in it may need 3 bytes past it.
      this.evidence!.push(bytes.slice());
      this.evidenceLength += bytes.length;
      if (!final && this.evidenceLength < DECIDE_BYTES + 3) return ascii;
      const held = concat(this.evidence!);
      this.decide(held);
      this.undecided = false;
      this.evidence = undefined;
      if (this.encoding === 'windows-1252') this.firstNonAsciiAt = this.textOffset;
      return ascii + this.decodeAs(held, final);
    }
    if (this.evidence) {
      // A declared encoding: keep the window's bytes to check the declaration against them.
      const k = this.evidenceLength === 0 ? firstNonAscii(bytes) : 0;
      if (k >= 0) {
        const part = bytes.subarray(k, k + DECIDE_BYTES + 3 - this.evidenceLength);
        this.evidence.push(part.slice());
        this.evidenceLength += part.length;
      }
      if (final || this.evidenceLength >= DECIDE_BYTES + 3) {
        this.decide(concat(this.evidence));
        this.evidence = undefined;
      }
    }
    return this.decodeAs(bytes, final);
  }

  /** Decides from the window's bytes (they start at the first non-ASCII byte). */
  private decide(window: Uint8Array): void {
    const shown = encodingShown(window, window.length > 0 ? 0 : -1);
    if (this.undecided) this.encoding = shown ?? 'utf-8';
    this.contradicts = declaredContradiction(this.declared, this.hadBom, shown);
  }

  private decodeAs(bytes: Uint8Array, final: boolean): string {
    if (this.encoding === 'windows-1252') return this.out(decodeWindows1252(bytes));
    const r = decodeUtf8Lenient(bytes, final, this.textOffset);
    for (const bad of r.badBytes) this.badBytes.push(bad);
    if (r.rest > 0) this.carry = bytes.slice(bytes.length - r.rest);
    return this.out(r.text);
  }

  private out(text: string): string {
    this.textOffset += text.length;
    return text;
  }
}

type Piece = { text: string };

async function* textPieces(
  source: ReadableStream<Uint8Array> | string,
  decoder: StreamDecoder,
  signal: AbortSignal | undefined,
): AsyncGenerator<Piece> {
  if (typeof source === 'string') {
    const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
    const PIECE = 1 << 16;
    for (let i = 0; i < text.length; i += PIECE) yield { text: text.slice(i, i + PIECE) };
    return;
  }
  const reader = source.getReader();
  try {
    for (;;) {
      if (signal?.aborted) throw signal.reason ?? new DOMException('Aborted', 'AbortError');
      const { value, done } = await reader.read();
      if (done) break;
      const text = decoder.decode(value, false);
      if (text) yield { text };
    }
    const last = decoder.decode(new Uint8Array(0), true);
    if (last) yield { text: last };
  } finally {
    reader.releaseLock();
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.length;
  }
  return all;
}

/**
 * Reads a CSV progressively (browser path for large files): `onRows` receives batches of
 * `chunkRows` rows while the rest is still being read and parsed, yielding to the event
 * loop between batches so a component can draw the first rows at once. Resolves to the
 * whole table, with the same rows, lines and errors `readCsv` would give.
 *
 * UTF-16 is decided from the first bytes (a BOM, or up to 4 KB of text) before any row,
 * UTF-8 or Windows-1252 from the 64 KB after the first non-ASCII byte before any text
 * past it: as `readCsv` decides, and never read twice.
 */
export async function streamCsv(
  source: ReadableStream<Uint8Array> | string,
  options: StreamCsvOptions,
): Promise<CsvTable> {
  const { file, dialect: declared, signal, onRows } = options;
  const chunkRows = Math.max(1, options.chunkRows ?? 1000);
  const decoder = new StreamDecoder(declared?.encoding);
  const keepRows = options.keepRows ?? true;
  const builder = new TableBuilder(file);
  builder.keepRows = keepRows;
  builder.handOver = [];
  let records: CsvRecordReader | undefined;
  /** Text before the header line is whole, while the delimiter is still unknown. */
  let head = '';
  let pending: CsvRow[] = [];
  /** Places the decoder found, for the record reader (which may not exist yet). */
  const marks: TextMark[] = [];
  const collectMarks = () => {
    for (const bad of decoder.badBytes) marks.push(bad);
    decoder.badBytes.length = 0;
    if (decoder.firstNonAsciiAt >= 0 && !declared?.encoding) {
      marks.push({ at: decoder.firstNonAsciiAt, byte: -1 });
      decoder.firstNonAsciiAt = -1;
    }
    if (records) {
      for (const mark of marks) records.marks.push(mark);
      marks.length = 0;
    }
  };

  const check = () => {
    if (signal?.aborted) throw signal.reason ?? new DOMException('Aborted', 'AbortError');
  };
  const emit = async (force: boolean) => {
    for (const row of builder.takeRows()) pending.push(row);
    while (pending.length >= chunkRows || (force && pending.length > 0)) {
      const batch = pending.slice(0, chunkRows);
      pending = pending.slice(batch.length);
      onRows?.(batch, builder.headers ?? []);
      await yieldToEventLoop();
      check();
    }
  };
  const take = async (text: string, final: boolean) => {
    if (!records) {
      head += text;
      const span = declared?.delimiter ? { start: 0, end: 0 } : headerSpan(head, final);
      if (!span) return;
      const delimiter = delimiterCode(declared?.delimiter, head, span);
      builder.delimiter = delimiterOfCode(delimiter);
      records = new CsvRecordReader(delimiter, builder);
      collectMarks();
      text = head;
      head = '';
    }
    records.push(text, final);
    await emit(false);
  };

  // A local or cached file arrives in megabyte chunks: parse at most 64 K characters per
  // task so that the page stays responsive between batches.
  const takeInPieces = async (text: string) => {
    const PIECE = 1 << 16;
    for (let i = 0; i < text.length; i += PIECE) await take(text.slice(i, i + PIECE), false);
  };

  for await (const piece of textPieces(source, decoder, signal)) {
    check();
    collectMarks();
    await takeInPieces(piece.text);
  }
  collectMarks();
  await take('', true);
  await emit(true);
  const encoding = decoder.encoding;
  if (typeof source !== 'string') {
    builder.warnings.push(
      ...encodingWarnings(file, {
        encoding,
        declared: declared?.encoding,
        utf16WithoutBom: decoder.utf16WithoutBom,
        bomOverrode: decoder.bomOverrode,
        contradicts: decoder.contradicts,
        firstNonAscii: builder.firstNonAscii,
      }),
    );
  }
  return builder.finish(resolveDialect(declared, builder.delimiter, encoding), declared, encoding);
}
