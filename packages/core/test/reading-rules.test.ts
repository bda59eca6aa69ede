// The reading rules of docs/content-format.md §3 as an author meets them: through the
// schema readers, with the error an author acts on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  columnLetter,
  formatError,
  readBudget,
  readCommitments,
  readCsv,
  loadAllMessages,
  LANGS,
} from '../src/index.ts';

await loadAllMessages(LANGS);

const HEADER = 'Vigencia;Sector;Apropiación inicial;Compromisos';

test('readBudget: a 0.500 cell in an es file is an error with both readings, never 500', () => {
  const r = readBudget(
    [HEADER, '2025;Salud;1.234.567,89;0.500', '2025;Educación;0,5;10'].join('\n'),
    {
      file: 'budget/2025.csv',
    },
  );
  assert.equal(r.records.length, 2);
  assert.equal(r.records[0].amounts.commitments, undefined, 'no amount is guessed');
  const err = r.errors.find((e) => e.code === 'number.group_after_zero');
  assert.ok(err, JSON.stringify(r.errors));
  assert.equal(err.line, 2);
  assert.equal(err.value, '0.500');
  const es = formatError(err, 'es');
  const en = formatError(err, 'en');
  assert.match(es, /se leería 500/);
  assert.match(es, /en formato en, 0\.5/);
  assert.match(en, /it would read 500/);
  assert.match(en, /in en format, 0\.5/);
});

test('readBudget: digits split by a space or a line break are an error naming both readings', () => {
  const r = readBudget([HEADER, '2025;Salud;100 150;"1\n234"'].join('\n'), {
    file: 'b.csv',
    numberFormat: 'es',
  });
  const codes = r.errors.map((e) => `${e.line}:${e.column}:${e.code}`);
  assert.deepEqual(codes, ['2:3:number.space_inside', '2:4:number.space_inside']);
  assert.match(
    formatError(r.errors[0], 'es'),
    /puede ser 100150 \(sin el espacio\) o dos valores \(100 y 150\)/,
  );
  assert.match(
    formatError(r.errors[1], 'en'),
    /it may be 1234 \(without the space\) or two values \(1 and 234\)/,
  );
});

test("readBudget: Excel's scientific notation says digits were lost and how to save again", () => {
  const r = readBudget([HEADER, '2018;Edificios;1,83403E+11;5'].join('\n'), { file: 'b.csv' });
  const err = r.errors.find((e) => e.code === 'number.scientific');
  assert.ok(err, JSON.stringify(r.errors));
  assert.match(formatError(err, 'es'), /se perdieron/);
  assert.match(formatError(err, 'es'), /formato Número/);
  assert.match(formatError(err, 'en'), /were lost/);
  assert.match(formatError(err, 'en'), /Number format/);
});

test('readBudget: a value only the other format reads shows both readings', () => {
  const r = readBudget([HEADER, '2025;Salud;1.234,5;1,234.5'].join('\n'), { file: 'b.csv' });
  const err = r.errors.find((e) => e.code === 'number.format_mismatch');
  assert.ok(err, JSON.stringify(r.errors));
  assert.match(
    formatError(err, 'es'),
    /en formato es se leería como nada \(no es un número\); en formato en, 1234\.5/,
  );
});

test('errors name the row and column letter a spreadsheet shows beside the text line', () => {
  // The quoted cell with two line breaks is one spreadsheet row (2) but three text lines (2-4).
  const text = [HEADER, '2025;"Salud\nmental\ny bienestar";1.000;5', '2025;Educación;mil;7'].join(
    '\n',
  );
  const r = readBudget(text, { file: 'budget/b.csv', numberFormat: 'es' });
  const err = r.errors.find((e) => e.code === 'number.invalid');
  assert.ok(err, JSON.stringify(r.errors));
  assert.deepEqual([err.line, err.row, err.column, err.header], [5, 3, 3, 'Apropiación inicial']);
  assert.match(
    formatError(err, 'es'),
    /^budget\/b\.csv:5:3 — «mil» no es un número \(columna «Apropiación inicial»\)\. En la hoja de cálculo: fila 3, columna C\./,
  );
  assert.match(formatError(err, 'en'), /In a spreadsheet: row 3, column C\./);
  // A ragged row after the multi-line cell: its row too.
  const t = readCsv([HEADER, '2025;"a\nb";1;2', '2025;x;1'].join('\n'), { file: 'c.csv' });
  assert.deepEqual(
    t.errors.map((e) => [e.code, e.line, e.row, e.column]),
    [['csv.ragged_row', 4, 3, 4]],
  );
  assert.deepEqual(t.rowShifts, [4, 1]);
});

test('column letters go past Z as a spreadsheet names them', () => {
  assert.deepEqual([1, 2, 26, 27, 52, 53, 702, 703].map(columnLetter), [
    'A',
    'B',
    'Z',
    'AA',
    'AZ',
    'BA',
    'ZZ',
    'AAA',
  ]);
});

test('a missing column lists the headers once and suggests the sidecar mapping that fixes it', () => {
  const r = readCommitments('Número del compromiso;Descripción corta;Fecha\nC1;Uno;2025-01-01\n', {
    file: 'commitments/commitments.csv',
  });
  const missing = r.errors.filter((e) => e.code === 'schema.missing_column');
  assert.equal(missing.length, 2);
  const [id, title] = missing.map((e) => formatError(e, 'es'));
  assert.match(
    id,
    /Falta la columna obligatoria «id»; el archivo tiene «Número del compromiso», «Descripción corta», «Fecha»\./,
  );
  assert.match(
    id,
    /columns: \{ "Número del compromiso": commitment_id \} en commitments\/commitments\.csv\.yaml/,
  );
  assert.doesNotMatch(title, /el archivo tiene/, 'the headers are listed once');
  assert.match(title, /columns: \{ "…": title \}/, 'a header is suggested for one column only');
  assert.doesNotMatch(id, /^[^—]*— «commitment_id»/, 'no internal key as the value');
  assert.match(formatError(missing[0], 'en'), /The required column «id» is missing; the file has/);
});
