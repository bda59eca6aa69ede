import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDatasets } from '../../src/lib/model/datasets.ts';
import { contextOf, fixture, fixtureWith, where } from './helpers.ts';

test("PIDA's catalogue: 29 data sets without files, each with its page", async () => {
  const ctx = await contextOf(fixture);
  const items = await readDatasets(ctx);
  assert.deepEqual(ctx.errors, []);
  assert.equal(items.length, 29);
  assert.ok(items.every((d) => d.table === undefined && d.file === undefined));
  assert.equal(new Set(items.map((d) => d.slug)).size, 29);
});

test("a catalogue row's file is read with the row's dialect; a missing one is an error", async () => {
  // A catalogue and a data file written for this test.
  const ctx = await contextOf(
    fixtureWith({
      'datasets/datasets.csv':
        'dataset_id,title,file,delimiter\npagos,Pagos,pagos.csv,|\nfalta,Falta,no-esta.csv,\n',
      'datasets/pagos.csv': 'fecha|valor\n2025-01-31|1.234,50\n',
    }),
  );
  const [pagos, falta] = await readDatasets(ctx);
  assert.equal(pagos.file, 'datasets/pagos.csv');
  assert.deepEqual(pagos.table?.headers, ['fecha', 'valor']);
  assert.deepEqual(pagos.table?.rows[0].cells, ['2025-01-31', '1.234,50']);
  assert.equal(falta.table, undefined);
  assert.deepEqual(ctx.errors.map(where), [
    'datasets/datasets.csv 0:0 dataset.file_missing no-esta.csv',
  ]);
});
