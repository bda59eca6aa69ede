import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  LANGS,
  loadAllMessages,
  messageText,
  planTargetProgress,
  readPlan,
  readSidecarObject,
  type PlanReadResult,
} from '../src/index.ts';
import { planBytes } from './plan-fixtures.ts';

await loadAllMessages(LANGS);

const TENJO = planBytes('tenjo-plan-indicativo-2024-2027.csv');

const achieved = (t: ReturnType<typeof planTargetProgress>) =>
  'achieved' in t && t.achieved
    ? [t.achieved.cell.value, t.achieved.cell.isPercent, t.achieved.year]
    : [];

/** Each goal of a read plan against its target, by name. */
function targets(r: PlanReadResult) {
  return new Map(r.goals.map((g) => [g.name, planTargetProgress(g, r)]));
}

test('without a declared accumulation type no goal is measured against its four-year target', () => {
  const r = readPlan(TENJO, { file: 'plan/tenjo.csv' });
  assert.ok(r.goals.every((g) => g.accumulation === undefined));
  assert.ok([...targets(r).values()].every((t) => t.status === 'not_declared'));
});

test('Tenjo declared capacidad: what the years executed adds up against the target, exactly', () => {
  const r = readPlan(TENJO, { file: 'plan/tenjo.csv', accumulation: { all: 'capacity' } });
  const km = targets(r).get('Optimizar 27 km de redes de acueducto')!;
  assert.equal(km.status !== 'not_declared' && km.accumulation, 'capacity');
  assert.ok('progress' in km);
  // 2024 executed 6,00 and 2025 8,10 (the CSV): 14.1 of 27 km, from zero (not the 2 km baseline).
  assert.deepEqual(achieved(km), ['14.1', false, '2025']);
  assert.equal(km.progress.progressPct, '52.22');
  // A goal whose baseline is text is still measured as capacity (it adds from zero) ...
  assert.notEqual(km.status, 'not_evaluable');
  // ... and one whose target is text is not.
  const text = r.goals.find((g) => g.target && 'text' in g.target);
  if (text) assert.equal(planTargetProgress(text, r).status, 'not_evaluable');
});

// Small files in the layout's shape, for what the real plans do not show.
const SMALL = [
  'EJE;PROGRAMA;COD META PRODUCTO;META DE PRODUCTO;TIPO;L.B;TENDENCIA;VALOR ESPERADO CUATRIENIO;TOTAL PLANEADO 2024;TOTAL EJECUTADO 2024;TOTAL PLANEADO 2025;TOTAL EJECUTADO 2025',
  'Eje 1;Vías;1;Construir 10 km de vías;Capacidad;2;I;10;4;3;3;4',
  'Eje 1;Salud;2;Cobertura de vacunación;stock;80%;I;95%;85%;85%;90%;90%',
  'Eje 1;Salud;3;Atender 600 personas al año;FLUJO;600;M;600;600;600;600;550',
  'Eje 1;Salud;4;Reducir la mortalidad;acumulativa;10;D;5;8;9;7;6',
].join('\r\n');

test('the sidecar declares the type per goal through a column, or by code; a word that is no type is a warning', () => {
  const r = readPlan(SMALL, {
    file: 'plan/small.csv',
    accumulation: { column: 'Tipo', goals: { '4': 'stock' } },
  });
  assert.deepEqual(r.errors, []);
  assert.deepEqual(
    r.goals.map((g) => g.accumulation),
    ['capacity', 'stock', 'flow', 'stock'],
  );
  assert.deepEqual(r.warnings, [], '«acumulativa» is overridden by goals: {4: stock}');
  const t = targets(r);
  const vias = t.get('Construir 10 km de vías')!;
  assert.ok('progress' in vias);
  assert.deepEqual(achieved(vias), ['7', false, '2025']);
  assert.equal(vias.progress.progressPct, '70');
  const cobertura = t.get('Cobertura de vacunación')!;
  assert.ok('progress' in cobertura);
  // The latest level, from the 80 % baseline toward 95 %: (90 - 80) / (95 - 80).
  assert.deepEqual(achieved(cobertura), ['90', true, '2025']);
  assert.equal(cobertura.progress.progressPct, '66.67');
  assert.deepEqual(t.get('Atender 600 personas al año'), {
    status: 'yearly',
    accumulation: 'flow',
  });
  const mortalidad = t.get('Reducir la mortalidad')!;
  assert.ok('progress' in mortalidad);
  // Going down: from 10 toward 5, at 6 in 2025.
  assert.equal(mortalidad.progress.progressPct, '80');

  const bare = readPlan(SMALL, { file: 'plan/small.csv', accumulation: { column: 'TIPO' } });
  assert.deepEqual(
    bare.warnings.map((w) => [w.code, w.value, w.column]),
    [['plan.invalid_accumulation', 'acumulativa', 5]],
  );
  assert.equal(bare.goals[3].accumulation, undefined);
  const missing = readPlan(SMALL, {
    file: 'plan/small.csv',
    accumulation: { column: 'Tipo de meta' },
  });
  assert.deepEqual(
    missing.errors.map((e) => e.code),
    ['plan.unknown_column'],
  );
});

test('a goal the sidecar names that the file does not have is an error with the closest goal, not silently unused', () => {
  const r = readPlan(SMALL, {
    file: 'plan/small.csv',
    accumulation: { goals: { '4': 'stock', 'Construir 10 km de via': 'capacity', '9': 'flow' } },
  });
  assert.deepEqual(r.errors.map((e) => [e.code, e.value, e.line]).sort(), [
    ['plan.unknown_goal', '9', 1],
    ['plan.unknown_goal', 'Construir 10 km de via', 1],
  ]);
  const misspelt = r.errors.find((e) => e.value === 'Construir 10 km de via')!;
  assert.match(messageText(misspelt.message, 'es'), /«Construir 10 km de vías»/);
  assert.match(messageText(misspelt.message, 'en'), /any goal in the file/);
  // The names that match still apply.
  assert.equal(r.goals[3].accumulation, 'stock');
  // A goal named by its name, written in another case and without accents, is found.
  const byName = readPlan(SMALL, {
    file: 'plan/small.csv',
    accumulation: { goals: { 'construir 10 KM de VIAS': 'capacity' } },
  });
  assert.deepEqual(byName.errors, []);
  assert.equal(byName.goals[0].accumulation, 'capacity');
});

test('a sidecar’s accumulation: one word for the plan, or default, column and goals; anything else is an error', () => {
  assert.deepEqual(readSidecarObject({ accumulation: 'Capacidad' }, 'x.csv.yaml').accumulation, {
    all: 'capacity',
  });
  const full = readSidecarObject(
    { accumulation: { default: 'stock', column: 'TIPO', goals: { '25': 'flujo' } } },
    'x.csv.yaml',
  );
  assert.deepEqual(full.errors, []);
  assert.deepEqual(full.accumulation, { all: 'stock', column: 'TIPO', goals: { '25': 'flow' } });
  const wrong = readSidecarObject({ accumulation: { default: 'suma', colum: 'X' } }, 'x.csv.yaml');
  assert.deepEqual(
    wrong.errors.map((e) => [e.code, e.header, e.value]),
    [
      ['sidecar.invalid', 'accumulation.default', 'suma'],
      ['sidecar.invalid', 'accumulation.colum', 'X'],
    ],
  );
});
