import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { BudgetAmountKey } from '@rendir/core';
import { readBudgets } from '../../src/lib/model/budgets.ts';
import { measureOf, shownYear } from '../../src/lib/budget.ts';
import { contextOf, fixture, fixtureWith, where } from './helpers.ts';

const FILE = 'budget/costarica_cgr_subpartidas_gastos_2018-2025.csv';

test("Costa Rica's sub-items: every line, each year's own total, the refused cells where they are", async () => {
  const ctx = await contextOf(fixture);
  const [budget] = await readBudgets(ctx);
  assert.equal(budget.file, FILE);
  assert.equal(budget.slug, 'costarica-cgr-subpartidas-gastos-2018-2025');
  assert.equal(budget.lines.length, 833);
  assert.equal(budget.lines[0].anchor, `${budget.slug}-1`);
  assert.equal(budget.lines[0].budget, budget);
  assert.deepEqual(
    budget.totals.map((t) => t.fiscalYear),
    ['2025', '2024', '2023', '2022', '2021', '2020', '2019', '2018'],
  );
  assert.equal(budget.totals.at(-1)?.amounts.amount, '1041699844985');
  assert.deepEqual(ctx.errors.map(where), [
    `${FILE} 19:6 number.scientific 1,83403E+11`,
    `${FILE} 651:6 number.scientific 2,99E+11`,
    `${FILE} 678:6 number.scientific 1,39E+11`,
    `${FILE} 722:6 number.scientific 4,77E+11`,
  ]);
});

test('the CSV download is written from the one read of the file, as read', async () => {
  const ctx = await contextOf(fixture);
  await readBudgets(ctx);
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(ctx.published.get(FILE));
  assert.ok(text.startsWith('\uFEFFAño;Código de subpartida;'), 'BOM, the headers as written, ;');
  assert.equal(text.trimEnd().split(/\r?\n/).length, 834, 'the header and every row');
  assert.ok(text.includes('1,83403E+11'), 'a refused cell is published as written');
});

test('an execution report without appropriation is headed by what execution measures, as its widget heads it', async () => {
  // CUIPO's real report (packages/core/test/fixtures/budget-real/), read through its sidecar:
  // commitments 0 as published, obligations 373,009,074, payments 370,453,800.
  const cuipo = readFileSync(
    new URL(
      '../../../packages/core/test/fixtures/budget-real/colombia_cuipo_923273244_2021.csv',
      import.meta.url,
    ),
    'utf8',
  );
  const dir = fixtureWith({
    'budget/cuipo.csv': cuipo,
    'budget/cuipo.csv.yaml': 'rows: {tipo: eje_gasto}\nperiods: cumulative\n',
  });
  const ctx = await contextOf(dir);
  const budget = (await readBudgets(ctx)).find((b) => b.file === 'budget/cuipo.csv')!;
  const shown = shownYear(budget)!;
  const headline = (execKey: BudgetAmountKey) => {
    const key = measureOf(shown.amounts, execKey)!;
    return [key, shown.amounts[key]];
  };
  assert.deepEqual(headline('payments'), ['payments', '370453800']);
  assert.deepEqual(headline('obligations'), ['obligations', '373009074']);
  assert.deepEqual(headline('commitments'), ['commitments', '0']);
});
