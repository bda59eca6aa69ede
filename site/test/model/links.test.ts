import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadModel } from '../../src/lib/model.ts';
import { linkedBudget } from '../../src/lib/budget.ts';

// The example site links its indicators, commitments and budget lines by commitment_id and bpin.
const example = fileURLToPath(new URL('../../../content/', import.meta.url));

test('commitment_id and bpin link indicators, commitments and budget lines both ways', async () => {
  const model = await loadModel(example);
  const linked = model.indicators.filter((i) => i.commitment);
  assert.ok(linked.length > 0, 'indicators with a commitment');
  for (const i of linked) assert.ok(i.commitment!.indicators.includes(i), i.slug);
  const lines = model.budgets.flatMap((b) => b.lines).filter((l) => l.indicators.length);
  assert.ok(lines.length > 0, 'budget lines paying for indicators');
  for (const l of lines)
    for (const i of l.indicators) {
      assert.ok(i.budgetLines.includes(l), i.slug);
      if (i.commitment) assert.ok(i.commitment.budgetLines.includes(l), i.slug);
    }
});

// A second budget file in euros (a cooperation grant, its sidecar's `currency`) pays for the
// same project as a peso line of the example budget: its page shows each currency apart.
test('lines of one project in pesos and in euros are summed per currency, never together', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rendir-links-'));
  try {
    cpSync(example, dir, { recursive: true });
    writeFileSync(
      join(dir, 'budget', 'cooperacion.csv'),
      'Vigencia;BPIN;Nombre ciudadano;Compromisos;Pagos\n' +
        '2025;2025680010001;Aporte de cooperación al portal;100.000,50;80.000,25\n' +
        '2024;2025680010001;Aporte de cooperación al portal;90.000,00;90.000,00\n',
    );
    writeFileSync(join(dir, 'budget', 'cooperacion.csv.yaml'), 'currency: EUR\n');
    const model = await loadModel(dir);
    const indicator = model.indicators.find((i) => i.indicator.id === 'ej-conjuntos-publicados');
    assert.ok(indicator);
    assert.deepEqual(
      linkedBudget(indicator.budgetLines).map((s) => [
        s.currency,
        s.fiscalYear,
        s.amounts.commitments,
        s.amounts.payments,
        s.lineCount,
      ]),
      // In the order the files come (cooperacion.csv, presupuesto-2025.csv); euros of 2024
      // are not added to 2025's.
      [
        ['EUR', '2025', '100000.5', '80000.25', 1],
        ['COP', '2025', '1198750000', '812640000', 1],
      ],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
