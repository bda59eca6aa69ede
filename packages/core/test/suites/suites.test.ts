// Other people's CSV test suites, vendored under this folder (sources, commits and licences
// in README.md), run against Rendir's reader. Rendir differs from a generic parser on
// purpose in a few ways, applied to every case below (`asRendirReads`) and listed in
// README.md; the cases that still differ are in DIFFERENCES, each with its reason. Every
// other case must pass, and every listed case must still differ (the table stays true).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import Papa from 'papaparse';
import { parseNumber, readCsv, scanCsv, streamCsv } from '../../src/index.ts';
import type { CsvDialect, CsvTable, NumberFormat } from '../../src/index.ts';

const here = (path: string) => new URL(`./${path}`, import.meta.url);
const json = <T>(path: string): T => JSON.parse(readFileSync(here(path), 'utf8')) as T;

/**
 * What Rendir makes of a file as records: the header row trimmed, then the rows, blank
 * lines (every cell empty or spaces) skipped, plus whether a quote problem was reported.
 */
function rendirRecords(
  text: string,
  delimiter?: string,
): { records: string[][]; quoteError: boolean } {
  const dialect: Partial<CsvDialect> = delimiter
    ? { delimiter: delimiter as CsvDialect['delimiter'] }
    : {};
  const t = readCsv(text, { file: 'suite.csv', dialect });
  const records =
    t.headers.length || t.rows.length ? [t.headers, ...t.rows.map((r) => r.cells)] : [];
  return { records, quoteError: t.errors.some((e) => e.code.endsWith('_quote')) };
}

/** Another parser's records as Rendir reads them on purpose: blank lines skipped, the header trimmed. */
function asRendirReads(records: string[][]): string[][] {
  const kept = records.filter((r) => r.some((c) => c.trim() !== ''));
  if (kept.length > 0) kept[0] = kept[0].map((h) => h.trim());
  return kept;
}

const UNCLOSED =
  'A quote never closed is an error in Rendir (csv.unclosed_quote, at the line where it opens): the rest of the file went into one cell, which an author must see. d3-dsv reads the same cells silently.';
const AFTER_CLOSE =
  'Text after a closing quote: Rendir keeps it in the same field and reports csv.invalid_quote at that field, the row read as far as it can be; papaparse reports it too but looks for a later quote to close the field, so the cells after the error differ. Both say the row is broken.';

const DIFFERENCES: Record<string, string> = {
  'csv-spectrum:location_coordinates':
    "The suite's JSON does not match its own CSV: the phone number is 2095257564 in the CSV and 1234567890 in the JSON; every other cell matches.",
  'd3-dsv:7:csvParse(string) allows the last field to have unterminated quotes': UNCLOSED,
  'd3-dsv:8:csvParse(string) allows the last field to have unterminated quotes': UNCLOSED,
  'd3-dsv:32:csvParseRows(string) allows the last field to have unterminated quotes': UNCLOSED,
  'd3-dsv:33:csvParseRows(string) allows the last field to have unterminated quotes': UNCLOSED,
  'papaparse:CORE_PARSER_TESTS:Quoted field has invalid trailing quote after delimiter with a valid closer':
    AFTER_CLOSE,
  'papaparse:CORE_PARSER_TESTS:Quoted field has invalid trailing quote after delimiter':
    AFTER_CLOSE,
  'papaparse:CORE_PARSER_TESTS:Quoted field has invalid trailing quote before delimiter':
    AFTER_CLOSE,
  'papaparse:CORE_PARSER_TESTS:Quoted field has invalid trailing quote after new line': AFTER_CLOSE,
  'papaparse:PARSE_TESTS:Mixed slash n and slash r should choose first as precident':
    "Rendir ends a record at CRLF, LF or CR in any mix (a CRLF header with LF rows is common in edited files, and papaparse's rule merged such rows); papaparse keeps the first line end it finds and leaves the others inside cells.",
  'csvw:test163:integer':
    'Rendir reads numbers as exact decimals and has no integer datatype at the reader: 3.2 is 3.2. A column that must hold whole numbers (a year) is checked by its schema.',
  'csvw:test171:decimal':
    'Per-mille (‰) is not read: no Colombian portal writes it, so 123456.789‰ is refused as not a number (an error, never a wrong figure).',
};

interface Outcome {
  id: string;
  pass: boolean;
  detail: string;
}

