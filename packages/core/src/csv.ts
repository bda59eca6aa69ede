/**
 * CSV reading on papaparse (dynamic typing off): delimiter from the header line only,
 * BOM, UTF-16, UTF-8 else Windows-1252, ragged rows reported with line and column, and line
 * numbers that stay right when quoted fields hold newlines.
 */
// `#papaparse` (package.json imports): browsers get papaparse's build without its Node
// `stream` lookup, which browser dev servers cannot resolve.
import Papa from '#papaparse';
import {
  SNIFF_BYTES,
  bomOf,
  bomOverride,
  decodeBytes,
  decodeWindows1252,
  encodingStart,
} from './encoding.ts';
import { contentError } from './errors.ts';
import type { ContentError, CsvDialect, CsvEncoding, CsvRow, CsvTable } from './types.ts';

export type Delimiter = CsvDialect['delimiter'];

const DELIMITERS: readonly Delimiter[] = [';', ',', '\t', '|'];

export interface ReadCsvOptions {
  /** Path as the author knows it, for errors. */
  file: string;
  /** Declared dialect (sidecar, catalog, attribute); wins over detection. */
  dialect?: Partial<CsvDialect>;
}

/** End of the first record (index of its newline, or text.length), quotes respected. */
function firstRecordEnd(text: string, from: number): number {
  let inQuotes = false;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) inQuotes = !inQuotes;
    else if (!inQuotes && (c === 10 || c === 13)) return i;
  }
  return text.length;
}

/** Excel's hint line `sep=;` before the headers. */
const SEP_LINE_RE = /^sep=([,;\t|])$/i;

/** The delimiter a line declares (`sep=;`), or detection on the header line. */
function delimiterOf(firstLine: string): Delimiter {
  const m = SEP_LINE_RE.exec(firstLine);
  return m ? (m[1] as Delimiter) : detectDelimiter(firstLine);
}

/**
 * The delimiter of a header line: the most frequent of `;` `,` tab `|` outside quotes.
 * Data rows are never consulted (comma decimals fool generic guessers). A line without
 * any of them is a one-column file, read with `,`.
 */
export function detectDelimiter(headerLine: string): Delimiter {
  const counts = new Map<Delimiter, number>();
  let inQuotes = false;
  for (const ch of headerLine) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (DELIMITERS as readonly string[]).includes(ch)) {
      counts.set(ch as Delimiter, (counts.get(ch as Delimiter) ?? 0) + 1);
    }
  }
  let best: Delimiter = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const n = counts.get(d) ?? 0;
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}

function newlineAt(text: string, i: number): '\r\n' | '\n' | '\r' {
  if (text.charCodeAt(i) === 13) return text.charCodeAt(i + 1) === 10 ? '\r\n' : '\r';
  return '\n';
}

function countNewlines(cell: string): number {
  if (cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) return 0;
  let n = 0;
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13 && cell.charCodeAt(i + 1) !== 10) n++;
  }
  return n;
}

function isBlankRow(cells: string[]): boolean {
  for (const c of cells) if (c.trim() !== '') return false;
  return true;
}

const RAGGED_EXPECTED = (n: number) => ({
  es: `${n} campos, uno por columna del encabezado`,
  en: `${n} fields, one per header column`,
});

/**
 * Accumulates records into a table: headers from the first non-blank record, line
 * numbers, blank lines skipped, ragged rows reported. Used by readCsv and streamCsv.
 */
class TableBuilder {
  file: string;
  headers: string[] | undefined = undefined;
  headerLine = 0;
  rows: CsvRow[] = [];
  /** False when rows go straight to a consumer (scanCsv with onRows). */
  keepRows = true;
  sawSepLine = false;
  errors: ContentError[] = [];
  warnings: ContentError[] = [];
  line = 1;

  constructor(file: string) {
    this.file = file;
  }

