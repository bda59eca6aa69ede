import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planByEje, sumPlanMoney } from '../src/index.ts';
import { readTenjo } from './plan-fixtures.ts';

const tenjo = readTenjo();

test('Tenjo by eje and programa, in the file’s order, with each eje’s 2024 appropriation exact', () => {
  const ejes = planByEje(tenjo.goals);
  // Counted independently with Python from the CSV; the workbook's own summary sheet
  // ("Hoja 1") gives the same programs and goals for ejes 1 to 3.
  assert.deepEqual(
    ejes.map((e) => [
      e.eje.slice(0, 6),
      e.programs.length,
      e.goalCount,
      sumPlanMoney(
        e.programs.flatMap((p) => p.goals),
        '2024',
        'current_appropriation',
      )?.sum,
    ]),
    [
      ['Eje 1.', 10, 78, '18410274837'],
      ['Eje 2.', 6, 38, '3411088820'],
      ['Eje 3.', 6, 44, '6502349992'],
      ['Eje 4.', 10, 143, '20772853024'],
      ['Eje 5.', 2, 28, '12592629023'],
    ],
  );
  assert.deepEqual(sumPlanMoney(tenjo.goals, '2024', 'current_appropriation'), {
    sum: '61689195696',
    goals: 331,
  });
});

test('money the file leaves undecided, or a year without money, sums to nothing rather than zero', () => {
  assert.equal(sumPlanMoney(tenjo.goals, '2025', 'current_appropriation'), undefined);
  assert.equal(sumPlanMoney(tenjo.goals, '2027', 'payments'), undefined);
});
