import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  budgetSidecarOptions,
  readBudget,
  readSidecarObject,
  messageText,
  formatError,
  loadAllMessages,
  LANGS,
} from '../src/index.ts';
import { readBudgetFile } from '../src/node.ts';
import type { BudgetReadResult } from '../src/index.ts';

await loadAllMessages(LANGS);

const REAL = new URL('./fixtures/budget-real/', import.meta.url);
const real = (name: string) => readFileSync(new URL(name, REAL));

const totalOf = (r: BudgetReadResult, year: string, key = 'amount') =>
  r.totals.find((t) => t.fiscalYear === year)?.amounts[key as 'amount'];

// Written for this test in the shape of Bogotá's FUT investment export that issue #14 quotes
// (`CODIGO, PADRE, AÑO, NOMBRE, PAGOS`, a `TOTAL INVERSIÓN` row with its published figure);
// the children's figures are made up so that they add up to it. Rows out of order on purpose.
const FUT = [
  'CODIGO,PADRE,AÑO,NOMBRE,PAGOS',
  'A.1.2,A.1,2017,Movilidad,3000000000000',
  'A,,2017,TOTAL INVERSIÓN,10207063183472',
  'A.1,A,2017,Programa Mejor Movilidad,7000000000000',
  'A.1.1,A.1,2017,Vías locales,4000000000000',
  'A.2,A,2017,Programa Salud,3207063183472',
].join('\n');

test('a CODIGO/PADRE file with a TOTAL row shows the file’s own total, not four times it', () => {
  const r = readBudget(FUT, { file: 'budget/fut.csv' });
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.warnings, []);
  assert.equal(totalOf(r, '2017', 'payments'), '10207063183472');
  // Only detail lines are records: nothing a consumer adds up counts a total twice.
  assert.deepEqual(
    r.records.map((l) => [l.code, l.levels]),
    [
      ['A.1.2', ['Programa Mejor Movilidad', 'Movilidad']],
      ['A.1.1', ['Programa Mejor Movilidad', 'Vías locales']],
      ['A.2', ['Programa Salud']],
    ],
  );
  assert.deepEqual(
    r.aggregates.map((a) => [a.code, a.name, a.reconciles, a.differs]),
    [
      ['A', 'TOTAL INVERSIÓN', ['payments'], []],
      ['A.1', 'Programa Mejor Movilidad', ['payments'], []],
    ],
  );
  assert.deepEqual(r.totals[0].reconciles, ['payments']);
});

test('a total row that differs from its children: a warning with line, both figures and the difference; the total is the published one', () => {
  const r = readBudget(
    FUT.replace('Programa Mejor Movilidad,7000000000000', 'Programa Mejor Movilidad,7000000000001'),
    {
      file: 'budget/fut.csv',
    },
  );
  assert.deepEqual(r.errors, []);
  assert.equal(r.warnings.length, 2, 'A.1 differs from its children, and A from A.1 + A.2');
  const w = r.warnings.find((x) => x.line === 4)!;
  assert.equal(w.code, 'budget.aggregate_mismatch');
  assert.equal(w.column, 5);
  assert.equal(w.value, '7000000000001');
  assert.match(
    messageText(w.message, 'en'),
    /publishes 7000000000001 and its rows add up to 7000000000000 \(difference 1\)/,
  );
  assert.equal(totalOf(r, '2017', 'payments'), '10207063183472');
  assert.deepEqual(r.totals[0].differs, ['payments']);
});

test('CCPET codes (2.1.1.01…) in any order, skipped levels and one rubro per funding source', () => {
  const csv = [
    'Vigencia;Rubro;Descripción;Fuente;Apropiación definitiva;Compromisos',
    '2024;2.1.1.01.01.001;Sueldo básico;SGP;100,5;90',
    '2024;2;GASTOS;;1.000,5;700',
    '2024;2.1.1.01.01.001;Sueldo básico;ICLD;200;110',
    '2024;2.1;FUNCIONAMIENTO;;300,5;200',
    '2024;2.3;INVERSIÓN;;700;500',
    '2024;2.3.2.02.02.008;Servicios;ICLD;700;500',
  ].join('\n');
  const r = readBudget(csv, { file: 'budget/ccpet.csv' });
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.warnings, []);
  assert.equal(totalOf(r, '2024', 'current_appropriation'), '1000.5');
  assert.equal(totalOf(r, '2024', 'commitments'), '700');
  assert.equal(r.records.length, 3);
  assert.deepEqual(r.records[2].levels, ['GASTOS', 'INVERSIÓN', 'Servicios']);
  assert.equal(r.aggregates.length, 3);
});

test('SIIF codes (A-01-01-01) read the same way', () => {
  const csv = [
    'año,rubro,nombre,apropiacion,obligacion,pago',
    '2024,A,FUNCIONAMIENTO,10,8,6',
    '2024,A-01,GASTOS DE PERSONAL,10,8,6',
    '2024,A-01-01-01,SALARIO,4,3,2',
    '2024,A-01-01-02,PRIMAS,6,5,4',
  ].join('\n');
  const r = readBudget(csv, { file: 'b.csv' });
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.totals[0].amounts, {
    current_appropriation: '10',
    obligations: '8',
    payments: '6',
  });
  assert.deepEqual(r.totals[0].reconciles, ['current_appropriation', 'obligations', 'payments']);
});

test('one TOTAL row under lines without codes is their total; subtotals without structure are an error naming the rows', () => {
  const base = ['vigencia;sector;valor', '2025;Salud;10', '2025;Educación;20'];
  const one = readBudget([...base, '2025;TOTAL;30'].join('\n'), {
    file: 'b.csv',
    levels: ['sector'],
  });
  assert.deepEqual(one.errors, []);
  assert.equal(totalOf(one, '2025'), '30');
  assert.equal(one.records.length, 2);
  assert.deepEqual(one.totals[0].reconciles, ['amount']);

  const subtotals = readBudget(
    [...base, '2025;Subtotal salud;10', '2025;Total general;30'].join('\n'),
    { file: 'b.csv', levels: ['sector'] },
  );
  assert.deepEqual(
    subtotals.errors.map((e) => [e.code, e.line]),
    [['budget.aggregate_undecided', 4]],
  );
  assert.match(
    messageText(subtotals.errors[0].message, 'en'),
    /lines 4, 5 look like totals or subtotals/,
  );
  assert.match(messageText(subtotals.errors[0].expected, 'en'), /parent_code/);
});

