import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../define/rendir-dataset.ts';
import type { RendirDataset } from './dataset.ts';
import { fixtures } from './fixtures/index.ts';
import { fullyRead, gridRows, headers, shadow, until } from './test-support/browser.ts';

/** The shown cells of column `label` in the drawn rows. */
function column(el: RendirDataset, label: string): string[] {
  const c = headers(el).indexOf(label);
  expect(c, `column ${label}`).to.be.at.least(0);
  return gridRows(el).map((row) => row[c]);
}

/** Drawn cells whose text does not fit (cut with an ellipsis). */
function cut(el: RendirDataset, label: string): string[] {
  const c = headers(el).indexOf(label);
  return [...shadow(el).querySelectorAll<HTMLElement>(`.body [role="gridcell"][data-col="${c}"]`)]
    .filter((cell) => cell.scrollWidth > cell.clientWidth + 1)
    .map((cell) => cell.textContent!.trim());
}

describe('<rendir-dataset> grid: identifiers as text, columns sized to their content', () => {
  it('shows a BPIN and a year as written, and amounts whole (the example contracts)', async () => {
    const el = await fixture<RendirDataset>(
      html`<div style="width: 720px">
        <rendir-dataset lang="es" src="/content/datasets/contratos-2025.csv"></rendir-dataset>
      </div>`,
    );
    const dataset = el.querySelector('rendir-dataset') as RendirDataset;
    await fullyRead(dataset, 20_000);
    expect(column(dataset, 'BPIN')[0]).to.equal('2025680010001');
    expect(column(dataset, 'Valor')[0]).to.equal('486.500.000,00');
    expect(cut(dataset, 'Valor')).to.deep.equal([]);
    expect(cut(dataset, 'BPIN')).to.deep.equal([]);
    expect(cut(dataset, 'Fecha de firma')).to.deep.equal([]);
  });

  it('a real SECOP II file: pandas years 2019.0 are years, its whole amounts whole and never cut, columns differ', async function () {
    const el = await fixture<RendirDataset>(
      html`<div style="width: 720px">
        <rendir-dataset lang="es" src=${fixtures.secop}></rendir-dataset>
      </div>`,
    );
    const dataset = el.querySelector('rendir-dataset') as RendirDataset;
    await fullyRead(dataset, 20_000);
    expect(column(dataset, 'Año')[0]).to.equal('2019');
    expect(column(dataset, 'Valor (COP)')[0]).to.equal('82.917.988');
    expect(cut(dataset, 'Valor (COP)')).to.deep.equal([]);
    expect(cut(dataset, 'Año')).to.deep.equal([]);
    // Each column as wide as what it holds: a year column narrower than the amounts beside it.
    const width = (label: string) => {
      const cells = shadow(dataset).querySelectorAll('.head [role="columnheader"]');
      return cells[headers(dataset).indexOf(label)].getBoundingClientRect().width;
    };
    expect(width('Año')).to.be.lessThan(width('Valor (COP)') * 0.75);
    await expect(dataset).to.be.accessible();
  });

  it('never breaks a header inside a word, and shows 8 rows or more in a 720 px column', async function () {
    this.timeout(30_000);
    for (const [src, least] of [
      [fixtures.secop, 6],
      ['/content/datasets/contratos-2025.csv', 8],
    ] as const) {
      const el = await fixture<HTMLDivElement>(
        html`<div style="width: 720px">
          <rendir-dataset lang="es" src=${src}></rendir-dataset>
        </div>`,
      );
      const dataset = el.querySelector('rendir-dataset') as RendirDataset;
      await fullyRead(dataset, 20_000);
      await until(() => !!shadow(dataset).querySelector('.body [data-row]'), 'rows');
      // Each word of each header on one line: a word split over two lines has two boxes.
      for (const label of shadow(dataset).querySelectorAll('.sort > span:first-child')) {
        const text = [...label.childNodes].find(
          (n): n is Text => n instanceof Text && !!n.data.trim(),
        )!;
        const words = [...text.data.matchAll(/\S+/g)];
        for (const word of words) {
          const range = document.createRange();
          range.setStart(text, word.index);
          range.setEnd(text, word.index + word[0].length);
          expect(range.getClientRects().length, `«${word[0]}» on one line`).to.equal(1);
        }
      }
      const grid = shadow(dataset).querySelector('[role="grid"]')!.getBoundingClientRect();
      const whole = [...shadow(dataset).querySelectorAll('.body [data-row]')].filter((row) => {
        const box = row.getBoundingClientRect();
        return box.top >= grid.top - 1 && box.bottom <= grid.bottom + 1;
      });
      expect(whole.length, `${src}: rows wholly in view`).to.be.at.least(least);
    }
  });

  it('prints every row of the real SECOP file, without its controls', async function () {
    const el = await fixture<RendirDataset>(
      html`<div style="width: 720px">
        <rendir-dataset lang="es" src=${fixtures.secop}></rendir-dataset>
      </div>`,
    );
    const dataset = el.querySelector('rendir-dataset') as RendirDataset;
    await fullyRead(dataset, 20_000);
    const rows = () => shadow(dataset).querySelectorAll('.body [role="row"]').length;
    expect(rows()).to.be.below(100, 'on screen, the rows in view');
    await emulateMedia({ media: 'print' });
    try {
      await until(() => rows() === 1791, 'every row drawn for print', 10_000);
      const hidden = (selector: string) =>
        getComputedStyle(shadow(dataset).querySelector(selector)!).display === 'none';
      expect(hidden('.toolbar'), 'search and filters').to.equal(true);
      expect(hidden('.downloads'), 'downloads').to.equal(true);
      // One right after another on paper: no row over another, no gap.
      const printed = [...shadow(dataset).querySelectorAll('.body [role="row"]')].map((row) =>
        row.getBoundingClientRect(),
      );
      printed.forEach((box, k) => {
        if (k > 0) expect(box.top, `row ${k}`).to.be.closeTo(printed[k - 1].bottom, 1);
      });
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    await until(() => rows() < 100, 'the window again on screen');
  });
});
