import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  formatError,
  readBudget,
  readCsv,
  sumDecimals,
  loadAllMessages,
  LANGS,
} from '../src/index.ts';

await loadAllMessages(LANGS);

const ES_FILE = [
  'Vigencia;Sector;Entidad;Código;Apropiación inicial;Apropiación Vigente;Compromisos;Pagos;Observación',
  '2025;Salud;Secretaría de Salud;A-01;1.234.567,89;1.300.000,00;1.000.000,50;900.000;ok',
  '2025;Educación;Secretaría de Educación;A-02;530.111.333.555.778,44;530.111.333.555.778,44;0,01;-;',
  '2025;Movilidad;IDU;A-03;$ 2.000.000;2.500.000,5;S/D;N/A;revisar',
].join('\r\n');

test('a `;` file with 1.234.567,89 amounts reads exactly, with levels, codes and extra columns', () => {
  const r = readBudget(ES_FILE, { file: 'budget/2025.csv', levels: ['Sector', 'Entidad'] });
  assert.deepEqual(r.errors, []);
  assert.equal(r.records.length, 3);
  const [salud, educacion, movilidad] = r.records;
  assert.deepEqual(salud, {
    fiscalYear: '2025',
    levels: ['Salud', 'Secretaría de Salud'],
    flow: 'expense',
    amounts: {
      initial_appropriation: '1234567.89',
      current_appropriation: '1300000',
      commitments: '1000000.5',
      payments: '900000',
    },
    extra: { Observación: 'ok' },
    origin: { file: 'budget/2025.csv', line: 2 },
    code: 'A-01',
  });
  assert.equal(educacion.amounts.initial_appropriation, '530111333555778.44');
  assert.equal(educacion.amounts.payments, undefined, '`-` is a missing value, not zero');
  assert.deepEqual(educacion.missing, { payments: 'no_data' });
  assert.deepEqual(movilidad.missing, { commitments: 'no_data', payments: 'not_applicable' });
  assert.equal(salud.missing, undefined);
  assert.equal(movilidad.amounts.initial_appropriation, '2000000');
  assert.equal(movilidad.amounts.current_appropriation, '2500000.5');
  assert.equal(
    sumDecimals(r.records.map((x) => x.amounts.current_appropriation!)),
    '530111337355778.94',
  );
  assert.deepEqual(JSON.parse(JSON.stringify(r.records)), r.records, 'records are plain JSON');
});

test('headers match regardless of case, accents, spaces, _ and -, in Spanish or English', () => {
  for (const header of [
    'apropiacion_vigente',
    'APROPIACIÓN-VIGENTE',
    'Apropiación definitiva',
    'current_appropriation',
    'Current Appropriation',
  ]) {
    const r = readBudget(`año,${header}\n2024,10.5\n`, { file: 'b.csv' });
    assert.deepEqual(r.errors, [], header);
    assert.equal(r.records[0].amounts.current_appropriation, '10.5', header);
    assert.equal(r.records[0].fiscalYear, '2024');
  }
  const lv = readBudget(
    'vigencia;level_2;nivel_1;valor;tipo\n2025;Programa A;Sector A;1;Ingreso\n',
    { file: 'b.csv' },
  );
  assert.deepEqual(lv.records[0].levels, ['Sector A', 'Programa A']);
  assert.equal(lv.records[0].flow, 'income');
  assert.equal(lv.records[0].amounts.amount, '1');
});

