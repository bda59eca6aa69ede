import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

test("Tenjo's plan: the total row reconciles with its 331 goals and is never one of them; the percentage-formatted money is an error", async () => {
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
    view.ejes.map(
      (e) => e.money.find((m) => m.year === '2024' && m.key === 'current_appropriation')?.sum,
    ),
    ['18410274837', '3411088820', '6502349992', '20772853024', '12592629023'],
  );
  // Eje 1's money per year and key, with how many of its 78 goals carry each figure (2026's
  // financial plan: 77 cells, 25088230188, counted with Python's decimal module).
  assert.deepEqual(
    view.ejes[0].money.map((m) => `${m.year} ${m.key} ${m.sum} ${m.goals}`),
    [
      '2024 financial_plan 36887991834 78',
      '2024 current_appropriation 18410274837 78',
      '2024 commitments 18410274837 78',
      '2025 initial_appropriation 20409022247 78',
      '2025 payments 7258625320 78',
      '2026 financial_plan 25088230188 77',
      '2027 financial_plan 33231846723 78',
    ],
  );
  assert.deepEqual(
    ctx.errors.filter((e) => e.file.startsWith('plan/')).map((e) => e.code),
    ['plan.percent_in_money'],
    'money that would be wrong stops the build',
  );
  // 2024's 54 goals achieved with nothing committed (core's count); 2025 measures no money.
  assert.equal(view.flagged, 54);
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
