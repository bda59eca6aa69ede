import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planYearProgress, readPlan } from '../src/index.ts';
import { readTenjo } from './plan-fixtures.ts';

const tenjo = readTenjo();

test('Tenjo 2024: physical and financial progress side by side, and the goals achieved with nothing committed', () => {
  const all = tenjo.goals.map((g) => planYearProgress(g, '2024'));
  // Counted independently with Python's decimal module from the CSV.
  assert.equal(all.filter((p) => p.physicalPercent !== undefined).length, 258);
  assert.equal(all.filter((p) => p.financialPercent !== undefined).length, 207);
  assert.equal(all.filter((p) => p.flag === 'results_without_money').length, 54);
  assert.equal(all.filter((p) => p.flag === 'money_without_results').length, 0);
  assert.deepEqual(all[1], { year: '2024', physicalPercent: '99', financialPercent: '100' });
});

test('Tenjo 2025: the appropriation and commitments written twice with other figures measure nothing', () => {
  const all = tenjo.goals.map((g) => planYearProgress(g, '2025', 'payments'));
  assert.ok(all.every((p) => p.financialPercent === undefined));
  assert.equal(all.filter((p) => p.physicalPercent !== undefined).length, 293);
  assert.deepEqual(tenjo.goals[0].years['2025'].undecidedMoney, [
    'current_appropriation',
    'commitments',
  ]);
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
    physicalPercent: '0',
    financialPercent: '40',
    flag: 'money_without_results',
  });
  assert.deepEqual(signs, {
    year: '2024',
    physicalPercent: '40',
    financialPercent: '0',
    flag: 'results_without_money',
  });
  assert.deepEqual(planYearProgress(plan.goals[0], '2025'), { year: '2025' });
});
