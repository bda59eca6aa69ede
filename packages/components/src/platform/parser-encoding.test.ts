// A real Windows-1252 file read in the browser as it streams in: its headers are quoted in
// the problems exactly as Node reads them, never with U+FFFD where an accent was.
import { expect, fixture, html } from '@open-wc/testing';
import { LANGS, loadAllMessages, messageText, type ContentError } from '@rendir/core';
import '../define/rendir-budget-viewer.ts';
import { until } from '../dataset/test-support/browser.ts';
import { lastParserThread, readOffMainThread } from './parser-runner.ts';
import { refuseWorkers, resetWorkers } from './test-support/workers.ts';

/** Mexico's Ramo 23 projects 2015 (packages/core/test/fixtures/budget-real/README.md). */
const MEXICO = new URL(
  '../../../core/test/fixtures/budget-real/mexico_ramo23_general2015.csv',
  import.meta.url,
).href;
const FIRST_HEADER = '«Número de proyecto»';

async function mexicoStream(): Promise<ReadableStream<Uint8Array>> {
  const response = await fetch(MEXICO);
  expect(response.ok).to.equal(true);
  return response.body!;
}

/** The problems' texts in Spanish and English. */
async function said(errors: readonly ContentError[]): Promise<string> {
  await loadAllMessages(LANGS);
  return errors
    .flatMap((e) => [messageText(e.message, 'es'), messageText(e.message, 'en')])
    .join('\n');
}

describe('a real Windows-1252 budget read in the browser', () => {
  afterEach(resetWorkers);

  it('reaches the page byte for byte (the test server re-encoded it as UTF-8)', async () => {
    const bytes = new Uint8Array(await (await fetch(MEXICO)).arrayBuffer());
    expect(bytes.length).to.equal(1_093_520);
    expect([...bytes.subarray(0, 3)]).to.deep.equal([0x4e, 0xfa, 0x6d]); // N ú m
  });

  it('quotes its headers with their accents when read in the worker', async () => {
    const result = await readOffMainThread(
      'budget',
      { main: await mexicoStream() },
      { file: 'mexico_ramo23_general2015.csv' },
    );
    expect(lastParserThread).to.equal('worker');
    expect(result.errors.map((e) => e.code)).to.deep.equal(['schema.missing_column']);
    const text = await said(result.errors);
    expect(text).to.contain(FIRST_HEADER);
    expect(text).not.to.contain('\uFFFD');
    expect(result.warnings.map((w) => w.code)).to.include('csv.encoding_windows_1252');
  });

  it('quotes them the same on the main thread (a page that refuses workers)', async () => {
    refuseWorkers();
    const result = await readOffMainThread(
      'budget',
      { main: await mexicoStream() },
      { file: 'mexico_ramo23_general2015.csv' },
    );
    expect(lastParserThread).to.equal('main');
    const text = await said(result.errors);
    expect(text).to.contain(FIRST_HEADER);
    expect(text).not.to.contain('\uFFFD');
  });

  it('reads its 6,176 lines with the year a sidecar gives, accents intact', async () => {
    const result = await readOffMainThread(
      'budget',
      { main: await mexicoStream() },
      {
        file: 'mexico_ramo23_general2015.csv',
        sidecar: { constants: { fiscal_year: 2015 } },
      },
    );
    expect(result.errors).to.deep.equal([]);
    expect(result.records).to.have.length(6176);
    expect(result.totals.map((t) => [t.fiscalYear, t.amounts])).to.deep.equal([
      ['2015', { initial_appropriation: '57303643926' }],
    ]);
    const names = result.records.flatMap((r) => r.levels);
    expect(names.some((n) => n.includes('\uFFFD'))).to.equal(false);
  });

  for (const lang of ['es', 'en'])
    it(`the viewer's problem list (${lang}) shows the headers as the file writes them`, async () => {
      const el = await fixture<HTMLElement>(
        html`<rendir-budget-viewer lang=${lang} src=${MEXICO}></rendir-budget-viewer>`,
      );
      let text = '';
      await until(
        () => {
          const alert = el.shadowRoot!.querySelector('[role=alert]');
          text = alert?.querySelector('li') ? alert.textContent! : '';
          return text !== '';
        },
        'the problems',
        20_000,
      );
      expect(text).to.contain(FIRST_HEADER);
      expect(text).not.to.contain('\uFFFD');
    });
});
