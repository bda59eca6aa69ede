// A data set given as JSON is read into the rows its CSV form gives, and each kind of bad
// value is an error at its record and field, in es and en.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  LANGS,
  formatError,
  loadAllMessages,
  readColumns,
  readCsv,
  readTableJson,
  type ContentError,
} from '../src/index.ts';

await loadAllMessages(LANGS);

const where = (errors: readonly ContentError[]) =>
  errors.map((e) => [e.code, e.record, e.field, e.value]);

// SECOP II contracts of Barrancabermeja, real (see the dataset fixtures' README).
const secop = readCsv(
  readFileSync(
    new URL('../../components/src/dataset/fixtures/secop-ii-barrancabermeja.csv', import.meta.url),
  ),
  { file: 'secop.csv' },
);

test("a real data set's records and its columns-and-rows form read as its CSV", () => {
  assert.deepEqual(secop.errors, []);
  assert.equal(secop.rows.length, 1791);
  const records = secop.rows.map((row) =>
    Object.fromEntries(secop.headers.map((h, i) => [h, row.cells[i]])),
  );
  const fromRecords = readTableJson(JSON.parse(JSON.stringify(records)), { file: 's.json' });
  assert.deepEqual(fromRecords.errors, []);
  assert.deepEqual(fromRecords.headers, secop.headers);
  assert.deepEqual(
    fromRecords.rows.map((r) => r.cells),
    secop.rows.map((r) => r.cells),
  );
  const grid = { columns: secop.headers, rows: secop.rows.map((r) => r.cells) };
  const fromGrid = readTableJson(grid, { file: 's.json' });
  assert.deepEqual(fromGrid.rows, fromRecords.rows);
  // The same column types as the CSV's.
  const types = (headers: string[], rows: typeof secop.rows) =>
    readColumns('s', headers, rows).columns.map((c) => c.type);
  assert.deepEqual(types(fromGrid.headers, fromGrid.rows), types(secop.headers, secop.rows));
});

test('whole numbers written as JSON numbers (as pandas writes 82917988.0) are exact and taken', () => {
  const value = secop.rows.slice(0, 3).map((r) => ({ valor: Number(r.cells[2]) }));
  const read = readTableJson(value, { file: 's.json' });
  assert.deepEqual(read.errors, []);
  assert.deepEqual(
    read.rows.map((r) => r.cells[0]),
    ['82917988', '4870000', '8846000'],
  );
});

test('each kind of bad value is an error at its record and field, none guessed', () => {
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  const records = readTableJson(
    [
      { municipio: 'Tunja', valor: 1234.5 },
      { municipio: 'Pasto', valor: 2 ** 53 + 2 },
      'Paipa',
      { municipio: cyclic, valor: () => 1, sitio: { url: 'https://paipa.gov.co' } },
      { municipio: 'Duitama', valor: null, sitio: true },
    ],
    { file: 'datos.json' },
  );
  assert.deepEqual(where(records.errors), [
    ['json.not_decimal', 1, 'valor', '1234.5'],
    ['json.not_decimal', 2, 'valor', '9007199254740994'],
    ['json.not_object', 3, undefined, 'Paipa'],
    ['json.not_text', 4, 'municipio', '{…}'],
    ['json.not_text', 4, 'valor', String(() => 1)],
  ]);
  assert.deepEqual(records.rows.at(-1), { line: 5, cells: ['Duitama', '', 'true'] });
  assert.equal(
    formatError(records.errors[0], 'es'),
    'datos.json, registro 1, campo valor — «1234.5» es un número JSON, que pudo redondearse al escribirlo: las cifras se escriben como texto. Se esperaba: un número decimal exacto escrito como texto, con punto decimal y sin separadores de miles («1234567.89»).',
  );
  assert.match(
    formatError(records.errors[0], 'en'),
    /^datos\.json, record 1, field valor — «1234\.5» is a JSON number/,
  );

  const grid = readTableJson(
    {
      columns: ['municipio', { key: 'valor' }, 3],
      rows: [['Tunja', '1'], ['Pasto', '2', 'x', 'y'], 'z'],
    },
    { file: 'g.json' },
  );
  assert.deepEqual(where(grid.errors), [
    ['json.not_text', undefined, 'columns[2]', '3'],
    ['csv.ragged_row', 1, undefined, undefined],
    ['csv.ragged_row', 2, undefined, 'y'],
    ['json.not_list', 3, undefined, 'z'],
  ]);
  assert.deepEqual(where(readTableJson({ filas: [] }, { file: 'x.json' }).errors), [
    ['json.not_records', undefined, undefined, '{…}'],
  ]);
});

test('the CSV limits hold: a cell too long is placed at its record and field', () => {
  const read = readTableJson([{ a: 'x'.repeat(100_001) }], { file: 'x.json' });
  assert.deepEqual(
    read.errors.map((e) => [e.code, e.record, e.field, e.line, e.column]),
    [['limit.cell', 1, 'a', 0, 0]],
  );
});