const outcomes: Outcome[] = [];
/** Cases that test a feature Rendir has no counterpart for, by reason (README.md lists them). */
const notApplicable = new Map<string, number>();

function check(id: string, run: () => void): void {
  try {
    run();
    outcomes.push({ id, pass: true, detail: '' });
  } catch (e) {
    outcomes.push({
      id,
      pass: false,
      detail: (e as Error).message.split('\n').slice(0, 8).join(' '),
    });
  }
}

function skip(reason: string): void {
  notApplicable.set(reason, (notApplicable.get(reason) ?? 0) + 1);
}

test('csv-spectrum: every file reads as its JSON says', () => {
  for (const name of readdirSync(here('csv-spectrum/csvs'))) {
    const base = name.replace(/\.csv$/, '');
    check(`csv-spectrum:${base}`, () => {
      const text = readFileSync(here(`csv-spectrum/csvs/${name}`), 'utf8');
      const expected = json<Record<string, string> | Record<string, string>[]>(
        `csv-spectrum/json/${base}.json`,
      );
      const rows = Array.isArray(expected) ? expected : [expected];
      const t = readCsv(text, { file: name });
      assert.deepEqual(t.errors, []);
      assert.deepEqual(
        t.rows.map((r) => Object.fromEntries(t.headers.map((h, i) => [h, r.cells[i]]))),
        rows,
      );
    });
  }
});

interface D3Case {
  test: string;
  kind: 'parse' | 'parseRows';
  delimiter: string;
  input: string;
  expected: { rows: (Record<string, string> | string[])[]; columns?: string[] };
}

test('d3-dsv: parse and parseRows cases', () => {
  const cases = json<D3Case[]>('d3-dsv/cases.json');
  cases.forEach((c, k) => {
    check(`d3-dsv:${k}:${c.test}`, () => {
      const { records, quoteError } = rendirRecords(c.input, c.delimiter);
      assert.equal(quoteError, false, 'no quote error');
      const expected =
        c.kind === 'parseRows'
          ? (c.expected.rows as string[][])
          : [
              c.expected.columns ?? [],
              ...(c.expected.rows as Record<string, string>[]).map((o) =>
                (c.expected.columns ?? []).map((h) => o[h]),
              ),
            ];
      // d3 fills missing columns with "" in objects; Rendir keeps the row short (and reports it).
      const ours =
        c.kind === 'parse'
          ? records.map((r) => (records[0] ? records[0].map((_, i) => r[i] ?? '') : r))
          : records;
      assert.deepEqual(ours, asRendirReads(expected));
    });
  });
});

interface PapaCase {
  description: string;
  input: string;
  config: { delimiter?: string; newline?: string; header?: boolean; [k: string]: unknown };
  expected: { data: unknown[]; errors: { code: string }[] };
}

test("papaparse: the core parser's and parse tests", () => {
  const suites = json<Record<string, PapaCase[]>>('papaparse/test-cases.json');
  for (const [suite, cases] of Object.entries(suites)) {
    for (const c of cases) {
      const options = Object.keys(c.config).filter(
        (k) => !['delimiter', 'newline', 'skipEmptyLines'].includes(k),
      );
      if (options.length > 0) {
        skip(`papaparse options Rendir has no counterpart for (${options.join(', ')})`);
        continue;
      }
      const delimiter = c.config.delimiter;
      const readable = delimiter === undefined || ',;\t|'.includes(delimiter);
      // papaparse ignores a line break as delimiter and detects one, as Rendir does.
      const ignored = delimiter === '\n' || delimiter === '\r';
      if (!readable && !ignored) {
        skip('papaparse: delimiters other than , ; tab | (multi-character, ASCII 30 and 31)');
        continue;
      }
      check(`papaparse:${suite}:${c.description}`, () => {
        const declared = readable ? delimiter : undefined;
        const { records, quoteError } = rendirRecords(c.input, declared);
        const quoteExpected = c.expected.errors.some((e) => /Quotes/.test(e.code));
        assert.equal(quoteError, quoteExpected, 'quote error');
        assert.deepEqual(records, asRendirReads(c.expected.data as string[][]));
      });
    }
  }
});

