import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  decodeWindows1252,
  detectDelimiter,
  encodeWindows1252,
  neutraliseCell,
  readCsv,
  streamCsv,
  toCsv,
  messageText,
  loadAllMessages,
  LANGS,
} from '../src/index.ts';
import type { CsvRow } from '../src/index.ts';
import { streamOf } from './streams.ts';

await loadAllMessages(LANGS);

test('Windows-1252 bytes with € ‘ ’ “ ” – — read right, and the fallback is reported', () => {
  // "Descripción;Valor\r\n“Café” – ‘dulce’ — €;1.234,50\r\n" as Excel on Spanish Windows saves it.
  const bytes = new Uint8Array([
    ...new TextEncoder().encode('Descripci'),
    0xf3,
    ...new TextEncoder().encode('n;Valor\r\n'),
    0x93,
    ...new TextEncoder().encode('Caf'),
    0xe9,
    0x94,
    0x20,
    0x96,
    0x20,
    0x91,
    ...new TextEncoder().encode('dulce'),
    0x92,
    0x20,
    0x97,
    0x20,
    0x80,
    ...new TextEncoder().encode(';1.234,50\r\n'),
  ]);
  const t = readCsv(bytes, { file: 'budget/excel.csv' });
  assert.equal(t.encoding, 'windows-1252');
  assert.deepEqual(t.headers, ['Descripción', 'Valor']);
  assert.deepEqual(t.rows, [{ line: 2, cells: ['“Café” – ‘dulce’ — €', '1.234,50'] }]);
  assert.deepEqual(t.errors, []);
  assert.equal(t.warnings[0].code, 'csv.encoding_windows_1252');
  assert.equal(decodeWindows1252(new Uint8Array([0x80, 0x8a, 0x9c, 0x9f, 0x81])), '€ŠœŸ\u0081');
});

test('property: Windows-1252 encode/decode round trip over all 256 bytes', () => {
  const all = new Uint8Array(256).map((_, i) => i);
  assert.deepEqual(encodeWindows1252(decodeWindows1252(all)), all);
});

test('UTF-8 with BOM, declared encoding wins', () => {
  const bytes = new Uint8Array([
    0xef,
    0xbb,
    0xbf,
    ...new TextEncoder().encode('Año;Valor\n2025;1\n'),
  ]);
  const t = readCsv(bytes, { file: 'a.csv' });
  assert.equal(t.encoding, 'utf-8');
  assert.deepEqual(t.headers, ['Año', 'Valor']);
  const forced = readCsv(new Uint8Array([0x41, 0xe9, 0x0a, 0x31, 0x0a]), {
    file: 'b.csv',
    dialect: { encoding: 'windows-1252' },
  });
  assert.deepEqual(forced.headers, ['Aé']);
  assert.deepEqual(forced.warnings, [], 'a declared encoding is not a surprise');
  assert.deepEqual(readCsv('\ufeffa,b\n1,2', { file: 'c.csv' }).headers, ['a', 'b']);
});

test('the delimiter comes from the header line only', () => {
  assert.equal(detectDelimiter('Pilar;Medición;2016-2017;2018-2019;2022-2023 (meta)'), ';');
  assert.equal(detectDelimiter('a,b,c'), ',');
  assert.equal(detectDelimiter('a\tb\tc'), '\t');
  assert.equal(detectDelimiter('a|b|c'), '|');
  assert.equal(detectDelimiter('"a;b",c'), ',', 'delimiters inside quotes do not count');
  assert.equal(detectDelimiter('solo'), ',');
  // Data rows full of decimal commas must not fool it.
  const t = readCsv('Sector;Valor\nSalud;1,5\nEducación;2,75\n', { file: 'x.csv' });
  assert.equal(t.dialect.delimiter, ';');
  assert.deepEqual(t.rows[1].cells, ['Educación', '2,75']);
  assert.equal(
    readCsv('a,b\n1;2,3\n', { file: 'x.csv', dialect: { delimiter: ';' } }).dialect.delimiter,
    ';',
  );
});

