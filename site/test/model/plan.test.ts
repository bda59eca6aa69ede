import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { planMoneyByYear } from '@rendir/core';
import { readPlans } from '../../src/lib/model/plan.ts';
import { planView } from '../../src/lib/plan.ts';
import { contextOf, fixtureWith, where } from './helpers.ts';

/** The real plans indicativos, kept once with their sources in core's fixtures (README there). */
const PLANS = fileURLToPath(
  new URL('../../../packages/core/test/fixtures/plan-real/', import.meta.url),
);
const GACHANCIPA = 'gachancipa-plan-indicativo-2024-2027.csv';
const TENJO = 'tenjo-plan-indicativo-2024-2027.csv';

/** The model fixture with real plans in plan/, byte for byte. */
function withPlans(...names: string[]): string {
  const dir = fixtureWith({});
  mkdirSync(join(dir, 'plan'));
  for (const name of names) copyFileSync(join(PLANS, name), join(dir, 'plan', name));
  return dir;
}

test("Gachancipá's plan: all 212 goals by eje and programa, its free-text goals warnings, never errors", async () => {
  const ctx = await contextOf(withPlans(GACHANCIPA));
  const [plan] = await readPlans(ctx);
  assert.equal(plan.file, `plan/${GACHANCIPA}`);
  assert.equal(plan.slug, 'gachancipa-plan-indicativo-2024-2027');
  assert.equal(plan.goals.length, 212);
  assert.equal(
    plan.ejes.reduce((n, e) => n + e.goalCount, 0),
    212,
  );
  assert.deepEqual(ctx.errors.filter((e) => e.file.startsWith('plan/')).map(where), []);
  const warnings = ctx.warnings.filter((e) => e.code.startsWith('plan.'));
  // 29 cells of 22 goals: 25 free text (`(LB 537 2023)`), 4 that do not read as a number.
  assert.equal(warnings.length, 29);
  assert.ok(warnings.every((w) => w.file === plan.file && w.severity === 'warning'));
  const view = planView(plan, 'commitments');
  assert.equal(view.goalCount, 212);
  assert.equal(view.notEvaluable, 22, 'free-text goals are kept and counted');
  assert.equal(view.total.kind, 'none', 'the file has no total row');
  assert.ok(ctx.published.has(plan.file), 'its CSV download is written from the one read');
});

test("Tenjo's plan: the total row reconciles with its 331 goals and is never one of them; the percentage-formatted money is withheld with a warning, and the plan builds", async () => {
  const ctx = await contextOf(withPlans(TENJO));
  const [plan] = await readPlans(ctx);
  assert.equal(plan.goals.length, 331);
  const view = planView(plan, 'commitments');
  assert.equal(view.total.kind, 'checked');
  assert.equal(view.total.differing, 0);
  // As core's fixtures README gives them, counted with Python's decimal module.
  const published = (header: string) => view.total.rows.find((r) => r.header.trim() === header);
  assert.deepEqual(
    ['APROPIACION 2024', 'COMPROMISOS 2024', 'APROPIACION INICIAL 2025', 'PAGOS 2025'].map((h) => [
      published(h)?.published,
      published(h)?.goalsSum,
      published(h)?.difference,
    ]),
    [
      ['61689195696', '61689195696', '0'],
      ['61689195696', '61689195696', '0'],
      ['96135295398', '96135295398', '0'],
      ['52126084569.82', '52126084569.82', '0'],
    ],
  );
  // Each eje's 2024 appropriation, summed within the year only (core's planByEje figures).
  assert.deepEqual(
    view.ejes.map((e) => {
      const m = e.money.find((r) => r.year === '2024' && r.key === 'current_appropriation');
      return m && 'sum' in m ? m.sum : undefined;
    }),
    ['18410274837', '3411088820', '6502349992', '20772853024', '12592629023'],
  );
  // Each eje's money per year and key is core's (its figures: core's plan-groups test), with
  // 2025's withheld columns saying why instead of a partial sum.
  const first = view.ejes[0];
  assert.deepEqual(
    first.money,
    planMoneyByYear(
      first.group.programs.flatMap((p) => p.goals),
      plan.years,
      plan.withheldMoney,
    ),
  );
  assert.deepEqual(
    first.money.filter((m) => 'withheld' in m).map((m) => `${m.year} ${m.key}`),
    ['2025 financial_plan', '2025 current_appropriation', '2025 commitments'],
  );
  assert.deepEqual(ctx.errors.filter((e) => e.file.startsWith('plan/')).map(where), []);
  const percent = ctx.warnings.filter((w) => w.code === 'plan.percent_in_money');
  assert.deepEqual(
    percent.map((w) => [w.header, w.row ?? w.line, w.column]),
    [['2025 PLAN FINANCIERO PDM', 2, 79]],
    'one warning for the column, at its first cell as the spreadsheet shows it',
  );
  // 2024's 54 goals achieved with nothing committed (core's count); 2025 measures no money.
  assert.equal(view.flagged, 54);
});

test('a sidecar declares how goals accumulate: only those goals are measured against the four-year target', async () => {
  const dir = withPlans(TENJO);
  // «Optimizar 27 km de redes de acueducto» (code 25) adds kilometres year after year.
  writeFileSync(
    join(dir, 'plan', `${TENJO}.yaml`),
    'accumulation:\n  goals:\n    "25": capacidad\n',
  );
  const ctx = await contextOf(dir);
  const [plan] = await readPlans(ctx);
  assert.deepEqual(plan.accumulation, { goals: { '25': 'capacity' } });
  const view = planView(plan, 'commitments');
  const all = view.ejes.flatMap((e) => [...e.goals.values()]);
  const declared = all.filter((g) => g.target.status !== 'not_declared');
  assert.equal(declared.length, 1);
  const [km] = declared;
  assert.equal(km.goal.name, 'Optimizar 27 km de redes de acueducto');
  assert.ok('progress' in km.target);
  // 6,00 (2024) + 8,10 (2025) of 27: 52.22 %, from zero.
  assert.equal(km.target.achieved?.cell.value, '14.1');
  assert.equal(km.target.progress.progressPct, '52.22');
});

test('two plans get two slugs and two downloads; a folder with none has no plan', async () => {
  const ctx = await contextOf(withPlans(GACHANCIPA, TENJO));
  const plans = await readPlans(ctx);
  assert.deepEqual(
    plans.map((p) => [p.slug, p.goals.length]),
    [
      ['gachancipa-plan-indicativo-2024-2027', 212],
      ['tenjo-plan-indicativo-2024-2027', 331],
    ],
  );
  assert.deepEqual(await readPlans(await contextOf(fixtureWith({}))), []);
});