test('codes without separators that begin others (1 > 12 > 120): totals when their figures prove it, else an error until declared', () => {
  const proved = [
    'año;código;nombre;importe',
    '2015;120;Sueldos;70',
    '2015;1;Gastos de personal;100',
    '2015;12;Retribuciones;70',
    '2015;13;Laborales;30',
    '2015;2;Bienes corrientes;5',
  ].join('\n');
  const r = readBudget(proved, { file: 'b.csv' });
  assert.deepEqual(r.errors, []);
  assert.deepEqual(
    r.warnings.map((w) => [w.code, w.line]),
    [['budget.code_prefix_hierarchy', 4]],
  );
  assert.equal(totalOf(r, '2015'), '105');
  assert.deepEqual(
    r.records.map((l) => l.code),
    ['120', '13', '2'],
  );

  // Row numbers 1, 2 … 12: `1` begins `10`, `11`, `12` but is not their total.
  const numbered = [
    'año;código;importe',
    ...Array.from({ length: 12 }, (_, i) => `2015;${i + 1};${i + 1}`),
  ].join('\n');
  const undecided = readBudget(numbered, { file: 'b.csv' });
  assert.deepEqual(
    undecided.errors.map((e) => [e.code, e.line]),
    [['budget.code_hierarchy_undecided', 2]],
  );
  assert.match(
    messageText(undecided.errors[0].expected, 'en'),
    /code_hierarchy: prefix.*code_hierarchy: none/,
  );
  const none = readBudget(numbered, { file: 'b.csv', codeHierarchy: 'none' });
  assert.deepEqual(none.errors, []);
  assert.equal(totalOf(none, '2015'), '78');
  const prefix = readBudget(
    proved.replace('2015;1;Gastos de personal;100', '2015;1;Gastos de personal;101'),
    {
      file: 'b.csv',
      codeHierarchy: 'prefix',
    },
  );
  assert.deepEqual(prefix.errors, []);
  assert.equal(totalOf(prefix, '2015'), '106', 'the declared total is the published one');
  assert.deepEqual(
    prefix.warnings.map((w) => w.code),
    ['budget.aggregate_mismatch'],
  );
});

test('years are never added: one total per fiscal year, latest first', () => {
  const r = readBudget('vigencia,valor\n2023,5\n2024,7\n2023,1\n', { file: 'b.csv' });
  assert.deepEqual(
    r.totals.map((t) => [t.fiscalYear, t.amounts.amount]),
    [
      ['2024', '7'],
      ['2023', '6'],
    ],
  );
});

test('Excel’s accounting zero reads as 0 in money columns, said once per file; a bare `-` stays missing', () => {
  const r = readBudget('vigencia,valor,pagos\n2024, $ -   ,-\n2024," -   ",5\n2024,3,$-\n', {
    file: 'b.csv',
  });
  assert.deepEqual(r.errors, []);
  assert.deepEqual(
    r.records.map((l) => [l.amounts.amount, l.amounts.payments, l.missing?.payments]),
    [
      ['0', undefined, 'no_data'],
      ['0', '5', undefined],
      ['3', '0', undefined],
    ],
  );
  assert.deepEqual(
    r.warnings.map((w) => [w.code, w.line, w.column]),
    [['budget.accounting_zero', 2, 2]],
  );
  assert.match(messageText(r.warnings[0].message, 'en'), /^3 amount cells/);
});

test('singular, plural and other amount headers as entities write them', () => {
  const cases: [string, string][] = [
    ['apropiacion', 'current_appropriation'],
    ['Apropiaciones definitivas', 'current_appropriation'],
    ['compromiso', 'commitments'],
    ['obligacion', 'obligations'],
    ['Obligación', 'obligations'],
    ['pago', 'payments'],
    ['Monto aprobado', 'initial_appropriation'],
    ['Valor total', 'amount'],
    ['importe', 'amount'],
    ['Apropiación definitiva', 'current_appropriation'],
  ];
  for (const [header, key] of cases) {
    const r = readBudget(`año,${header}\n2024,10\n`, { file: 'b.csv' });
    assert.deepEqual(r.errors, [], header);
    assert.deepEqual(r.records[0].amounts, { [key]: '10' }, header);
  }
});

test('sidecar facts: constants for every row, a scale read exactly, a cut-off date; slips get a “did you mean”', () => {
  const r = readBudget('Rubro;Monto aprobado\nA;1.234,5\n', {
    file: 'b.csv',
    constants: { fiscal_year: '2024', flow: 'ingreso' },
    scale: '1000',
    asOf: '2025-06-30',
  });
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.facts, {
    scale: '1000',
    asOf: '2025-06-30',
    constants: { fiscal_year: '2024', flow: 'ingreso' },
  });
  assert.equal(r.records[0].fiscalYear, '2024');
  assert.equal(r.records[0].flow, 'income');
  assert.equal(r.records[0].amounts.initial_appropriation, '1234500');

  const slips = readBudget('Vigencia;Monto\n2024;1\n', {
    file: 'b.csv',
    constants: { fiscal_yaer: '2024' },
    scale: 'mil',
    dialect: { columns: { Monto: 'ammount', Vigensia: 'fiscal_year' } },
  });
  const byCode = slips.errors.map((e) => [e.code, messageText(e.message, 'en')]);
  assert.deepEqual(
    byCode.map(([c]) => c),
    [
      'budget.invalid_fact',
      'budget.unknown_key',
      'budget.unknown_key',
      'budget.unknown_column',
      'budget.no_amount_column',
    ],
  );
  assert.match(
    messageText(slips.errors[1].message, 'en') + messageText(slips.errors[2].message, 'en'),
    /Did you mean «fiscal_year»\?/,
  );
  assert.match(
    messageText(slips.errors[1].message, 'en') + messageText(slips.errors[2].message, 'en'),
    /Did you mean «amount»\?/,
  );
  assert.match(messageText(slips.errors[3].message, 'es'), /¿Quiso decir «Vigencia»\?/);

  const mappedLevel = readBudget('Vigencia;Programa;Valor\n2024;Salud;1\n', {
    file: 'b.csv',
    dialect: { columns: { Programa: 'level_1' } },
  });
  assert.deepEqual(mappedLevel.errors, []);
  assert.deepEqual(mappedLevel.records[0].levels, ['Salud']);

  const both = readBudget('Vigencia;Valor\n2024;1\n', {
    file: 'b.csv',
    constants: { fiscal_year: '2023' },
  });
  assert.deepEqual(
    both.errors.map((e) => e.code),
    ['budget.constant_and_column'],
  );
});

