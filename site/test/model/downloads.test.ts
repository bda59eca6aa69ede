import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDownloads } from '../../src/lib/model/downloads.ts';
import { readIndicators } from '../../src/lib/model/indicators.ts';
import { readBudgets } from '../../src/lib/model/budgets.ts';
import { readCommitments } from '../../src/lib/model/commitments.ts';
import { readDatasets } from '../../src/lib/model/datasets.ts';
import { readPlans } from '../../src/lib/model/plan.ts';
import { contextOf, fixture } from './helpers.ts';

const text = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

test('every data file is offered as CSV (BOM, ;) and JSON; the indicators with their status', async () => {
  const ctx = await contextOf(fixture);
  const model = {
    config: ctx.config,
    indicators: await readIndicators(ctx),
    sdgSeries: [],
    budgets: await readBudgets(ctx),
    plans: await readPlans(ctx),
    commitments: await readCommitments(ctx),
    datasets: await readDatasets(ctx),
  };
  const downloads = buildDownloads(ctx, model);
  assert.deepEqual(
    downloads.map((d) => [d.name, d.source]),
    [
      ['indicadores', 'indicators/'],
      [
        'costarica-cgr-subpartidas-gastos-2018-2025',
        'budget/costarica_cgr_subpartidas_gastos_2018-2025.csv',
      ],
      ['compromisos', 'commitments/commitments.csv'],
      ['catalogo', 'datasets/datasets.csv'],
    ],
  );
  const [indicators, budget, commitments] = downloads;
  const rows = text(indicators.csv()).trimEnd().split('\n');
  assert.ok(rows[0].startsWith('\uFEFFindicator_id;name;group;'), rows[0]);
  assert.equal(rows.length, 13, 'the header and twelve indicators');
  assert.ok(
    rows.every((r, i) => i === 0 || /;(achieved|on_track|at_risk|off_track|no_data);/.test(r)),
  );
  // Progress as core computes it, exact to two places: (72,6 − 69,6) ÷ (85 − 69,6) = 19,4805… %
  // is 19.48 (a float's toFixed(1) wrote 19.5), and every row has the tracker's figure.
  const progressColumn = rows[0].split(';').indexOf('progress_pct');
  const progress = rows.slice(1).map((r) => r.split(';')[progressColumn]);
  assert.equal(progress[0], '19.48');
  assert.deepEqual(
    progress,
    model.indicators.map((i) => i.progress.progressPct ?? ''),
  );
  const json = indicators.json() as { progress: { explanation: Record<string, string> } }[];
  assert.match(json[0].progress.explanation.es, /^Avance = \(72,6 − 69,6\)/);
  assert.match(json[0].progress.explanation.en, /^Progress = \(72\.6 − 69\.6\)/);
  assert.equal((budget.json() as unknown[]).length, 833);
  // A file that is already a plain CSV is published with its cells as written.
  const original = readFileSync(join(fixture, 'commitments/commitments.csv'), 'utf8');
  assert.equal(
    text(commitments.csv())
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)[1],
    original.split('\n')[1].replace(/,/g, ';'),
  );
});