  /** Parses `text`, made of whole records without the final line break. Returns new rows. */
  feed(text: string, delimiter: Delimiter, newline: string): CsvRow[] {
    if (text === '') {
      this.line++;
      return [];
    }
    const parsed = Papa.parse<string[]>(text, {
      delimiter,
      newline: newline as Papa.ParseConfig['newline'],
      quoteChar: '"',
      escapeChar: '"',
      header: false,
      dynamicTyping: false,
      skipEmptyLines: false,
    });
    const data = parsed.data;
    const mayHaveNewlines = text.indexOf('"') >= 0;
    const rowLines = new Array<number>(data.length);
    const out: CsvRow[] = [];
    const file = this.file;
    let line = this.line;
    for (let r = 0; r < data.length; r++) {
      const cells = data[r];
      rowLines[r] = line;
      const start = line;
      if (mayHaveNewlines) {
        let extra = 0;
        for (let c = 0; c < cells.length; c++) extra += countNewlines(cells[c]);
        line += 1 + extra;
      } else line += 1;
      const c0 = cells[0];
      if ((c0 === '' || c0.charCodeAt(0) <= 32) && isBlankRow(cells)) continue;
      if (this.headers === undefined) {
        // Excel's `sep=;` hint line is not the header row.
        if (!this.sawSepLine && cells.length <= 2 && SEP_LINE_RE.test(cells.join(delimiter))) {
          this.sawSepLine = true;
          continue;
        }
        this.headers = cells.map((h) => h.trim());
        this.headerLine = start;
        continue;
      }
      const want = this.headers.length;
      if (cells.length !== want) this.ragged(cells, start, want);
      out.push({ line: start, cells });
    }
    this.line = line;
    for (const e of parsed.errors) {
      const at =
        e.row !== undefined && e.row >= 0 && e.row < rowLines.length ? rowLines[e.row] : this.line;
      this.errors.push(
        contentError({
          file,
          line: at,
          code:
            e.code === 'MissingQuotes'
              ? 'csv.unclosed_quote'
              : e.code === 'InvalidQuotes'
                ? 'csv.invalid_quote'
                : 'csv.parse',
          expected: {
            es: 'comillas emparejadas alrededor de un campo',
            en: 'matching quotes around a field',
          },
          message: {
            es: 'Comillas sin cerrar o mal puestas: el resto de la fila puede estar mal leído',
            en: 'Unclosed or misplaced quotes: the rest of the row may be misread',
          },
        }),
      );
    }
    if (this.keepRows) for (const row of out) this.rows.push(row);
    return out;
  }