test('a sidecar’s currency (Madrid publishes euros): an ISO code Intl knows, never a symbol', () => {
  const side = readSidecarObject({ currency: 'eur', as_of: '2015-12-31' }, 'b.csv.yaml');
  assert.deepEqual(side.errors, []);
  const r = readBudget('Año;Importe\n2015;10\n', { file: 'b.csv', ...budgetSidecarOptions(side) });
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.facts, { currency: 'EUR', asOf: '2015-12-31' });
  for (const slip of ['€', 'EURO', 'XYZ']) {
    const bad = readBudget('Año;Importe\n2015;10\n', { file: 'b.csv', currency: slip });
    assert.deepEqual(
      bad.errors.map((e) => [e.code, e.header, e.value]),
      [['budget.invalid_fact', 'currency', slip]],
    );
    assert.match(messageText(bad.errors[0].expected, 'en'), /three-letter ISO 4217 currency code/);
  }
  const typo = readSidecarObject({ curency: 'EUR' }, 'b.csv.yaml');
  assert.match(messageText(typo.errors[0].message, 'en'), /Did you mean «currency»\?/);
});

test('real: Madrid 2012-2015 (20,217 lines) shows each year’s own total, never their sum', () => {
  const r = readBudget(real('madrid_gastos_2012-2015.csv'), { file: 'budget/madrid.csv' });
  assert.deepEqual(r.errors, []);
  assert.equal(r.records.length, 20_217);
  assert.deepEqual(
    r.totals.map((t) => [t.fiscalYear, t.amounts.amount, t.lineCount]),
    [
      ['2015', '4650554218', r.records.filter((l) => l.fiscalYear === '2015').length],
      ['2014', '4699310629', r.records.filter((l) => l.fiscalYear === '2014').length],
      ['2013', '4564125024', r.records.filter((l) => l.fiscalYear === '2013').length],
      ['2012', '4942020428', r.records.filter((l) => l.fiscalYear === '2012').length],
    ],
  );
  assert.equal(r.aggregates.length, 0);
});

test('real: Mexico’s Ramo 23 has no year column; a sidecar constant gives it, and Monto aprobado is read', () => {
  const bytes = real('mexico_ramo23_general2015.csv');
  const without = readBudget(bytes, { file: 'budget/ramo23.csv' });
  assert.deepEqual(
    without.errors.map((e) => e.code),
    ['schema.missing_column'],
  );
  const r = readBudget(bytes, { file: 'budget/ramo23.csv', constants: { fiscal_year: '2015' } });
  assert.deepEqual(r.errors, []);
  assert.deepEqual(
    r.warnings.map((w) => w.code),
    ['csv.encoding_windows_1252'],
  );
  assert.equal(r.records.length, 6176);
  assert.deepEqual(
    r.totals.map((t) => [t.fiscalYear, t.amounts]),
    [['2015', { initial_appropriation: '57303643926' }]],
  );
  // A line is a project, named by `Nombre del proyecto` (the site listed 6,176 nameless lines);
  // 1,140 of them, the funds' allocations to a state, have no name in the file.
  assert.equal(
    r.records[0].name,
    'CONSTRUCCIÓN DE 34 TECHUMBRES DE CANCHAS DE USOS MÚLTIPLES (2 TECHUMBRES POR CADA MUNICIPIO), EN TABASCO',
  );
  assert.equal(r.records.filter((l) => l.name).length, 5036);
  assert.equal(r.records[0].extra['Entidad Federativa'], 'TABASCO');
});

test('a project’s name names a line only where no column names the line itself', () => {
  const csv = 'año;nombre;nombre del proyecto;valor\n2024;Vías;Puente Oxolotán;10\n';
  const r = readBudget(csv, { file: 'b.csv' });
  assert.deepEqual([...r.errors, ...r.warnings], []);
  assert.equal(r.records[0].name, 'Vías');
  assert.deepEqual(r.records[0].extra, { 'nombre del proyecto': 'Puente Oxolotán' });
  // Declared, the project's name is the line's, and the other column stays as written.
  const declared = readBudget(csv, {
    file: 'b.csv',
    dialect: { columns: { 'nombre del proyecto': 'name' } },
  });
  assert.deepEqual([...declared.errors, ...declared.warnings], []);
  assert.equal(declared.records[0].name, 'Puente Oxolotán');
  assert.deepEqual(declared.records[0].extra, { nombre: 'Vías' });
  // Two columns that both name the line: the first, and the other stays in the line.
  const two = readBudget('año;nombre;descripción;valor\n2024;Vías;Calles;10\n', { file: 'b.csv' });
  assert.equal(two.records[0].name, 'Vías');
  assert.deepEqual(two.records[0].extra, { descripción: 'Calles' });
});

