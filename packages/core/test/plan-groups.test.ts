import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  planByEje,
  planEjeNamed,
  planGoalsNamed,
  planMoneyByYear,
  sumPlanMoney,
} from '../src/index.ts';
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

test('an eje’s money per year and key: exact sums within one year, a withheld column said so, never a partial sum', () => {
  const [first] = planByEje(tenjo.goals);
  const goals = first.programs.flatMap((p) => p.goals);
  const rows = planMoneyByYear(goals, tenjo.years, tenjo.withheldMoney);
  assert.deepEqual(
    rows.map((r) =>
      'withheld' in r
        ? `${r.year} ${r.key} ${r.withheld.reason}`
        : `${r.year} ${r.key} ${r.sum} ${r.goals}`,
    ),
    [
      '2024 financial_plan 36887991834 78',
      '2024 current_appropriation 18410274837 78',
      '2024 commitments 18410274837 78',
      '2025 financial_plan percent_format',
      '2025 initial_appropriation 20409022247 78',
      '2025 current_appropriation columns_disagree',
      '2025 commitments columns_disagree',
      '2025 payments 7258625320 78',
      '2026 financial_plan 25088230188 77',
      '2027 financial_plan 33231846723 78',
    ],
  );
});

test('an eje and a goal as an author or a reader names them: any case or accents, a goal by its code before its name', () => {
  const ejes = planByEje(tenjo.goals);
  // The file writes the first eje with line breaks after it.
  assert.equal(
    planEjeNamed(ejes, 'eje 1. ambiente, conectividad y ordenamiento y servicios publicos'),
    ejes[0],
  );
  assert.equal(planEjeNamed(ejes, 'EJE 4. TRANSFORMACIÓN SOCIAL'), ejes[3]);
  assert.equal(planEjeNamed(ejes, 'Eje 4'), undefined, 'a start of a name is not the name');
  const [byCode] = planGoalsNamed(tenjo.goals, '2');
  assert.equal(byCode.code, '2');
  assert.match(byCode.name, /^Implementar 1 estrategia para la caracterización/);
  assert.deepEqual(planGoalsNamed(tenjo.goals, byCode.name.toUpperCase()), [byCode]);
  assert.deepEqual(planGoalsNamed(tenjo.goals, 'Construir'), []);
  // A name two goals share is ambiguous: both are returned, and a code still wins over a name.
  const twins = [tenjo.goals[0], { ...tenjo.goals[1], name: tenjo.goals[0].name }];
  assert.equal(planGoalsNamed(twins, tenjo.goals[0].name).length, 2);
  assert.deepEqual(planGoalsNamed([{ ...tenjo.goals[1], name: '1' }, tenjo.goals[0]], '1'), [
    tenjo.goals[0],
  ]);
});
