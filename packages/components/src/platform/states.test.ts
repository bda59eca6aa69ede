import { expect, fixture, html } from '@open-wc/testing';
import { LANGS, loadAllMessages, msg, type ContentError } from '@rendir/core';
import { LoadError } from './errors.ts';
import { loadLanguage, platformMessages } from './i18n.ts';
import { loadProblemWords } from './core-messages.ts';
import { renderError, retryCanHelp } from './states.ts';

// Rendered at once, with no data controller to fetch core's messages and words first.
await loadAllMessages(LANGS);
await loadProblemWords('en');
await loadLanguage('en');
const en = platformMessages.en;

const missingColumn: ContentError = {
  file: 'commitments/commitments.csv',
  line: 1,
  column: 0,
  code: 'schema.missing_column',
  expected: msg('schema.missing_column.expected', {
    label: 'id',
    mapping: 'columns: { "Número": commitment_id }',
    sidecar: 'commitments.csv.yaml',
  }),
  message: msg('schema.missing_column', { label: 'id' }),
  severity: 'error',
};

const afterMultiLineCell: ContentError = {
  file: 'budget/2025.csv',
  line: 5,
  row: 3,
  column: 3,
  header: 'Apropiación inicial',
  value: 'mil',
  code: 'number.invalid',
  expected: msg('budget.accounting_zero.expected'),
  message: msg('number.invalid'),
  severity: 'error',
};

async function shown(error: LoadError, onRetry?: () => void): Promise<HTMLElement> {
  return fixture<HTMLElement>(html`<div>${renderError(error, en, 'en', { onRetry })}</div>`);
}

describe('the error a reader sees', () => {
  it('has no retry button when the file itself is wrong, and one when trying again can help', async () => {
    const content = await shown(
      new LoadError('content', { contentErrors: [missingColumn] }),
      () => {},
    );
    expect(content.querySelector('button')).to.equal(null);
    const parse = await shown(new LoadError('parse'), () => {});
    expect(parse.querySelector('button')).to.equal(null);
    for (const kind of ['network', 'offline', 'timeout', 'http', 'rate-limited'] as const) {
      const el = await shown(new LoadError(kind, { status: 503 }), () => {});
      expect(el.querySelector('button'), kind).to.not.equal(null);
      expect(retryCanHelp(new LoadError(kind))).to.equal(true);
    }
  });

  it('names no internal key: the publisher instructions (sidecar keys) stay in the build log', async () => {
    const el = await shown(new LoadError('content', { contentErrors: [missingColumn] }));
    const text = el.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('The required column «id» is missing');
    expect(text).not.to.contain('commitment_id');
    expect(text).not.to.contain('csv.yaml');
    await expect(el).to.be.accessible();
  });

  it('gives the place as a spreadsheet shows it, with the text line when they differ', async () => {
    const el = await shown(new LoadError('content', { contentErrors: [afterMultiLineCell] }));
    const text = el.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('budget/2025.csv, row 3, column C (text line 5) (Apropiación inicial)');
    expect(text).to.contain('mil is not a number');
    const es = await fixture<HTMLElement>(
      html`<div>
        ${renderError(new LoadError('content', { contentErrors: [afterMultiLineCell] }), platformMessages.es, 'es')}
      </div>`,
    );
    expect(es.textContent!.replace(/\s+/g, ' ')).to.contain(
      'budget/2025.csv, fila 3, columna C (línea 5 del texto) (Apropiación inicial)',
    );
  });

  it('names inline data by its type and size, and a JSON problem by record and field, with no row', async () => {
    const inline: ContentError = {
      file: 'data:text/csv (2345 B)',
      line: 5,
      column: 3,
      code: 'number.invalid',
      expected: msg('budget.accounting_zero.expected'),
      message: msg('number.invalid'),
      severity: 'error',
    };
    const json: ContentError = {
      ...inline,
      file: 'lineas.json',
      line: 0,
      column: 0,
      place: msg('error.place.field', {
        record: msg('error.place.record', { record: 2 }),
        field: 'valor',
      }),
    };
    const el = await shown(new LoadError('content', { contentErrors: [inline, json] }));
    const where = [...el.querySelectorAll('.where')].map((w) => w.textContent);
    expect(where).to.deep.equal([
      'inline data (data:text/csv, 2.3 KB), row 5, column C',
      'lineas.json, record 2, field valor',
    ]);
  });
});