test('real: Colombia’s PGN 2024 table as MinHacienda sends it (UTF-16, padded `4,409,693,000`, accounting zeros, no year) builds with a sidecar only', async () => {
  const root = mkdtempSync(join(tmpdir(), 'rendir-pgn-'));
  const csv = join(root, 'budget', 'pgn.csv');
  mkdirSync(dirname(csv), { recursive: true });
  copyFileSync(new URL('colombia_pgn2024_funcionamiento_deuda.csv', REAL), csv);
  writeFileSync(
    `${csv}.yaml`,
    'constants: {fiscal_year: 2024}\ncolumns: {SECTOR: level_1, NOMBRE ENTIDAD: level_2}\n',
  );
  const r = await readBudgetFile(csv, { root });
  rmSync(root, { recursive: true, force: true });
  assert.deepEqual(r.errors, []);
  assert.equal(r.records.length, 2302);
  // The file's own total, worked out independently (Python's decimal): 404,848,982,151,154.
  assert.deepEqual(
    r.totals.map((t) => [t.fiscalYear, t.amounts]),
    [['2024', { current_appropriation: '404848982151154' }]],
  );
  assert.deepEqual(
    r.warnings.map((w) => [w.code, w.line, w.column]),
    [['budget.accounting_zero', 12, 6]],
  );
  assert.match(messageText(r.warnings[0].message, 'en'), /^126 amount cells/);
  assert.deepEqual(r.records[0].levels, [
    'AGRICULTURA Y DESARROLLO RURAL',
    'AGENCIA DE DESARROLLO RURAL - ADR',
  ]);
  assert.equal(r.records[0].amounts.current_appropriation, '4409693000');
});

test('real: Costa Rica’s scientific-notation cells are refused, never rounded', () => {
  const r = readBudget(real('costarica_cgr_subpartidas_gastos_2018-2025.csv'), {
    file: 'budget/cgr.csv',
    dialect: { columns: { 'Monto adjudicado en colones': 'amount' } },
  });
  assert.deepEqual(
    r.errors.map((e) => [e.code, e.value]),
    [
      ['number.scientific', '1,83403E+11'],
      ['number.scientific', '2,99E+11'],
      ['number.scientific', '1,39E+11'],
      ['number.scientific', '4,77E+11'],
    ],
  );
  assert.equal(totalOf(r, '2018'), '1041699844985');
  assert.equal(r.totals.length, 8);
  // Its sub-item codes (10701, 50201…) are all five digits: none begins another.
  const coded = readBudget(real('costarica_cgr_subpartidas_gastos_2018-2025.csv'), {
    file: 'budget/cgr.csv',
    dialect: {
      columns: { 'Monto adjudicado en colones': 'amount', 'Código de subpartida': 'code' },
    },
  });
  assert.deepEqual(coded.errors.length, 4);
  assert.equal(totalOf(coded, '2018'), '1041699844985');
});

// CUIPO (Contraloría General) as the Observatorio Fiscal's Daniel Duque republished it: the four
// CUIPO datasets of one entity (programming and execution of expenses and income) with every
// quarterly cut-off of 2021 in one file; CCPET codes (2, 2.1 … 2.1.1.01.01.001.01) and their
// aggregate rows; one rubro per funding source and CPC.
const CUIPO = 'colombia_cuipo_923273244_2021.csv';

test('real: a CUIPO file with four quarterly cut-offs is refused, never added (their payments add up to 2.3 times the year’s)', () => {
  const r = readBudget(real(CUIPO), { file: 'budget/cuipo.csv' });
  const cutOffs = r.errors.filter((e) => e.code === 'budget.several_periods');
  assert.equal(cutOffs.length, 1);
  assert.equal(cutOffs[0].header, 'PERIODO');
  assert.equal(cutOffs[0].column, 2);
  assert.match(
    messageText(cutOffs[0].message, 'es'),
    /La vigencia 2021 tiene 4 cortes \(«PERIODO»: 20210301, 20210601, 20210901, 20211201\); las cifras de cada corte son acumuladas y no se suman/,
  );
  assert.match(messageText(cutOffs[0].expected, 'en'), /the latest, 20211201/);
  // Its programming rows repeat the execution rows' total codes («2 GASTOS» twice a cut-off):
  // 72 rows that are neither lines nor totals.
  const repeated = r.errors.find((e) => e.code === 'budget.aggregate_repeated');
  assert.match(
    messageText(repeated!.message, 'en'),
    /^The rows on lines 141, 142, .*\(\+62\) repeat the code of a total row/,
  );
  // CUENTA and NOMBRE_CUENTA (CHIP/CUIPO headers) are its codes and names: the rows of each
  // cut-off are linked to their own cut-off's aggregates only.
  const gastos = r.aggregates.filter((a) => a.code === '2' && a.name === 'GASTOS');
  assert.ok(gastos.length >= 4);
  assert.ok(!r.records.some((l) => l.code === '2' || l.code === '2.1'));
});

