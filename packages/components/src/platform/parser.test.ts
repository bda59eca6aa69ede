import { expect } from '@open-wc/testing';
import { encodeWindows1252, LANGS, loadAllMessages, messageText, sumDecimals } from '@rendir/core';
import { cutSearchTexts } from '../dataset/search-texts.ts';
import {
  lastParserThread,
  readOffMainThread,
  resetParserForTests,
  warmParser,
  WORKER_THRESHOLD,
} from './parser-runner.ts';
import { allowWorkers, refuseWorkers, resetWorkers } from './test-support/workers.ts';

/** A budget of `n` lines in Colombian Excel form; line 2 + i holds amount `i + 0,25`. */
function budgetCsv(n: number, broken?: number): string {
  const lines = ['Vigencia;Sector;Programa;Apropiación vigente'];
  for (let i = 0; i < n; i++) {
    const amount = `${(i + 1000).toLocaleString('es-CO')},25`;
    lines.push(
      i === broken
        ? `2025;Educación;Programa ${i};${amount};sobra`
        : `2025;Educación;Programa ${i};${amount}`,
    );
  }
  return lines.join('\n') + '\n';
}

/** The bytes in `pieces` chunks: copies, or views into the one buffer (`views`). */
function streamOf(bytes: Uint8Array, pieces = 7, views = false): ReadableStream<Uint8Array> {
  const size = Math.ceil(bytes.length / pieces);
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(views ? bytes.subarray(at, at + size) : bytes.slice(at, at + size));
      at += size;
    },
  });
}

const levels = ['Sector', 'Programa'];

