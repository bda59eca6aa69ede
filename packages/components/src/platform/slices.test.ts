// Long work in slices (no long task while a big budget arrives): the same result as at once,
// with the browser let in between slices. No timing is asserted: a slice of 0 ms pauses after
// every step, so the pauses are counted, not timed.
import { expect } from '@open-wc/testing';
import { withoutPrototypes, withoutPrototypesSteps } from '@rendir/core';
import { runInSlices, runToEnd } from './slices.ts';
import { readOffMainThread } from './parser-runner.ts';
import * as runner from './parser-runner.ts';
import { RECORD_BATCH } from './parser-worker.ts';

function* counting(n: number): Generator<void, number> {
  let sum = 0;
  for (let i = 1; i <= n; i++) {
    sum += i;
    yield;
  }
  return sum;
}

describe('slices', () => {
  it('runs steps to the same result at once or in slices, pausing between them', async () => {
    expect(runToEnd(counting(100))).to.equal(5050);
    let pauses = 0;
    const pause = () => {
      pauses++;
      return Promise.resolve();
    };
    expect(await runInSlices(counting(100), pause, 0)).to.equal(5050);
    expect(pauses).to.equal(100);
  });

  it('makes records prototype-less in slices as at once (every thousand objects a step)', async () => {
    const make = () =>
      Array.from({ length: 3000 }, (_, i) => ({ line: i, amounts: { amount: String(i) } }));
    const once = withoutPrototypes(make());
    let pauses = 0;
    const sliced = await runInSlices(
      withoutPrototypesSteps(make()),
      () => (pauses++, Promise.resolve()),
      0,
    );
    expect(pauses).to.equal(5); // 6,001 objects: a step every 1,024
    for (const records of [once, sliced]) {
      expect(Object.getPrototypeOf(records[2999])).to.equal(null);
      expect(Object.getPrototypeOf(records[0].amounts)).to.equal(null);
    }
    expect(JSON.stringify(sliced)).to.equal(JSON.stringify(once));
  });

  it('brings a worker’s many records over in batches, whole and in order', async () => {
    const n = RECORD_BATCH * 2 + 345;
    const lines = ['Vigencia;Programa;Valor'];
    // Past the size read on the main thread (64 KB): the worker reads it.
    for (let i = 0; i < n; i++) lines.push(`2025;Programa número ${i} del presupuesto;${i + 1}`);
    const result = await readOffMainThread(
      'budget',
      { main: lines.join('\n') + '\n' },
      { file: 'b.csv', levels: ['Programa'] },
      { yield: () => new Promise((r) => setTimeout(r, 0)) },
    );
    expect(runner.lastParserThread).to.equal('worker');
    expect(result.errors).to.deep.equal([]);
    expect(result.records.length).to.equal(n);
    expect(result.records.map((r) => r.origin.line)).to.deep.equal(
      Array.from({ length: n }, (_, i) => i + 2),
    );
    expect(result.totals[0].amounts.amount).to.equal(String((n * (n + 1)) / 2));
    expect(Object.getPrototypeOf(result.records[n - 1])).to.equal(null);
  });
});