test('uDSV: its data sets read as papaparse reads them, through every entry point at every split', async () => {
  for (const name of readdirSync(here('udsv')).filter((f) => f.endsWith('.csv'))) {
    const text = readFileSync(here(`udsv/${name}`), 'utf8');
    check(`udsv:${name}`, () => {
      const { records } = rendirRecords(text);
      assert.deepEqual(records, asRendirReads(Papa.parse<string[]>(text).data));
    });
    const whole = readCsv(text, { file: name });
    // uDSV's "chunk boundary between \r and \n" and "variable size chunks", on all three readers.
    for (const crlf of [false, true]) {
      const input = crlf ? text.replace(/\n/g, '\r\n') : text;
      const reference = crlf ? readCsv(input, { file: name }) : whole;
      for (const size of [1, 2, 3, 7, 64, 1000]) {
        const scanned: CsvTable['rows'] = [];
        const scan = scanCsv(input, { file: name }, (rows) => scanned.push(...rows), size);
        assert.deepEqual({ ...scan, rows: scanned }, reference, `${name} scanCsv ${size}`);
        const bytes = new TextEncoder().encode(input);
        let at = 0;
        const stream = new ReadableStream<Uint8Array>({
          pull(controller) {
            if (at >= bytes.length) controller.close();
            else controller.enqueue(bytes.slice(at, (at += size)));
          },
        });
        assert.deepEqual(
          await streamCsv(stream, { file: name }),
          reference,
          `${name} streamCsv ${size}`,
        );
      }
    }
  }
});

interface CsvwColumn {
  titles: string;
  datatype?: {
    base: string;
    format?: { decimalChar?: string; groupChar?: string; pattern?: string };
  };
}

/** The es/en format a CSVW column format names, or undefined when it needs what Rendir has not (patterns). */
function csvwFormat(column: CsvwColumn): NumberFormat | 'pattern' {
  const f = column.datatype?.format;
  if (f?.pattern) return 'pattern';
  if (f?.decimalChar === ',' || f?.groupChar === '.') return 'es';
  return 'en';
}

test('W3C CSVW: number formats', () => {
  for (const file of readdirSync(here('csvw')).filter((f) => f.endsWith('-metadata.json'))) {
    const id = file.replace('-metadata.json', '');
    const meta = json<{ tableSchema: { columns: CsvwColumn[] } }>(`csvw/${file}`);
    const result = json<{ tables: { row: { describes: Record<string, unknown>[] }[] }[] }>(
      `csvw/${id}.json`,
    );
    const table = readCsv(readFileSync(here(`csvw/${id}.csv`), 'utf8'), { file: `${id}.csv` });
    meta.tableSchema.columns.forEach((column, c) => {
      if (!/decimal|integer|double|float|number/.test(column.datatype?.base ?? '')) return;
      const format = csvwFormat(column);
      if (format === 'pattern') {
        skip('CSVW number patterns (#,##0.00): a Rendir file is es or en, not a pattern');
        return;
      }
      check(`csvw:${id}:${column.titles}`, () => {
        table.rows.forEach((row, r) => {
          const expected = result.tables[0].row[r].describes[0][column.titles];
          const got = parseNumber(row.cells[c], format);
          if (typeof expected === 'number') {
            assert.ok('value' in got, `${row.cells[c]}: ${JSON.stringify(got)}`);
            const value = Number(got.value) / (got.isPercent ? 100 : 1);
            assert.equal(value, expected, row.cells[c]);
          } else
            assert.ok(
              'error' in got,
              `${row.cells[c]} should be refused, got ${JSON.stringify(got)}`,
            );
        });
      });
    });
  }
});

test('the suites: every case passes but the differences the table gives reasons for', () => {
  const failing = outcomes.filter((o) => !o.pass);
  const unexplained = failing.filter((o) => !(o.id in DIFFERENCES));
  const stale = Object.keys(DIFFERENCES).filter((id) => !failing.some((o) => o.id === id));
  const passed = outcomes.length - failing.length;
  const skipped = [...notApplicable.values()].reduce((a, b) => a + b, 0);
  console.log(
    `suites: ${outcomes.length} cases run, ${passed} pass, ${failing.length} differ by choice; ${skipped} test features Rendir does not have:`,
    Object.fromEntries(notApplicable),
  );
  assert.deepEqual(
    unexplained.map((o) => `${o.id} — ${o.detail}`),
    [],
    'cases that fail without a reason in DIFFERENCES',
  );
  assert.deepEqual(stale, [], 'DIFFERENCES entries that now pass: remove them');
});
