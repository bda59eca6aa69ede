// In a table, a long text wraps within its column up to three lines; a cell cut there has a
// «Ver todo» button (keyboard: Enter on the cell) that shows it whole over the rows below,
// which do not move. Each row is as tall as its tallest cell, no taller. Checked on the real SECOP II file (entity names of up
// to 130 characters) at 1280 px and, as a table on request, at 320 px.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { RendirDataset } from './dataset.ts';
import {
  drawn,
  gridRows,
  headers,
  nextView,
  secopInColumn,
  shadow,
} from './test-support/browser.ts';

/** Only the rows whose entity is the longest of the file (130 characters). */
async function search(el: RendirDataset, words: string): Promise<void> {
  const input = shadow(el).querySelector<HTMLInputElement>('input[type="search"]')!;
  const view = nextView(el);
  input.value = words;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await view;
  await drawn(el);
}

/** Two frames: the grid measures its rows in the frame after it draws them. */
async function measured(el: RendirDataset): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await el.updateComplete;
  }
}

const box = (element: Element) => element.getBoundingClientRect();
const drawnRows = (el: RendirDataset) =>
  [...shadow(el).querySelectorAll<HTMLElement>('.body [data-row]')].sort(
    (a, b) => Number(a.dataset.row) - Number(b.dataset.row),
  );
const cellsOf = (row: HTMLElement) => [...row.querySelectorAll<HTMLElement>('[role="gridcell"]')];

/** Each drawn cell's text whole, or cut with a button; rows one after another, no gaps. */
function checkDrawnRows(el: RendirDataset): { wrapped: number; cut: HTMLElement[] } {
  const rows = drawnRows(el);
  expect(rows.length).to.be.above(0);
  let wrapped = 0;
  const cut: HTMLElement[] = [];
  rows.forEach((row, k) => {
    const lowest = Math.max(...cellsOf(row).map((cell) => box(cell).bottom));
    expect(box(row).bottom - lowest, `row ${row.dataset.row}: no blank space`).to.be.at.most(2);
    for (const cell of cellsOf(row)) {
      const what = `row ${row.dataset.row}, ${cell.dataset.label}`;
      expect(cell.hasAttribute('title'), `${what}: no text only in a title`).to.equal(false);
      expect(box(cell).bottom, `${what}: inside its row`).to.be.at.most(box(row).bottom + 1);
      const text = cell.querySelector<HTMLElement>('.text');
      if (!text) {
        // Numbers and dates: whole on one line.
        expect(cell.scrollWidth, `${what}: a figure never cut`).to.be.at.most(cell.clientWidth);
        continue;
      }
      expect(getComputedStyle(cell).textOverflow).not.to.equal('ellipsis');
      expect(text.scrollWidth, `${what}: nothing hidden sideways`).to.be.at.most(text.clientWidth);
      if (box(text).height > 40) wrapped++;
      const button = cell.querySelector<HTMLButtonElement>('button.whole');
      if (text.scrollHeight > text.clientHeight + 1) {
        expect(button, `${what}: cut, so it has a button`).to.not.equal(null);
        expect(button!.getAttribute('aria-expanded')).to.equal('false');
        expect(box(button!).bottom, `${what}: its button inside the row`).to.be.at.most(
          box(row).bottom + 1,
        );
        cut.push(cell);
      }
    }
    if (k > 0) {
      expect(box(row).top, 'rows one after another').to.be.closeTo(box(rows[k - 1]).bottom, 1);
    }
  });
  return { wrapped, cut };
}

describe('<rendir-dataset> long texts in a table: wrapped, and whole on request', function () {
  it('at 1280 px: long names wrap within their column, nothing cut or only in a title', async () => {
    const el = await secopInColumn(1280);
    await measured(el);
    const { wrapped } = checkDrawnRows(el);
    expect(wrapped, 'long entity and provider names wrapped').to.be.above(0);
    // The longest names of the file, and rows further down: measured and drawn the same way.
    await search(el, 'fomento del deporte');
    await measured(el);
    checkDrawnRows(el);
    expect(gridRows(el)[0][0]).to.equal(
      'INSTITUTO PARA EL FOMENTO DEL DEPORTE, LA RECREACION, EL APROVECHAMIENTO DEL TIEMPO LIBRE Y LA EDUCACION FISICA DE BARRANCABERMEJA',
    );
    await expect(el).to.be.accessible();
  });

  it('at 320 px as a table: a cut cell shows whole by keyboard, over rows that do not move', async () => {
    const el = await secopInColumn(320);
    shadow(el).querySelector<HTMLButtonElement>('.layout')!.click();
    await search(el, 'fomento del deporte');
    await measured(el);
    const { cut } = checkDrawnRows(el);
    expect(cut.length, 'the 130-character names are cut at three lines').to.be.above(0);
    expect(el.scrollWidth, 'the widget never wider than its column').to.be.at.most(320);
    const rowHeight = box(drawnRows(el)[0]).height;
    const second = () => drawnRows(el)[1];
    const secondTop = box(second()).top;
    // To the first cell by keyboard: from the first header down one row.
    shadow(el).querySelector<HTMLButtonElement>('.sort[tabindex="0"]')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const cell = () => shadow(el).querySelector<HTMLElement>('[data-row="0"] [data-col="0"]')!;
    expect(shadow(el).activeElement).to.equal(cell());
    expect(cell().querySelector('button.whole'), 'the first entity is cut').to.not.equal(null);
    const cutHeight = box(cell().querySelector('.text')!).height;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await measured(el);
    const text = cell().querySelector<HTMLElement>('.text')!;
    expect(text.scrollHeight, 'shown whole').to.be.at.most(text.clientHeight + 1);
    expect(box(text).height, 'more lines than the three it was cut at').to.be.above(cutHeight);
    expect(cell().querySelector('button.whole')!.getAttribute('aria-expanded')).to.equal('true');
    expect(cell().querySelector('button.whole')!.textContent!.trim()).to.equal('Ver menos');
    expect(box(second()).top, 'the row below has not moved').to.be.closeTo(secondTop, 0.5);
    expect(box(drawnRows(el)[1]).height, 'nor changed height').to.be.closeTo(rowHeight, 1);
    expect(shadow(el).activeElement, 'focus stays on the cell').to.equal(cell());
    await expect(el).to.be.accessible();
    // Space closes it again; the row is as tall as the others.
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    await measured(el);
    expect(cell().querySelector('button.whole')!.getAttribute('aria-expanded')).to.equal('false');
    expect(box(drawnRows(el)[0]).height).to.be.closeTo(rowHeight, 1);
    expect(headers(el)[0]).to.equal('Entidad');
  });

  it('in English, the button says so', async () => {
    const el = await secopInColumn(320, 'en');
    shadow(el).querySelector<HTMLButtonElement>('.layout')!.click();
    await search(el, 'fomento del deporte');
    await measured(el);
    const button = shadow(el).querySelector<HTMLButtonElement>('button.whole');
    expect(button?.textContent?.trim()).to.equal('Show all');
    button!.click();
    await el.updateComplete;
    expect(button!.textContent!.trim()).to.equal('Show less');
  });
});
