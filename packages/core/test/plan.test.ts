import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  formatError,
  isExactNumber,
  isPlanIndicativo,
  readCsv,
  readPlan,
  messageText,
  loadAllMessages,
  LANGS,
} from '../src/index.ts';
import type { PlanGoal, PlanValue } from '../src/index.ts';
import { planBytes, readTenjo } from './plan-fixtures.ts';

await loadAllMessages(LANGS);

// Tenjo (Cundinamarca), plan indicativo 2024-2027 as its workbook holds it, saved the way
// Spanish Excel saves CSV (see fixtures/plan-real/README.md).
const TENJO = planBytes('tenjo-plan-indicativo-2024-2027.csv');
const GACHANCIPA = planBytes('gachancipa-plan-indicativo-2024-2027.csv');

const numberOf = (v: PlanValue | undefined) => (v && isExactNumber(v) ? v.value : undefined);
const codes = (list: { code: string }[]) => {
  const out: Record<string, number> = {};
  for (const e of list) out[e.code] = (out[e.code] ?? 0) + 1;
  return out;
};

test('Tenjo: 331 product goals under their eje and programa, the result goal’s L.B not taken for the product’s', () => {
  const r = readTenjo();
  assert.equal(r.goals.length, 331);
  assert.deepEqual(r.years, ['2024', '2025', '2026', '2027']);
  assert.equal(r.baselinePeriod, '2023');
  assert.equal(r.targetPeriod, '2027');
  const ejes = new Set(r.goals.map((g) => g.eje));
  assert.equal(ejes.size, 5);
  const first = r.goals[0];
  assert.equal(first.eje, 'Eje 1. Ambiente, Conectividad y Ordenamiento y servicios públicos');
  assert.equal(first.code, '1');
  assert.equal(first.bpin, '2024257990001');
  assert.equal(first.direction, 'increase');
  assert.equal(first.unit, 'Número');
  assert.equal(first.indicator, 'Actividades desarrolladas');
  assert.equal(numberOf(first.target), '4');
  // Column N (the result goal's L.B) holds 0 here; the product's L.B (column T) is free text.
  assert.equal(first.resultBaseline, '0');
  assert.match(first.resultIndicator!, /^Porcentaje de acciones integrales/);
  // The layout's other columns stay with the goal as written, never as figures.
  assert.equal(first.extra['ESTADO PROGRAMADO-NO PROGRAMADO (2)'], 'P');
  assert.equal(first.extra['TOTALES PLAN FINANCIERO PDM'], '3.893.186.529');
  assert.equal(first.extra['L.B'], undefined);
  assert.deepEqual(first.baseline, {
    text: '2 Estrategias (Reforestación y manteniniento)\n880 has DMI\n308 Has de propiedad del municipio',
  });
  const second = r.goals[1];
  assert.equal(numberOf(second.baseline), '0');
  assert.equal(numberOf(second.years['2025'].plannedQuarters?.[2]), '0.35');
  assert.equal(numberOf(second.years['2024'].executedTotal), '0.99');
  const last = r.goals.at(-1)!;
  assert.equal(last.direction, 'maintain');
  assert.equal(last.origin.line, 1838, 'lines count the line breaks inside cells');
});

test('Tenjo: free-text baselines make their goal "no evaluable", as warnings at the spreadsheet row, column letter and header', () => {
  const r = readTenjo();
  const notEvaluable = r.goals.filter((g) => g.notEvaluable);
  assert.equal(notEvaluable.length, 32);
  const km = r.goals.find((g) => g.name === 'Optimizar 27 km de redes de acueducto')!;
  assert.deepEqual(km.baseline, { text: '2 km' });
  assert.deepEqual(km.notEvaluable, [
    {
      column: 20,
      header: 'L.B',
      text: '2 km',
      reason: { key: 'plan_not_evaluable.free_text' },
    },
  ]);
  const warning = r.warnings.find((w) => w.value === '2 km')!;
  assert.equal(warning.code, 'plan.free_text_value');
  assert.equal(warning.row, 26);
  assert.match(formatError(warning, 'es'), /fila 26, columna T/);
  assert.match(formatError(warning, 'en'), /row 26, column T/);
  assert.match(formatError(warning, 'en'), /cannot be evaluated: «L\.B» is text/);
  // `S.D` in a baseline is a missing value, not free text.
  assert.ok(r.goals.some((g) => g.baseline && 'missing' in g.baseline && g.baseline.raw === 'S.D'));
  assert.deepEqual(codes(r.warnings), {
    'csv.encoding_windows_1252': 1,
    'plan.money_columns_disagree': 2,
    'plan.percent_in_money': 1,
    'plan.free_text_value': 31,
    'plan.invalid_value': 1,
  });
});

