// In a narrow container (a phone, a CMS sidebar) the grid's rows are cards of
// «column: value» lines; the grid's roles and keys stay, and the table is a button away.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { RendirDataset } from './dataset.ts';
import { fixtures } from './fixtures/index.ts';
import { fullyRead, headers, secopInColumn, shadow, until } from './test-support/browser.ts';

const box = (element: Element) => element.getBoundingClientRect();
const grid = (el: RendirDataset) => shadow(el).querySelector<HTMLElement>('[role="grid"]')!;
const layoutButton = (el: RendirDataset) => shadow(el).querySelector<HTMLButtonElement>('.layout')!;
const focused = (el: RendirDataset) => shadow(el).activeElement as HTMLElement;

/** The drawn row at `position` (0 is the first data row). */
const row = (el: RendirDataset, position: number) =>
  shadow(el).querySelector<HTMLElement>(`.body [data-row="${position}"]`)!;
const drawnCards = (el: RendirDataset) =>
  [...shadow(el).querySelectorAll<HTMLElement>('.body [data-row]')].sort(
    (a, b) => Number(a.dataset.row) - Number(b.dataset.row),
  );

/** The grid measures the rows it draws in the frame after: a few frames and updates. */
async function measured(el: RendirDataset): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await el.updateComplete;
  }
}