test('an ambiguous 1.234 column is an error naming the column unless the format is declared', () => {
  const text = 'Vigencia;Programa;Valor\n2025;A;1.234\n2025;B;5.000\n2025;C;12\n';
  const r = readBudget(text, { file: 'budget/amb.csv', levels: ['Programa'] });
  assert.deepEqual(
    r.errors.map((e) => [e.code, e.line, e.column, e.header, e.value]),
    [
      ['number.ambiguous', 2, 3, 'Valor', '1.234'],
      ['number.ambiguous', 3, 3, 'Valor', '5.000'],
    ],
  );
  assert.match(
    formatError(r.errors[0], 'es'),
    /^budget\/amb\.csv:2:3 — «1\.234» puede ser 1234 \(formato es, 1\.234,56\) o 1\.234 \(formato en, 1,234\.56\) y nada en el archivo decide cuál \(columna «Valor»\)\./,
  );
  assert.match(
    formatError(r.errors[0], 'en'),
    /^budget\/amb\.csv:2:3 — «1\.234» could be 1234 \(es format/,
  );
  const es = readBudget(text, { file: 'budget/amb.csv', numberFormat: 'es' });
  assert.deepEqual(es.errors, []);
  assert.deepEqual(
    es.records.map((x) => x.amounts.amount),
    ['1234', '5000', '12'],
  );
  const en = readBudget(text, { file: 'budget/amb.csv', numberFormat: 'en' });
  assert.deepEqual(
    en.records.map((x) => x.amounts.amount),
    ['1.234', '5', '12'],
  );
  const sidecar = readBudget(text, { file: 'budget/amb.csv', dialect: { decimal: ',' } });
  assert.deepEqual(
    sidecar.records.map((x) => x.amounts.amount),
    ['1234', '5000', '12'],
  );
});

test('other values of the file prove the format; the site default comes last', () => {
  const proved = readBudget('Vigencia;Valor;Pagos\n2025;1.234;69,5\n', {
    file: 'b.csv',
    defaultNumberFormat: 'en',
  });
  assert.deepEqual(proved.errors, []);
  assert.equal(proved.records[0].amounts.amount, '1234', '69,5 proves es, over the site default');
  const site = readBudget('Vigencia;Valor\n2025;1.234\n', {
    file: 'b.csv',
    defaultNumberFormat: 'en',
  });
  assert.deepEqual(site.errors, []);
  assert.equal(site.records[0].amounts.amount, '1.234');
  assert.equal(site.warnings[0].code, 'number.format_from_site_default');
});

test('a non-numeric amount and a ragged row are reported with exact line and column; nothing is dropped', () => {
  const text = [
    'Vigencia;Sector;Descripción;Apropiación vigente;Pagos',
    '2025;Salud;"Dotación de hospitales;',
    'segunda línea de la descripción";1.000,00;500,00',
    '2025;Educación;Colegios;mil pesos;200,00',
    '2025;Cultura;Bibliotecas;300,00',
    '20x5;Vías;Malla vial;1,5;1.234,5.6',
  ].join('\n');
  const r = readBudget(text, { file: 'budget/errores.csv', levels: ['Sector'] });
  assert.equal(r.records.length, 4);
  assert.deepEqual(
    r.errors.map((e) => [e.code, e.line, e.column, e.value ?? e.header]),
    [
      ['number.invalid', 4, 4, 'mil pesos'],
      ['csv.ragged_row', 5, 5, 'Pagos'],
      ['budget.invalid_year', 6, 1, '20x5'],
      ['number.invalid', 6, 5, '1.234,5.6'],
    ],
  );
  assert.equal(
    formatError(r.errors[0], 'es'),
    'budget/errores.csv:4:4 — «mil pesos» no es un número (columna «Apropiación vigente»). En la hoja de cálculo: fila 3, columna D. Se esperaba: un número como 1.234.567,89, 1234567,89 o 18 %, o un faltante (S/D, N/A).',
  );
  // The examples are written as this file writes numbers (es, proved by 1.000,00), in
  // either language: an English reader fixing it must not be shown 1,234,567.89.
  assert.match(formatError(r.errors[0], 'en'), /such as 1\.234\.567,89, 1234567,89 or 18 %/);
  assert.equal(r.records[0].origin.line, 2, 'a row starting on line 2 that spans two lines');
  assert.equal(r.records[1].origin.line, 4);
});

test('a bad number in an en-format file is shown examples in en format, in both languages', () => {
  const r = readBudget('Vigencia;Sector;Valor\n2025;Salud;1,234.50\n2025;Vías;mil\n', {
    file: 'b.csv',
    levels: ['Sector'],
  });
  assert.deepEqual(
    r.errors.map((e) => [e.code, e.line, e.column]),
    [['number.invalid', 3, 3]],
  );
  assert.match(formatError(r.errors[0], 'es'), /un número como 1,234,567\.89, 1234567\.89 o 18%/);
  assert.match(
    formatError(r.errors[0], 'en'),
    /a number such as 1,234,567\.89, 1234567\.89 or 18%/,
  );
  assert.doesNotMatch(formatError(r.errors[0], 'es'), /1\.234\.567,89/);
});

test('missing required columns and no amount column are errors on the header line', () => {
  const r = readBudget('Sector;Nombre\nSalud;x\n', { file: 'b.csv' });
  assert.deepEqual(
    r.errors.map((e) => [e.code, e.line]),
    [
      ['schema.missing_column', 1],
      ['budget.no_amount_column', 1],
    ],
  );
  const lv = readBudget('Vigencia;Valor\n2025;1\n', { file: 'b.csv', levels: ['Sector'] });
  assert.equal(lv.errors[0].code, 'budget.missing_level');
});

test('a missing year column: the hint maps a column of years under another name, else gives the year as a constant', () => {
  const hint = (csv: string) =>
    formatError(
      readBudget(csv, { file: 'budget/b.csv' }).errors.find(
        (e) => e.code === 'schema.missing_column',
      )!,
      'en',
    );
  // Bolivia's «Gestión» is the fiscal year: its cells are years (an empty one says nothing).
  assert.match(
    hint('Mes;Gestión;Sector;Pagos\nEnero;2024;Salud;100\nFebrero;;Vías;5\n'),
    /or if «Gestión» is that column, the line columns: \{ "Gestión": fiscal_year \} in budget\/b\.csv\.yaml/,
  );
  // Named like a year but holding months, and an entity code of four digits: no column
  // could be the year.
  const months = hint('Año de corte;UEJ;Sector;Pagos\nEnero;1101;Salud;100\n');
  assert.match(months, /the line constants: \{ fiscal_year: 2025 \} in budget\/b\.csv\.yaml/);
  assert.doesNotMatch(months, /columns:/);
});

test('the sidecar column mapping wins over aliases', () => {
  const r = readBudget('Año;Plata girada\n2025;1.000,5\n', {
    file: 'b.csv',
    dialect: { columns: { 'Plata girada': 'payments' } },
  });
  assert.deepEqual(r.errors, []);
  assert.equal(r.records[0].amounts.payments, '1000.5');
});

test('levels named in English find Spanish headers', () => {
  const r = readBudget(
    'Vigencia;Sector;Entidad;Programa;Valor\n2025;Salud;Hospital;Dotación;10\n',
    {
      file: 'b.csv',
      levels: ['sector', 'entity', 'program'],
    },
  );
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.records[0].levels, ['Salud', 'Hospital', 'Dotación']);
});