test('Tenjo: the total row is checked against the goals, never added; money is exact', () => {
  const r = readTenjo();
  // Line 1841 of the file (row 333 of the sheet): its money columns only, no goal.
  assert.equal(r.totalRowLine, 1841);
  assert.ok(r.goals.every((g) => g.origin.line !== 1841));
  // Sums worked out independently with Python's decimal module from the CSV.
  assert.deepEqual(
    r.totalRow.map((t) => [t.header, t.published, t.goalsSum, t.reconciles]),
    [
      ['APROPIACION 2024', '61689195696', '61689195696', true],
      ['COMPROMISOS 2024', '61689195696', '61689195696', true],
      ['APROPIACION INICIAL 2025', '96135295398', '96135295398', true],
      ['PAGOS 2025', '52126084569.82', '52126084569.82', true],
    ],
  );
  const sum = (year: string, key: 'financial_plan') =>
    r.goals
      .map((g) => g.years[year]?.money[key])
      .filter((v) => v !== undefined)
      .reduce((a, b) => a + BigInt(b!.replace('.', '')), 0n);
  assert.equal(sum('2024', 'financial_plan'), 128682772733n);
  assert.equal(sum('2026', 'financial_plan'), 121003835324n);
  assert.equal(sum('2027', 'financial_plan'), 109902729275n);
  // `APROPIACION DEFINITIVA 2025` and `COMPROMISOS 2025` are written twice with other
  // figures: neither is shown (a warning says so), nothing is guessed.
  assert.ok(r.goals.every((g) => g.years['2025']?.money.current_appropriation === undefined));
  assert.ok(r.goals.every((g) => g.years['2025']?.money.commitments === undefined));
});

test('Tenjo: a money column formatted as a percentage in the workbook is withheld whole, with one warning; the plan still reads', () => {
  const r = readTenjo();
  assert.deepEqual(r.errors, []);
  assert.equal(r.goals.length, 331);
  const [warning] = r.warnings.filter((w) => w.code === 'plan.percent_in_money');
  assert.equal(warning.header, '2025 PLAN FINANCIERO PDM');
  assert.equal(warning.value, '95034156500%');
  assert.match(messageText(warning.message, 'es'), /^324 cifras de dinero/);
  assert.match(messageText(warning.message, 'en'), /none of the column’s figures is shown/);
  assert.match(formatError(warning, 'es'), /columna CA/);
  // Not even its three cells with a number format: a sum of them would be partial.
  assert.ok(r.goals.every((g) => g.years['2025']?.money.financial_plan === undefined));
  assert.ok(r.goals.every((g) => g.years['2025']?.undecidedMoney?.includes('financial_plan')));
  assert.deepEqual(
    r.withheldMoney.map((w) => [w.year, w.key, w.header.trim(), w.reason]),
    [
      ['2025', 'current_appropriation', 'APROPIACION DEFINITIVA 2025', 'columns_disagree'],
      ['2025', 'commitments', 'COMPROMISOS 2025', 'columns_disagree'],
      ['2025', 'financial_plan', '2025 PLAN FINANCIERO PDM', 'percent_format'],
    ],
  );
  assert.equal(r.withheldMoney.find((w) => w.reason === 'percent_format')?.column, 79);
});

test('strict: warnings become errors', () => {
  const r = readPlan(TENJO, { file: 'plan/tenjo.csv', strict: true });
  assert.equal(r.warnings.length, 0);
  assert.equal(r.errors.length, 36);
  assert.ok(r.errors.every((e) => e.severity === 'error'));
});

test('Gachancipá: another layout (LÍNEA BASE (2023) and ESPERADO 2027 twice, no money) reads by place', () => {
  const r = readPlan(GACHANCIPA, { file: 'plan/gachancipa.csv' });
  assert.deepEqual(r.errors, []);
  assert.equal(r.goals.length, 212);
  assert.deepEqual(r.years, ['2024', '2025']);
  assert.equal(r.baselinePeriod, '2023');
  assert.equal(r.targetPeriod, '2027');
  assert.equal(r.totalRow.length, 0);
  const [first] = r.goals;
  assert.equal(first.name, 'Incrementar a 17 el número de efectivos de la Policía');
  assert.equal(first.sector, 'GOBIERNO TERRITORIAL');
  assert.equal(first.program, 'COMPROMISO Y CONFIANZA CON EL PIE DE FUERZA');
  assert.equal(first.indicator, 'Número de efectivos incrementados');
  assert.equal(first.responsible, 'Secretaría de Gobierno');
  // The product's baseline 14 and target 17 (columns P and R), not the result's 0,82 and 0,95.
  assert.equal(numberOf(first.baseline), '14');
  assert.equal(numberOf(first.target), '17');
  assert.equal(first.resultBaseline, '82%');
  assert.equal(first.resultIndicator, 'Porcentaje de estrategia de seguridad ejecutado');
  assert.equal(numberOf(first.years['2024'].executedTotal), '15');
  assert.equal(numberOf(first.years['2025'].plannedQuarters?.[3]), '50');
  assert.equal(r.goals.filter((g) => g.notEvaluable).length, 22);
});

