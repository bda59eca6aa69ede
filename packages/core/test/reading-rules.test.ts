// The reading rules of docs/content-format.md §3 as an author meets them: through the
// schema readers, with the error an author acts on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatError, readBudget } from '../src/index.ts';

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
