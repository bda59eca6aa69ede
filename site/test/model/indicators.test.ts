import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indicatorProgress } from '@rendir/core';
import { readIndicators } from '../../src/lib/model/indicators.ts';
import { contextOf, fixture } from './helpers.ts';

test("Bogotá's wide table: twelve indicators, each with core's progress and its own page", async () => {
  const ctx = await contextOf(fixture);
  const items = await readIndicators(ctx);
  assert.deepEqual(ctx.errors, []);
  assert.equal(items.length, 12);
  assert.equal(new Set(items.map((i) => i.slug)).size, 12, 'slugs are unique');
  for (const item of items) {
    assert.equal(item.file, 'indicators/bogota-gobierno-abierto-indicadores.csv');
    assert.deepEqual(item.progress, indicatorProgress(item.indicator), item.slug);
  }
  const statuses = new Set(items.map((i) => i.progress.status));
  assert.ok(statuses.has('no_data'), 'S/D measurements have no status but "no data"');
});
