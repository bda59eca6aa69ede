import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  LANGS,
  loadAllMessages,
  messageText,
  planFlagWord,
  planGoalYears,
  planStatusWord,
  planYearProgress,
  readPlan,
} from '../src/index.ts';

import { readTenjo } from './plan-fixtures.ts';

await loadAllMessages(LANGS);

const tenjo = readTenjo();

test('Tenjo 2024: physical and financial progress side by side, and the goals achieved with nothing committed', () => {
  const all = tenjo.goals.map((g) => planYearProgress(g, '2024'));
  // Counted independently with Python's decimal module from the CSV.
  assert.equal(all.filter((p) => p.physicalPercent !== undefined).length, 258);
  assert.equal(all.filter((p) => p.financialPercent !== undefined).length, 207);
  assert.equal(all.filter((p) => p.flag === 'results_without_money').length, 54);
  assert.equal(all.filter((p) => p.flag === 'money_without_results').length, 0);
  assert.deepEqual(all[1], {
    year: '2024',
    status: 'partial',
    physicalPercent: '99',
    financialPercent: '100',
  });
});

test("Tenjo's goals by their year's status: executed against planned, in core's words", () => {
  // Counted independently with Python's decimal module from TOTAL PLANEADO / TOTAL EJECUTADO.
  const count = (year: string) => {
    const out: Record<string, number> = {};
    for (const g of tenjo.goals) {
      const { status } = planYearProgress(g, year);
      out[status] = (out[status] ?? 0) + 1;
    }
    return out;
  };
  assert.deepEqual(count('2024'), { achieved: 188, partial: 67, not_planned: 73, not_started: 3 });
  assert.deepEqual(count('2025'), { partial: 216, achieved: 74, not_planned: 38, not_started: 3 });
  assert.equal(messageText(planStatusWord('not_planned'), 'es'), 'Nada programado en el año');
  assert.equal(
    messageText(planFlagWord('money_without_results'), 'en'),
    'Money committed, nothing achieved',
  );
});

test('a year whose executed figure is text cannot be evaluated; one with no figures has no data', () => {
  const plan = readPlan(
    [
      'EJE;PROGRAMA;META DE PRODUCTO;TOTAL PLANEADO 2024;TOTAL EJECUTADO 2024',
      'Eje 1;Agua;Reducir el IRCA;1;Irca en riesgo medio',
      'Eje 1;Agua;Ampliar redes;;',
    ].join('\n'),
    { file: 'plan/p.csv' },
  );
  assert.deepEqual(
    plan.goals.map((g) => planYearProgress(g, '2024').status),
    ['not_evaluable', 'no_data'],
  );
});

test('Tenjo 2025: the appropriation and commitments written twice with other figures, and the percentage-formatted financial plan, measure nothing', () => {
  const all = tenjo.goals.map((g) => planYearProgress(g, '2025', 'payments'));
  assert.ok(all.every((p) => p.financialPercent === undefined));
  assert.equal(all.filter((p) => p.physicalPercent !== undefined).length, 293);
  assert.deepEqual(tenjo.goals[0].years['2025'].undecidedMoney, [
    'current_appropriation',
    'commitments',
    'financial_plan',
  ]);
  assert.deepEqual(
    planGoalYears(tenjo.goals[0], tenjo.years, 'payments').map((p) => p.year),
    ['2024', '2025', '2026', '2027'],
  );
});

test('money committed and nothing achieved is flagged; a year the goal has no figures for is empty', () => {
  // Written here, in the layout's shape: the real plans above have no such goal in a year
  // whose commitments they decide.
  const plan = readPlan(
    [
      'EJE;PROGRAMA;META DE PRODUCTO;TOTAL PLANEADO 2024;TOTAL EJECUTADO 2024;APROPIACION 2024;COMPROMISOS 2024',
      'Eje 1;Vías;Pavimentar 2 km;100%;0%;1.000.000;400.000,50',
      'Eje 1;Vías;Señalizar 10 cruces;10;4;500.000;0',
    ].join('\n'),
    { file: 'plan/p.csv' },
  );
  const [paving, signs] = plan.goals.map((g) => planYearProgress(g, '2024'));
  assert.deepEqual(paving, {
    year: '2024',
    status: 'not_started',
    physicalPercent: '0',
    financialPercent: '40',
    flag: 'money_without_results',
  });
  assert.deepEqual(signs, {
    year: '2024',
    status: 'partial',
    physicalPercent: '40',
    financialPercent: '0',
    flag: 'results_without_money',
  });
  assert.deepEqual(planYearProgress(plan.goals[0], '2025'), { year: '2025', status: 'no_data' });
});
