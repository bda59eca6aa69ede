// One reader, three entry points: readCsv, scanCsv (its batches) and streamCsv (any chunk
// size, bytes or text) give the same records, errors, warnings and line numbers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readCsv, scanCsv, streamCsv } from '../src/index.ts';
import type { CsvRow, CsvTable } from '../src/index.ts';
import { streamOf } from './streams.ts';

/** Every entry point's table for `text`, with scanCsv's batches and the stream's chunks of the given sizes. */
async function allReadings(text: string, batch: number, sizes: number[]): Promise<CsvTable[]> {
  const file = 'f.csv';
  const bytes = new TextEncoder().encode(text);
  const scanned: CsvRow[] = [];
  const scan = scanCsv(text, { file }, (rows) => scanned.push(...rows), batch);
  const streamedRows: CsvRow[] = [];
  const fromStream = await streamCsv(streamOf(bytes, sizes), {
    file,
    chunkRows: 1 + (batch % 3),
    keepRows: false,
    onRows: (rows) => streamedRows.push(...rows),
  });
  return [
    readCsv(text, { file }),
    readCsv(bytes, { file }),
    { ...scan, rows: scanned },
    await streamCsv(text, { file, chunkRows: 2 }),
    await streamCsv(streamOf(bytes, sizes), { file }),
    { ...fromStream, rows: streamedRows },
  ];
}

function assertSame(tables: CsvTable[], text: string): void {
  const [first, ...rest] = tables;
  rest.forEach((t, k) =>
    assert.deepEqual(
      { ...t, encoding: first.encoding, dialect: { ...t.dialect, encoding: first.encoding } },
      first,
      `entry point ${k + 1} differs on ${JSON.stringify(text)}`,
    ),
  );
}

// A generated file: its text and the records a reader must find in it.
interface Generated {
  text: string;
  records: { line: number; cells: string[] }[];
}

const unquotedUnit = fc.constantFrom('a', 'é', '1', ' ', '"', "'", ',', '€');
const quotedUnit = fc.constantFrom('a', 'ñ', '"', ';', '\n', '\r\n', '\r', ' ', ',', '\t');
const lineEnd = fc.constantFrom('\n', '\r\n', '\r');

/** A cell as written and as read: unquoted (quotes inside are literal) or quoted, maybe with spaces after the closing quote. */
const cellArb = fc.oneof(
  fc
    .array(unquotedUnit, { maxLength: 5 })
    .map((u) => u.join(''))
    // A quote first would open a quoted field; a leading comma would split under `,`.
    .filter((c) => !c.startsWith('"'))
    .map((c) => ({ written: c, read: c, lines: 0, comma: c.includes(',') })),
  fc
    .record({ units: fc.array(quotedUnit, { maxLength: 5 }), pad: fc.constantFrom('', ' ', '  ') })
    .map(({ units, pad }) => {
      const read = units.join('');
      const lines = read.split(/\r\n|\r|\n/).length - 1;
      return { written: `"${read.replace(/"/g, '""')}"${pad}`, read, lines, comma: false };
    }),
);

const fileArb: fc.Arbitrary<Generated> = fc
  .record({
    delimiter: fc.constantFrom(';', '\t'),
    columns: fc.integer({ min: 1, max: 3 }),
    bom: fc.boolean(),
    blankFirst: fc.constantFrom('', '\n', '\r\n \r\n'),
    headerEnd: lineEnd,
    rows: fc.array(
      fc.record({ cells: fc.array(cellArb, { minLength: 3, maxLength: 3 }), end: lineEnd }),
      {
        maxLength: 8,
      },
    ),
    finalEnd: fc.boolean(),
  })
  .map(({ delimiter, columns, bom, blankFirst, headerEnd, rows, finalEnd }) => {
    const headers = ['h1', 'h2', 'h3'].slice(0, columns);
    let text = (bom ? '\ufeff' : '') + blankFirst + headers.join(delimiter) + headerEnd;
    let line = 1 + blankFirst.split(/\r\n|\r|\n/).length - 1 + 1;
    const records: Generated['records'] = [];
    let previousEnd = headerEnd;
    rows.forEach((row, r) => {
      const cells = row.cells.slice(0, columns);
      const written = cells.map((c) => c.written).join(delimiter);
      const last = r === rows.length - 1;
      // An empty line between a CR and an LF would make them one CRLF: keep it a CR.
      const end = written === '' && previousEnd === '\r' ? '\r' : row.end;
      previousEnd = end;
      text += written + (last && !finalEnd ? '' : end);
      const read = cells.map((c) => c.read);
      // A row whose cells are all blank is skipped; a lone empty unquoted cell is a blank line.
      if (read.some((c) => c.trim() !== '')) records.push({ line, cells: read });
      line += 1 + cells.reduce((n, c) => n + c.lines, 0);
    });
    return { text, records };
  });