test('quoted fields with newlines keep later line numbers right; blank lines are skipped but counted', () => {
  const text = 'id;nota\r\n1;"una\r\nnota de\r\ntres líneas"\r\n\r\n2;"con ""comillas"""\r\n3;fin';
  const t = readCsv(text, { file: 'x.csv' });
  assert.deepEqual(
    t.rows.map((r) => [r.line, r.cells]),
    [
      [2, ['1', 'una\r\nnota de\r\ntres líneas']],
      [6, ['2', 'con "comillas"']],
      [7, ['3', 'fin']],
    ],
  );
  const lf = readCsv('\n\nh1,h2\n"a\nb",c\nd,e\n', { file: 'y.csv' });
  assert.equal(lf.headerLine, 3);
  assert.deepEqual(
    lf.rows.map((r) => r.line),
    [4, 6],
  );
});

test('a ragged row is reported with its line and column, and kept', () => {
  const text =
    'Vigencia;Sector;Valor\n2025;Salud;1.000,00\n2025;Educación\n2025;Cultura;2.000,00;sobra\n2025;Vías;5,00;;\n';
  const t = readCsv(text, { file: 'budget/b.csv' });
  assert.equal(t.rows.length, 4, 'no row is dropped');
  assert.deepEqual(
    t.errors.map((e) => [e.code, e.line, e.column, e.header ?? e.value]),
    [
      ['csv.ragged_row', 3, 3, 'Valor'],
      ['csv.ragged_row', 4, 4, 'sobra'],
    ],
  );
  assert.deepEqual(
    t.warnings.map((e) => [e.code, e.line, e.column]),
    [['csv.trailing_empty_fields', 5, 4]],
  );
  assert.match(messageText(t.errors[0].message, 'es'), /faltan desde la columna 3/);
});

test('an unclosed quote is reported with its line', () => {
  const t = readCsv('a;b\n1;2\n3;"sin cerrar\n', { file: 'q.csv' });
  assert.ok(t.errors.some((e) => e.code === 'csv.unclosed_quote' && e.line === 3));
});

test('an empty file is an error naming the file', () => {
  const t = readCsv('', { file: 'vacío.csv' });
  assert.equal(t.errors[0].code, 'csv.empty');
  assert.equal(t.errors[0].file, 'vacío.csv');
});

test('streamCsv gives the first rows before the rest is parsed, and the same table as readCsv', async () => {
  const lines = ['Vigencia;Entidad;Valor'];
  for (let i = 0; i < 20_000; i++) lines.push(`2025;Entidad ${i};${i},50`);
  const text = lines.join('\n');
  const batches: number[] = [];
  let firstAt = -1;
  let parsedWhenFirst = -1;
  let total = 0;
  const table = await streamCsv(text, {
    file: 'big.csv',
    chunkRows: 500,
    onRows(rows: CsvRow[], headers: string[]) {
      if (firstAt < 0) {
        firstAt = rows[0].line;
        parsedWhenFirst = total;
        assert.deepEqual(headers, ['Vigencia', 'Entidad', 'Valor']);
      }
      total += rows.length;
      batches.push(rows.length);
    },
  });
  assert.equal(firstAt, 2);
  assert.equal(parsedWhenFirst, 0);
  assert.equal(batches[0], 500);
  assert.equal(total, 20_000);
  assert.deepEqual(table, readCsv(text, { file: 'big.csv' }));
});

test('streamCsv with keepRows: false hands every row to onRows and keeps none itself', async () => {
  const lines = ['a;b', ...Array.from({ length: 3000 }, (_, i) => `${i};"x\n${i}"`)];
  const text = lines.join('\r\n');
  const seen: CsvRow[] = [];
  const table = await streamCsv(text, {
    file: 'f.csv',
    chunkRows: 1000,
    keepRows: false,
    onRows: (rows) => seen.push(...rows),
  });
  const whole = readCsv(text, { file: 'f.csv' });
  assert.equal(table.rows.length, 0);
  assert.deepEqual(seen, whole.rows);
  assert.deepEqual({ ...table, rows: whole.rows }, whole);
});

