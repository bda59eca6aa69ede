// Long levels: 100 bars and 30 table rows at a time (a long table's layout blocked the
// viewer's first frame), every row reachable by "show more" with the keyboard, the count
// announced, every row printed.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define/rendir-budget-viewer.ts';
import type { RendirBudgetViewer } from './budget-viewer.ts';
import type { RendirChartFrame } from '../platform/chart-kit/chart-frame.ts';
import { flatLinesCsv, manyLinesCsv } from './fixtures.ts';

async function mount(csv: string, attrs: Record<string, string>): Promise<RendirBudgetViewer> {
  const el = document.createElement('rendir-budget-viewer');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const script = document.createElement('script');
  script.type = 'text/csv';
  script.textContent = csv;
  el.append(script);
  await fixture(html`<div lang="es" style="width: 60rem">${el}</div>`);
  await el.loaded;
  return el;
}

async function settle(el: RendirBudgetViewer): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
  await el.updateComplete;
}

const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const find = (el: RendirBudgetViewer, selector: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(selector);
const count = (el: RendirBudgetViewer, selector: string) =>
  el.shadowRoot!.querySelectorAll(selector).length;
const breakdownRows = (el: RendirBudgetViewer) => count(el, '[part="breakdown"] tbody tr');
const bars = (el: RendirBudgetViewer) => count(el, '[part="bars"] [part="bar"]');
/** Rows of the chart frame's data table, its total included. */
const tableRows = (el: RendirBudgetViewer) =>
  (find(el, '[part="frame"]') as RendirChartFrame).shadowRoot!.querySelectorAll('table tbody tr')
    .length;

describe('rendir-budget-viewer: long levels', () => {
  it('shows 100 bars and 30 table rows at a time, every row reachable by keyboard, the count announced', async () => {
    const el = await mount(flatLinesCsv(250), { view: 'bars', 'table-open': '' });
    expect(bars(el)).to.equal(100);
    expect(breakdownRows(el)).to.equal(30);
    expect(tableRows(el)).to.equal(31, '30 items and the total');
    expect(text(find(el, 'button.bars-more'))).to.equal('Mostrar 100 más (se muestran 100 de 250)');
    find(el, 'button.bars-more')!.click();
    await settle(el);
    expect(bars(el)).to.equal(200);
    expect(breakdownRows(el)).to.equal(30, 'the bars have their own "show more"');

    const rowsMore = find(el, 'button.breakdown-more')!;
    expect(text(rowsMore)).to.equal('Mostrar 30 más (se muestran 30 de 250)');
    const live = () => text(find(el, '[role="status"]'));
    rowsMore.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(breakdownRows(el)).to.equal(60);
    expect(tableRows(el)).to.equal(61);
    expect(live()).to.equal('Se muestran 60 de 250 filas');
    expect(el.shadowRoot!.activeElement === rowsMore).to.equal(true, 'focus stays on the button');
    for (let shown = 60; shown < 240; shown += 30) {
      await sendKeys({ press: 'Space' });
      await settle(el);
    }
    expect(text(rowsMore)).to.equal('Mostrar 10 más (se muestran 240 de 250)');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(breakdownRows(el)).to.equal(250);
    expect(tableRows(el)).to.equal(251);
    expect(live()).to.equal('Se muestran 250 de 250 filas');
    expect(find(el, 'button.breakdown-more') === null).to.equal(true, 'all shown: no button');
    // The button gone, focus is on the table it added to (a region a keyboard can scroll).
    const wrap = find(el, '[part="breakdown"] .table-wrap');
    expect(el.shadowRoot!.activeElement === wrap).to.equal(true, 'focus on the table');
    const rows = el.shadowRoot!.querySelectorAll('[part="breakdown"] tbody tr');
    // Largest first: the last row is the file's smallest line.
    expect(text(rows[249].querySelector('th'))).to.equal('Contrato 0001');
  });

  it('prints every row, without "show more", and shows 30 again after printing', async () => {
    const el = await mount(flatLinesCsv(250), { 'table-open': '' });
    expect(breakdownRows(el)).to.equal(30);
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(breakdownRows(el)).to.equal(250);
    await (find(el, '[part="frame"]') as RendirChartFrame).updateComplete;
    expect(tableRows(el)).to.equal(251, 'the data table too, with its total');
    // (Booleans: a failed comparison of elements stalls the test runner.)
    expect(find(el, 'button.breakdown-more') === null).to.equal(true, 'no "show more" on paper');
    window.dispatchEvent(new Event('afterprint'));
    await settle(el);
    expect(breakdownRows(el)).to.equal(30);
    expect(find(el, 'button.breakdown-more') !== null).to.equal(true);
  });

  it('opens a drilled level at its first 30 rows, whatever was shown above', async () => {
    const el = await mount(manyLinesCsv(2000), { levels: 'Sector,Entidad,Programa' });
    // 10 sectors and their 25 entities each: 260 rows, 30 shown.
    expect(text(find(el, 'button.breakdown-more'))).to.equal(
      'Mostrar 30 más (se muestran 30 de 260)',
    );
    find(el, 'button.breakdown-more')!.click();
    await settle(el);
    expect(breakdownRows(el)).to.equal(60);
    // The largest sector, first in the breakdown.
    const sector = find(el, '[part="breakdown"] tbody th button')!;
    const name = text(sector);
    sector.click();
    await settle(el);
    expect(text(find(el, 'nav [aria-current]'))).to.equal(name);
    expect(breakdownRows(el)).to.equal(30);
    // 25 entities and their 8 programmes each.
    expect(text(find(el, 'button.breakdown-more'))).to.equal(
      'Mostrar 30 más (se muestran 30 de 225)',
    );
    await expect(el).to.be.accessible();
  });
});