/** A real file as published, in a content folder beside `sidecar` (its NAME.csv.yaml). */
async function realWith(name: string, file: string, sidecar: string): Promise<BudgetReadResult> {
  const root = mkdtempSync(join(tmpdir(), 'rendir-real-'));
  try {
    const csv = join(root, 'budget', file);
    mkdirSync(dirname(csv), { recursive: true });
    copyFileSync(new URL(name, REAL), csv);
    writeFileSync(`${csv}.yaml`, sidecar);
    return await readBudgetFile(csv, { root });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
const cuipoWith = (sidecar: string) => realWith(CUIPO, 'cuipo.csv', sidecar);

test('real: the CUIPO file as published builds with a sidecar only: its execution rows, the latest of its cumulative cut-offs, its own «2 GASTOS» figures', async () => {
  // `tipo` (the republisher's column) says which of the four CUIPO datasets a row is from;
  // `periods: cumulative` says each quarterly cut-off runs from January.
  const r = await cuipoWith('rows: {tipo: eje_gasto}\nperiods: cumulative\n');
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.facts, { rows: { tipo: 'eje_gasto' }, periods: 'cumulative' });
  // TRIMESTRE, a second column of the cut-off beside PERIODO, stays in each line as written.
  assert.equal(r.records[0].extra.TRIMESTRE, 'Cuarto Trimestre');
  const cutOffs = r.warnings.find((w) => w.code === 'budget.cumulative_periods');
  assert.equal(
    messageText(cutOffs!.message, 'es'),
    'La vigencia 2021 tiene 4 cortes acumulados («PERIODO»: 20210301, 20210601, 20210901, 20211201); se muestra el último, 20211201, y los anteriores no se suman',
  );
  assert.deepEqual([cutOffs!.line, cutOffs!.column, cutOffs!.header], [167, 2, 'PERIODO']);
  // The file's own «2 GASTOS» row of the year-end cut-off, worked out independently (Python's
  // decimal) from its 21 detail rows too: obligations 373,009,074, payments 370,453,800.
  assert.deepEqual(
    r.totals.map((t) => [
      t.fiscalYear,
      t.period,
      t.amounts.obligations,
      t.amounts.payments,
      t.lineCount,
    ]),
    [['2021', '20211201', '373009074', '370453800', 21]],
  );
  assert.deepEqual(r.totals[0].differs, []);
  assert.ok(r.totals[0].reconciles.includes('payments'));
  assert.equal(r.records.length, 21);
  assert.ok(r.records.every((l) => l.period === '20211201'));
  const codes = new Set([...r.records, ...r.aggregates].map((l) => l.code));
  assert.equal(codes.has('2.1.1.01.01.001'), true);
  for (const line of r.records)
    assert.ok(
      ![...codes].some((c) => c !== line.code && c!.startsWith(`${line.code}.`)),
      `${line.code} has children: it is an aggregate, not a line`,
    );
  assert.deepEqual(r.records.find((l) => l.code === '2.1.1.01.01.001.01')?.levels, [
    'GASTOS',
    'FUNCIONAMIENTO',
    'GASTOS DE PERSONAL',
    'PLANTA DE PERSONAL PERMANENTE',
    'FACTORES CONSTITUTIVOS DE SALARIO',
    'FACTORES SALARIALES COMUNES',
    'SUELDO BASICO',
  ]);
});

test('real: CUIPO’s income budget reads its figures from PRESUPUESTO_*, the columns its income rows fill beside the expense rows’ APROPIACION_*', async () => {
  // Both columns mean the initial (and the current) appropriation; the second was dropped
  // without a word, and the income budget built with no figure at all.
  const r = await cuipoWith(
    'rows: {tipo: pres_ingreso}\nperiods: cumulative\nconstants: {flow: income}\n',
  );
  assert.deepEqual(r.errors, []);
  // Its own «1 INGRESOS» row of the year-end cut-off.
  assert.deepEqual(
    r.totals.map((t) => [t.fiscalYear, t.flow, t.period, t.amounts]),
    [
      [
        '2021',
        'income',
        '20211201',
        { initial_appropriation: '373009074', current_appropriation: '373009074' },
      ],
    ],
  );
});

test('real: CUIPO’s income execution keeps its figures in TOTAL_RECAUDO: an error names the amount columns that hold none, never a budget of nothing', async () => {
  const r = await cuipoWith(
    'rows: {tipo: eje_ingreso}\nperiods: cumulative\nconstants: {flow: income}\n',
  );
  assert.deepEqual(
    r.errors.map((e) => [e.code, e.line]),
    [['budget.no_figures', 1]],
  );
  assert.match(
    formatError(r.errors[0], 'en'),
    /none of its 6 rows gives a figure in its amount columns \(«APROPIACION_INICIAL», «PRESUPUESTO_INICIAL», .*«PAGOS»\)/,
  );
  // Named, its figures are read: the year-end cut-off's «1 INGRESOS» row, 373,009,074.
  const named = await cuipoWith(
    'rows: {tipo: eje_ingreso}\nperiods: cumulative\nconstants: {flow: income}\ncolumns: {TOTAL_RECAUDO: amount}\n',
  );
  assert.deepEqual(named.errors, []);
  assert.deepEqual(
    named.totals.map((t) => [t.fiscalYear, t.flow, t.amounts.amount]),
    [['2021', 'income', '373009074']],
  );
});

test('two columns of one amount: each row’s figure is the one it fills; two different figures are an error naming both', () => {
  const csv = [
    'año;apropiación inicial;presupuesto inicial;pagos',
    '2024;100;;10',
    '2024;;200;20',
    '2024;300;300;30',
    '2024;400;401;40',
  ].join('\n');
  const r = readBudget(csv, { file: 'b.csv' });
  assert.deepEqual(
    r.records.map((l) => l.amounts.initial_appropriation),
    ['100', '200', '300', '400'],
  );
  assert.deepEqual(
    r.errors.map((e) => [e.code, e.line, e.column, e.value]),
    [['budget.amount_columns_differ', 5, 3, '401']],
  );
  assert.match(
    formatError(r.errors[0], 'en'),
    /another figure of this amount in «apropiación inicial» \(400\); neither is chosen/,
  );
});

test('real: the CUIPO sidecar’s slips are errors with the closest name, and nothing is guessed', async () => {
  const where = (r: BudgetReadResult) =>
    r.errors.map((e) => `${e.code} ${e.header} ${messageText(e.message, 'es')}`);
  // A value no row has: the closest value of the column, and no rows shown instead.
  const value = await cuipoWith('rows: {tipo: eje_gastos}\nperiods: cumulative\n');
  assert.deepEqual(where(value), [
    'budget.rows_value_missing tipo «rows» elige las filas con «tipo» igual a «eje_gastos», pero ninguna fila lo tiene; no se muestra otra en su lugar. ¿Quiso decir «eje_gasto»?',
  ]);
  assert.match(messageText(value.errors[0].expected, 'en'), /pres_gasto, eje_gasto|eje_gasto/);
  assert.deepEqual(value.records, []);
  // A column the file lacks.
  const column = await cuipoWith('rows: {tip: eje_gasto}\nperiods: cumulative\n');
  assert.match(where(column)[0], /^budget\.rows_unknown_column tip .*¿Quiso decir «tipo»\?/);
  // An unknown word for `periods`.
  const periods = await cuipoWith('rows: {tipo: eje_gasto}\nperiods: acumulado\n');
  assert.deepEqual(
    periods.errors.map((e) => [e.code, e.header, messageText(e.expected, 'es')]),
    [
      ['budget.invalid_fact', 'periods', 'cumulative (cada corte acumula los anteriores)'],
      ['budget.several_periods', 'PERIODO', messageText(periods.errors[1].expected, 'es')],
    ],
  );
  // Without `periods`, the four cut-offs are still refused, never added.
  const rowsOnly = await cuipoWith('rows: {tipo: eje_gasto}\n');
  assert.deepEqual(
    rowsOnly.errors.map((e) => e.code),
    ['budget.several_periods'],
  );
  // A misspelt sidecar key.
  const key = await cuipoWith('row: {tipo: eje_gasto}\n');
  assert.match(messageText(key.errors[0].message, 'es'), /¿Quiso decir «rows»\?/);
});

/** Each year's `key` total of `csv` read with the sidecar `rows: {column: value}`, read clean. */
function yearsWithRows(csv: string, column: string, value: string, key = 'payments') {
  const selected = readBudget(csv, {
    file: 'budget/rows.csv',
    ...budgetSidecarOptions(readSidecarObject({ rows: { [column]: value } }, 's')),
  });
  assert.deepEqual(selected.errors, []);
  return selected.totals.map((t) => [t.fiscalYear, t.amounts[key as 'payments']]);
}

// Written for this test in CUIPO's shape (`VIGENCIA_DEL_GASTO`): the same rubro executed from
// this year's appropriation and from last year's reserves. The figures are made up.
const VIGENCIAS = [
  'PERIODO,CUENTA,NOMBRE_CUENTA,VIGENCIA_DEL_GASTO,VIGENCIA,OBLIGACIONES,PAGOS',
  '20211201,2,GASTOS,VIGENCIA ACTUAL,2021,1000,900',
  '20211201,2.1,FUNCIONAMIENTO,VIGENCIA ACTUAL,2021,1000,900',
  '20211201,2,GASTOS,RESERVAS,2021,300,300',
  '20211201,2.1,FUNCIONAMIENTO,RESERVAS,2021,300,300',
].join('\n');

test('a year whose rows execute this year’s appropriation and last year’s reserves is refused, or read as the rows its sidecar selects', () => {
  const mixed = readBudget(VIGENCIAS, { file: 'budget/cuipo.csv' });
  const refused = mixed.errors.find((e) => e.code === 'budget.several_expense_vigencias');
  assert.ok(refused, JSON.stringify(mixed.errors.map((e) => e.code)));
  assert.deepEqual([refused.line, refused.column, refused.value], [4, 4, 'RESERVAS']);
  assert.equal(
    messageText(refused.message, 'es'),
    'La vigencia 2021 mezcla cifras de varias vigencias del gasto («VIGENCIA_DEL_GASTO»: VIGENCIA ACTUAL, RESERVAS); las reservas y cuentas por pagar de vigencias anteriores no se suman a las de la vigencia actual',
  );
  assert.match(
    messageText(refused.expected, 'en'),
    /`rows:` with «VIGENCIA_DEL_GASTO: VIGENCIA ACTUAL»/,
  );
  // As the Contraloría's current datasets name the column, with its code beside it.
  const coded = readBudget(VIGENCIAS.replace('VIGENCIA_DEL_GASTO', 'NOM_VIGENCIA_DEL_GASTO'), {
    file: 'budget/cuipo.csv',
  });
  assert.ok(coded.errors.some((e) => e.code === 'budget.several_expense_vigencias'));
  assert.deepEqual(yearsWithRows(VIGENCIAS, 'VIGENCIA_DEL_GASTO', 'VIGENCIA ACTUAL'), [
    ['2021', '900'],
  ]);
  assert.deepEqual(yearsWithRows(VIGENCIAS, 'VIGENCIA_DEL_GASTO', 'Reservas'), [['2021', '300']]);
});

// SIIF Nación's «Ejecución presupuestal agregada» of the national budget (PGN), January 2025,
// as MinHacienda publishes it monthly in Excel and the Observatorio Fiscal (PUJ) saved it as
// CSV (pandas: the report's title rows and its total row dropped, `Sector`, `Entidad`, `mes`
// added). 3,605 rubros of every executing unit, SIIF codes (`A-01-01-01`, `C-4699-1500-2-707010`)
// all at the depth the report gives them (no code begins another: no total rows), one row per
// funding source; `APR. VIGENTE`, `COMPROMISO`, `OBLIGACION`, `PAGOS` headers; `TIPO` (A
// funcionamiento, B deuda, C inversión) is no flow; no year column (the year is in the
// report's title, «Año Fiscal: 2025»).
const SIIF = 'colombia_siif_pgn_ejecucion_2025-01.csv';
const SIIF_SIDECAR = [
  'constants: {fiscal_year: 2025}',
  'as_of: 2025-01-31',
  'columns: {Sector: level_1, Entidad: level_2, TIPO: level_3}',
  '',
].join('\n');

test('real: the SIIF execution report as published is refused: no year column, and TIPO’s letters (A, B, C) are no flow', () => {
  // A flow column with flows in it and one slip: the slip is an error on its own row.
  const slip = readBudget('Vigencia,Tipo,Pagos\n2024,gasto,1\n2024,inversión,2\n2024,ingreso,3\n', {
    file: 'budget/t.csv',
  });
  assert.deepEqual(
    slip.errors.map((e) => [e.code, e.line, e.value]),
    [['schema.invalid_value', 3, 'inversión']],
  );
  const r = readBudget(real(SIIF), { file: 'budget/siif.csv' });
  const year = r.errors.find((e) => e.code === 'schema.missing_column' && e.line === 1);
  assert.ok(year);
  // No column holds years (the year is in the report's title): the fix is the year given
  // once for the file, not a mapping to a column it does not have.
  assert.match(
    formatError(year, 'es'),
    /Se esperaba: una columna «vigencia», o, si su valor es uno solo para todo el archivo .*la línea constants: \{ fiscal_year: 2025 \} en budget\/siif\.csv\.yaml/,
  );
  assert.match(
    formatError(year, 'en'),
    /Expected: a column «vigencia», or, .*the line constants: \{ fiscal_year: 2025 \} in budget\/siif\.csv\.yaml/,
  );
  assert.doesNotMatch(formatError(year, 'en'), /columns:/);
  // TIPO holds SIIF's letters, not expense or income: one error for the column with its values
  // and the declaration that says what it is, not one per row (3,605).
  const tipo = r.errors.filter((e) => e.header === 'TIPO');
  assert.deepEqual(
    tipo.map((e) => [e.code, e.line, e.column, e.value]),
    [['budget.flow_column_not_flow', 6, 4, 'A']],
  );
  assert.match(
    messageText(tipo[0].message, 'es'),
    /ninguna de sus 3605 filas lo dice: tiene A, B, C/,
  );
  assert.match(messageText(tipo[0].expected, 'en'), /`columns: \{TIPO: level_3\}`/);
});

test('real: the SIIF execution report builds with a sidecar only into its own totals', async () => {
  const r = await realWith(SIIF, 'siif.csv', SIIF_SIDECAR);
  assert.deepEqual(r.errors, []);
  // SIIF's abbreviations are its amounts: `APR. INICIAL`, `APR. VIGENTE`, `CDP`, `COMPROMISO`,
  // `OBLIGACION`, `PAGOS` (`APR. ADICIONADA`, `ORDEN PAGO`… stay as the file's own columns).
  assert.equal(r.records[0].extra['ORDEN PAGO'], '12218030984.0');
  // Worked out independently with Python's decimal (csv reader, no floats) from the file's
  // 3,605 rows. The report's own total row (enero.xlsx, kept beside it by its republisher)
  // gives the same appropriations (523,007,132,456,704), commitments (65,325,048,255,272.703,
  // the nearest double to ,70) and payments (15,802,084,836,500.9); its CDP and obligations
  // (…249 and …245.9) were summed in floating point and are off by 0.62 and 0.01.
  assert.deepEqual(
    r.totals.map((t) => [t.fiscalYear, t.lineCount, t.amounts]),
    [
      [
        '2025',
        3605,
        {
          initial_appropriation: '523007132456704',
          current_appropriation: '523007132456704',
          cdp: '295161690182248.38',
          commitments: '65325048255272.7',
          obligations: '16279078260245.91',
          payments: '15802084836500.9',
        },
      ],
    ],
  );
  assert.deepEqual(r.aggregates, []);
  assert.equal(r.facts.asOf, '2025-01-31');
  const salario = r.records[0];
  assert.deepEqual(
    [salario.code, salario.name, salario.levels, salario.fundingSource, salario.origin.line],
    [
      'A-01-01-01',
      'SALARIO',
      ['Congreso de la república', 'Congreso de la república', 'A'],
      'Nación',
      6,
    ],
  );
});

// CUIPO of a municipality, San Pedro (Sucre), as Daniel Duque republished it: 2021 to 2023,
// every quarterly cut-off, the four CUIPO datasets, and three budget sections
// (`SECCION_PRESUPUESTAL`: central administration, council, ombudsman), each with its own
// CCPET total rows («2 GASTOS» three times a cut-off).
const SAN_PEDRO = 'colombia_cuipo_211770717_san-pedro-sucre_2021-2023.csv';

test('real: a municipality’s CUIPO with three budget sections builds with the same sidecar into the sum of its sections’ own totals', async () => {
  const r = await realWith(
    SAN_PEDRO,
    'cuipo.csv',
    'rows: {tipo: eje_gasto}\nperiods: cumulative\n',
  );
  assert.deepEqual(r.errors, []);
  // Worked out independently with Python's decimal: per year, at its latest cut-off, the three
  // sections' published «2 GASTOS» rows add up to the same as the year's detail rows (142, 219
  // and 101 rows). 2022's payments: 34,084,211,202 (central administration) + 96,955,961
  // (council) + 50,943,671 (ombudsman).
  assert.deepEqual(
    r.totals.map((t) => [
      t.fiscalYear,
      t.period,
      t.lineCount,
      t.amounts.commitments,
      t.amounts.obligations,
      t.amounts.payments,
      t.differs,
    ]),
    [
      ['2023', '20230901', 101, '33069101354', '26294734527', '25204975954', []],
      ['2022', '20221201', 219, '36494014783', '34729076305', '34232110834', []],
      ['2021', '20211201', 142, '24496147007', '22488940921', '22190818568', []],
    ],
  );
  // Each section's total rows are its own: the council's «2 GASTOS» of 2022 is its own
  // 96,955,961, reconciled with its own rubros, never with the central administration's.
  const council = r.aggregates.find(
    (a) =>
      a.fiscalYear === '2022' &&
      a.code === '2' &&
      a.published.payments === '96955961' &&
      a.reconciles.includes('payments'),
  );
  assert.ok(council);
  assert.ok(r.aggregates.every((a) => a.differs.length === 0));
  // A line says whose it is before its CCPET path.
  const line = r.records.find((l) => l.fiscalYear === '2022' && l.section?.endsWith('CONCEJO'));
  assert.deepEqual(line?.levels.slice(0, 2), ['ENTIDADES TERRITORIALES - CONCEJO', 'GASTOS']);
});

test('real: CUIPO’s «No Aplica» in its own level columns is no level: a line sits at its parent, and the figures stay the file’s', async () => {
  // CUENTA_NIVEL_01…10 name each rubro's CCPET path; the levels a rubro does not reach say
  // «No Aplica» (1,708 of the execution rows' cells).
  const levels = Array.from(
    { length: 10 },
    (_, i) => `CUENTA_NIVEL_${String(i + 1).padStart(2, '0')}: level_${i + 1}`,
  );
  const r = await realWith(
    SAN_PEDRO,
    'cuipo.csv',
    `rows: {tipo: eje_gasto}\nperiods: cumulative\ncolumns: {${levels.join(', ')}}\n`,
  );
  assert.deepEqual(r.errors, []);
  assert.deepEqual(
    r.records.filter((l) => l.levels.some((v) => /^no aplica$/i.test(v))).map((l) => l.origin.line),
    [],
  );
  const services = r.records.find((l) => l.code === '2.3.2.02.02.009')!;
  assert.deepEqual(services.levels, [
    'GASTOS',
    'INVERSION',
    'ADQUISICION DE BIENES Y SERVICIOS',
    'ADQUISICIONES DIFERENTES DE ACTIVOS',
    'ADQUISICION DE SERVICIOS',
    'SERVICIOS PARA LA COMUNIDAD, SOCIALES Y PERSONALES',
  ]);
  // Lines of every depth the file has, from 5 to 9 levels.
  assert.deepEqual([...new Set(r.records.map((l) => l.levels.length))].sort(), [5, 6, 7, 8, 9]);
  assert.deepEqual(
    r.totals.map((t) => [t.fiscalYear, t.amounts.payments]),
    [
      ['2023', '25204975954'],
      ['2022', '34232110834'],
      ['2021', '22190818568'],
    ],
  );
});

test('a missing marker in a level with a value below it: the line cannot be placed, an error says where', () => {
  // Written for this test; CUIPO itself has no such row.
  const r = readBudget(
    'Vigencia;Nivel 1;Nivel 2;Nivel 3;Pagos\n2023;GASTOS;No Aplica;SUELDO BASICO;10\n2023;GASTOS;N/A;;5\n',
    { file: 'budget/b.csv' },
  );
  assert.deepEqual(
    r.errors.map((e) => [e.code, e.line, e.column, e.value]),
    [
      ['budget.level_after_missing', 2, 3, 'No Aplica'],
      ['budget.empty_level', 3, 4, ''],
    ],
  );
  assert.match(
    formatError(r.errors[0], 'es'),
    /El nivel «Nivel 2» dice «No Aplica» pero «Nivel 3», más abajo, tiene un valor/,
  );
  assert.match(
    formatError(r.errors[0], 'en'),
    /The level «Nivel 2» says «No Aplica» but «Nivel 3», below it/,
  );
});

test('budget sections: the same codes in two sections are two trees, and a file without the column stays refused', () => {
  const csv = (header: string) =>
    [
      `VIGENCIA,CUENTA,NOMBRE,${header},PAGOS`,
      '2022,2,GASTOS,CONCEJO,100',
      '2022,2.1,FUNCIONAMIENTO,CONCEJO,100',
      '2022,2,GASTOS,PERSONERIA,50',
      '2022,2.1,FUNCIONAMIENTO,PERSONERIA,50',
    ].join('\n');
  // Written for this test in CUIPO's shape; the figures are made up.
  const sections = readBudget(csv('SECCION_PRESUPUESTAL'), { file: 'budget/s.csv' });
  assert.deepEqual(sections.errors, []);
  assert.deepEqual(
    sections.totals.map((t) => [t.fiscalYear, t.amounts.payments, t.lineCount]),
    [['2022', '150', 2]],
  );
  // Without a section column, the second «2 GASTOS» is a repeated total row: refused.
  const unknown = readBudget(csv('DEPENDENCIA'), { file: 'budget/s.csv' });
  assert.deepEqual(
    unknown.errors.map((e) => e.code),
    ['budget.aggregate_repeated'],
  );
  // A sidecar may name the column a section.
  const declared = readBudget(csv('DEPENDENCIA'), {
    file: 'budget/s.csv',
    ...budgetSidecarOptions(readSidecarObject({ columns: { DEPENDENCIA: 'section' } }, 's')),
  });
  assert.deepEqual(declared.errors, []);
  assert.equal(declared.totals[0].amounts.payments, '150');
});

// Written for this test in the shape of the Contraloría's format for universities (IES),
// «Ejecución Presupuestal de Gastos» (cas.contraloria.gov.co/ejecucion-presupuestal-gastos-ies):
// `Anio` is the year and `Vigencia` says which appropriation a figure executes (`Actual`,
// `Reservas`, `CxP`). No real file in this format was found; the figures are made up.
const IES = [
  'Anio,Vigencia,NIT_Entidad_Reportante,Codigo_Presupuestal,Nombre_Rubro,Compromisos,Pagos',
  '2022,Actual,800225340,02020206,Servicios prestados a las empresas,900,800',
  '2022,Reservas,800225340,02020206,Servicios prestados a las empresas,200,150',
  '2022,CxP,800225340,02020206,Servicios prestados a las empresas,40,40',
].join('\n');

test('the IES format’s `Vigencia` (Actual, Reservas, CxP) beside `Anio` is the expense vigencia: never added, never a second year', () => {
  for (const csv of [
    IES,
    IES.replace(/^Anio,Vigencia/, 'Vigencia,Anio').replace(/^(2022),(\w+)/gm, '$2,$1'),
  ]) {
    const mixed = readBudget(csv, { file: 'budget/ies.csv' });
    // Not 1,140 committed (this year's, last year's reserves and payables added), and not
    // «Actual is not a year» either.
    assert.deepEqual(
      mixed.errors.map((e) => [e.code, e.header]),
      [['budget.several_expense_vigencias', 'Vigencia']],
    );
    assert.deepEqual(mixed.warnings, []);
  }
  assert.deepEqual(yearsWithRows(IES, 'Vigencia', 'Actual', 'commitments'), [['2022', '900']]);
  assert.deepEqual(yearsWithRows(IES, 'Vigencia', 'Reservas', 'commitments'), [['2022', '200']]);
  assert.deepEqual(yearsWithRows(IES, 'Vigencia', 'CxP', 'commitments'), [['2022', '40']]);
  // A `Vigencia` column alone is still the year.
  const alone = readBudget('Vigencia,Compromisos\n2022,900\n', { file: 'budget/v.csv' });
  assert.deepEqual(
    alone.totals.map((t) => [t.fiscalYear, t.amounts.commitments]),
    [['2022', '900']],
  );
});