describe('<rendir-dataset> on a phone: each row a card', function () {
  it('shows every field of a row as «column: value» lines, inside the width, at 375 px', async () => {
    const el = await secopInColumn(375);
    const g = grid(el);
    expect(g.scrollWidth, 'nothing scrolls sideways').to.be.at.most(g.clientWidth);
    expect(el.scrollWidth).to.be.at.most(375);
    const labels = headers(el);
    expect(labels.length).to.be.above(4);
    for (const position of [0, 1]) {
      const card = row(el, position);
      const cells = [...card.querySelectorAll<HTMLElement>('[role="gridcell"]')];
      expect(cells.map((c) => c.dataset.label)).to.deep.equal(labels);
      cells.forEach((cell, i) => {
        expect(box(cell).right, `${labels[i]} inside the card`).to.be.at.most(box(card).right + 1);
        if (i > 0)
          expect(box(cell).top, `${labels[i]} under the field before`).to.be.at.least(
            box(cells[i - 1]).bottom - 1,
          );
      });
      expect(box(cells[cells.length - 1]).bottom, 'the last field inside its card').to.be.at.most(
        box(card).bottom + 1,
      );
    }
    // Cards follow one another without overlapping (the window is computed from their height).
    expect(box(row(el, 1)).top).to.be.at.least(box(row(el, 0)).bottom - 1);
    const button = layoutButton(el);
    expect(getComputedStyle(button).display).not.to.equal('none');
    expect(button.textContent!.trim()).to.equal('Ver como tabla');
    await expect(el).to.be.accessible();
  });

  it('draws each card as tall as its fields: no blank space under the last', async () => {
    const el = await secopInColumn(375);
    await measured(el);
    const cards = drawnCards(el);
    expect(cards.length).to.be.above(3);
    const heights = new Set<number>();
    cards.forEach((card, k) => {
      const fields = card.querySelectorAll('[role="gridcell"]');
      const last = box(fields[fields.length - 1]).bottom;
      const style = getComputedStyle(card);
      const below = parseFloat(style.paddingBottom) + parseFloat(style.borderBottomWidth);
      expect(box(card).bottom - last, `card ${card.dataset.row}: blank space`).to.be.at.most(
        below + 1,
      );
      if (k > 0)
        expect(box(card).top, 'right after the card before').to.be.closeTo(
          box(cards[k - 1]).bottom,
          1,
        );
      heights.add(Math.round(box(card).height));
    });
    expect(heights.size, 'cards of different heights').to.be.above(1);
    // Their space in the grid is theirs too: the grid ends at the last card.
    const g = grid(el);
    g.scrollTop = g.scrollHeight;
    await until(() => row(el, 1790) !== null, 'the last card drawn');
    await measured(el);
    // Measured, the cards there may end the grid a little further down.
    g.scrollTop = g.scrollHeight;
    await measured(el);
    expect(box(row(el, 1790)).bottom, 'the last card at the end of the grid').to.be.closeTo(
      box(g).bottom - parseFloat(getComputedStyle(g).borderBottomWidth),
      1,
    );
  });

  it('never moves the cards in view when cards never drawn appear above them', async () => {
    const el = await secopInColumn(375);
    // A tall grid, so a card stays in view while the reader scrolls up past the drawn ones.
    el.style.setProperty('--rendir-dataset-grid-height', '2400px');
    const g = grid(el);
    g.scrollTop = g.scrollHeight / 2;
    await measured(el);
    // Rows are drawn into the same elements as the window moves: a card is found by its row.
    const seen = Number(
      drawnCards(el).find((card) => box(card).top >= box(g).top + 100)!.dataset.row,
    );
    const top = box(row(el, seen)).top;
    const above = Number(drawnCards(el)[0].dataset.row);
    g.scrollTop -= 1800;
    await until(() => Number(drawnCards(el)[0].dataset.row) < above, 'cards above drawn');
    await measured(el);
    expect(box(row(el, seen)).top, 'the card moved by the scroll alone').to.be.closeTo(
      top + 1800,
      1,
    );
  });

  it('puts its controls in a few compact rows before the first card, each a 24 px target or more', async () => {
    const el = await secopInColumn(375);
    const ready = shadow(el).querySelector('.ready')!;
    // Search; the two disclosures side by side; the count beside «Ver como tabla»; the order.
    const before = box(grid(el)).top - box(ready).top;
    expect(before, 'px of controls before the data').to.be.at.most(300);
    const [filters, columns] = shadow(el).querySelectorAll('.toolbar summary');
    expect(box(filters).top, 'the disclosures on one row').to.equal(box(columns).top);
    const count = shadow(el).querySelector('.count')!;
    expect(box(layoutButton(el)).top, 'the table button beside the count').to.be.below(
      box(count).bottom,
    );
    const controls = shadow(el).querySelectorAll<HTMLElement>(
      '.toolbar > label input, .toolbar summary, .layout, .card-sort select, .card-sort button',
    );
    for (const control of controls) {
      expect(box(control).height, control.outerHTML.slice(0, 40)).to.be.at.least(24);
      expect(box(control).width, control.outerHTML.slice(0, 40)).to.be.at.least(24);
      expect(box(control).right, 'inside the widget').to.be.at.most(box(el).right + 1);
    }
    // Opened, a disclosure takes the whole row, and the keyboard reaches its fields.
    (filters as HTMLElement).focus();
    await sendKeys({ press: 'Enter' });
    await until(() => (filters.parentElement as HTMLDetailsElement).open, 'the filters open');
    expect(box(filters.parentElement!).width).to.be.closeTo(box(ready).width, 1);
    await sendKeys({ press: 'Tab' });
    expect(focused(el).matches('.filters input'), 'the first column filter').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('never cuts a value or a label: they wrap inside their card, further down too', async () => {
    const el = await secopInColumn(320);
    const g = grid(el);
    /** Every drawn card: each field's text whole in its box, the cards one after another. */
    const checkDrawnCards = () => {
      const cards = [...shadow(el).querySelectorAll<HTMLElement>('.body [data-row]')];
      expect(cards.length).to.be.above(1);
      let wrapped = 0;
      cards.forEach((card, k) => {
        for (const cell of card.querySelectorAll<HTMLElement>('[role="gridcell"]')) {
          const what = `row ${card.dataset.row}, ${cell.dataset.label}`;
          expect(cell.scrollWidth, `${what}: nothing hidden sideways`).to.be.at.most(
            cell.clientWidth,
          );
          expect(cell.scrollHeight, `${what}: nothing hidden below`).to.be.at.most(
            cell.clientHeight + 1,
          );
          expect(getComputedStyle(cell).textOverflow).not.to.equal('ellipsis');
          expect(getComputedStyle(cell, '::before').textOverflow).not.to.equal('ellipsis');
          expect(box(cell).bottom, `${what}: inside its card`).to.be.at.most(box(card).bottom + 1);
          // More than one line of 1.8em: a long value or label that wrapped.
          if (box(cell).height > 40) wrapped++;
        }
        if (k > 0) expect(box(card).top).to.be.at.least(box(cards[k - 1]).bottom - 1);
      });
      return wrapped;
    };
    expect(checkDrawnCards(), 'the file has long texts, wrapped').to.be.above(0);
    // Further down the file: the cards drawn there are measured again.
    const before = shadow(el).querySelector('.body [data-row]')!.getAttribute('data-row');
    g.scrollTop = g.scrollHeight / 2;
    await until(
      () => shadow(el).querySelector('.body [data-row]')!.getAttribute('data-row') !== before,
      'rows further down drawn',
    );
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await el.updateComplete;
    checkDrawnCards();
    expect(el.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });

  it('keeps the grid keys: down to the next card, right to the next field, each in view', async () => {
    const el = await secopInColumn(375);
    shadow(el).querySelector<HTMLButtonElement>('.sort[tabindex="0"]')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focused(el).closest('[role="row"]')!.getAttribute('data-row')).to.equal('0');
    expect(focused(el).dataset.label).to.equal(headers(el)[0]);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    await until(
      () => focused(el).closest('[role="row"]')?.getAttribute('data-row') === '3',
      'the fourth card',
    );
    expect(focused(el).dataset.label).to.equal(headers(el)[1]);
    const view = box(grid(el));
    const cell = box(focused(el));
    expect(cell.top, 'the focused field is in view').to.be.at.least(view.top - 1);
    expect(cell.bottom).to.be.at.most(view.bottom + 1);
    // The header strip scrolls sideways to the column whose sort button has focus.
    await sendKeys({ press: 'Control+Home' });
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    await until(() => focused(el).classList.contains('sort'), 'the last sort button');
    const head = shadow(el).querySelector<HTMLElement>('.head')!;
    expect(box(focused(el)).right).to.be.at.most(box(head).right + 1);
  });

  it('orders the cards with one select and a direction button that fit the phone', async () => {
    const el = await secopInColumn(375);
    const sorting = shadow(el).querySelector<HTMLElement>('.card-sort')!;
    const select = sorting.querySelector('select')!;
    const direction = sorting.querySelector('button')!;
    // Inside the widget, not cut at the edge; the header strip out of sight.
    for (const control of [select, direction])
      expect(box(control).right, control.localName).to.be.at.most(box(el).right + 1);
    expect(box(shadow(el).querySelector('.head')!).height).to.be.at.most(1);
    expect(select.labels![0].textContent).to.contain('Ordenar por');
    expect([...select.options].map((o) => o.text.trim())).to.deep.equal([
      'Orden del archivo',
      ...headers(el),
    ]);
    expect(direction.disabled).to.equal(true);
    await expect(el).to.be.accessible();

    // By keyboard: the select's arrow keys choose a column, then the button turns the order.
    select.focus();
    select.value = select.options[5].value;
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const header = shadow(el).querySelectorAll('[role="columnheader"]')[4];
    await until(() => header.getAttribute('aria-sort') === 'ascending', 'sorted by year');
    const years = () =>
      [0, 1, 2].map((p) => row(el, p)?.querySelector('[data-label="Año"]')?.textContent?.trim());
    // The file begins 2019, 2019, 2022; its oldest rows are from 2017.
    await until(() => years().join() === '2017,2017,2017', 'the oldest years first');
    expect(header.getAttribute('aria-sort')).to.equal('ascending');
    expect(direction.disabled).to.equal(false);
    expect(direction.getAttribute('aria-pressed')).to.equal('false');
    direction.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await until(() => header.getAttribute('aria-sort') === 'descending', 'newest first');
    await until(() => years()[0] === '2025', 'the newest year first');
    expect(direction.getAttribute('aria-pressed')).to.equal('true');
    expect(focused(el)).to.equal(direction);
    await expect(el).to.be.accessible();
    // Back to the file's order.
    select.value = '';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await until(() => header.getAttribute('aria-sort') === 'none', 'the file order');
    expect(direction.disabled).to.equal(true);
  });

  it('shows the table on request (English too), which then scrolls sideways', async () => {
    const el = await secopInColumn(375, 'en');
    const button = layoutButton(el);
    expect(button.textContent!.trim()).to.equal('Show as a table');
    button.click();
    await el.updateComplete;
    expect(button.textContent!.trim()).to.equal('Show as cards');
    expect(shadow(el).querySelector('.card-sort'), 'no card order in a table').to.equal(null);
    const g = grid(el);
    await until(() => g.scrollWidth > g.clientWidth, 'a table wider than the phone');
    const cells = row(el, 0).querySelectorAll<HTMLElement>('[role="gridcell"]');
    expect(box(cells[1]).top, 'fields side by side again').to.equal(box(cells[0]).top);
    expect(el.scrollWidth).to.be.at.most(375);
    await expect(el).to.be.accessible();
  });

  it('is a table in a wide container, with no button to change it', async () => {
    const el = await secopInColumn(720);
    expect(getComputedStyle(layoutButton(el)).display).to.equal('none');
    const cells = row(el, 0).querySelectorAll<HTMLElement>('[role="gridcell"]');
    expect(box(cells[1]).top).to.equal(box(cells[0]).top);
  });

  it('keeps its controls in place while the file is read and when the reading ends', async () => {
    for (const lang of ['es', 'en']) {
      // The file's first half now, the rest on request: the reading state is certain.
      const id = `controls-${lang}`;
      const path = new URL(fixtures.secop, location.href).pathname;
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 375px">
          <rendir-dataset lang=${lang} src=${`/held/${id}${path}?first=100000`}></rendir-dataset>
        </div>`,
      );
      const el = wrapper.querySelector('rendir-dataset') as RendirDataset;
      const count = () => shadow(el).querySelector<HTMLElement>('.count');
      await until(() => !!count()?.classList.contains('reading'), 'the reading state');
      const place = () => {
        const button = box(layoutButton(el));
        return { button: [button.x, button.y], grid: box(grid(el)).top };
      };
      const reading = place();
      await fetch(`/held/${id}/release`);
      await fullyRead(el, 20_000);
      expect(count()!.classList.contains('reading')).to.equal(false);
      expect(place(), `${lang}: the same places once read`).to.deep.equal(reading);
    }
  });
});