test('property: every entry point and chunk size reads generated files alike, and as written', async () => {
  await fc.assert(
    fc.asyncProperty(
      fileArb,
      fc.integer({ min: 1, max: 40 }),
      fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 4 }),
      async (file, batch, sizes) => {
        const tables = await allReadings(file.text, batch, sizes);
        assertSame(tables, file.text);
        assert.deepEqual(tables[0].errors, [], JSON.stringify(file.text));
        assert.deepEqual(
          tables[0].rows.map((r) => ({ line: r.line, cells: r.cells })),
          file.records,
          JSON.stringify(file.text),
        );
      },
    ),
    { numRuns: 400 },
  );
});

test('property: any text, however broken, reads alike through every entry point', async () => {
  const unit = fc.constantFrom(
    'a',
    '"',
    '""',
    ';',
    ',',
    '\t',
    '\n',
    '\r',
    '\r\n',
    ' ',
    'é',
    '\ufeff',
  );
  await fc.assert(
    fc.asyncProperty(
      fc.array(unit, { maxLength: 40 }).map((u) => u.join('')),
      fc.integer({ min: 1, max: 12 }),
      fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 4 }),
      async (text, batch, sizes) => assertSame(await allReadings(text, batch, sizes), text),
    ),
    { numRuns: 600 },
  );
});

test('a literal quote in an unquoted field (5\'11") leaves later multi-line cells whole, at every split', async () => {
  const text =
    'nombre;altura;nota\nAna;5\'11";"dos\nlíneas"\nLuis;6\';"otra\r\nnota"\nEva;1,70;fin\n';
  for (const batch of [1, 2, 3, 5, 8, 13, 1 << 20]) {
    const tables = await allReadings(text, batch, [batch]);
    assertSame(tables, text);
    assert.deepEqual(
      tables[0].rows.map((r) => [r.line, ...r.cells]),
      [
        [2, 'Ana', '5\'11"', 'dos\nlíneas'],
        [4, 'Luis', "6'", 'otra\r\nnota'],
        [6, 'Eva', '1,70', 'fin'],
      ],
    );
    assert.deepEqual(tables[0].errors, []);
  }
});

test('spaces after a closing quote are dropped, on the last row of a batch too', async () => {
  const text = 'a;b\n"x"  ;"y" \n"z" ;w';
  for (const batch of [1, 2, 4, 7, 9, 100]) {
    const tables = await allReadings(text, batch, [batch]);
    assertSame(tables, text);
    assert.deepEqual(
      tables[0].rows.map((r) => r.cells),
      [
        ['x', 'y'],
        ['z', 'w'],
      ],
    );
    assert.deepEqual(tables[0].errors, []);
  }
});

test('a CRLF header with LF rows does not merge rows, not even in a one-column file', async () => {
  const oneColumn = 'valor\r\n100\n200\n300\n';
  const t = readCsv(oneColumn, { file: 'v.csv' });
  assert.deepEqual(
    t.rows.map((r) => [r.line, r.cells]),
    [
      [2, ['100']],
      [3, ['200']],
      [4, ['300']],
    ],
  );
  const mixed = 'a;b\r\n1;2\n3;4\r5;6\r\n';
  assert.deepEqual(
    readCsv(mixed, { file: 'm.csv' }).rows.map((r) => [r.line, ...r.cells]),
    [
      [2, '1', '2'],
      [3, '3', '4'],
      [4, '5', '6'],
    ],
  );
  for (const text of [oneColumn, mixed]) assertSame(await allReadings(text, 3, [2, 5]), text);
});

test('a one-column es file with decimal commas is not split on the commas', () => {
  const t = readCsv('valor\n1,5\n2.345,75\n', { file: 'v.csv' });
  assert.deepEqual(t.errors, []);
  assert.deepEqual(
    t.rows.map((r) => r.cells),
    [['1,5'], ['2.345,75']],
  );
  assert.equal(t.dialect.delimiter, ',', 'reported as a writer would write it');
});

test('a tab/comma tie in the header goes to tab: a comma can be part of a name', () => {
  const t = readCsv('Valor, en pesos\tAño\n1,5\t2025\n', { file: 't.csv' });
  assert.equal(t.dialect.delimiter, '\t');
  assert.deepEqual(t.headers, ['Valor, en pesos', 'Año']);
  assert.deepEqual(t.rows[0].cells, ['1,5', '2025']);
});

test('quote problems name their line and column, the same through every entry point', async () => {
  const text = 'a;b\n1;"x"y\n2;"sin cerrar\n3;4\n';
  const tables = await allReadings(text, 4, [3]);
  assertSame(tables, text);
  assert.deepEqual(
    tables[0].errors.map((e) => [e.code, e.line, e.column, e.header]),
    [
      ['csv.invalid_quote', 2, 2, 'b'],
      ['csv.unclosed_quote', 3, 2, 'b'],
    ],
  );
  assert.deepEqual(tables[0].rows[0].cells, ['1', 'xy']);
});