test('streamCsv decides Windows-1252 from the bytes after the first non-ASCII one, as readCsv does, without reading twice', async () => {
  // «é““» in Windows-1252 is E9 93 93: also a valid UTF-8 character. The € (0x80) later is not:
  // one valid sequence against one byte that starts none is no proof of UTF-8.
  const text = 'a;b\né““;1\n' + 'x;2\n'.repeat(1100) + '€;3\n';
  const bytes = encodeWindows1252(text);
  let resets = 0;
  const seen: string[] = [];
  const table = await streamCsv(streamOf(bytes, [7]), {
    file: 'w.csv',
    chunkRows: 5,
    onRows: (rows) => seen.push(...rows.map((r) => r.cells[0])),
    onReset: () => resets++,
  });
  assert.equal(resets, 0);
  assert.equal(table.encoding, 'windows-1252');
  assert.equal(table.rows[0].cells[0], 'é““');
  assert.equal(table.rows[1101].cells[0], '€');
  assert.equal(seen[0], 'é““');
  assert.equal(seen.length, 1102);
  assert.deepEqual(table, readCsv(bytes, { file: 'w.csv' }));
  assert.deepEqual(
    table.warnings.map((w) => [w.code, w.line, w.column, w.value]),
    [['csv.encoding_windows_1252', 2, 1, 'é']],
  );
});

test('streamCsv can be aborted', async () => {
  const lines = ['a;b'];
  for (let i = 0; i < 5000; i++) lines.push(`${i};x`);
  const controller = new AbortController();
  await assert.rejects(
    streamCsv(lines.join('\n'), {
      file: 'a.csv',
      chunkRows: 100,
      signal: controller.signal,
      onRows: () => controller.abort(),
    }),
    /abort/i,
  );
});

test('property: streamCsv over any byte chunking equals readCsv (UTF-8 and Windows-1252)', async () => {
  const cell = fc.string({
    unit: fc.constantFrom('a', 'é', '€', ';', '"', '\n', '1', ',', ' ', '“'),
    maxLength: 6,
  });
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 12 }),
      fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 5 }),
      fc.boolean(),
      async (rows, sizes, cp1252) => {
        const text = toCsv([['h1', 'h2', 'h3'], ...rows], { delimiter: ';' });
        const bytes = cp1252 ? encodeWindows1252(text) : new TextEncoder().encode(text);
        const whole = readCsv(bytes, { file: 'p.csv' });
        const streamed = await streamCsv(streamOf(bytes, sizes), { file: 'p.csv', chunkRows: 2 });
        assert.deepEqual(streamed.rows, whole.rows);
        assert.deepEqual(streamed.headers, whole.headers);
        assert.equal(streamed.encoding, whole.encoding);
      },
    ),
    { numRuns: 100 },
  );
});

test('property: toCsv output reads back to the same cells (formula cells neutralised)', () => {
  const cell = fc.string({
    unit: fc.constantFrom('a', 'b', ';', ',', '"', '\n', '\r\n', ' ', 'ñ'),
    maxLength: 8,
  });
  fc.assert(
    fc.property(
      fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 10 }),
      (rows) => {
        const text = toCsv([['x', 'y'], ...rows], { delimiter: ';' });
        const t = readCsv(text, { file: 'r.csv' });
        const nonBlank = rows
          .map((r) => r.map(neutraliseCell))
          .filter((r) => r.some((c) => c.trim() !== ''));
        assert.deepEqual(
          t.rows.map((r) => r.cells),
          nonBlank,
        );
      },
    ),
    { numRuns: 300 },
  );
});

test("Excel's sep=; hint line sets the delimiter and is not the header row", async () => {
  const text = 'sep=;\r\nSector;Valor\r\nSalud;1,5\r\n';
  const t = readCsv(text, { file: 's.csv' });
  assert.equal(t.dialect.delimiter, ';');
  assert.deepEqual(t.headers, ['Sector', 'Valor']);
  assert.equal(t.headerLine, 2);
  assert.deepEqual(t.rows, [{ line: 3, cells: ['Salud', '1,5'] }]);
  assert.deepEqual(await streamCsv(text, { file: 's.csv' }), t);
  assert.deepEqual(readCsv('sep=,\na;b,c\n1;2,3\n', { file: 's.csv' }).headers, ['a;b', 'c']);
});