describe('reading CSV off the main thread', () => {
  afterEach(resetWorkers);

  it('reads a large budget in a worker, every line and the exact total', async () => {
    const text = budgetCsv(5000);
    expect(text.length).to.be.greaterThan(WORKER_THRESHOLD);
    const result = await readOffMainThread(
      'budget',
      { main: text },
      { file: 'presupuesto.csv', levels },
    );
    expect(lastParserThread).to.equal('worker');
    expect(result.errors).to.deep.equal([]);
    expect(result.records).to.have.length(5000);
    expect(result.records[4999].amounts.current_appropriation).to.equal('5999.25');
    const total = sumDecimals(result.records.map((r) => r.amounts.current_appropriation!));
    expect(total).to.equal('17498750'); // 5000 × 1000 + Σi + 5000 × 0,25
  });

  it('reads small inline data on the main thread (a worker would cost more than it saves)', async () => {
    const result = await readOffMainThread(
      'budget',
      { main: budgetCsv(3) },
      { file: 'a.csv', levels },
    );
    expect(lastParserThread).to.equal('main');
    expect(result.records.map((r) => r.amounts.current_appropriation)).to.deep.equal([
      '1000.25',
      '1001.25',
      '1002.25',
    ]);
  });

  it('gives the same records and errors on the main thread when the page refuses workers', async () => {
    const text = budgetCsv(4000, 1234);
    const inWorker = await readOffMainThread('budget', { main: text }, { file: 'p.csv', levels });
    expect(lastParserThread).to.equal('worker');
    resetParserForTests();
    refuseWorkers();
    const onMain = await readOffMainThread('budget', { main: text }, { file: 'p.csv', levels });
    expect(lastParserThread).to.equal('main');
    expect(onMain).to.deep.equal(inWorker);
    // The broken row is reported with its file, line and column, in both languages.
    const error = onMain.errors.find((e) => e.code === 'csv.ragged_row')!;
    expect(error).to.include({ file: 'p.csv', line: 1236, column: 5, value: 'sobra' });
    await loadAllMessages(LANGS);
    expect(messageText(error.message, 'es')).to.contain('sobra');
    expect(messageText(error.message, 'en')).to.contain('one too many');
  });

  it('a worker that failed while offline is tried again once back online', async () => {
    const text = budgetCsv(4000);
    const online = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
    Object.defineProperty(navigator, 'onLine', { get: () => false, configurable: true });
    try {
      // Offline, the worker's script cannot be fetched: an error event, as when refused.
      refuseWorkers();
      await readOffMainThread('budget', { main: text }, { file: 'p.csv', levels });
      expect(lastParserThread).to.equal('main');
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
      expect(Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')).to.deep.equal(online);
    }
    allowWorkers();
    await readOffMainThread('budget', { main: text }, { file: 'p.csv', levels });
    expect(lastParserThread).to.equal('worker', 'online again: the next read uses a worker');
    // Refused while online (a CSP): the page stays on the main thread.
    resetParserForTests();
    refuseWorkers();
    await readOffMainThread('budget', { main: text }, { file: 'p.csv', levels });
    allowWorkers();
    await readOffMainThread('budget', { main: text }, { file: 'p.csv', levels });
    expect(lastParserThread).to.equal('main');
  });

  it('falls back at once when the worker cannot even be created (a cross-origin bundle)', async () => {
    globalThis.Worker = class {
      constructor() {
        throw new DOMException('cross-origin', 'SecurityError');
      }
    } as unknown as typeof Worker;
    const result = await readOffMainThread(
      'budget',
      { main: budgetCsv(4000) },
      { file: 'p.csv', levels },
    );
    expect(lastParserThread).to.equal('main');
    expect(result.records).to.have.length(4000);
  });

  it('streams Windows-1252 bytes to the worker and reads the accents right', async () => {
    const bytes = encodeWindows1252(budgetCsv(4000).replaceAll('Educación', 'Educación y niñez'));
    const result = await readOffMainThread(
      'budget',
      { main: streamOf(bytes) },
      { file: 'excel.csv', levels },
    );
    expect(lastParserThread).to.equal('worker');
    expect(result.records[0].levels[0]).to.equal('Educación y niñez');
    expect(result.warnings.map((w) => w.code)).to.include('csv.encoding_windows_1252');
  });

  it('reads a stream whose chunks are views into one buffer', async () => {
    const bytes = new TextEncoder().encode(budgetCsv(4000));
    const result = await readOffMainThread(
      'budget',
      { main: streamOf(bytes, 9, true) },
      { file: 'vistas.csv', levels },
    );
    expect(lastParserThread).to.equal('worker');
    expect(result.errors).to.deep.equal([]);
    expect(result.records).to.have.length(4000);
    expect(result.records[3999].amounts.current_appropriation).to.equal('4999.25');
  });

  it('hands rows over in batches for a table, without keeping a second copy', async () => {
    const text = ['a;b', ...Array.from({ length: 20_000 }, (_, i) => `${i};x${i}`)].join('\n');
    const batches: number[] = [];
    let last = '';
    const table = await readOffMainThread(
      'table',
      { main: text },
      { file: 't.csv', chunkRows: 5000 },
      {
        onRows: (rows, headers) => {
          expect(headers).to.deep.equal(['a', 'b']);
          batches.push(rows.length);
          last = rows[rows.length - 1].cells[1];
        },
      },
    );
    expect(lastParserThread).to.equal('worker');
    expect(batches).to.deep.equal([5000, 5000, 5000, 5000]);
    expect(last).to.equal('x19999');
    expect(table.rows).to.have.length(0);
    expect(table.headers).to.deep.equal(['a', 'b']);
  });

  it('takes a worker warmed while the file downloads, even for a small file', async () => {
    warmParser('budget');
    const result = await readOffMainThread(
      'budget',
      { main: budgetCsv(3) },
      { file: 'a.csv', levels },
    );
    expect(lastParserThread).to.equal('worker');
    expect(result.records).to.have.length(3);
    // The next small read has no warm worker left: the main thread.
    await readOffMainThread('budget', { main: budgetCsv(3) }, { file: 'a.csv', levels });
    expect(lastParserThread).to.equal('main');
  });

  it('works out the rows’ search texts in the worker when the table job asks', async () => {
    const text = [
      'Municipio;Objeto',
      ...Array.from({ length: 6000 }, (_, i) => `BOGOTÁ;Niñez ${i}`),
    ].join('\n');
    const texts: string[] = [];
    await readOffMainThread(
      'table',
      { main: text },
      { file: 't.csv', chunkRows: 1000, searchText: true },
      { onRows: (_rows, _headers, batch) => batch?.texts && cutSearchTexts(batch.texts, texts) },
    );
    expect(lastParserThread).to.equal('worker');
    expect(texts).to.have.length(6000);
    expect(texts[5999]).to.equal('bogota\nninez 5999');
  });

  it('stops the worker when the read is aborted', async () => {
    const abort = new AbortController();
    const never = new ReadableStream<Uint8Array>({ pull: () => new Promise(() => {}) });
    const read = readOffMainThread(
      'budget',
      { main: never },
      { file: 'p.csv', levels },
      { signal: abort.signal },
    );
    setTimeout(() => abort.abort(new DOMException('Gone', 'AbortError')), 50);
    const error = await read.then(
      () => null,
      (e: unknown) => e,
    );
    expect((error as DOMException).name).to.equal('AbortError');
  });
});