  ragged(cells: string[], line: number, want: number): void {
    const headers = this.headers ?? [];
    if (cells.length < want) {
      this.errors.push(
        contentError({
          file: this.file,
          line,
          column: cells.length + 1,
          header: headers[cells.length],
          code: 'csv.ragged_row',
          expected: RAGGED_EXPECTED(want),
          message: {
            es: `La fila tiene ${cells.length} campos y el encabezado ${want}: faltan desde la columna ${cells.length + 1}`,
            en: `The row has ${cells.length} fields and the header ${want}: missing from column ${cells.length + 1}`,
          },
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
          column: want + 1,
          code: 'csv.trailing_empty_fields',
          severity: 'warning',
          expected: RAGGED_EXPECTED(want),
          message: {
            es: `La fila tiene ${cells.length - want} campos vacíos de más al final; se ignoran`,
            en: `The row has ${cells.length - want} extra empty fields at the end; they are ignored`,
          },
        }),
      );
      return;
    }
    this.errors.push(
      contentError({
        file: this.file,
        line,
        column: surplus + 1,
        value: cells[surplus],
        code: 'csv.ragged_row',
        expected: RAGGED_EXPECTED(want),
        message: {
          es: `La fila tiene ${cells.length} campos y el encabezado ${want}: sobra el de la columna ${surplus + 1} (¿un separador sin comillas?)`,
          en: `The row has ${cells.length} fields and the header ${want}: column ${surplus + 1} is one too many (an unquoted delimiter?)`,
        },
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
          expected: { es: 'una fila de encabezados', en: 'a header row' },
          message: { es: 'El archivo está vacío', en: 'The file is empty' },
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
        expected: { es: `encoding: ${r.bomOverrode}`, en: `encoding: ${r.bomOverrode}` },
        message: {
          es: `El archivo empieza con la marca (BOM) de ${r.bomOverrode} y se leyó así, aunque se declaró ${r.declared ?? ''}; corrija la declaración`,
          en: `The file starts with the ${r.bomOverrode} byte order mark (BOM) and was read as such, though ${r.declared ?? ''} was declared; fix the declaration`,
        },
      }),
    );
  }
  if (r.encoding === 'windows-1252' && r.declared !== 'windows-1252') {
    out.push(
      contentError({
        file,
        code: 'csv.encoding_windows_1252',
        severity: 'warning',
        expected: { es: 'texto en UTF-8', en: 'UTF-8 text' },
        message: {
          es: 'El archivo no es UTF-8; se leyó como Windows-1252 (CSV de Excel en Windows en español)',
          en: 'The file is not UTF-8; it was read as Windows-1252 (Excel CSV on Spanish Windows)',
        },
      }),
    );
  }
  if (r.utf16WithoutBom) {
    out.push(
      contentError({
        file,
        code: 'csv.encoding_utf16_nobom',
        severity: 'warning',
        expected: {
          es: 'texto en UTF-8, o UTF-16 con su marca (BOM), o «encoding: utf-16» en el archivo .csv.yaml',
          en: 'UTF-8 text, or UTF-16 with its byte order mark (BOM), or «encoding: utf-16» in the .csv.yaml file',
        },
        message: {
          es:
            r.encoding === 'utf-16be'
              ? 'El archivo no tiene marca de codificación (BOM) y se leyó como UTF-16 BE porque sus bytes lo muestran'
              : 'El archivo no tiene marca de codificación (BOM) y se leyó como UTF-16 LE («Texto Unicode» de Excel) porque sus bytes lo muestran',
          en:
            r.encoding === 'utf-16be'
              ? 'The file has no byte order mark (BOM) and was read as UTF-16 BE because its bytes show it'
              : 'The file has no byte order mark (BOM) and was read as UTF-16 LE (Excel "Unicode Text") because its bytes show it',
        },
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

/** Characters per batch when a reader consumes rows as they are parsed. */
const SCAN_BATCH_CHARS = 1 << 20;

/** Count of `"` in text[from, to). */
function countQuotes(text: string, from: number, to: number): number {
  let n = 0;
  for (let at = text.indexOf('"', from); at >= 0 && at < to; at = text.indexOf('"', at + 1)) n++;
  return n;
}

/**
 * Reads a CSV like `readCsv`. With `onRows`, rows are handed over in batches of about a
 * megabyte of text as they are parsed and not kept in the table (`rows` is empty): a
 * schema reader turns them into records at once, so a 10^6-row file never holds all
 * its raw rows and all its records at the same time.
 */
export function scanCsv(
  input: string | Uint8Array | ArrayBuffer,
  options: ReadCsvOptions,
  onRows: ((rows: CsvRow[], headers: string[], headerLine: number) => void) | undefined,
): CsvTable {
  const declared = options.dialect;
  let text: string;
  let encoding: CsvTable['encoding'] = 'utf-8';
  const builder = new TableBuilder(options.file);
  builder.keepRows = onRows === undefined;
  if (typeof input === 'string') {
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  } else {
    const decoded = decodeBytes(input, declared?.encoding);
    text = decoded.text;
    encoding = decoded.encoding;
    builder.warnings.push(
      ...encodingWarnings(options.file, {
        encoding,
        declared: declared?.encoding,
        utf16WithoutBom: decoded.utf16WithoutBom,
        bomOverrode: decoded.bomOverrode,
      }),
    );
  }
  // Skip leading blank lines to find the header line.
  let start = 0;
  while (start < text.length) {
    const c = text.charCodeAt(start);
    if (c === 10) {
      builder.line++;
      start++;
    } else if (c === 13) {
      builder.line++;
      start += text.charCodeAt(start + 1) === 10 ? 2 : 1;
    } else if (c === 32 || c === 9) {
      const end = firstRecordEnd(text, start);
      if (text.slice(start, end).trim() !== '') break;
      start = end;
    } else break;
  }
  const headerEnd = firstRecordEnd(text, start);
  const delimiter = declared?.delimiter ?? delimiterOf(text.slice(start, headerEnd));
  const newline = headerEnd < text.length ? newlineAt(text, headerEnd) : '\n';
  let end = text.length;
  if (text.endsWith('\r\n')) end -= 2;
  else if (text.endsWith('\n') || text.endsWith('\r')) end -= 1;
  if (!onRows) {
    if (end > start) {
      builder.feed(
        start === 0 && end === text.length ? text : text.slice(start, end),
        delimiter,
        newline,
      );
    }
    return builder.finish(resolveDialect(declared, delimiter, encoding), declared, encoding);
  }
  // Batches end at a line break outside quotes (an even number of quotes before it).
  const breakChar = newline === '\r' ? '\r' : '\n';
  let pos = start;
  while (pos < end) {
    let cut = end;
    let next = end;
    if (end - pos > SCAN_BATCH_CHARS) {
      let nl = text.indexOf(breakChar, pos + SCAN_BATCH_CHARS);
      let quotes = nl < 0 ? 0 : countQuotes(text, pos, nl);
      while (nl >= 0 && nl < end && quotes % 2 === 1) {
        const after = text.indexOf(breakChar, nl + 1);
        quotes += countQuotes(text, nl + 1, after < 0 ? end : after);
        nl = after;
      }
      if (nl >= 0 && nl < end) {
        cut = breakChar === '\n' && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
        next = nl + 1;
      }
    }
    const rows = builder.feed(text.slice(pos, cut), delimiter, newline);
    if (rows.length > 0 && builder.headers) onRows(rows, builder.headers, builder.headerLine);
    pos = next;
  }
  return builder.finish(resolveDialect(declared, delimiter, encoding), declared, encoding);
}

export interface StreamCsvOptions extends ReadCsvOptions {
  /** Rows per `onRows` call (default 1000). */
  chunkRows?: number;
  /** Called with each batch of rows as soon as it is parsed. */
  onRows?: (rows: CsvRow[], headers: string[]) => void;
  signal?: AbortSignal;
  /** Called when rows already delivered must be discarded (the file is read again). */
  onReset?: () => void;
  /**
   * Whether the resolved table holds the rows (default true). A reader that keeps what
   * `onRows` hands over says `false`, so a large file is not held twice.
   */
  keepRows?: boolean;
}

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/**
 * Lets the page paint and handle input between batches. Not `setTimeout`: browsers
 * throttle it to once a second in background tabs, which would stall a large file.
 */
function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Incremental byte decoding: UTF-16 when a BOM or the first bytes say so (a TextDecoder
 * in stream mode keeps an odd byte or half a surrogate pair for the next chunk), else
 * UTF-8 while the bytes allow it, else Windows-1252.
 */
class StreamDecoder {
  encoding: CsvEncoding;
  declared: CsvEncoding | undefined;
  carry: Uint8Array = new Uint8Array(0);
  started = false;
  sawNonAscii = false;
  switched = false;
  utf16WithoutBom = false;
  bomOverrode: CsvEncoding | undefined = undefined;
  /** Bytes seen while reading UTF-8, kept in case the file turns out to be Windows-1252. */
  seen: Uint8Array[] = [];
  utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  utf16: TextDecoder | undefined = undefined;

  constructor(declared: CsvEncoding | undefined) {
    this.encoding = declared ?? 'utf-8';
    this.declared = declared;
  }

  /** Text of the chunk, or `undefined` when text already decoded as UTF-8 was not UTF-8. */
  decode(chunk: Uint8Array, final: boolean): string | undefined {
    let bytes = chunk;
    if (this.carry.length > 0) {
      bytes = new Uint8Array(this.carry.length + chunk.length);
      bytes.set(this.carry, 0);
      bytes.set(chunk, this.carry.length);
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
      this.utf16WithoutBom = start.sniffed;
      this.bomOverrode = bomOverride(start, this.declared);
      if (start.encoding) this.encoding = start.encoding;
      if (this.encoding === 'utf-16le' || this.encoding === 'utf-16be')
        this.utf16 = new TextDecoder(this.encoding, { ignoreBOM: true });
    }
    if (this.utf16) return this.utf16.decode(bytes, { stream: !final });
    if (this.encoding === 'windows-1252') return decodeWindows1252(bytes);
    // Hold back an incomplete UTF-8 sequence at the end for the next chunk.
    let cut = bytes.length;
    if (!final) {
      let i = bytes.length - 1;
      let back = 0;
      while (i >= 0 && back < 3 && (bytes[i] & 0xc0) === 0x80) {
        i--;
        back++;
      }
      if (i >= 0 && bytes[i] >= 0xc0) {
        const need = bytes[i] >= 0xf0 ? 4 : bytes[i] >= 0xe0 ? 3 : 2;
        if (bytes.length - i < need) cut = i;
      }
    }
    const head = bytes.subarray(0, cut);
    try {
      const text = this.utf8.decode(head);
      if (!this.sawNonAscii) {
        for (let i = 0; i < head.length; i++) {
          if (head[i] >= 0x80) {
            this.sawNonAscii = true;
            break;
          }
        }
      }
      this.seen.push(head.slice());
      if (cut < bytes.length) this.carry = bytes.slice(cut);
      return text;
    } catch {
      this.switched = true;
      this.encoding = 'windows-1252';
      // Up to here every byte was ASCII, which reads the same in both encodings: go on.
      if (!this.sawNonAscii) return decodeWindows1252(bytes);
      this.seen.push(bytes.slice());
      return undefined;
    }
  }
}

type Piece = { text: string } | { restart: string };

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
  const abort = () => {
    if (signal?.aborted) throw signal.reason ?? new DOMException('Aborted', 'AbortError');
  };
  try {
    let restart = false;
    const rest: Uint8Array[] = [];
    for (;;) {
      abort();
      const { value, done } = await reader.read();
      if (done) break;
      if (restart) {
        rest.push(value);
        continue;
      }
      const text = decoder.decode(value, false);
      if (text === undefined) restart = true;
      else if (text) yield { text };
    }
    if (restart) {
      // Text already read as UTF-8 was not: read the whole file again as Windows-1252.
      yield { restart: decodeWindows1252(concat([...decoder.seen, ...rest])) };
      return;
    }
    const last = decoder.decode(new Uint8Array(0), true);
    if (last === undefined) yield { restart: decodeWindows1252(concat(decoder.seen)) };
    else if (last) yield { text: last };
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
 * UTF-16 is decided from the first bytes (a BOM, or up to 4 KB of text) before any row.
 * A file whose first non-ASCII text looked like UTF-8 but later is not is read again
 * from the start as Windows-1252: `onReset` is called first, so that rows already
 * shown can be discarded.
 */
export async function streamCsv(
  source: ReadableStream<Uint8Array> | string,
  options: StreamCsvOptions,
): Promise<CsvTable> {
  const { file, dialect: declared, signal, onRows } = options;
  const chunkRows = Math.max(1, options.chunkRows ?? 1000);
  const decoder = new StreamDecoder(declared?.encoding);
  const keepRows = options.keepRows ?? true;
  const newBuilder = () => {
    const b = new TableBuilder(file);
    b.keepRows = keepRows;
    return b;
  };
  let builder = newBuilder();
  let delimiter: Delimiter | undefined = declared?.delimiter;
  let newline = '\n';
  let buffer = '';
  let scanFrom = 0;
  let inQuotes = false;
  let pending: CsvRow[] = [];

  const check = () => {
    if (signal?.aborted) throw signal.reason ?? new DOMException('Aborted', 'AbortError');
  };
  const emit = async (force: boolean) => {
    while (pending.length >= chunkRows || (force && pending.length > 0)) {
      const batch = pending.slice(0, chunkRows);
      pending = pending.slice(batch.length);
      onRows?.(batch, builder.headers ?? []);
      await yieldToEventLoop();
      check();
    }
  };
  const flush = (upTo: number, next: number) => {
    if (delimiter === undefined) {
      // The first non-blank record holds the headers: decide the delimiter from it alone.
      let s = 0;
      while (s < upTo && buffer.slice(s, firstRecordEnd(buffer, s)).trim() === '') {
        const e = firstRecordEnd(buffer, s);
        s = e + (buffer.charCodeAt(e) === 13 && buffer.charCodeAt(e + 1) === 10 ? 2 : 1);
      }
      delimiter = delimiterOf(buffer.slice(s, firstRecordEnd(buffer, s)));
    }
    if (builder.headers === undefined) {
      const hEnd = firstRecordEnd(buffer, 0);
      if (hEnd < buffer.length) newline = newlineAt(buffer, hEnd);
    }
    const piece = buffer.slice(0, upTo);
    buffer = buffer.slice(next);
    for (const r of builder.feed(piece, delimiter, newline)) pending.push(r);
  };
  const take = async (text: string) => {
    buffer += text;
    // Find the last record boundary: a line break outside quotes.
    let lastBreak = -1;
    let lastNext = -1;
    let i = scanFrom;
    for (; i < buffer.length; i++) {
      const c = buffer.charCodeAt(i);
      if (c === 34) inQuotes = !inQuotes;
      else if (!inQuotes && (c === 10 || c === 13)) {
        if (c === 13 && i + 1 === buffer.length) break; // maybe a \r\n split across pieces
        lastBreak = i;
        if (c === 13 && buffer.charCodeAt(i + 1) === 10) i++;
        lastNext = i + 1;
      }
    }
    // Characters before `i` are scanned; `inQuotes` is the state at `i`.
    if (lastBreak >= 0) {
      flush(lastBreak, lastNext);
      scanFrom = i - lastNext;
      await emit(false);
    } else scanFrom = i;
  };

  // A local or cached file arrives in megabyte chunks: parse at most 64 K characters per
  // task so that the page stays responsive between batches.
  const takeInPieces = async (text: string) => {
    const PIECE = 1 << 16;
    for (let i = 0; i < text.length; i += PIECE) await take(text.slice(i, i + PIECE));
  };

  for await (const piece of textPieces(source, decoder, signal)) {
    check();
    if ('restart' in piece) {
      options.onReset?.();
      builder = newBuilder();
      delimiter = declared?.delimiter;
      buffer = '';
      scanFrom = 0;
      inQuotes = false;
      pending = [];
      await takeInPieces(piece.restart);
    } else await takeInPieces(piece.text);
  }
  if (buffer.length > 0) {
    let end = buffer.length;
    if (buffer.endsWith('\r\n')) end -= 2;
    else if (buffer.endsWith('\n') || buffer.endsWith('\r')) end -= 1;
    flush(end, buffer.length);
  }
  await emit(true);
  const encoding = decoder.encoding;
  builder.warnings.push(
    ...encodingWarnings(file, {
      encoding,
      declared: declared?.encoding,
      utf16WithoutBom: decoder.utf16WithoutBom,
      bomOverrode: decoder.bomOverrode,
    }),
  );
  return builder.finish(resolveDialect(declared, delimiter ?? ',', encoding), declared, encoding);
}