test('a value far down the file proves the format of an ambiguous value near the top', () => {
  const filler = Array.from({ length: 80_000 }, (_, i) => `2025;Programa ${i};12`);
  const head = ['Vigencia;Programa;Valor', '2025;Primero;1.234', ...filler];
  const proved = readBudget([...head, '2025;Último;69,5'].join('\n'), { file: 'b.csv' });
  assert.deepEqual(proved.errors, []);
  assert.equal(proved.records[0].amounts.amount, '1234');
  assert.equal(proved.records.at(-1)!.amounts.amount, '69.5');
  const undecided = readBudget(head.join('\n'), { file: 'b.csv' });
  assert.deepEqual(
    undecided.errors.map((e) => [e.code, e.line, e.column]),
    [['number.ambiguous', 2, 3]],
  );
  assert.equal(undecided.records[0].amounts.amount, undefined);
});

test('reading in batches gives the same records and lines as reading the table whole', () => {
  // Over 2 MB (three batches), CRLF line ends, quoted fields with line breaks and quotes across batch ends.
  const lines = ['Vigencia;Sector;Descripción;Valor'];
  for (let i = 0; i < 60_000; i++) {
    const desc =
      i % 7 === 0 ? `"Obra ""${i}""\r\nsegunda línea; con punto y coma\r\ntercera"` : `Obra ${i}`;
    const amount =
      i % 1000 === 999
        ? 'mil'
        : `${(i * 1234).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${i % 100}`;
    lines.push(`2025;Sector ${i % 5};${desc};${amount}`);
  }
  const text = lines.join('\r\n') + '\r\n';
  assert.ok(text.length > 2 * 1024 * 1024, `${text.length}`);
  const batched = readBudget(text, { file: 'b.csv', levels: ['Sector'] });
  const whole = readBudget(readCsv(text, { file: 'b.csv' }), { file: 'b.csv', levels: ['Sector'] });
  assert.equal(batched.records.length, 60_000);
  assert.deepEqual(batched, whole);
  assert.equal(batched.errors.length, 60);
  // Row i starts at line 2 + i + 2 × (rows before it with a three-line description).
  const lineOf = (i: number) => 2 + i + 2 * Math.ceil(i / 7);
  assert.equal(batched.records[59_999].origin.line, lineOf(59_999));
  assert.equal(batched.errors[0].line, lineOf(999));
  assert.equal(batched.records[14].name, 'Obra "14"\r\nsegunda línea; con punto y coma\r\ntercera');
});

test('unknown columns with the same or no header are all kept', () => {
  const r = readBudget('Vigencia;Nota;Valor;Nota;\n2025;a;1;b;c\n', { file: 'b.csv' });
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.records[0].extra, { Nota: 'a', 'Nota (2)': 'b', '(columna 5)': 'c' });
});

test('an empty level is an error with its line and column, for named and numbered levels', () => {
  const named = readBudget('Vigencia;Sector;Entidad;Valor\n2025;Salud;;10\n', {
    file: 'presupuesto.csv',
    levels: ['Sector', 'Entidad'],
  });
  assert.deepEqual(
    named.errors.map((e) => [e.line, e.column, e.header, e.code]),
    [[2, 3, 'Entidad', 'budget.empty_level']],
  );
  const numbered = readBudget('vigencia,valor,level_2,level_1\n2025,10,,Salud\n', {
    file: 'presupuesto.csv',
  });
  assert.deepEqual(
    numbered.errors.map((e) => [e.line, e.column, e.header]),
    [[2, 3, 'level_2']],
  );
  // Nothing is dropped: the line is still there for whoever shows the errors beside it.
  assert.equal(numbered.records.length, 1);
  assert.equal(numbered.records[0].amounts.amount, '10');
});

test('a short row is one ragged-row error, not one more per level it lacks', () => {
  const r = readBudget('Vigencia;Sector;Entidad;Valor\n2025;Salud\n', {
    file: 'presupuesto.csv',
    levels: ['Sector', 'Entidad'],
  });
  assert.deepEqual(
    r.errors.map((e) => [e.line, e.column, e.code]),
    [[2, 3, 'csv.ragged_row']],
  );
});