test('the plan indicativo is recognised by its headers', () => {
  const headersOf = (bytes: Uint8Array) => readCsv(bytes, { file: 'x.csv' }).headers;
  assert.ok(isPlanIndicativo(headersOf(TENJO)));
  assert.ok(isPlanIndicativo(headersOf(GACHANCIPA)));
  assert.ok(!isPlanIndicativo(['Vigencia', 'Sector', 'Apropiación vigente']));
});

// Small files written here, in the layout's shape, for what the real ones do not show.
const SMALL = [
  'EJE;PROGRAMA;META DE PRODUCTO;L.B;TENDENCIA;VALOR ESPERADO CUATRIENIO;VALOR ESPERADO 2024;APROPIACION 2024',
  'Eje 1;Agua;Construir 2 tanques;NA;Incremento;2;1;1.000.000,50',
  'Eje 1;Agua;Mantener cobertura;90%;constructor;100%;100%;2.000.000',
  ';;;;;;;3.000.000,00',
].join('\r\n');

test('a total row that does not add up is a warning with both figures; an unknown direction makes the goal no evaluable', () => {
  const r = readPlan(SMALL, { file: 'plan/small.csv' });
  assert.deepEqual(r.errors, []);
  const [mismatch] = r.warnings.filter((w) => w.code === 'plan.total_mismatch');
  assert.equal(mismatch.value, '3000000');
  assert.match(
    messageText(mismatch.message, 'en'),
    /goals add up to 3000000\.5 \(difference -0\.5\)/,
  );
  const [tanks, coverage] = r.goals;
  assert.equal(tanks.direction, 'increase');
  assert.equal(tanks.years['2024'].money.current_appropriation, '1000000.5');
  assert.equal(coverage.direction, undefined);
  assert.equal(coverage.notEvaluable?.[0].text, 'constructor', 'untrusted text, not a key');
});

test('a sidecar’s missing markers decide what NA means', () => {
  const byDefault = readPlan(SMALL, { file: 'plan/small.csv' }).goals[0] as PlanGoal;
  assert.deepEqual(byDefault.baseline, { missing: 'not_applicable', raw: 'NA' });
  const declared = readPlan(SMALL, {
    file: 'plan/small.csv',
    missing: { NA: 'not_available' },
  }).goals[0];
  assert.deepEqual(declared.baseline, { missing: 'not_available', raw: 'NA' });
});

test('a sidecar names the columns a plan calls otherwise; a TOTAL row under no eje is the total row', () => {
  const file = [
    'Línea;Programa;Producto;Base;Meta 2027;VALOR ESPERADO 2024;APROPIACION 2024',
    'Línea 1;Salud;Vacunar 500 niños;100;500;200;2.000.000',
    ';;TOTAL;;;;2.000.000',
  ].join('\n');
  const mapped = readPlan(file, {
    file: 'plan/otro.csv',
    dialect: {
      columns: { Línea: 'eje', Producto: 'goal', Base: 'baseline', 'Meta 2027': 'target' },
    },
  });
  assert.deepEqual(mapped.errors, []);
  assert.equal(mapped.goals.length, 1);
  const [goal] = mapped.goals;
  assert.equal(goal.eje, 'Línea 1');
  assert.equal(numberOf(goal.baseline), '100');
  assert.equal(numberOf(goal.target), '500');
  assert.deepEqual(
    mapped.totalRow.map((t) => [t.published, t.reconciles]),
    [['2000000', true]],
  );
  const slip = readPlan(file, {
    file: 'plan/otro.csv',
    dialect: { columns: { Producto: 'gol', Nada: 'eje' } },
  });
  assert.deepEqual(
    slip.errors.map((e) => e.code),
    ['plan.unknown_key', 'plan.unknown_column', 'plan.no_goal_column'],
  );
  assert.match(
    messageText(slip.errors.find((e) => e.code === 'plan.unknown_key')!.message, 'en'),
    /Did you mean «goal»\?/,
  );
});
