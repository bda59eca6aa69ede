// Budget lines a page gives as the `lines` property are read as a file is: core's
// readBudgetJson, errors at the property, record and field, nothing thrown into the page.
import { expect, fixture, html } from '@open-wc/testing';
import { readBudget, type BudgetLine } from '@rendir/core';
import '../define/rendir-budget-viewer.ts';
import type { RendirBudgetViewer } from './budget-viewer.ts';
import { listedProblems, thrownAtPage } from '../test-support/thrown.ts';

const text = (node: Element | ShadowRoot | null | undefined) =>
  (node?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

async function given(lines: unknown): Promise<RendirBudgetViewer> {
  const el = await fixture<RendirBudgetViewer>(
    html`<rendir-budget-viewer .lines=${lines as BudgetLine[]}></rendir-budget-viewer>`,
  );
  await el.loaded;
  return el;
}

describe('budget lines given as a property', () => {
  it("shows Madrid's 20,217 real lines read by core, typed or as plain JSON, as their CSV", async () => {
    // Real (core's budget fixtures, README there): Madrid's municipal spending 2012-2015.
    const url = new URL(
      '../../../core/test/fixtures/budget-real/madrid_gastos_2012-2015.csv',
      import.meta.url,
    ).href;
    const levels = 'DESCRIPCION SECCION,DESCRIPCION PROGRAMA';
    const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
    const lines = readBudget(bytes, { file: 'madrid.csv', levels: levels.split(',') }).records;
    expect(lines).to.have.length(20217);
    const fromCsv = await fixture<RendirBudgetViewer>(
      html`<rendir-budget-viewer src=${url} levels=${levels}></rendir-budget-viewer>`,
    );
    await fromCsv.loaded;
    const summary = text(fromCsv.shadowRoot!.querySelector('.summary'));
    expect(summary).to.match(/2015/);
    for (const value of [lines, JSON.parse(JSON.stringify(lines))]) {
      const viewer = await given(value);
      expect(text(viewer.shadowRoot!.querySelector('.summary'))).to.equal(summary);
    }
  });

  it('shows each kind of bad line at the property, record and field', async () => {
    const line = { fiscalYear: '2025', levels: ['Salud'], flow: 'expense', amounts: {} };
    const thrown = await thrownAtPage(async () => {
      const el = await given([
        { ...line, amounts: { amount: 1.1 } },
        { ...line, fiscalYear: 2025, amounts: { amount: '2' } },
        { ...line, amounts: { amount: '1,5' } },
      ]);
      const problems = listedProblems(el);
      expect(problems).to.have.length(3);
      expect(problems[0]).to.equal(
        '<rendir-budget-viewer> lines, registro 1, campo amounts.amount: 1.1 es un número JSON, que pudo redondearse al escribirlo: las cifras se escriben como texto',
      );
      expect(problems[1]).to.match(/^<rendir-budget-viewer> lines, registro 2, campo fiscalYear: /);
      expect(problems[2]).to.match(
        /^<rendir-budget-viewer> lines, registro 3, campo amounts\.amount: 1,5 /,
      );
      expect(el.shadowRoot!.querySelector('.summary')).to.equal(null);
      await expect(el).to.be.accessible();
    });
    expect(thrown).to.deep.equal([]);
  });
});
